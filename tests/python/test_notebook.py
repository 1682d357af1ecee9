"""examples/notebooks/analysis.ipynb runs headless (jupyter nbconvert --execute with Debian's
python3-nbconvert and python3-ipykernel) and its answers are right: each answer cell prints a
line that this test recomputes from the model objects (not from the frames the notebook uses),
and each chart cell shows a PNG."""
import base64
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import govinfo

pytest.importorskip("nbconvert")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")
pytest.importorskip("pandas")
nbformat = pytest.importorskip("nbformat")

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "examples" / "notebooks" / "analysis.ipynb"
# The bundled reports, and one whose blank totals can be derived from their parts (none of the
# bundled ones can: 上海 2019 leaves parts blank too).
SOURCES = [*sorted((ROOT / "examples" / "reports").iterdir()),
           ROOT / "tests" / "data" / "variants" / "markdown_blank_cells.txt"]
PARTS = ("natural_person", "commercial_enterprise", "research_institution", "public_interest_org",
         "legal_service_org", "other_org")
REVIEW_PARTS = ("upheld", "corrected", "other", "pending")


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reports")
    for path in SOURCES:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def executed(tmp_path_factory, folder):
    """The notebook after a headless run, as a dict tag -> cell."""
    work = tmp_path_factory.mktemp("notebook")
    env = {**os.environ,
           "PYTHONPATH": str(Path(govinfo.__file__).resolve().parents[1]),
           "GOVINFO_REPORTS": str(folder),
           "MPLCONFIGDIR": str(work / "matplotlib"),
           "IPYTHONDIR": str(work / "ipython"),
           "JUPYTER_RUNTIME_DIR": str(work / "runtime")}
    env.pop("MPLBACKEND", None)  # the kernel's inline backend, which puts PNGs in the notebook
    out = subprocess.run(
        [sys.executable, "-m", "nbconvert", "--to", "notebook", "--execute",
         "--ExecutePreprocessor.timeout=300", "--ExecutePreprocessor.kernel_name=python3",
         "--output-dir", str(work), "--output", "executed", str(NOTEBOOK)],
        env=env, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-4000:]
    notebook = nbformat.read(work / "executed.ipynb", as_version=4)
    cells = {}
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        for output in cell.get("outputs", []):
            assert output.output_type != "error", "\n".join(output.get("traceback", []))
        for tag in cell.metadata.get("tags", []):
            cells[tag] = cell
    return cells


def text_of(cell) -> str:
    return "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream")


def line_starting(cell, prefix: str) -> str:
    lines = [line for line in text_of(cell).splitlines() if line.startswith(prefix)]
    assert len(lines) == 1, (prefix, text_of(cell))
    return lines[0][len(prefix):].strip()


def pngs_of(cell) -> list[bytes]:
    return [base64.b64decode(o.data["image/png"]) for o in cell.outputs
            if o.output_type == "display_data" and "image/png" in o.get("data", {})]


@pytest.fixture(scope="module")
def reports(folder):
    files = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html", ".htm"))
    return [r for f in govinfo.parse_many(files) for r in f.reports]


def derived_sum(cells, parts):
    """The rule of derive_totals, written again: a blank total whose parts all hold a count is
    their sum; anything else gives None."""
    values = [getattr(cells, name) for name in parts]
    if cells.total.is_blank and all(v.has_value for v in values):
        return sum(v.value for v in values)
    return None


def total(report, row):
    """The 总计 of an application row: written, or derived, else None (unknown)."""
    cells = report.applications[row]
    return cells.total.value if cells.total.has_value else derived_sum(cells, PARTS)


def test_it_reads_every_report(executed, reports, folder):
    files = [p for p in folder.iterdir() if p.suffix in (".txt", ".html", ".htm")]
    assert text_of(executed["setup"]).startswith(
        f"{len(files)} files, {len(reports)} reports, 0 unreadable")


def test_it_says_which_totals_were_derived_and_which_stay_unknown(executed, reports):
    derived, unknown = set(), {}
    for r in reports:
        name = Path(r.source).name
        for row in govinfo.application_rows(r.format):
            cells = r.applications[row]
            if derived_sum(cells, PARTS) is not None:
                derived.add(name)
            elif cells.total.is_blank:
                unknown[name] = unknown.get(name, 0) + 1
        for group in govinfo.review_groups():
            if derived_sum(r.review_litigation[group], REVIEW_PARTS) is not None:
                derived.add(name)
    assert derived == {"markdown_blank_cells.txt"}
    assert "c03.html" in unknown  # 上海 2019: the trap
    cell = executed["frames"]
    assert line_starting(cell, "reports with totals derived from their parts:") == \
        ", ".join(sorted(derived))
    for name, n in unknown.items():
        assert f"{name}: {n} application totals blank, and a part of each too: unknown" in \
            text_of(cell)


def test_most_applications(executed, reports):
    known = [(total(r, govinfo.ApplicationRow.new_received), r) for r in reports]
    n, report = max(((n, r) for n, r in known if n is not None), key=lambda t: t[0])
    assert line_starting(executed["most-applications"], "most applications:") == \
        f"{report.agency} {report.year} {n}"
    assert pngs_of(executed["most-applications"])


def test_share_of_outcomes(executed, reports):
    by_group: dict[str, int] = {}
    complete = 0
    for r in reports:
        rows = govinfo.outcome_rows(r.format)
        totals = [total(r, row) for row in rows]
        if any(t is None for t in totals):
            continue
        complete += 1
        for row, t in zip(rows, totals):
            group = govinfo.group_of(row).id
            by_group[group] = by_group.get(group, 0) + t
    share = 100 * by_group["disclosed"] / sum(by_group.values())
    assert line_starting(executed["outcome-shares"], "share disclosed:") == f"{share:.1f}%"
    assert text_of(executed["outcome-shares"]).startswith(f"{complete} of {len(reports)} reports")
    assert pngs_of(executed["outcome-shares"])


def test_reports_with_errors(executed, reports):
    with_errors = sorted({Path(r.source).name for r in reports
                          if any(f.severity == govinfo.Severity.error for f in govinfo.check(r))})
    assert with_errors, "one bundled report has errors"
    assert line_starting(executed["errors"], "reports with errors:") == ", ".join(with_errors)
    assert pngs_of(executed["errors"])


def test_formats(executed, reports):
    counts = {}
    for r in reports:
        counts[r.format.id] = counts.get(r.format.id, 0) + 1
    assert line_starting(executed["formats"], "reports per format:") == \
        str({k: counts[k] for k in sorted(counts)})
    assert line_starting(executed["formats"], "application rows only in 2019:") == \
        "['other_handling']"
    assert pngs_of(executed["formats"])
    for png in (p for tag in ("most-applications", "outcome-shares", "errors", "formats")
                for p in pngs_of(executed[tag])):
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 5_000


def test_a_report_shows_its_tables_with_findings_marked(executed, reports):
    cell = executed["report-view"]
    html = [o.data["text/html"] for o in cell.outputs
            if o.output_type == "execute_result" and "text/html" in o.data]
    assert len(html) == 1
    assert html[0].count("<table") == 3
    assert "gi-error" in html[0] or "gi-warning" in html[0]
    printed = text_of(cell).strip()
    assert printed in {str(r) for r in reports}
