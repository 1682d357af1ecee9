"""govinfo: Chinese 政府信息公开工作年度报告 (open government information annual reports) as
typed, checked data.

The compiled core lives in :mod:`govinfo._core`; this package re-exports it. The main entry
points:

* :func:`parse` / :func:`parse_file` / :func:`parse_many` read report text into :class:`Report`
  objects. ``parse_many`` parses files and folders (walked as the ``govinfo`` command walks
  them) on C++ threads with the GIL released and returns one :class:`FileResult` per file, in
  walk order, a failed file included (``.error``) and each entry not read in its place
  (``.skipped``).
* Tables and rows are mappings from id to view: ``for row_id, row in report.applications``,
  ``report.applications["disclosed"]["total"]``, ``row.to_dict()``.
* :func:`validate` returns every :class:`Finding` of the statutory rules at once; :func:`check`
  adds what the parser noticed and the narrative cross-checks.
* :func:`to_json` / :func:`from_json` (and ``Report.to_json``, ``Report.from_json``,
  ``Report.to_dict``, ``Report.from_dict``) give the JSON document of docs/json.md.
* :func:`to_frame` gives the cells of a batch as a tidy ``pandas.DataFrame`` (``wide=True``: one
  row per report and table row); :func:`findings_frame` one row per finding; :func:`labels`
  maps every id to its official Chinese label. :func:`cell_columns` / :func:`finding_columns`
  give plain columns (dicts of lists) when pandas is not at hand. With ``source`` and
  ``first_line`` (the stable key of a report) the frames join the tidy CSV and the JSON.
* ``str(report)`` and ``str(finding)`` are one line; in Jupyter a Report shows its three tables
  with the cells that findings are about marked (``_repr_html_``).

* :func:`compare` puts a report beside the previous year's (every cell with its change, the
  cross-year findings, the text kept per section; :func:`comparison_frame` gives its cells as a
  frame), and :func:`indicators` gives the measures evaluators use, one row per report.

Every enum has a stable ``.id`` (the JSON key) and, where the statute names it, the official
Chinese ``.label``; ``Enum.from_id(...)`` and ``Enum.from_label(...)`` go back. Cells keep
blank, not-applicable and 0 apart: ``cell.value`` is an int only when ``cell.state`` is
``CellState.value``, else None. Money is ``decimal.Decimal``, never float.

Input that cannot be used at all raises :class:`ParseError`, a :class:`ValueError` with
``code``, ``line``, ``column``, ``path``, ``file``, ``offset`` and ``message``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Iterable as _Iterable
from typing import Union as _Union

from . import _core, _display
from ._core import (
    ApplicantColumn,
    ApplicantRow,
    ApplicationRow,
    ApplicationTable,
    Article20Column,
    Article20Row,
    Article20v2019,
    Article20v2021,
    Box,
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
    Box,
    CellOrigin,
    CellProvenance,
    Finding,
    SourceLocation,
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
    Series,
    Severity,
    SourceLocation,
    StatisticsPeriod,
    TableKind,
    TableLocation,
    agency_key,
    all_applicant_columns,
    applicant_columns,
    application_rows,
    article20_columns,
    article20_rows,
    cell_columns,
    check,
    compare_rollup,
    find_rule,
    finding_columns,
    findings_from_json,
    from_json,
    labels,
    group_of,
    has_row,
    normalize_label,
    outcome_rows,
    parse,
    parse_file,
    parse_many,
    reports_from_json,
    review_columns,
    resolve_by_neighbouring_years,
    review_groups,
    rollup,
    rule_catalogue,
    series,
    validate,
    validate_series,
)

# compare.hpp, boilerplate.hpp, indicators.hpp (bind_compare.cpp)
from ._core import (
    Article20Count,
    CellChange,
    CellChangeKind,
    ComparedSentence,
    Comparison,
    CountMeasure,
    Indicators,
    MissingReason,
    RateMeasure,
    Ratio,
    SectionComparison,
    article20_count_columns,
    check_sections,
    check_sections_across_years,
    check_series_sections,
    compare,
    indicator_rows,
)

if _TYPE_CHECKING:  # pandas and numpy are optional: only the frame helpers need them
    import numpy
    import pandas

# `from __future__ import annotations` binds the name `annotations`; keep dir(govinfo) clean.
del annotations

__version__: str = _core.__version__  # generated from CMakeLists.txt's project(VERSION)

# The extension names its exception "govinfo.ParseError"; make the classes say they live here.
for _name in dir(_core):
    _obj = getattr(_core, _name)
    if isinstance(_obj, type) and getattr(_obj, "__module__", None) == "govinfo._core":
        try:
            _obj.__module__ = "govinfo"
        except (AttributeError, TypeError):  # pragma: no cover - immutable type
            pass
del _name, _obj


#: What :func:`to_frame`, :func:`findings_frame` and :func:`to_json` accept: a Report, a
#: ParseResult, a FileResult (as parse_many returns them), or an iterable mixing these.
_ReportsLike = _Union[Report, ParseResult, FileResult,
                      _Iterable[_Union[Report, ParseResult, FileResult]]]


def _flatten(reports: _ReportsLike) -> list[Report]:
    """The reports of `reports` in order; FileResults that failed contribute none."""
    if isinstance(reports, Report):
        return [reports]
    if isinstance(reports, (ParseResult, FileResult)):
        return list(reports.reports)
    if isinstance(reports, (str, bytes)):
        raise TypeError("expected reports, not text: parse it first (govinfo.parse)")
    out: list[Report] = []
    for item in reports:
        if isinstance(item, Report):
            out.append(item)
        elif isinstance(item, (ParseResult, FileResult)):
            out.extend(item.reports)
        else:
            raise TypeError(
                f"expected Report, ParseResult or FileResult, got {type(item).__name__}")
    return out


def to_json(reports: "_ReportsLike | _Iterable[Finding]", *, pretty: bool = False) -> str:
    """The JSON document (str) of reports or findings (docs/json.md).

    A single :class:`Report` gives one report document; anything else :func:`to_frame` accepts
    (a ParseResult, a FileResult, ``parse_many``'s list, an iterable mixing these) gives a JSON
    array of report documents, in the order of :func:`to_frame` (so ``report`` of the frames is
    the index in the array). An iterable of :class:`Finding` gives an array of findings. Counts
    are integers, blank cells null, not-applicable cells "not_applicable", money
    ``{"amount": "10524.26475", "unit": "wan_yuan"}`` with its digits as a string.
    """
    if isinstance(reports, Report):
        return _core.to_json(reports, pretty=pretty)
    if isinstance(reports, (ParseResult, FileResult, str, bytes)):
        return _core.to_json(_flatten(reports), pretty=pretty)
    items = list(reports)
    if items and all(isinstance(i, Finding) for i in items):
        return _core.to_json(items, pretty=pretty)
    if any(isinstance(i, Finding) for i in items):
        raise TypeError("expected reports or findings, not a mix of both")
    return _core.to_json(_flatten(items), pretty=pretty)


# ---- frames ----

_CATEGORIES: dict = {}


def _categories() -> dict:
    """The categories of every id column of the frames, fixed in advance (taxonomy order) so that
    frames of separate batches have the same dtype and concatenate without turning to object.
    Cell rows and columns are ids; finding rows and columns are kept as text (see
    _finding_columns_typed)."""
    if not _CATEGORIES:
        def ids(*enums) -> list:
            return list(dict.fromkeys(m.id for e in enums for m in e.__members__.values()))

        _CATEGORIES.update({
            "format": ids(FormatVersion),
            "table": ids(TableKind),
            "row": ids(Article20Row, ApplicationRow, ReviewGroup),
            "column": ids(Article20Column, ApplicantColumn, ReviewColumn),
            "state": ids(CellState),
            "unit": ids(MoneyUnit),
            "code": ids(FindingCode),
            "severity": ids(Severity),
            "how": ids(CellOrigin),
        })
    return _CATEGORIES


def _categorical(values, name: str):
    """`values` (ids, None for missing) as a pandas Categorical with the fixed categories of
    `name`; an id outside them (none is known today) is added rather than lost."""
    import numpy
    import pandas

    known = _categories()[name]
    column = pandas.Categorical(values, categories=known)
    objects = numpy.asarray(values, dtype=object)
    lost = column.isna() & pandas.notna(objects)
    if lost.any():
        extra = sorted(set(objects[lost].tolist()))
        column = pandas.Categorical(values, categories=[*known, *extra])
    return column


def _categorical_from_codes(codes: "numpy.ndarray", names: "numpy.ndarray", name: str):
    """names[codes] as a Categorical of `name`'s categories, mapped code to code without a Python
    object per cell (the frames' ids come as codes into `names`; code -1 is missing)."""
    import numpy
    import pandas

    position = {c: i for i, c in enumerate(_categories()[name])}
    lookup = numpy.array([position.get(n, -2) for n in names[:-1]] + [-1], dtype=numpy.int64)
    mapped = lookup[codes]
    if (mapped == -2).any():  # an id outside the categories (none is known today)
        return _categorical(names[codes], name)
    return pandas.Categorical.from_codes(mapped, categories=_categories()[name])


def _objects(values) -> "numpy.ndarray":
    """A 1-d object array of `values` (numpy.asarray would make fixed-width strings)."""
    import numpy

    column = numpy.empty(len(values), dtype=object)
    column[:] = values
    return column


def _per_report(arrays: dict, rep: "numpy.ndarray") -> dict:
    """The report-level columns (source, first_line, agency, year, format) for each index in
    rep."""
    import numpy
    import pandas

    return {
        "source": _objects(arrays["source"])[rep],
        "first_line": numpy.asarray(arrays["first_line"], dtype=numpy.int64)[rep],
        "agency": _objects(arrays["agency"])[rep],
        "year": pandas.array(arrays["year"], dtype="Int64").take(rep),
        "format": _categorical(_objects(arrays["format"])[rep], "format"),
    }


def _cell_labels(names: "numpy.ndarray", fmt: "numpy.ndarray", table: "numpy.ndarray",
                 row: "numpy.ndarray", column: "numpy.ndarray") -> tuple:
    """row_label and column_label for each cell (codes into names), in its format's wording."""
    import numpy

    k = len(names)
    fmt_code = (numpy.asarray(fmt, dtype=object) == "2019").astype(numpy.int64)
    key = ((fmt_code * k + table) * k + row) * k + column
    unique, inverse = numpy.unique(key, return_inverse=True)
    by_format = {0: labels("2021"), 1: labels("2019")}
    row_labels = numpy.empty(len(unique), dtype=object)
    column_labels = numpy.empty(len(unique), dtype=object)
    for i, u in enumerate(unique.tolist()):
        f, rest = divmod(u, k * k * k)
        t, rest = divmod(rest, k * k)
        r, c = divmod(rest, k)
        table_labels = by_format[f]
        row_labels[i] = table_labels.get((names[t], names[r]), "")
        column_labels[i] = table_labels.get((names[t], names[r], names[c]), "")
    return row_labels[inverse], column_labels[inverse]


def _cell_origins(items: list, rep, table, row, column, names) -> "pandas.Categorical":
    """For each cell of the long frame, how the parser decided it (a CellOrigin id) when it was
    not read straight from its own position (Report.provenance), else missing."""
    import numpy

    origins = {}
    for i, report in enumerate(items):
        for p in report.provenance:
            origins[(i, p.table.id, p.row, p.column)] = p.how.id
    how = numpy.full(len(rep), None, dtype=object)
    if origins:
        reports_with = numpy.flatnonzero(numpy.isin(rep, sorted({k[0] for k in origins})))
        for k in reports_with.tolist():
            how[k] = origins.get((int(rep[k]), names[table[k]], names[row[k]], names[column[k]]))
    return _categorical(how, "how")


def to_frame(reports: _ReportsLike, wide: bool = False, *, labels: bool = False,
             derive_totals: bool = False, provenance: bool = False) -> "pandas.DataFrame":
    """The cells of a batch of reports as a ``pandas.DataFrame``.

    `reports` is a :class:`Report`, a :class:`ParseResult`, a :class:`FileResult` or an iterable
    of these (``parse_many``'s list as it is; failed files contribute nothing). Needs pandas
    (Debian: python3-pandas).

    **Long (tidy, the default)**: one row per cell, in report order and, within a report, table
    order (Article 20, applications, review/litigation; rows a format lacks are left out). The
    columns:

    ========== ========== ============================================================
    report     int64      index of the report in the batch, from 0
    source     object     Report.source (the file), '' for text input
    first_line int64      Report.first_line: with source, the stable key of the report
    agency     object     Report.agency
    year       Int64      Report.year, <NA> when unknown
    format     category   '2019' or '2021'
    table      category   'article20', 'applications' or 'review_litigation'
    row        category   row id, e.g. 'new_received', 'regulations', 'review'
    column     category   column id, e.g. 'natural_person', 'issued', 'upheld', 'total'
    state      category   'value', 'blank' (nothing written: unknown, not 0) or
                          'not_applicable' ('/', '-', '—')
    value      Int64      the count; <NA> unless state is 'value' (or the cell is a
                          derived total, below); <NA> for money cells
    amount     object     money cells only: the exact ``decimal.Decimal`` amount, else None
    unit       category   money cells only: 'wan_yuan', 'yuan' or 'unknown', else NaN
    ========== ========== ============================================================

    Counts are nullable integers, never floats: a blank cell is <NA> with state 'blank', a
    written 0 is 0. Money keeps its digits exactly in ``amount`` (use ``float(...)`` or
    ``pandas.to_numeric`` yourself when an approximation is fine). The id columns are
    categoricals whose categories are every id in table order, the same in every frame; group
    with ``observed=True`` (pandas 1.5 otherwise adds a row for every id the batch lacks).

    ``derive_totals=True`` fills the blank 总计 (``total``) cells of the application table and of
    the review/litigation groups whose parts (the six applicant columns, the four outcome
    columns) all hold a count, with their sum (64-bit overflow leaves the cell blank), and adds
    the bool column ``derived`` saying which. ``state`` stays 'blank': it is what the report
    wrote. Nothing is derived from a blank or not-applicable part.

    **Wide** (``wide=True``): one row per report and table row with the columns report, source,
    first_line, agency, year, format, table, row, then one column per column id occurring in the
    batch (in table order; Int64 for counts, object with ``decimal.Decimal`` for the money column
    ``amount``) and ``unit`` (the unit of the row's money cell, else NaN); with
    ``derive_totals=True`` also ``total_derived``. Blank and not-applicable cells are both <NA>
    there: use the long frame to tell them apart.

    ``provenance=True`` (long frames) adds the category column ``how``: for a cell the parser did
    not read straight from its own position, how it was decided ('placed_by_total',
    'split_glued_digits', 'regrouped_by_total', 'chosen_by_evidence', 'placed_by_order';
    :class:`CellOrigin`), else
    NaN. ``Report.provenance`` holds the words of each (:class:`CellProvenance`); checks whose
    numbers rest on such cells are ``reading_in_doubt`` warnings, not errors (docs/rules.md).

    ``labels=True`` adds ``row_label`` and ``column_label``: the official Chinese wording of the
    row and column in the report's format (see :func:`labels`); wide frames get ``row_label``.
    """
    import numpy
    import pandas

    make_labels = labels
    items = _flatten(reports)
    arrays = _core._cell_arrays(items)
    names = _objects([*arrays["names"], None])  # code -1 (no unit) picks the trailing None
    rep, table, row, column = (arrays[k] for k in ("report", "table", "row", "column"))
    unit = arrays["unit"]
    derived = arrays["derived"] if derive_totals else numpy.zeros(len(rep), dtype=bool)
    missing = ~(arrays["has_value"] | derived)
    if not wide:
        amount = numpy.full(len(rep), None, dtype=object)
        amount[arrays["money_index"]] = arrays["money_amount"]
        frame = {"report": rep, **_per_report(arrays, rep)}
        frame.update({
            "table": _categorical_from_codes(table, names, "table"),
            "row": _categorical_from_codes(row, names, "row"),
            "column": _categorical_from_codes(column, names, "column"),
            "state": _categorical_from_codes(arrays["state"], names, "state"),
            "value": pandas.arrays.IntegerArray(arrays["value"], missing),
            "amount": amount,
            "unit": _categorical_from_codes(unit, names, "unit"),
        })
        if derive_totals:
            frame["derived"] = derived
        if provenance:
            frame["how"] = _cell_origins(items, rep, table, row, column, names)
        if make_labels:
            frame["row_label"], frame["column_label"] = _cell_labels(
                names, frame["format"], table, row, column)
        return pandas.DataFrame(frame)

    # One wide row per run of cells sharing report, table and row (cells come row by row).
    n = len(rep)
    starts = numpy.ones(n, dtype=bool)
    starts[1:] = (rep[1:] != rep[:-1]) | (table[1:] != table[:-1]) | (row[1:] != row[:-1])
    wide_row = numpy.cumsum(starts) - 1
    first = numpy.flatnonzero(starts)
    column_codes = numpy.unique(column)  # codes follow table order
    position = numpy.searchsorted(column_codes, column)
    values = numpy.zeros((len(first), len(column_codes)), dtype=numpy.int64)
    absent = numpy.ones((len(first), len(column_codes)), dtype=bool)
    values[wide_row, position] = arrays["value"]
    absent[wide_row, position] = missing
    money_codes = set(numpy.unique(column[unit >= 0]).tolist())
    money_index = arrays["money_index"]

    frame = {"report": rep[first], **_per_report(arrays, rep[first])}
    frame["table"] = _categorical_from_codes(table[first], names, "table")
    frame["row"] = _categorical_from_codes(row[first], names, "row")
    if make_labels:
        frame["row_label"], _ = _cell_labels(names, frame["format"], table[first], row[first],
                                             column[first])
    for j, code in enumerate(column_codes.tolist()):
        if code in money_codes:
            cells = numpy.full(len(first), None, dtype=object)
            counted = ~absent[:, j]
            cells[counted] = values[counted, j].tolist()
            here = position[money_index] == j
            cells[wide_row[money_index[here]]] = [
                a for a, h in zip(arrays["money_amount"], here.tolist()) if h]
            frame[names[code]] = cells
        else:
            frame[names[code]] = pandas.arrays.IntegerArray(values[:, j], absent[:, j])
    row_unit = numpy.full(len(first), None, dtype=object)
    has_unit = unit >= 0
    row_unit[wide_row[has_unit]] = names[unit[has_unit]]
    frame["unit"] = _categorical(row_unit, "unit")
    if derive_totals:
        total_derived = numpy.zeros(len(first), dtype=bool)
        total_derived[wide_row[derived]] = True
        frame["total_derived"] = total_derived
    return pandas.DataFrame(frame)


def findings_frame(reports: _ReportsLike, *, diagnostics: bool = True) -> "pandas.DataFrame":
    """Every finding about a batch of reports as a ``pandas.DataFrame``, one row per finding.

    `reports` is what :func:`to_frame` takes. With ``diagnostics=True`` (the default) the
    findings are those of :func:`check` (what the parser noticed, the rules and the narrative
    cross-checks); with False only those of :func:`validate`. The checks run in C++ on the
    hardware threads with the GIL released. Columns: report (int64, index as in
    :func:`to_frame`), source, first_line (int64, the report's: with source the stable key),
    agency, year (Int64), format, then the finding's code, severity (categories), evaluable
    (bool), table (category), row, column (ids, '' when none; a few rules name something else,
    so these stay text), expected, actual, message and line (int64, the finding's source line
    or 0). Needs pandas (Debian: python3-pandas). For a bare
    list of :class:`Finding`, use ``pandas.DataFrame(govinfo.finding_columns(findings))``.
    """
    import numpy
    import pandas

    arrays = _core._finding_arrays(_flatten(reports), diagnostics)
    rep = numpy.asarray(arrays["report"], dtype=numpy.int64)
    frame = {"report": rep, **_per_report(arrays, rep)}
    frame.update(_finding_columns_typed(arrays))
    return pandas.DataFrame(frame)


def _finding_columns_typed(columns: dict) -> dict:
    """The finding columns code … line of finding_columns/_finding_arrays with their dtypes. A
    finding's row and column are ids or '' for most rules, but a few name something else (the
    statistics period, a list of columns), so they stay text rather than a fixed category."""
    import numpy

    typed = {name: _categorical(_objects(columns[name]), name) for name in ("code", "severity")}
    typed["evaluable"] = numpy.asarray(columns["evaluable"], dtype=bool)
    typed["table"] = _categorical(_objects(columns["table"]), "table")
    for name in ("row", "column", "expected", "actual", "message"):
        typed[name] = _objects(columns[name])
    typed["line"] = numpy.asarray(columns["line"], dtype=numpy.int64)
    return typed


def series_frame(series_list: "Series | _Iterable[Series]") -> "pandas.DataFrame":
    """The cells of every report of one or more series as one tidy frame.

    The columns of :func:`to_frame`, with ``series`` (the grouping key) first; rows are ordered
    by series, then year, as the series hold their reports. ``report`` numbers the reports
    across all the series from 0.
    """
    if isinstance(series_list, Series):
        series_list = [series_list]
    keys, reports = [], []
    for s in series_list:
        for r in s.reports:
            keys.append(s.key)
            reports.append(r)
    frame = to_frame(reports)
    frame.insert(0, "series", _objects(keys)[frame["report"].to_numpy()])
    return frame


def series_findings_frame(series_list: "Series | _Iterable[Series]") -> "pandas.DataFrame":
    """The cross-year findings of one or more series, one row per finding: ``series`` (the key),
    then the columns of :func:`finding_columns` (code, severity, evaluable, table, row, column,
    expected, actual, message, line, year, previous_year) with the dtypes of
    :func:`findings_frame` (year and previous_year Int64). The columns and dtypes are the same
    when there is no finding at all."""
    import pandas

    if isinstance(series_list, Series):
        series_list = [series_list]
    keys, found = [], []
    for s in series_list:
        findings = validate_series(s)
        keys.extend([s.key] * len(findings))
        found.extend(findings)
    columns = finding_columns(found)
    frame = {"series": _objects(keys), **_finding_columns_typed(columns)}
    for name in ("year", "previous_year"):
        frame[name] = pandas.array(columns[name], dtype="Int64")
    return pandas.DataFrame(frame)


_display.attach()


def indicators(reports: _ReportsLike) -> "pandas.DataFrame":
    """The measures evaluators use, one row per report, as a ``pandas.DataFrame``.

    `reports` is what :func:`to_frame` takes. The change of applications received is taken
    against the same agency's report of the year before when the batch holds it
    (:func:`indicator_rows` gives the same measures as :class:`Indicators` objects, with the
    reason of every missing value). Columns, docs/indicators.md gives each formula:

    ===================== ======= ===================================================
    report                int64   index of the report in the batch, from 0
    source, agency        object  as in :func:`to_frame`
    year                  Int64   <NA> when unknown
    format                object  '2019' or '2021'
    <count>               Int64   received, carried_over, handled, carried_forward,
                                  received_change
    <rate>                Float64 the nearest float of the exact rate
    <rate>_numerator      Int64   the counts the rate divides, exactly; both are kept
    <rate>_denominator    Int64   when known, also 0 of 0
    a20_<row>_<column>    Int64   the Article 20 counts of both formats
                                  (:func:`article20_count_columns`)
    ===================== ======= ===================================================

    Every value whose inputs are blank or "/" is <NA>, never 0; a rate whose denominator is 0
    is <NA> with its numerator and denominator shown. Python gets the rate as a float for
    plotting; ``Fraction(numerator, denominator)`` is the exact value.
    """
    import pandas

    rows = indicator_rows(_flatten(reports))
    frame: dict = {
        "report": pandas.array(range(len(rows)), dtype="int64"),
        "source": pandas.array([m.source for m in rows], dtype=object),
        "agency": pandas.array([m.agency for m in rows], dtype=object),
        "year": pandas.array([m.year for m in rows], dtype="Int64"),
        "format": pandas.array([m.format.id for m in rows], dtype=object),
    }
    for name, kind in _core._indicator_measures():
        measures = [getattr(m, name) for m in rows]
        if kind == "count":
            frame[name] = pandas.array([x.value for x in measures], dtype="Int64")
            continue
        values = [x.value() for x in measures]
        frame[name] = pandas.array(
            [None if v is None else v.numerator / v.denominator for v in values], dtype="Float64")
        frame[name + "_numerator"] = pandas.array([x.numerator for x in measures], dtype="Int64")
        frame[name + "_denominator"] = pandas.array([x.denominator for x in measures],
                                                    dtype="Int64")
    for row, column in article20_count_columns():
        values = []
        for m in rows:
            cell = next((c.cell for c in m.article20 if c.row == row and c.column == column), None)
            values.append(None if cell is None else cell.value)
        frame[f"a20_{row.id}_{column.id}"] = pandas.array(values, dtype="Int64")
    return pandas.DataFrame(frame)


def comparison_frame(comparison: Comparison) -> "pandas.DataFrame":
    """The cells of a :class:`Comparison` as a ``pandas.DataFrame``, one row per cell: table,
    row, column (ids), label, kind (a :class:`CellChangeKind` id), old_state and new_state
    ('value', 'blank', 'not_applicable', or None when that report's format lacks the cell),
    old and new (Int64 counts; money cells give their ``decimal.Decimal`` in old_amount and
    new_amount), absolute (Int64, new - old), absolute_amount (Decimal), relative (Float64) with
    relative_numerator and relative_denominator (Int64, exact), and note."""
    import pandas

    def side(value):
        if value is None:
            return None, None, None
        if isinstance(value, MoneyCell):
            return value.state.id, None, value.money.amount if value.state == CellState.value else None
        return value.state.id, value.value, None

    cells = comparison.cells
    old = [side(c.old_value) for c in cells]
    new = [side(c.new_value) for c in cells]
    relative = [c.relative for c in cells]
    return pandas.DataFrame({
        "table": pandas.array([c.table.id for c in cells], dtype=object),
        "row": pandas.array([c.row for c in cells], dtype=object),
        "column": pandas.array([c.column for c in cells], dtype=object),
        "label": pandas.array([c.label for c in cells], dtype=object),
        "kind": pandas.array([c.kind.id for c in cells], dtype=object),
        "old_state": pandas.array([o[0] for o in old], dtype=object),
        "old": pandas.array([o[1] for o in old], dtype="Int64"),
        "old_amount": pandas.array([o[2] for o in old], dtype=object),
        "new_state": pandas.array([n[0] for n in new], dtype=object),
        "new": pandas.array([n[1] for n in new], dtype="Int64"),
        "new_amount": pandas.array([n[2] for n in new], dtype=object),
        "absolute": pandas.array([c.absolute for c in cells], dtype="Int64"),
        "absolute_amount": pandas.array(
            [None if c.absolute_amount is None else c.absolute_amount.amount for c in cells],
            dtype=object),
        "relative": pandas.array([None if r is None else r.numerator / r.denominator
                                  for r in relative], dtype="Float64"),
        "relative_numerator": pandas.array([None if r is None else r.numerator for r in relative],
                                           dtype="Int64"),
        "relative_denominator": pandas.array(
            [None if r is None else r.denominator for r in relative], dtype="Int64"),
        "note": pandas.array([c.note for c in cells], dtype=object),
    })


def __dir__() -> list[str]:
    """dir(govinfo): the public names of __all__ and __version__, not the helpers' imports."""
    return sorted([*__all__, "__version__"])


__all__ = [
    "ApplicantColumn",
    "ApplicantRow",
    "ApplicationRow",
    "ApplicationTable",
    "Article20Column",
    "Article20Row",
    "Article20v2019",
    "Article20v2021",
    "Box",
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
    "Box",
    "CellOrigin",
    "CellProvenance",
    "Finding",
    "SourceLocation",
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
    "Series",
    "Severity",
    "SourceLocation",
    "StatisticsPeriod",
    "TableKind",
    "TableLocation",
    "agency_key",
    "all_applicant_columns",
    "applicant_columns",
    "application_rows",
    "article20_columns",
    "article20_rows",
    "cell_columns",
    "check",
    "compare_rollup",
    "find_rule",
    "finding_columns",
    "findings_frame",
    "findings_from_json",
    "from_json",
    "labels",
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
    "rollup",
    "resolve_by_neighbouring_years",
    "rule_catalogue",
    "series",
    "series_findings_frame",
    "series_frame",
    "to_frame",
    "to_json",
    "validate",
    "validate_series",
]

# compare.hpp, boilerplate.hpp, indicators.hpp
__all__ += [
    "Article20Count",
    "CellChange",
    "CellChangeKind",
    "ComparedSentence",
    "Comparison",
    "CountMeasure",
    "Indicators",
    "MissingReason",
    "RateMeasure",
    "Ratio",
    "SectionComparison",
    "article20_count_columns",
    "check_sections",
    "check_sections_across_years",
    "check_series_sections",
    "compare",
    "comparison_frame",
    "indicator_rows",
    "indicators",
]
