"""pandas frames of a batch (govinfo.to_frame long and wide, findings_frame) and govinfo.labels():
columns and dtypes, blank vs not applicable vs 0, exact money, agreement with the JSON document
of every bundled report, and the batch call parse_many."""
import threading
from decimal import Decimal
from pathlib import Path

import pytest

import govinfo
from govinfo import ApplicantColumn, ApplicationRow, FormatVersion, MoneyUnit

pandas = pytest.importorskip("pandas")

ROOT = Path(__file__).resolve().parents[2]
REPORTS = sorted((ROOT / "examples" / "reports").iterdir())
SEED_003 = ROOT / "tests" / "data" / "seeds" / "003_efe2eca494f81be5.txt"

LONG_COLUMNS = ["report", "source", "first_line", "agency", "year", "format", "table", "row",
                "column", "state", "value", "amount", "unit"]


@pytest.fixture(scope="module")
def results():
    return govinfo.parse_many(REPORTS)


@pytest.fixture(scope="module")
def reports(results):
    return [r for f in results for r in f.reports]


def small_report():
    """2021 report: natural_person 5, total 0, other_org not applicable, the rest blank."""
    r = govinfo.Report(FormatVersion.v2021)
    r.agency, r.year, r.source = "某市数据局", 2022, "small.txt"
    r.applications.new_received.natural_person.value = 5
    r.applications.new_received.total.value = 0
    r.applications.new_received.other_org = govinfo.Cell.not_applicable()
    r.article20.fees.amount = govinfo.MoneyCell(Decimal("10524.26475"), MoneyUnit.wan_yuan)
    return r


# ---------------------------------------------------------------- long frame

def test_long_frame_columns_and_dtypes(reports):
    frame = govinfo.to_frame(reports)
    assert list(frame.columns) == LONG_COLUMNS
    assert str(frame["report"].dtype) == "int64"
    assert str(frame["year"].dtype) == "Int64"
    assert str(frame["value"].dtype) == "Int64"  # counts never become floats
    assert len(frame) == len(govinfo.cell_columns(reports)["row"])
    assert sorted(frame["report"].unique().tolist()) == list(range(len(reports)))
    assert set(frame["state"]) <= {"value", "blank", "not_applicable"}
    assert set(frame["table"]) == {"article20", "applications", "review_litigation"}


def test_blank_not_applicable_and_zero_stay_apart():
    frame = govinfo.to_frame(small_report())
    row = frame[(frame.table == "applications") & (frame.row == "new_received")].set_index("column")
    assert row.loc["natural_person", "value"] == 5 and row.loc["natural_person", "state"] == "value"
    assert row.loc["total", "value"] == 0 and row.loc["total", "state"] == "value"
    assert row.loc["other_org", "state"] == "not_applicable"
    assert row.loc["other_org", "value"] is pandas.NA
    assert row.loc["commercial_enterprise", "state"] == "blank"
    assert row.loc["commercial_enterprise", "value"] is pandas.NA
    assert frame["value"].sum() == 5  # blanks are skipped, not counted as 0 nor as NaN floats
    assert frame["value"].count() == 2
    assert (frame["state"] == "blank").sum() == len(frame) - 4


def test_money_is_an_exact_decimal_beside_the_counts():
    frame = govinfo.to_frame(small_report())
    fees = frame[(frame.row == "fees") & (frame.column == "amount")].iloc[0]
    assert fees.state == "value" and fees.value is pandas.NA
    assert isinstance(fees.amount, Decimal) and str(fees.amount) == "10524.26475"
    assert fees.unit == "wan_yuan"
    counts = frame[frame.column != "amount"]
    assert counts["amount"].isna().all() and counts["unit"].isna().all()


def test_long_frame_matches_every_reports_json_document(reports):
    frame = govinfo.to_frame(reports)
    for i, report in enumerate(reports):
        doc = report.to_dict()
        part = frame[frame.report == i]
        assert set(part[["source", "agency", "format"]].itertuples(index=False)) == {
            (report.source, report.agency, report.format.id)}
        assert part["year"].iloc[0] == report.year
        seen = 0
        for cell in part.itertuples(index=False):
            want = doc[cell.table][cell.row][cell.column]
            if cell.state == "blank":
                assert want is None
            elif cell.state == "not_applicable":
                assert want == "not_applicable"
            elif pandas.notna(cell.unit):  # a category: NaN for count cells
                assert want == {"amount": str(cell.amount), "unit": cell.unit}
            else:
                assert want == cell.value
            seen += 1
        expected = sum(len(cols) for table in ("article20", "applications", "review_litigation")
                       for cols in doc[table].values() if cols is not None)
        assert seen == expected


def test_to_frame_takes_reports_parse_results_and_file_results(results, reports, tmp_path):
    from_reports = govinfo.to_frame(reports)
    with_failure = [*results[:2], govinfo.parse_many([tmp_path / "missing.txt"])[0], *results[2:]]
    assert not with_failure[2].ok
    pandas.testing.assert_frame_equal(govinfo.to_frame(with_failure), from_reports)
    one = govinfo.parse_file(REPORTS[0])
    pandas.testing.assert_frame_equal(govinfo.to_frame(one), govinfo.to_frame(one.reports))
    pandas.testing.assert_frame_equal(govinfo.to_frame(one.reports[0]),
                                      govinfo.to_frame(results[0]))
    with pytest.raises(TypeError):
        govinfo.to_frame("not a report")
    with pytest.raises(TypeError):
        govinfo.to_frame([1, 2])


def test_empty_batch_gives_an_empty_frame_with_the_columns():
    frame = govinfo.to_frame([])
    assert list(frame.columns) == LONG_COLUMNS and len(frame) == 0
    assert str(frame["value"].dtype) == "Int64"
    assert len(govinfo.findings_frame([])) == 0


def test_labels_columns_use_each_formats_wording():
    r19, r21 = govinfo.Report(FormatVersion.v2019), govinfo.Report(FormatVersion.v2021)
    frame = govinfo.to_frame([r19, r21], labels=True)
    assert list(frame.columns) == LONG_COLUMNS + ["row_label", "column_label"]
    nd = frame[(frame.row == "normative_documents")].groupby("format")["row_label"].first()
    assert nd.to_dict() == {"2019": "规范性文件", "2021": "行政规范性文件"}
    cell = frame[(frame.row == "new_received") & (frame.column == "natural_person")].iloc[0]
    assert cell.row_label == ApplicationRow.new_received.label
    assert cell.column_label == ApplicantColumn.natural_person.label == "自然人"
    amount = frame[frame.column == "amount"].set_index("row")["column_label"].to_dict()
    assert amount == {"procurement": "采购总金额", "fees": "本年收费金额（单位：万元）"}
    assert (frame["row_label"] != "").all() and (frame["column_label"] != "").all()


# ---------------------------------------------------------------- wide frame

def test_wide_frame_has_one_row_per_report_and_table_row(reports):
    long = govinfo.to_frame(reports)
    wide = govinfo.to_frame(reports, wide=True)
    keys = long[["report", "table", "row"]].drop_duplicates()
    assert len(wide) == len(keys)
    assert wide[["report", "table", "row"]].reset_index(drop=True).equals(
        keys.reset_index(drop=True))
    assert list(wide.columns[:8]) == ["report", "source", "first_line", "agency", "year",
                                      "format", "table", "row"]
    assert wide.columns[-1] == "unit"
    value_columns = list(wide.columns[8:-1])
    assert set(value_columns) == set(long["column"])
    for name in value_columns:
        assert str(wide[name].dtype) == ("object" if name == "amount" else "Int64"), name
    # every count agrees with the long frame; blank and not applicable are both <NA>
    counts = long[long.unit.isna()]
    pivot = counts.set_index(["report", "table", "row", "column"])["value"]
    melted = wide.melt(id_vars=["report", "table", "row"], value_vars=[
        c for c in value_columns if c != "amount"], var_name="column").dropna(subset=["value"])
    for rec in melted.itertuples(index=False):
        assert pivot.loc[(rec.report, rec.table, rec.row, rec.column)] == rec.value
    assert melted["value"].count() == counts["value"].count()


def test_wide_frame_of_one_report():
    wide = govinfo.to_frame(small_report(), wide=True, labels=True)
    row = wide[wide.row == "new_received"].iloc[0]
    assert row.row_label == ApplicationRow.new_received.label
    assert row.natural_person == 5 and row.total == 0
    assert row.other_org is pandas.NA and row.commercial_enterprise is pandas.NA
    assert row.upheld is pandas.NA  # a review column: no such cell in this row
    fees = wide[wide.row == "fees"].iloc[0]
    assert fees.amount == Decimal("10524.26475") and fees.unit == "wan_yuan"
    assert wide[wide.row != "fees"]["unit"].isna().all()


# ---------------------------------------------------------------- findings

def test_findings_frame_one_row_per_finding(reports):
    frame = govinfo.findings_frame(reports)
    assert list(frame.columns) == ["report", "source", "first_line", "agency", "year", "format",
                                   "code", "severity", "evaluable", "table", "row", "column",
                                   "expected", "actual", "message", "line"]
    assert len(frame) == sum(len(govinfo.check(r)) for r in reports)
    assert str(frame["evaluable"].dtype) == "bool" and str(frame["line"].dtype) == "int64"
    for i, r in enumerate(reports):
        assert frame[frame.report == i]["code"].tolist() == [f.code.id for f in govinfo.check(r)]
    rules_only = govinfo.findings_frame(reports, diagnostics=False)
    assert len(rules_only) == sum(len(govinfo.validate(r)) for r in reports)


def test_findings_frame_names_the_report_of_each_finding():
    frame = govinfo.findings_frame(govinfo.parse_file(SEED_003))
    errors = frame[frame.severity == "error"]
    period = errors[errors.code == "period_outside_year"].iloc[0]
    assert period.agency == "贵阳市大数据发展管理局" and period.year == 2020
    assert period.format == "2019" and period.source.endswith("003_efe2eca494f81be5.txt")
    assert "2021年12月31日" in period.message


# ---------------------------------------------------------------- labels()

def test_labels_map_every_id_of_the_frames():
    r19, r21 = govinfo.Report(FormatVersion.v2019), govinfo.Report(FormatVersion.v2021)
    everything = govinfo.labels()
    for fmt, report in (("2019", r19), ("2021", r21)):
        table = govinfo.labels(fmt)
        assert govinfo.labels(FormatVersion.from_id(fmt)) == table
        for cell in govinfo.to_frame(report).itertuples(index=False):
            assert table[(cell.table,)]
            assert table[(cell.table, cell.row)]
            assert table[(cell.table, cell.row, cell.column)]
            assert (cell.table, cell.row, cell.column) in everything
    assert everything[("applications",)] == "收到和处理政府信息公开申请情况"
    assert everything[("applications", "new_received")] == "一、本年新收政府信息公开申请数量"
    assert everything[("applications", "new_received", "total")] == "总计"
    assert everything[("review_litigation", "review")] == "行政复议"
    assert everything[("review_litigation", "review", "upheld")] == "结果维持"
    assert everything[("article20", "normative_documents")] == "行政规范性文件"
    assert govinfo.labels("2019")[("article20", "normative_documents")] == "规范性文件"
    assert ("article20", "procurement") in everything
    assert ("article20", "procurement") not in govinfo.labels("2021")
    with pytest.raises(ValueError):
        govinfo.labels("2020")


# ---------------------------------------------------------------- the batch call

def test_parse_many_threads_default_and_paths_from_any_iterable(results):
    again = govinfo.parse_many(iter(REPORTS), threads=1)
    assert [r.path for r in again] == [r.path for r in results] == REPORTS
    assert [len(r.reports) for r in again] == [len(r.reports) for r in results]
    pandas.testing.assert_frame_equal(govinfo.to_frame(again), govinfo.to_frame(results))
    # one path is one input, not a string of characters (test_parse_folders.py: folders)
    for one in (str(REPORTS[0]), REPORTS[0]):
        [single] = govinfo.parse_many(one)
        assert single.path == REPORTS[0] and single.reports == results[0].reports


def test_parse_many_lets_other_python_threads_run():
    """While C++ parses, the GIL is free: a Python thread keeps counting."""
    paths = REPORTS * 20
    ticks = 0
    done = threading.Event()

    def count():
        nonlocal ticks
        while not done.is_set():
            ticks += 1

    counter = threading.Thread(target=count)
    counter.start()
    try:
        before = ticks
        govinfo.parse_many(paths, threads=1)
        during = ticks - before
    finally:
        done.set()
        counter.join()
    assert during > 1000


def test_dir_shows_the_public_api_only():
    names = dir(govinfo)
    for leaked in ("Iterable", "TYPE_CHECKING", "annotations", "Union"):
        assert leaked not in names
    assert {"to_frame", "findings_frame", "labels", "parse_many", "ParseError"} <= set(names)
    assert set(govinfo.__all__) <= set(names)
