"""Cells the parser inferred (Report.provenance, CellOrigin) and the readings in doubt they cause,
the single （六）其他处理 row of a 2021 table, as Python sees them."""
from pathlib import Path

import pytest

import govinfo
from govinfo import CellOrigin, CellProvenance, FindingCode, Severity, TableKind

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"


def test_inferred_cells_are_listed_with_how_they_were_decided():
    report = govinfo.parse_file(DATA / "corpus" / "c02.txt").reports[0]
    provenance = report.provenance
    assert len(provenance) == 64  # 49 placed in table order, 15 regrouped review cells
    first = [p for p in provenance if p.table == TableKind.review_litigation][0]
    assert isinstance(first, CellProvenance)
    assert first.table == TableKind.review_litigation
    assert (first.row, first.column) == ("review", "upheld")
    assert first.how == CellOrigin.regrouped_by_total
    assert "总计" in first.detail
    assert CellOrigin.from_id("split_glued_digits") == CellOrigin.split_glued_digits
    # A plainly read report has none, and the JSON round trip keeps them.
    assert govinfo.parse_file(DATA / "corpus" / "c03.html").reports[0].provenance == []
    again = govinfo.from_json(govinfo.to_json(report))
    assert again.provenance == provenance


def test_an_error_resting_on_an_inferred_cell_is_a_reading_in_doubt():
    # Seed 002 r1 (2023) is consistent; make （一）予以公开's 总计 disagree with its columns.
    report = govinfo.parse_file(DATA / "seeds" / "002_6174489a5f7162cb.txt").reports[0]
    report.applications.disclosed.total.value = 3
    assert FindingCode.app_row_total in {f.code for f in govinfo.validate(report)}
    report.provenance = [CellProvenance(table=TableKind.applications, row="disclosed",
                                        column="total", how=CellOrigin.placed_by_total,
                                        detail="test")]
    assert report.provenance[0].row == "disclosed"
    found = govinfo.validate(report)
    doubted = [f for f in found if f.code == FindingCode.reading_in_doubt]
    assert doubted and all(f.severity == Severity.warning for f in doubted)
    assert doubted[-1].row == "disclosed"
    assert doubted[-1].message.startswith("读取存疑，并非对报告的认定（app_row_total）")
    assert not [f for f in found if f.severity == Severity.error]


def test_long_frame_says_how_each_inferred_cell_was_decided():
    pandas = pytest.importorskip("pandas")
    reports = [govinfo.parse_file(DATA / "corpus" / name).reports[0]
               for name in ("c03.html", "c02.txt")]
    frame = govinfo.to_frame(reports, provenance=True)
    assert "how" in frame.columns and "how" not in govinfo.to_frame(reports).columns
    inferred = frame[frame["how"].notna()]
    assert len(inferred) == 64
    assert set(inferred["report"]) == {1}
    review = inferred[inferred["table"] == "review_litigation"]
    assert len(review) == 15 and set(review["how"].astype(str)) == {"regrouped_by_total"}
    assert set(inferred["how"].astype(str)) == {"regrouped_by_total", "placed_by_order"}
    assert list(frame["how"].cat.categories) == [m.id for m in CellOrigin.__members__.values()]
    assert isinstance(frame["how"].dtype, pandas.CategoricalDtype)


def test_a_2021_table_holds_the_single_other_row_it_printed():
    report = govinfo.parse_file(DATA / "variants" / "pipe_single_other_row_2021.txt").reports[0]
    assert report.format == govinfo.FormatVersion.v2021
    single = report.applications.other_handling
    assert single is not None
    assert single.total.value == 1
    assert report.applications.other_other.total.state == govinfo.CellState.blank
    codes = {f.code for f in govinfo.check(report)}
    assert FindingCode.parse_unplaced_line not in codes
    assert FindingCode.app_blank_cells not in codes
    pandas = pytest.importorskip("pandas")
    frame = govinfo.to_frame(report)
    rows = frame[frame["table"] == "applications"]["row"].astype(str)
    assert "other_handling" in set(rows)


def test_a_2019_table_holds_the_provincial_row_it_printed():
    # The Hubei template's 其他主动公开文件 (c03 so rewritten): held, never checked or summed.
    report = govinfo.parse_file(DATA / "variants" / "c03_hubei_template.html").reports[0]
    row = report.article20.other_documents
    assert row is not None
    assert (row.new_made.value, row.new_published.value, row.total_published.value) == (25, 25, 140)
    assert "other_documents" in report.article20
    assert report.article20[govinfo.Article20Row.other_documents].total_published.value == 140
    assert list(report.article20.keys())[2] == "other_documents"
    assert report.to_dict()["article20"]["other_documents"]["total_published"] == 140
    findings = govinfo.check(report)
    assert FindingCode.parse_unplaced_line not in {f.code for f in findings}
    assert all(f.row != "other_documents" for f in findings if f.code != FindingCode.parse_label_variant)
    assert govinfo.Article20Row.other_documents not in govinfo.article20_rows(govinfo.FormatVersion.v2019)
    plain = govinfo.parse_file(DATA / "corpus" / "c03.html").reports[0]
    assert plain.article20.other_documents is None
    assert "other_documents" not in plain.article20
    with pytest.raises(KeyError, match="did not print"):
        plain.article20["other_documents"]
    pandas = pytest.importorskip("pandas")
    frame = govinfo.to_frame(report)
    rows = frame[frame["table"] == "article20"]["row"].astype(str)
    assert "other_documents" in set(rows)
