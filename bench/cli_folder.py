#!/usr/bin/python3
"""The govinfo command on a folder of reports: wall time and peak memory at two folder sizes.

    /usr/bin/python3 bench/cli_folder.py --govinfo build/bench/cli/govinfo [--mb 1000] [--small-mb 100]

The bundled reports (examples/reports) are copied into a temporary folder until it holds --mb
megabytes (one file per copy, 1,000 files per subfolder, as a crawl of a province would be laid
out), then each command below runs over the whole folder with its output sent to /dev/null:

    govinfo check --format jsonl -j 1     the main job, one thread
    govinfo check --format jsonl -j 2     the main job, two threads
    govinfo convert --to csv -j 2         cells as tidy CSV

The same runs over a folder of --small-mb show whether memory grows with the number of files:
peak resident memory should be about the same for both sizes. Peak memory is the child's
ru_maxrss (os.wait4), wall time the elapsed time of the run. Not a test: it prints figures.
"""
import argparse
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
REPORTS = HERE.parent / "examples" / "reports"
COMMANDS = [
    ("check jsonl -j1", ["check", "--format", "jsonl", "--fail-on", "never", "-q", "-j", "1"]),
    ("check jsonl -j2", ["check", "--format", "jsonl", "--fail-on", "never", "-q", "-j", "2"]),
    ("convert csv -j2", ["convert", "--to", "csv", "-q", "-j", "2"]),
]


def make_folder(root: pathlib.Path, megabytes: float, sources: list) -> tuple:
    """Copies of the sources under root until they hold `megabytes`; returns (files, bytes)."""
    want = int(megabytes * 1e6)
    written = files = 0
    while written < want:
        for name, data in sources:
            sub = root / f"{files // 1000:04d}"
            if files % 1000 == 0:
                sub.mkdir(parents=True, exist_ok=True)
            (sub / f"{files:06d}_{name}").write_bytes(data)
            written += len(data)
            files += 1
            if written >= want:
                break
    return files, written


def run(govinfo: str, args: list, folder: pathlib.Path) -> tuple:
    """Wall seconds and peak resident memory (MB) of one run; exits on failure."""
    start = time.monotonic()
    proc = subprocess.Popen([govinfo, *args, "-o", os.devnull, str(folder)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):  # 1: findings at or above --fail-on, which convert never has
        sys.exit(f"cli_folder: {' '.join(args)} exited with {code}")
    return wall, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--govinfo", default="build/bench/cli/govinfo", help="the govinfo command")
    ap.add_argument("--mb", type=float, default=1000, help="size of the large folder (MB)")
    ap.add_argument("--small-mb", type=float, default=100, help="size of the small folder (MB)")
    ap.add_argument("--reports", default=str(REPORTS), help="folder of reports to copy")
    ap.add_argument("--tmp", default=None, help="where to make the folders (default: $TMPDIR)")
    ap.add_argument("--json", action="store_true", help="one line of JSON instead of a table")
    a = ap.parse_args()

    govinfo = shutil.which(a.govinfo) or a.govinfo
    if not os.access(govinfo, os.X_OK):
        sys.exit(f"cli_folder: no govinfo command at {a.govinfo} (build it, or pass --govinfo)")
    sources = sorted((p.name, p.read_bytes()) for p in pathlib.Path(a.reports).iterdir()
                     if p.suffix in (".txt", ".html", ".htm"))
    if not sources:
        sys.exit(f"cli_folder: no reports in {a.reports}")

    figures = {}
    with tempfile.TemporaryDirectory(prefix="govinfo-cli-bench-", dir=a.tmp) as tmp:
        for size_key, mb in (("small", a.small_mb), ("large", a.mb)):
            folder = pathlib.Path(tmp) / size_key
            files, nbytes = make_folder(folder, mb, sources)
            figures[f"{size_key}_files"] = files
            figures[f"{size_key}_mb"] = round(nbytes / 1e6, 1)
            if not a.json:
                print(f"{size_key} folder: {files} files, {nbytes / 1e6:.1f} MB")
            for label, args in COMMANDS:
                wall, rss = run(govinfo, args, folder)
                key = f"{size_key}_{label.replace(' ', '_').replace('-', '')}"
                figures[f"{key}_s"] = round(wall, 2)
                figures[f"{key}_mb_per_s"] = round(nbytes / 1e6 / wall, 1)
                figures[f"{key}_peak_rss_mb"] = round(rss, 1)
                if not a.json:
                    print(f"  {label:<18} {wall:8.2f} s  {nbytes / 1e6 / wall:7.1f} MB/s"
                          f"  peak RSS {rss:7.1f} MB")
            shutil.rmtree(folder)
    if a.json:
        print(json.dumps(figures))


if __name__ == "__main__":
    main()
