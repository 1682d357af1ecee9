"""How reports and findings show themselves: a one-line ``str`` for ``print`` and logs, and
``_repr_html_`` for Jupyter (a compact table of the three statutory tables with the cells that
findings are about marked).

Written in Python over the public API (``Report.cells``, ``check``, ``labels``) rather than in the
extension, so that it can change without touching the bindings; ``govinfo/__init__.py`` attaches
the functions to the classes.
"""
from __future__ import annotations

import html
from collections import Counter, defaultdict

from . import _core

_TABLES = ("article20", "applications", "review_litigation")
_TABLE_TITLES = {
    "article20": "Article 20 主动公开",
    "applications": "Applications 依申请公开",
    "review_litigation": "Review and litigation 复议诉讼",
}
_UNITS = {"wan_yuan": "万元", "yuan": "元", "unknown": ""}
_SHOWN_FINDINGS = 12  # errors and warnings listed under the tables; the rest are counted

_STYLE = """<style>
.govinfo-report{font:12px/1.35 system-ui,sans-serif}
.govinfo-report .gi-tables{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start}
.govinfo-report table{border-collapse:collapse;margin:0}
.govinfo-report caption{font-weight:600;text-align:left;padding:2px 0}
.govinfo-report th,.govinfo-report td{border:1px solid #ccc;padding:1px 5px;text-align:right;
 white-space:nowrap}
.govinfo-report th{background:#f4f4f4;font-weight:500}
.govinfo-report th.gi-row{text-align:left}
.govinfo-report td.gi-blank{background:repeating-linear-gradient(45deg,#fff,#fff 3px,#eee 3px,#eee 6px)}
.govinfo-report td.gi-na{color:#888}
.govinfo-report td.gi-none{background:#f6f6f6;border-color:#eee}
.govinfo-report .gi-error{outline:2px solid #c00;outline-offset:-2px;background:#fee}
.govinfo-report .gi-warning{outline:2px solid #e80;outline-offset:-2px;background:#fff4e0}
.govinfo-report ul{margin:4px 0;padding-left:18px}
.govinfo-report .gi-sev-error{color:#c00;font-weight:600}
.govinfo-report .gi-sev-warning{color:#b60;font-weight:600}
</style>"""


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _where(source: str, line: int) -> str:
    if not source:
        return f"line {line}" if line else "text input"
    return f"{source}:{line}" if line else source


def _location(f) -> str:
    parts = [f.table.id] + [p for p in (f.row, f.column) if p]
    where = "/".join(parts)
    return f"{where} line {f.line}" if f.line else where


def report_str(report) -> str:
    """One line: agency, year, format, where it came from, how full it is, what check() found."""
    cells = report.cells()
    states = Counter(cells["state"])
    severities = Counter(f.severity.id for f in _core.check(report))
    year = report.year if report.year is not None else "year unknown"
    found = ", ".join(_plural(severities[s], s) for s in ("error", "warning") if severities[s])
    return (f"{report.agency or '(agency unknown)'} {year} (format {report.format.id}, "
            f"{_where(report.source, report.first_line)}): "
            f"{states['value']} of {len(cells['state'])} cells filled, "
            f"{states['blank']} blank, {states['not_applicable']} not applicable; "
            f"{found or 'no errors or warnings'}")


def finding_str(finding) -> str:
    """One line: severity, code, where, message."""
    return f"{finding.severity.id} {finding.code.id} {_location(finding)}: {finding.message}"


def _marks(findings) -> tuple[dict, dict]:
    """Errors and warnings by what they are about: cells (table, row, column) and headers (the
    row or column a finding names alone, or the whole table). Values: (severity, [messages]).
    Findings about blank cells (*_blank_cells) mark nothing: the hatching shows those cells, and
    a mark on every row of a sparse table would hide the findings that matter."""
    cells: dict = defaultdict(lambda: ["warning", []])
    headers: dict = defaultdict(lambda: ["warning", []])
    for f in findings:
        if f.severity.id not in ("error", "warning") or f.code.id.endswith("_blank_cells"):
            continue
        key = (f.table.id, f.row, f.column)
        target = cells if (f.row and f.column) else headers
        mark = target[key]
        if f.severity.id == "error":
            mark[0] = "error"
        mark[1].append(f"{f.code.id}: {f.message}")
    return cells, headers


def _attributes(classes: list[str], mark, title: str = "") -> str:
    notes = [title] if title else []
    if mark is not None:
        classes.append("gi-" + mark[0])
        notes.extend(mark[1])
    out = f' class="{" ".join(classes)}"' if classes else ""
    if notes:
        out += f' title="{html.escape(chr(10).join(notes))}"'
    return out


def _cell_text(state: str, value, unit) -> tuple[str, str]:
    """What a cell shows and its CSS class: the count, '/' for not applicable, empty for blank."""
    if state == "blank":
        return "", "gi-blank"
    if state == "not_applicable":
        return "/", "gi-na"
    text = str(value)
    if unit:
        text += _UNITS.get(unit, "")
    return text, ""


def _table_html(table: str, grid: dict, labels: dict, cells_marked: dict,
                headers_marked: dict) -> str:
    rows = list(dict.fromkeys(r for r, _ in grid))
    columns = list(dict.fromkeys(c for _, c in grid))
    caption_mark = headers_marked.get((table, "", ""))
    out = [f"<table><caption{_attributes([], caption_mark)}>"
           f"{html.escape(_TABLE_TITLES[table])}</caption><tr><th></th>"]
    for c in columns:
        mark = headers_marked.get((table, "", c))
        out.append(f"<th{_attributes([], mark)}>{html.escape(c)}</th>")
    out.append("</tr>")
    for r in rows:
        mark = headers_marked.get((table, r, ""))
        label = labels.get((table, r), "")
        out.append(f"<tr><th{_attributes(['gi-row'], mark, label)}>{html.escape(r)}</th>")
        for c in columns:
            if (r, c) not in grid:  # the row has no such column (Article 20)
                out.append('<td class="gi-none"></td>')
                continue
            state, value, unit = grid[(r, c)]
            text, css = _cell_text(state, value, unit)
            classes = [css] if css else []
            title = labels.get((table, r, c), "")
            attrs = _attributes(classes, cells_marked.get((table, r, c)), title)
            out.append(f"<td{attrs}>{html.escape(text)}</td>")
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def _findings_html(findings) -> str:
    shown = [f for f in findings if f.severity.id in ("error", "warning")]
    rest = Counter(f.severity.id for f in findings if f.severity.id not in ("error", "warning"))
    items = [f'<li><span class="gi-sev-{f.severity.id}">{f.severity.id}</span> '
             f"<code>{html.escape(f.code.id)}</code> {html.escape(_location(f))}: "
             f"{html.escape(f.message)}</li>" for f in shown[:_SHOWN_FINDINGS]]
    if len(shown) > _SHOWN_FINDINGS:
        items.append(f"<li>… {len(shown) - _SHOWN_FINDINGS} more errors and warnings "
                     "(govinfo.check(report) lists them all)</li>")
    if rest["info"]:
        items.append(f"<li>{_plural(rest['info'], 'info finding')} (checks that could not be "
                     "evaluated, mostly because of blank cells)</li>")
    if not items:
        return "<p>No findings.</p>"
    return "<ul>" + "".join(items) + "</ul>"


def report_html(report) -> str:
    """The report as Jupyter shows it: a heading line, the three tables (blank cells hatched,
    not-applicable cells '/', cells with an error outlined red, with a warning orange; hover for
    the label and the finding) and the errors and warnings of check(report)."""
    findings = _core.check(report)
    cells_marked, headers_marked = _marks(findings)
    labels = _core.labels(report.format)
    grids: dict = {t: {} for t in _TABLES}
    c = report.cells()
    for table, row, column, state, value, unit in zip(c["table"], c["row"], c["column"],
                                                     c["state"], c["value"], c["unit"]):
        grids[table][(row, column)] = (state, value, unit)
    severities = Counter(f.severity.id for f in findings)
    year = report.year if report.year is not None else "year unknown"
    heading = (f"<p><b>{html.escape(report.agency or '(agency unknown)')}</b> · {year} · "
               f"format {report.format.id} · "
               f"{html.escape(_where(report.source, report.first_line))} · "
               f"{_plural(severities['error'], 'error')}, "
               f"{_plural(severities['warning'], 'warning')}, {severities['info']} info</p>")
    tables = "".join(_table_html(t, grids[t], labels, cells_marked, headers_marked)
                     for t in _TABLES)
    return (f'<div class="govinfo-report">{_STYLE}{heading}<div class="gi-tables">{tables}</div>'
            f"{_findings_html(findings)}</div>")


def finding_html(finding) -> str:
    """A finding as one table row: severity, code, where, message, expected and actual."""
    sev = finding.severity.id
    expected = (f"<td>expected {html.escape(finding.expected)}, actual "
                f"{html.escape(finding.actual)}</td>") if finding.expected else ""
    return (f'<div class="govinfo-report">{_STYLE}<table><tr>'
            f'<td class="gi-sev-{sev}">{sev}</td><td><code>{html.escape(finding.code.id)}</code>'
            f"</td><td>{html.escape(_location(finding))}</td>"
            f"<td style='text-align:left'>{html.escape(finding.message)}</td>{expected}"
            "</tr></table></div>")


def attach() -> None:
    """Gives Report and Finding their str and _repr_html_."""
    _core.Report.__str__ = report_str
    _core.Report._repr_html_ = report_html
    _core.Finding.__str__ = finding_str
    _core.Finding._repr_html_ = finding_html
