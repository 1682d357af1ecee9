"""The Python examples run: examples/python/analysis.py prints its summary and saves a PNG chart,
with the blank totals of 上海 2019 derived from their parts; examples/python/dask_pipeline.py
gives, on a dask.distributed LocalCluster, exactly the frames of the single-process
to_frame(parse_many(...)) and findings_frame(...), and names the file it could not read."""
import importlib.util
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

import govinfo

pandas = pytest.importorskip("pandas")

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "python"
REPORTS = ROOT / "examples" / "reports"


def run_example(name, *args, cwd, timeout=180, status=0):
    env = {**os.environ, "PYTHONPATH": str(Path(govinfo.__file__).resolve().parents[1]),
           "MPLCONFIGDIR": str(cwd / ".matplotlib"), "MPLBACKEND": "Agg"}
    out = subprocess.run([sys.executable, str(EXAMPLES / name), *map(str, args)], cwd=cwd,
                         env=env, capture_output=True, text=True, timeout=timeout)
    assert out.returncode == status, out.stderr
    return out


def load_example(name):
    spec = importlib.util.spec_from_file_location(name.removesuffix(".py"), EXAMPLES / name)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def png_size(path):
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    assert data.rstrip(b"\x00")[-8:-4] == b"IEND"
    return len(data), width, height


def test_analysis_prints_a_summary_and_saves_the_chart(tmp_path):
    pytest.importorskip("matplotlib")
    stdout = run_example("analysis.py", "--output", tmp_path / "mix.png", cwd=tmp_path).stdout
    files = sorted(p for p in REPORTS.iterdir() if p.suffix in (".txt", ".html"))
    results = govinfo.parse_many(files)
    reports = sum(len(r.reports) for r in results)
    cells = govinfo.to_frame(results)
    assert stdout.startswith(f"{len(files)} files, {reports} reports, {len(cells)} cells")
    for agency_file in ("000_93777d88a2382c03.txt", "c03.html"):
        assert agency_file in stdout
    # 上海 2019 (c03) is said to have no known mix, not charted as n = 0.
    assert "outcome mix unknown (outcome totals blank, and a part of each blank too): " in stdout
    assert "c03.html" in stdout.split("outcome mix unknown")[1].splitlines()[0]
    assert f"chart saved to {tmp_path / 'mix.png'}" in stdout
    size, width, height = png_size(tmp_path / "mix.png")
    assert size > 10_000
    assert width == 1000 and 400 < height < 2000  # 10 inches at 100 dpi, a bar per report


PARTS = ("natural_person", "commercial_enterprise", "research_institution", "public_interest_org",
         "legal_service_org", "other_org")


def outcome_total(report, row):
    """An outcome row's 总计: written, or the sum of its six applicant columns when it is blank and
    every one of them holds a count (derive_totals), else None."""
    cells = report.applications[row]
    if cells.total.has_value:
        return cells.total.value
    parts = [getattr(cells, p) for p in PARTS]
    if cells.total.is_blank and all(p.has_value for p in parts):
        return sum(p.value for p in parts)
    return None


def test_analysis_outcome_mix_sums_the_outcome_rows_of_each_report():
    pytest.importorskip("matplotlib")
    analysis = load_example("analysis.py")
    results = govinfo.parse_many(sorted(REPORTS.iterdir()))
    reports = [r for f in results for r in f.reports]
    mix = analysis.outcome_mix(govinfo.to_frame(reports, derive_totals=True))
    assert list(mix.columns) == [g.id for g in govinfo.OutcomeGroup.__members__.values()]
    unknown = []
    for i, report in enumerate(reports):
        by_group = {g: 0 for g in mix.columns}
        totals = {row: outcome_total(report, row) for row in govinfo.outcome_rows(report.format)}
        if any(t is None for t in totals.values()):
            assert mix.loc[i].isna().all(), report.source  # unknown, never 0
            unknown.append(Path(report.source).name)
            continue
        for row, value in totals.items():
            by_group[govinfo.group_of(row).id] += value
        assert mix.loc[i].to_dict() == by_group, report.source
    assert mix.loc[0, "disclosed"] == 3  # seed 000: three applications, all disclosed
    assert "c03.html" in unknown  # 上海 2019: totals blank and parts blank, not n = 0


@pytest.fixture
def folder(tmp_path):
    """The bundled reports twice over, an unreadable file and a stray non-report file."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for copy in (1, 2):
        for path in REPORTS.iterdir():
            shutil.copy(path, folder / f"{copy}_{path.name}")
    (folder / "1_zz_broken.txt").write_bytes(b"\xe4\xb8\x80\x00\x00 NUL in the middle")
    (folder / "notes.md").write_text("not a report", encoding="utf-8")
    return folder


@pytest.mark.parametrize("processes", [False, True], ids=["threads", "processes"])
def test_dask_pipeline_equals_the_single_process_frame(folder, tmp_path, processes):
    pytest.importorskip("distributed")
    output, findings_output = tmp_path / "frame.pkl", tmp_path / "findings.pkl"
    args = [folder, "--workers", 2, "--chunk-size", 3, "--output", output,
            "--findings-output", findings_output]
    run = run_example("dask_pipeline.py", *args, *(["--processes"] if processes else []),
                      cwd=tmp_path, status=2)  # the broken file: reported, not skipped silently
    stdout = run.stdout
    assert f"{folder / '1_zz_broken.txt'}: could not be read: " in run.stderr
    assert "1 files could not be read" in run.stderr
    files = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html"))
    results = govinfo.parse_many(files)
    assert [r.ok for r in results].count(False) == 1
    expected = govinfo.to_frame(results)
    got = pandas.read_pickle(output)
    pandas.testing.assert_frame_equal(got, expected)
    findings = pandas.read_pickle(findings_output)
    pandas.testing.assert_frame_equal(findings, govinfo.findings_frame(results))
    assert (findings["severity"] == "error").sum() == 2  # seed 003, once per copy
    assert f"findings: " in stdout
    assert got["report"].nunique() == 2 * len(govinfo.to_frame(
        govinfo.parse_many(sorted(REPORTS.iterdir())))["report"].unique())
    assert stdout.startswith(f"{expected['report'].nunique()} reports, {len(expected)} cells")
