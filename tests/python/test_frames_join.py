"""Outputs that join, and totals an analyst can use: the report key (source, first_line) in the
frames, the tidy CSV of `govinfo convert` and the JSON; id columns as pandas categories that
stay categorical across batches; to_json taking whatever to_frame takes; series_findings_frame
with stable columns and dtypes, without warnings; derived totals (to_frame(derive_totals=True))."""
import json
import os
import subprocess
import warnings
from decimal import Decimal
from pathlib import Path

import pytest

import govinfo
from govinfo import Cell, FormatVersion

pandas = pytest.importorskip("pandas")

ROOT = Path(__file__).resolve().parents[2]
REPORTS = ROOT / "examples" / "reports"
FILES = sorted(p for p in REPORTS.iterdir() if p.suffix in (".txt", ".html", ".htm"))
MULTI = ROOT / "tests" / "data" / "seeds" / "002_6174489a5f7162cb.txt"  # five reports in one file
BUILD = Path(os.environ.get("GOVINFO_BUILD_DIR", ROOT / "build" / "ci"))
GOVINFO = BUILD / "cli" / "govinfo"
ID_COLUMNS = {"format", "table", "row", "column", "state", "unit"}
PARTS = ("natural_person", "commercial_enterprise", "research_institution", "public_interest_org",
         "legal_service_org", "other_org")


@pytest.fixture(scope="module")
def results():
    return govinfo.parse_many([*FILES, MULTI])


# ---------------------------------------------------------------- the report key

def test_frames_carry_the_report_key(results):
    reports = [r for f in results for r in f.reports]
    cells = govinfo.to_frame(results)
    findings = govinfo.findings_frame(results)
    wide = govinfo.to_frame(results, wide=True)
    for frame in (cells, findings, wide):
        assert list(frame.columns[:6]) == ["report", "source", "first_line", "agency", "year",
                                           "format"]
        assert str(frame["first_line"].dtype) == "int64"
    keys = cells.groupby("report")[["source", "first_line"]].first()
    assert [tuple(k) for k in keys.itertuples(index=False)] == \
        [(r.source, r.first_line) for r in reports]
    assert len(set(map(tuple, keys.itertuples(index=False)))) == len(reports)  # a key each
    multi = keys[keys.source == str(MULTI)]
    assert len(multi) == 5 and multi.first_line.is_monotonic_increasing


def test_json_array_index_is_the_frame_report_number(results):
    docs = json.loads(govinfo.to_json(results))
    cells = govinfo.to_frame(results)
    keys = cells.groupby("report")[["source", "first_line"]].first()
    assert [(d["source"], d["first_line"]) for d in docs] == \
        [tuple(k) for k in keys.itertuples(index=False)]


@pytest.mark.skipif(not GOVINFO.exists(), reason=f"{GOVINFO} not built")
def test_convert_csv_joins_the_frames_and_the_findings(results, tmp_path):
    out = tmp_path / "cells.csv"
    run = subprocess.run([str(GOVINFO), "convert", *map(str, FILES), str(MULTI), "--to", "csv",
                          "-o", str(out)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    csv = pandas.read_csv(out, dtype={"value": str, "year": "Int64", "source": str},
                          keep_default_na=False)
    assert list(csv.columns) == ["report", "source", "first_line", "agency", "year", "format",
                                 "table", "row", "column", "value", "state", "unit"]
    frame = govinfo.to_frame(results)
    key = ["source", "first_line", "table", "row", "column"]
    joined = frame.astype({c: str for c in ("table", "row", "column")}).merge(
        csv[key + ["state", "value", "report"]], on=key, suffixes=("", "_csv"), validate="1:1")
    assert len(joined) == len(frame) == len(csv)  # every cell found its line, once
    assert (joined["state"].astype(str) == joined["state_csv"]).all()
    counts = joined[joined["value"].notna()]
    assert (counts["value"].astype(str) == counts["value_csv"]).all()
    assert (joined["report_csv"] == joined["report"] + 1).all()  # positions: CSV from 1
    # The findings of `check --format csv` name the same key (source, line).
    check = subprocess.run([str(GOVINFO), "check", "--format", "csv", *map(str, FILES)],
                           capture_output=True, text=True, timeout=300)
    lines = pandas.read_csv(pandas.io.common.StringIO(check.stdout), keep_default_na=False)
    keys = set(zip(frame.source, frame.first_line))
    assert len(lines) > 0 and set(zip(lines.source, lines.line)) <= keys


# ---------------------------------------------------------------- categories

def test_id_columns_are_categories_fixed_in_advance(results):
    cells = govinfo.to_frame(results)
    for name in ID_COLUMNS:
        assert isinstance(cells[name].dtype, pandas.CategoricalDtype), name
    assert list(cells["state"].cat.categories) == ["value", "blank", "not_applicable"]
    assert list(cells["format"].cat.categories) == ["2019", "2021"]
    rows = list(cells["row"].cat.categories)
    assert rows.index("new_received") < rows.index("outcome_total") < rows.index("carried_forward")
    # One report alone and the whole batch have the same dtypes: concat keeps the categories.
    alone = govinfo.to_frame(results[0])
    assert (alone.dtypes == cells.dtypes).all()
    both = pandas.concat([alone, cells], ignore_index=True)
    for name in ID_COLUMNS:
        assert isinstance(both[name].dtype, pandas.CategoricalDtype), name
    findings = govinfo.findings_frame(results)
    for name in ("format", "code", "severity", "table"):
        assert isinstance(findings[name].dtype, pandas.CategoricalDtype), name
    assert list(findings["code"].cat.categories) == [c.id for c in
                                                     govinfo.FindingCode.__members__.values()]
    # A finding's row and column are ids or '' mostly, but not always: text, not categories.
    assert str(findings["row"].dtype) == str(findings["column"].dtype) == "object"
    assert "" in set(findings["row"])
    assert findings["table"].dtype == cells["table"].dtype  # merges keep the category


def test_empty_frames_have_the_columns_and_dtypes_of_full_ones(results):
    for make in (govinfo.to_frame, govinfo.findings_frame,
                 lambda r: govinfo.to_frame(r, derive_totals=True)):
        empty, full = make([]), make(results)
        assert list(empty.columns) == list(full.columns)
        assert (empty.dtypes == full.dtypes).all()


# ---------------------------------------------------------------- to_json

def test_to_json_takes_what_to_frame_takes(results):
    reports = [r for f in results for r in f.reports]
    whole = govinfo.to_json(reports)
    assert govinfo.to_json(results) == whole                    # parse_many's list
    assert govinfo.to_json(iter(results)) == whole               # any iterable
    mixed = [results[0], *results[1].reports, *results[2:]]
    assert govinfo.to_json(mixed) == whole                       # FileResults and Reports mixed
    single = govinfo.parse_file(MULTI)
    assert json.loads(govinfo.to_json(single)) == json.loads(govinfo.to_json(list(single.reports)))
    assert govinfo.to_json(reports[0]) == reports[0].to_json()   # one report: one document
    assert govinfo.to_json([]) == "[]"
    findings = govinfo.check(reports[0])
    assert json.loads(govinfo.to_json(findings)) == json.loads(govinfo.to_json(list(findings)))
    with pytest.raises(TypeError, match="not a mix"):
        govinfo.to_json([reports[0], *findings])
    with pytest.raises(TypeError, match="parse it first"):
        govinfo.to_json("report text")
    assert json.loads(govinfo.to_json(results, pretty=True)) == json.loads(whole)


# ---------------------------------------------------------------- series_findings_frame

def test_series_findings_frame_is_stable_when_empty_and_warns_nothing():
    a = govinfo.Report(FormatVersion.v2021)
    a.agency, a.year = "某局", 2021
    b = a.copy()
    b.year = 2022
    a.applications.carried_forward.total.value = 4
    b.applications.carried_over.total.value = 5   # series_carry_over: 4 then 5
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a FutureWarning or any other fails the test
        empty = govinfo.series_findings_frame([])
        none_found = govinfo.series_findings_frame(govinfo.series([a.copy()]))
        found = govinfo.series_findings_frame(govinfo.series([a, b]))
    assert len(empty) == 0 and len(none_found) == 0 and len(found) > 0
    assert list(empty.columns) == list(found.columns) == [
        "series", "code", "severity", "evaluable", "table", "row", "column", "expected", "actual",
        "message", "line", "year", "previous_year"]
    for frame in (empty, none_found):
        assert (frame.dtypes == found.dtypes).all()
    assert str(found["year"].dtype) == "Int64" and str(found["line"].dtype) == "int64"
    assert isinstance(found["code"].dtype, pandas.CategoricalDtype)
    row = found[found.code == "series_carry_over"].iloc[0]
    assert (row.previous_year, row.year) == (2021, 2022)


# ---------------------------------------------------------------- derived totals

def report_with(total_state, parts):
    """A 2021 report whose `disclosed` row has the given applicant cells and total."""
    r = govinfo.Report(FormatVersion.v2021)
    row = r.applications.disclosed
    for name, cell in zip(PARTS, parts):
        setattr(row, name, cell)
    row.total = total_state
    return r


def disclosed_total(frame):
    sel = frame[(frame.row == "disclosed") & (frame.column == "total")]
    assert len(sel) == 1
    return sel.iloc[0]


def test_a_blank_total_is_derived_from_its_parts_and_marked():
    r = report_with(Cell(), [Cell(1), Cell(2), Cell(0), Cell(0), Cell(3), Cell(4)])
    plain = disclosed_total(govinfo.to_frame(r))
    assert plain.value is pandas.NA and "derived" not in govinfo.to_frame(r).columns
    frame = govinfo.to_frame(r, derive_totals=True)
    cell = disclosed_total(frame)
    assert cell.value == 10 and cell.derived and cell.state == "blank"  # state: as written
    assert frame["derived"].sum() == 1  # every other total has blank parts
    assert str(frame["value"].dtype) == "Int64" and str(frame["derived"].dtype) == "bool"
    wide = govinfo.to_frame(r, wide=True, derive_totals=True)
    row = wide[wide.row == "disclosed"].iloc[0]
    assert row.total == 10 and row.total_derived
    assert wide["total_derived"].sum() == 1


@pytest.mark.parametrize("parts, total", [
    ([Cell(1), Cell(2), Cell(), Cell(0), Cell(3), Cell(4)], Cell()),       # a blank part
    ([Cell(1), Cell(2), Cell.not_applicable(), Cell(0), Cell(3), Cell(4)], Cell()),  # a '/'
    ([Cell(1), Cell(2), Cell(0), Cell(0), Cell(3), Cell(4)], Cell(7)),      # written: kept
    ([Cell(1), Cell(2), Cell(0), Cell(0), Cell(3), Cell(4)], Cell.not_applicable()),
    ([Cell(2**62), Cell(2**62), Cell(0), Cell(0), Cell(0), Cell(0)], Cell()),  # overflows
    ([Cell(-2**62), Cell(-2**62), Cell(-2**62), Cell(0), Cell(0), Cell(0)], Cell()),
], ids=["blank_part", "not_applicable_part", "written", "total_not_applicable", "overflow",
        "underflow"])
def test_nothing_is_derived_from_incomplete_parts_or_beyond_64_bits(parts, total):
    frame = govinfo.to_frame(report_with(total, parts), derive_totals=True)
    cell = disclosed_total(frame)
    assert not cell.derived
    if total.has_value:
        assert cell.value == total.value
    else:
        assert cell.value is pandas.NA


def test_a_sum_just_inside_64_bits_is_derived():
    big = 2**63 - 1 - 5
    frame = govinfo.to_frame(report_with(Cell(), [Cell(big), Cell(5), Cell(0), Cell(0), Cell(0),
                                                  Cell(0)]), derive_totals=True)
    assert disclosed_total(frame).value == 2**63 - 1


def test_review_group_totals_are_derived_too():
    r = govinfo.Report(FormatVersion.v2019)
    g = r.review_litigation.review
    g.upheld.value, g.corrected.value, g.other.value, g.pending.value = 3, 1, 0, 2
    frame = govinfo.to_frame(r, derive_totals=True)
    cell = frame[(frame.table == "review_litigation") & (frame.row == "review")
                 & (frame.column == "total")].iloc[0]
    assert cell.value == 6 and cell.derived
    assert frame[frame.table == "article20"]["derived"].sum() == 0  # Article 20 has no totals


def test_derived_totals_of_a_real_layout_and_none_where_a_part_is_blank():
    """markdown_blank_cells leaves three totals blank with their parts filled; 上海 2019 (c03)
    leaves its outcome totals blank with parts blank too: nothing is derived there."""
    variant = govinfo.parse_file(ROOT / "tests" / "data" / "variants" /
                                 "markdown_blank_cells.txt").reports[0]
    frame = govinfo.to_frame(variant, derive_totals=True)
    derived = frame[frame.derived]
    assert [(str(t), str(r)) for t, r in zip(derived.table, derived.row)] == [
        ("applications", "disclosed"), ("applications", "outcome_total"),
        ("review_litigation", "review")]
    disclosed = variant.applications.disclosed
    assert derived.iloc[0].value == sum(getattr(disclosed, p).value for p in PARTS)
    shanghai = govinfo.to_frame(govinfo.parse_file(REPORTS / "c03.html"), derive_totals=True)
    blank_totals = shanghai[(shanghai.column == "total") & (shanghai.state == "blank")]
    assert len(blank_totals) > 0 and not shanghai["derived"].any()
    assert blank_totals["value"].isna().all()
