"""Tables and rows as mappings from id to view (issue 19 item 5): `for row_id, row in
report.applications`, `report.applications["disclosed"]["total"]`, `row.to_dict()`, len, in,
keys/values/items, with a KeyError or TypeError that says what is wrong where they cannot.
Crash cases (iterating while the table is replaced, threads) are in test_crashes.py."""
import copy
from decimal import Decimal
from pathlib import Path

import pytest

import govinfo
from govinfo import (ApplicantColumn, Article20Column, Article20Row, ApplicationRow, Cell,
                     FormatVersion, MoneyCell, MoneyUnit, ReviewColumn, ReviewGroup)

ROOT = Path(__file__).resolve().parents[2]
REPORTS = sorted((ROOT / "examples" / "reports").iterdir())

TABLE_CLASSES = ["ApplicationTable", "ApplicantRow", "ReviewLitigationTable", "ReviewOutcomes",
                 "Article20v2021", "DocumentCounts2021", "DecisionCount2021", "FeeAmount2021",
                 "Article20v2019", "DocumentCounts2019", "ItemCounts2019", "FeeItems2019",
                 "Procurement2019"]


def parsed(fmt):
    """Every bundled report of `fmt`, as parsed."""
    reports = [r for f in govinfo.parse_many(REPORTS) for r in f.reports if r.format == fmt]
    assert reports, fmt
    return reports


def tables_and_rows(report):
    """(path, object) for every table and row of a report, by attribute access."""
    out = []
    for table_id in ("article20", "applications", "review_litigation"):
        table = getattr(report, table_id)
        out.append(((table_id,), table))
        for row_id in table.keys():
            out.append(((table_id, row_id), getattr(table, row_id)))
    return out


@pytest.mark.parametrize("fmt", [FormatVersion.v2019, FormatVersion.v2021])
def test_iteration_gives_id_and_view_pairs_in_table_order(fmt):
    r = govinfo.Report(fmt)
    ids = [row_id for row_id, _ in r.applications]
    assert ids == [row.id for row in govinfo.application_rows(fmt)]
    assert ids == r.applications.keys() == list(dict(r.applications))
    assert len(r.applications) == len(ids) == (23 if fmt == FormatVersion.v2019 else 25)
    assert [c for c, _ in r.applications.disclosed] == [c.id for c in govinfo.all_applicant_columns()]
    assert [g for g, _ in r.review_litigation] == [g.id for g in govinfo.review_groups()]
    assert [c for c, _ in r.review_litigation.review] == [c.id for c in govinfo.review_columns()]
    assert [row for row, _ in r.article20] == [row.id for row in govinfo.article20_rows(fmt)]
    for row_id, row in r.article20:
        columns = govinfo.article20_columns(fmt, Article20Row.from_id(row_id))
        assert row.keys() == [c.id for c in columns], row_id
    # the values are live views: writing through them changes the report
    for n, (row_id, row) in enumerate(r.applications):
        for column_id, cell in row:
            cell.value = n
    assert r.applications.outcome_total.natural_person.value == ids.index("outcome_total")
    assert [row.total.value for row in r.applications.values()] == list(range(len(ids)))
    assert [k for k, _ in r.applications.items()] == ids


def test_string_ids_index_like_attributes_and_enums():
    r = govinfo.Report(FormatVersion.v2019)
    r.applications["disclosed"]["total"].value = 12
    assert r.applications.disclosed.total.value == 12
    assert r.applications[ApplicationRow.disclosed][ApplicantColumn.total] == Cell(12)
    assert r.applications["disclosed"][ApplicantColumn.total].value == 12
    r.review_litigation["review"]["pending"] = Cell.not_applicable()
    assert r.review_litigation[ReviewGroup.review][ReviewColumn.pending].is_not_applicable
    r.article20["procurement"]["amount"].amount = Decimal("10524.26475")
    assert r.article20.procurement.amount.amount == Decimal("10524.26475")
    assert r.article20[Article20Row.licensing][Article20Column.decisions].is_blank
    assert r.to_dict()["applications"]["disclosed"]["total"] == 12
    assert "other_handling" in r.applications and ApplicationRow.other_handling in r.applications
    assert "other_other" not in r.applications and "nonsense" not in r.applications
    assert "amount" in r.article20.procurement and "issued" not in r.article20.regulations
    # assignment by id is assignment to the attribute, with its checks
    with pytest.raises(KeyError, match="ReviewOutcomes has no column 'pendng'"):
        r.review_litigation["review"]["pendng"] = Cell(1)
    with pytest.raises(TypeError, match="ReviewOutcomes keys are column ids"):
        r.review_litigation["review"][4] = Cell(1)
    with pytest.raises(TypeError, match="pending"):
        r.review_litigation["review"]["pending"] = 3
    assert r.review_litigation.review.pending.is_not_applicable


def test_missing_keys_are_key_errors_that_list_what_there_is():
    r = govinfo.Report(FormatVersion.v2021)
    with pytest.raises(KeyError, match="ApplicationTable has no row 'other_handling' "
                                       r"\(a row of the other format, or one the report did "
                                       r"not print\): its rows are "
                                       "new_received, carried_over, disclosed"):
        r.applications["other_handling"]
    with pytest.raises(KeyError, match="ApplicationTable has no row 'other_handling'"):
        r.applications[ApplicationRow.other_handling]
    with pytest.raises(KeyError, match="ApplicantRow has no column 'totl': its columns are "
                                       "natural_person, .*, other_org, total"):
        r.applications.disclosed["totl"]
    with pytest.raises(KeyError, match="DocumentCounts2021 has no column 'decisions': its "
                                       "columns are issued, repealed, in_force"):
        r.article20.regulations[Article20Column.decisions]
    with pytest.raises(KeyError, match="Article20v2021 has no row 'procurement'"):
        r.article20["procurement"]
    with pytest.raises(KeyError, match="ApplicantRow has no column ''"):
        r.applications.disclosed["\udcff"]  # lone surrogate: no id has it


def test_keys_of_another_type_are_type_errors_that_say_what_to_use():
    r = govinfo.Report()
    cases = [
        (lambda: r.applications[0], "ApplicationTable keys are row ids \\(str\\) or "
                                    "ApplicationRow, not int"),
        (lambda: r.applications.disclosed[ApplicationRow.disclosed],
         "ApplicantRow keys are column ids \\(str\\) or ApplicantColumn, not ApplicationRow"),
        (lambda: r.review_litigation[None], "ReviewLitigationTable keys are group ids"),
        (lambda: r.article20[b"fees"], "Article20v2021 keys are row ids \\(str\\) or "
                                       "Article20Row, not bytes"),
        (lambda: 3 in r.applications.disclosed, "ApplicantRow keys are column ids"),
        (lambda: r.article20.fees[("amount",)], "FeeAmount2021 keys are column ids"),
    ]
    for call, message in cases:
        with pytest.raises(TypeError, match=message):
            call()
    # what is not a table or row says so in Python's words
    for obj in (r, r.applications.disclosed.total, r.article20.fees.amount, govinfo.Date(),
                govinfo.Section()):
        with pytest.raises(TypeError, match="not iterable"):
            iter(obj)
        with pytest.raises(TypeError, match="not subscriptable"):
            obj["x"]


@pytest.mark.parametrize("fmt", [FormatVersion.v2019, FormatVersion.v2021])
def test_to_dict_is_the_reports_json_document_there(fmt):
    for report in parsed(fmt):
        document = report.to_dict()
        for path, obj in tables_and_rows(report):
            expected = document
            for key in path:
                expected = expected[key]
            assert obj.to_dict() == expected, path
    # every cell state and both kinds of money, written by hand
    r = govinfo.Report(fmt)
    money = r.article20.fees if fmt == FormatVersion.v2021 else r.article20.procurement
    money.amount = MoneyCell(Decimal("1.50"), MoneyUnit.yuan)
    r.applications.new_received.natural_person = Cell.not_applicable()
    r.applications.new_received.total.value = 0
    doc = r.to_dict()
    assert money.to_dict()["amount"] == {"amount": "1.50", "unit": "yuan"}
    assert r.applications.to_dict() == doc["applications"]
    assert r.article20.to_dict() == doc["article20"]
    assert r.applications.new_received.to_dict()["natural_person"] == "not_applicable"
    assert r.applications.new_received.to_dict()["total"] == 0
    assert r.applications.new_received.to_dict()["other_org"] is None
    # a plain dict of plain values: changing it changes nothing in the report
    d = r.applications.to_dict()
    d["new_received"]["total"] = 99
    assert r.applications.new_received.total.value == 0


def test_every_table_and_row_class_is_a_mapping_and_nothing_else_is():
    r19, r21 = govinfo.Report(FormatVersion.v2019), govinfo.Report(FormatVersion.v2021)
    seen = {type(obj).__name__ for r in (r19, r21) for _, obj in tables_and_rows(r)}
    assert seen == set(TABLE_CLASSES)
    for name in TABLE_CLASSES:
        cls = getattr(govinfo, name)
        standalone = cls()  # an object holding its own value iterates the same way
        assert [k for k, _ in standalone] == standalone.keys()
    for cls in (govinfo.Cell, govinfo.MoneyCell, govinfo.Report, govinfo.Finding, govinfo.Date):
        assert not hasattr(cls, "__iter__") and not hasattr(cls, "keys"), cls


def test_iterated_views_and_copies_follow_the_view_rules():
    r = govinfo.Report(FormatVersion.v2019)
    rows = dict(r.applications)
    r.applications.other_handling = None
    with pytest.raises(ReferenceError, match="Report.applications.other_handling"):
        rows["other_handling"].total.value
    assert "other_handling" not in r.applications
    assert len(r.applications) == 22
    rows["disclosed"].total.value = 5  # other rows are untouched
    assert r.applications.disclosed.total.value == 5
    kept = copy.copy(rows["disclosed"])
    kept.total.value = 6
    assert r.applications.disclosed.total.value == 5
