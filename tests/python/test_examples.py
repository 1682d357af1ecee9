"""The Python examples run: examples/python/analysis.py prints its summary and saves a PNG chart;
examples/python/dask_pipeline.py gives, on a dask.distributed LocalCluster, exactly the frame of
the single-process to_frame(parse_many(...))."""
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


def run_example(name, *args, cwd, timeout=180):
    env = {**os.environ, "PYTHONPATH": str(Path(govinfo.__file__).resolve().parents[1]),
           "MPLCONFIGDIR": str(cwd / ".matplotlib"), "MPLBACKEND": "Agg"}
    out = subprocess.run([sys.executable, str(EXAMPLES / name), *map(str, args)], cwd=cwd,
                         env=env, capture_output=True, text=True, timeout=timeout)
    assert out.returncode == 0, out.stderr
    return out.stdout


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
    stdout = run_example("analysis.py", "--output", tmp_path / "mix.png", cwd=tmp_path)
    files = sorted(p for p in REPORTS.iterdir() if p.suffix in (".txt", ".html"))
    results = govinfo.parse_many(files)
    reports = sum(len(r.reports) for r in results)
    cells = govinfo.to_frame(results)
    assert stdout.startswith(f"{len(files)} files, {reports} reports, {len(cells)} cells")
    for agency_file in ("000_93777d88a2382c03.txt", "c03.html"):
        assert agency_file in stdout
    assert f"chart saved to {tmp_path / 'mix.png'}" in stdout
    size, width, height = png_size(tmp_path / "mix.png")
    assert size > 10_000
    assert width == 1000 and 400 < height < 2000  # 10 inches at 100 dpi, a bar per report


def test_analysis_outcome_mix_sums_the_outcome_rows_of_each_report():
    pytest.importorskip("matplotlib")
    analysis = load_example("analysis.py")
    results = govinfo.parse_many(sorted(REPORTS.iterdir()))
    reports = [r for f in results for r in f.reports]
    mix = analysis.outcome_mix(govinfo.to_frame(reports))
    assert list(mix.columns) == [g.id for g in govinfo.OutcomeGroup.__members__.values()]
    for i, report in enumerate(reports):
        by_group = {g: 0 for g in mix.columns}
        for row in govinfo.outcome_rows(report.format):
            value = report.applications[row].total.value
            by_group[govinfo.group_of(row).id] += value or 0
        assert mix.loc[i].to_dict() == by_group, report.source
    assert mix.loc[0, "disclosed"] == 3  # seed 000: three applications, all disclosed


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
    output = tmp_path / "frame.pkl"
    args = [folder, "--workers", 2, "--chunk-size", 3, "--output", output]
    stdout = run_example("dask_pipeline.py", *args, *(["--processes"] if processes else []),
                         cwd=tmp_path)
    files = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html"))
    results = govinfo.parse_many(files)
    assert [r.ok for r in results].count(False) == 1
    expected = govinfo.to_frame(results)
    got = pandas.read_pickle(output)
    pandas.testing.assert_frame_equal(got, expected)
    assert got["report"].nunique() == 2 * len(govinfo.to_frame(
        govinfo.parse_many(sorted(REPORTS.iterdir())))["report"].unique())
    assert stdout.startswith(f"{expected['report'].nunique()} reports, {len(expected)} cells")
