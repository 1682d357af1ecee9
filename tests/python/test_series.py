"""Series and rollups from Python: govinfo.series, validate_series, rollup, compare_rollup and
their frames, on the five years of seed 002 (2019-2023 of one bureau)."""
import copy
from pathlib import Path

import pytest

govinfo = pytest.importorskip("govinfo")
ROOT = Path(__file__).resolve().parents[2]
SEED_002 = ROOT / "tests" / "data" / "seeds" / "002_6174489a5f7162cb.txt"


@pytest.fixture(scope="module")
def reports():
    return govinfo.parse_file(SEED_002).reports


def test_series_groups_one_agency_ordered_by_year(reports):
    [s] = govinfo.series(reports)
    assert s.key == govinfo.agency_key("聊城市机关事务管理局")
    assert [r.year for r in s.reports] == [2019, 2020, 2021, 2022, 2023]
    assert not [f for f in govinfo.validate_series(s) if f.severity == govinfo.Severity.error]


def test_a_broken_carry_over_is_reported_for_exactly_that_pair_of_years(reports):
    broken = [copy.deepcopy(r) for r in reports]
    r2022 = next(r for r in broken if r.year == 2022)
    r2022.applications.carried_forward.natural_person.value = 2
    [s] = govinfo.series(broken)
    errors = [f for f in s.validate() if f.severity == govinfo.Severity.error]
    assert len(errors) == 1
    f = errors[0]
    assert (f.code, f.year, f.previous_year, f.row, f.column) == (
        govinfo.FindingCode.series_carry_over, 2023, 2022, "carried_over", "natural_person")


def test_series_keys_a_str_or_a_callable(reports):
    [one] = govinfo.series(reports, key="bureau")
    assert one.key == "bureau" and len(one) == 5
    by_format = govinfo.series(reports, key=lambda r: r.format.id)
    assert sorted(s.key for s in by_format) == ["2019", "2021"]
    with pytest.raises(TypeError):
        govinfo.series(reports, key=3)


def test_series_frames(reports):
    series = govinfo.series(reports)
    cells = govinfo.series_frame(series)
    assert set(cells["series"]) == {series[0].key}
    assert list(cells.drop_duplicates("report")["year"]) == [2019, 2020, 2021, 2022, 2023]
    findings = govinfo.series_findings_frame(series)
    assert {"series", "code", "year", "previous_year"} <= set(findings.columns)
    assert (findings["year"] - findings["previous_year"] >= 1).all()


def test_rollup_sums_cells_and_refuses_mixed_years(reports):
    r2022 = next(r for r in reports if r.year == 2022)
    r2023 = next(r for r in reports if r.year == 2023)
    other = copy.deepcopy(r2023)
    other.agency = "another bureau"
    total = govinfo.rollup([r2023, other], agency="city")
    assert total.agency == "city" and total.year == 2023
    assert total.applications.new_received.total.value == 2 * r2023.applications.new_received.total.value
    with pytest.raises(ValueError, match="2022"):
        govinfo.rollup([r2023, r2022])


def test_compare_rollup_lists_differing_cells(reports):
    r2023 = next(r for r in reports if r.year == 2023)
    part = copy.deepcopy(r2023)
    total = govinfo.rollup([part])
    published = copy.deepcopy(r2023)
    published.applications.disclosed.total.value = 99
    diffs = [f for f in govinfo.compare_rollup(published, total) if f.evaluable]
    assert [(f.row, f.column, f.actual) for f in diffs] == [("disclosed", "total", "99")]


def test_resolve_by_neighbouring_years_decides_a_glued_row_in_a_copy():
    data = ROOT / "tests" / "data"
    before = govinfo.parse_file(data / "variants" / "c06_2022_in_force.txt").reports
    c06 = govinfo.parse_file(data / "corpus" / "c06.txt").reports
    (s,) = govinfo.series(before + c06)
    resolved = govinfo.resolve_by_neighbouring_years(s)
    docs = resolved.reports[1].article20.normative_documents
    assert (docs.issued.value, docs.repealed.value, docs.in_force.value) == (77, 132, 470)
    decided = [f for f in resolved.reports[1].diagnostics
               if f.code == govinfo.FindingCode.parse_uncertain_cells and f.row == "normative_documents"]
    assert [(f.severity, f.actual) for f in decided] == [(govinfo.Severity.info, "77|132|470")]
    # The series passed in is unchanged.
    assert s.reports[1].article20.normative_documents.in_force == govinfo.Cell.blank()


def test_parse_many_resolves_by_neighbouring_years_when_asked():
    data = ROOT / "tests" / "data"
    files = [data / "corpus" / "c06.txt", data / "variants" / "c06_2022_in_force.txt",
             data / "corpus" / "c04.txt"]  # the agency in 2019: another format, no neighbour
    plain = govinfo.parse_many(files)
    assert plain[0].reports[0].article20.normative_documents.in_force.value is None
    settled = govinfo.parse_many(files, resolve_by_neighbouring_years=True)
    assert [f.path for f in settled] == [f.path for f in plain]  # the batch's order
    docs = settled[0].reports[0].article20.normative_documents
    assert (docs.issued.value, docs.repealed.value, docs.in_force.value) == (77, 132, 470)
    how = {(p.row, p.how) for p in settled[0].reports[0].provenance if p.row == "normative_documents"}
    assert how == {("normative_documents", govinfo.CellOrigin.chosen_by_evidence)}
    # The other reports are as parse_many reads them alone.
    assert settled[1].reports[0] == plain[1].reports[0]
    assert settled[2].reports[0] == plain[2].reports[0]
