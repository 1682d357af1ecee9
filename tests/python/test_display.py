"""How reports and findings show themselves: str() is one line that says who, when, which format,
where from, how full and what check() found; _repr_html_ (Jupyter) is a compact table of the three
statutory tables with blank and not-applicable cells apart from 0 and the cells that findings are
about marked."""
import html.parser
from pathlib import Path

import govinfo
from govinfo import Cell, FormatVersion

ROOT = Path(__file__).resolve().parents[2]
SEED_003 = ROOT / "examples" / "reports" / "003_efe2eca494f81be5.txt"


class Cells(html.parser.HTMLParser):
    """The <td>/<th> elements of an HTML fragment: (tag, attributes, text), and the captions."""

    def __init__(self):
        super().__init__()
        self.cells, self.captions, self._open = [], [], None

    def handle_starttag(self, tag, attrs):
        if tag in ("td", "th", "caption"):
            self._open = [tag, dict(attrs), ""]

    def handle_data(self, data):
        if self._open is not None:
            self._open[2] += data

    def handle_endtag(self, tag):
        if tag in ("td", "th", "caption") and self._open is not None:
            (self.captions if tag == "caption" else self.cells).append(tuple(self._open))
            self._open = None


def parsed(fragment):
    p = Cells()
    p.feed(fragment)
    return p


def unbalanced():
    """A 2021 report whose disclosed row does not add up (app_row_total, an error), with a
    written 0, a '/' and blanks."""
    r = govinfo.Report(FormatVersion.v2021)
    r.agency, r.year, r.source, r.first_line = "某市数据局", 2022, "some/report.txt", 7
    row = r.applications.disclosed
    row.natural_person, row.commercial_enterprise, row.total = Cell(2), Cell(0), Cell(5)
    for name in ("research_institution", "public_interest_org", "legal_service_org", "other_org"):
        setattr(row, name, Cell(0))
    r.applications.partially_disclosed.other_org = Cell.not_applicable()
    return r


def test_report_str_is_one_line_with_what_matters():
    r = unbalanced()
    text = str(r)
    assert "\n" not in text
    assert text.startswith("某市数据局 2022 (format 2021, some/report.txt:7): ")
    cells = r.cells()["state"]
    assert f"{cells.count('value')} of {len(cells)} cells filled" in text
    assert "1 not applicable" in text
    errors = sum(f.severity == govinfo.Severity.error for f in govinfo.check(r))
    assert errors >= 1 and f"{errors} error" in text
    blank = govinfo.Report(FormatVersion.v2019)
    assert str(blank).startswith("(agency unknown) year unknown (format 2019, text input): 0 of ")


def test_finding_str_is_one_line():
    finding = next(f for f in govinfo.check(unbalanced())
                   if f.code == govinfo.FindingCode.app_row_total
                   and f.severity == govinfo.Severity.error)
    text = str(finding)
    assert "\n" not in text
    assert text == f"error app_row_total applications/disclosed: {finding.message}"


def test_report_html_shows_three_tables_with_states_and_marks():
    r = unbalanced()
    fragment = r._repr_html_()
    page = parsed(fragment)
    assert [c[2] for c in page.captions] == ["Article 20 主动公开", "Applications 依申请公开",
                                             "Review and litigation 复议诉讼"]
    assert fragment.count("<table") == 3
    by_title = {}
    for tag, attrs, text in page.cells:
        by_title.setdefault(attrs.get("title", "").split("\n")[0], []).append((tag, attrs, text))
    disclosed = [c for c in page.cells if c[0] == "th" and c[2] == "disclosed"]
    assert len(disclosed) == 1
    tag, attrs, _ = disclosed[0]
    # app_row_total is about the whole row: the row header is marked, with the message.
    assert "gi-error" in attrs["class"] and "app_row_total" in attrs["title"]
    label = govinfo.ApplicationRow.disclosed.label
    assert attrs["title"].startswith(label)
    # The row's cells: 2, 0, 0, 0, 0, 0, 5, in applicant-column order; the next row has a '/'.
    texts = [c[2] for c in page.cells if c[0] == "td"]
    classes = [c[1].get("class", "") for c in page.cells if c[0] == "td"]
    start = texts.index("2")
    assert texts[start:start + 7] == ["2", "0", "0", "0", "0", "0", "5"]
    assert classes[start + 1] == ""  # a written 0 is not a blank
    assert texts[start + 7 + 5] == "/" and classes[start + 7 + 5] == "gi-na"
    assert "gi-blank" in classes[start + 7]  # partially_disclosed's natural_person: blank
    blanks = [c for c in page.cells if c[0] == "td" and "gi-blank" in c[1].get("class", "")]
    assert blanks and all(c[2] == "" for c in blanks)


def test_report_html_marks_a_cell_finding_on_the_cell():
    r = govinfo.Report(FormatVersion.v2021)
    r.applications.disclosed.natural_person = Cell(-3)  # cell_negative: about this cell
    page = parsed(r._repr_html_())
    marked = [c for c in page.cells if c[0] == "td" and "cell_negative" in c[1].get("title", "")]
    assert len(marked) == 1 and marked[0][2] == "-3"
    assert "gi-error" in marked[0][1]["class"] or "gi-warning" in marked[0][1]["class"]


def test_report_html_escapes_what_the_report_says():
    r = govinfo.Report(FormatVersion.v2021)
    r.agency = "<script>alert(1)</script>&局"
    fragment = r._repr_html_()
    assert "<script>alert" not in fragment and "&lt;script&gt;" in fragment


def test_report_html_lists_findings_and_counts_the_info_ones():
    result = govinfo.parse_file(SEED_003)
    report = result.reports[0]
    fragment = report._repr_html_()
    assert "period_outside_year" in fragment
    infos = sum(f.severity == govinfo.Severity.info for f in govinfo.check(report))
    if infos:
        assert f"{infos} info finding" in fragment


def test_finding_html_is_a_one_row_table():
    finding = govinfo.check(unbalanced())[0]
    page = parsed(finding._repr_html_())
    assert finding.code.id in [c[2] for c in page.cells]
    assert finding._repr_html_().count("<tr>") == 1
