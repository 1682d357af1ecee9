"""govinfo: Chinese 政府信息公开工作年度报告 (open government information annual reports) as
typed, checked data.

The compiled core lives in :mod:`govinfo._core`; this package re-exports it. The main entry
points:

* :func:`parse` / :func:`parse_file` / :func:`parse_many` read report text into :class:`Report`
  objects (the GIL is released while C++ parses).
* :func:`validate` returns every :class:`Finding` of the statutory rules at once.
* :func:`to_json` / :func:`from_json` (and ``Report.to_json``, ``Report.from_json``,
  ``Report.to_dict``, ``Report.from_dict``) give the JSON document of docs/json.md.
* :func:`cell_columns` / :func:`finding_columns` give columns ready for ``pandas.DataFrame``;
  :func:`cells_frame` / :func:`findings_frame` build the frame directly.

Every enum has a stable ``.id`` (the JSON key) and, where the statute names it, the official
Chinese ``.label``; ``Enum.from_id(...)`` and ``Enum.from_label(...)`` go back. Cells keep
blank, not-applicable and 0 apart: ``cell.value`` is an int only when ``cell.state`` is
``CellState.value``, else None. Money is ``decimal.Decimal``, never float.

Input that cannot be used at all raises :class:`ParseError`, a :class:`ValueError` with
``code``, ``line``, ``column``, ``path``, ``file``, ``offset`` and ``message``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from . import _core
from ._core import (
    ApplicantColumn,
    ApplicantRow,
    ApplicationRow,
    ApplicationTable,
    Article20Column,
    Article20Row,
    Article20v2019,
    Article20v2021,
    Cell,
    CellState,
    Date,
    DecisionCount2021,
    DocumentCounts2019,
    DocumentCounts2021,
    Error,
    ErrorCode,
    FeeAmount2021,
    FeeItems2019,
    FileResult,
    Finding,
    FindingCode,
    FormatVersion,
    ItemCounts2019,
    Money,
    MoneyCell,
    MoneyUnit,
    OutcomeGroup,
    ParseError,
    ParseResult,
    Procurement2019,
    Report,
    ReviewColumn,
    ReviewGroup,
    ReviewLitigationTable,
    ReviewOutcomes,
    RuleInfo,
    Section,
    Severity,
    StatisticsPeriod,
    TableKind,
    TableLocation,
    all_applicant_columns,
    applicant_columns,
    application_rows,
    article20_columns,
    article20_rows,
    cell_columns,
    check,
    find_rule,
    finding_columns,
    findings_from_json,
    from_json,
    group_of,
    has_row,
    normalize_label,
    outcome_rows,
    parse,
    parse_file,
    parse_many,
    reports_from_json,
    review_columns,
    review_groups,
    rule_catalogue,
    to_json,
    validate,
)

if TYPE_CHECKING:  # pandas is optional: only the *_frame helpers need it
    import pandas

__version__ = "0.1.0"

# The extension names its exception "govinfo.ParseError"; make the classes say they live here.
for _name in dir(_core):
    _obj = getattr(_core, _name)
    if isinstance(_obj, type) and getattr(_obj, "__module__", None) == "govinfo._core":
        try:
            _obj.__module__ = "govinfo"
        except (AttributeError, TypeError):  # pragma: no cover - immutable type
            pass
del _name, _obj


def cells_frame(reports: Report | Iterable[Report]) -> "pandas.DataFrame":
    """Every cell of one report or of several as a tidy ``pandas.DataFrame``.

    One row per cell with the columns of :func:`cell_columns`: report, agency, year, format,
    table, row, column, state, value, unit. ``value`` holds ints for counts and
    ``decimal.Decimal`` for money (object dtype), None for blank and not-applicable cells.
    Needs pandas (Debian: python3-pandas).
    """
    import pandas

    if isinstance(reports, Report):
        reports = [reports]
    return pandas.DataFrame(cell_columns(reports))


def findings_frame(findings: Iterable[Finding]) -> "pandas.DataFrame":
    """Findings as a ``pandas.DataFrame`` with the columns of :func:`finding_columns`.

    Needs pandas (Debian: python3-pandas).
    """
    import pandas

    return pandas.DataFrame(finding_columns(findings))


__all__ = [
    "ApplicantColumn",
    "ApplicantRow",
    "ApplicationRow",
    "ApplicationTable",
    "Article20Column",
    "Article20Row",
    "Article20v2019",
    "Article20v2021",
    "Cell",
    "CellState",
    "Date",
    "DecisionCount2021",
    "DocumentCounts2019",
    "DocumentCounts2021",
    "Error",
    "ErrorCode",
    "FeeAmount2021",
    "FeeItems2019",
    "FileResult",
    "Finding",
    "FindingCode",
    "FormatVersion",
    "ItemCounts2019",
    "Money",
    "MoneyCell",
    "MoneyUnit",
    "OutcomeGroup",
    "ParseError",
    "ParseResult",
    "Procurement2019",
    "Report",
    "ReviewColumn",
    "ReviewGroup",
    "ReviewLitigationTable",
    "ReviewOutcomes",
    "RuleInfo",
    "Section",
    "Severity",
    "StatisticsPeriod",
    "TableKind",
    "TableLocation",
    "all_applicant_columns",
    "applicant_columns",
    "application_rows",
    "article20_columns",
    "article20_rows",
    "cell_columns",
    "cells_frame",
    "check",
    "find_rule",
    "finding_columns",
    "findings_frame",
    "findings_from_json",
    "from_json",
    "group_of",
    "has_row",
    "normalize_label",
    "outcome_rows",
    "parse",
    "parse_file",
    "parse_many",
    "reports_from_json",
    "review_columns",
    "review_groups",
    "rule_catalogue",
    "to_json",
    "validate",
]

