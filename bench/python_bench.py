#!/usr/bin/python3
"""Python-side figures: parse_many on 1 and 2 C++ threads, the cost of building frames, and of
reading cells through the model's views.

    PYTHONPATH=build/ci/python /usr/bin/python3 bench/python_bench.py [--files 500] [--repeat 3]

The bundled reports (examples/reports) are replicated to --files paths. Prints the best of
--repeat runs for each figure. Not part of the test suite: it measures, it asserts nothing (the
issue's target is to_frame of 100,000 cells well under a second). Figures depend on the build
type: use a Release build (preset ci) for numbers worth quoting.
"""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import govinfo

REPORTS = Path(__file__).resolve().parents[1] / "examples" / "reports"


def best(repeat: int, fn) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--cells", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    bundled = sorted(p for p in REPORTS.iterdir() if p.suffix in (".txt", ".html"))
    paths = [bundled[i % len(bundled)] for i in range(args.files)]
    size = sum(p.stat().st_size for p in paths)
    print(f"govinfo {govinfo.__version__} from {Path(govinfo._core.__file__).name}; "
          f"{os.cpu_count()} CPUs")
    print(f"parse_many: {len(paths)} files, {size / 1e6:.1f} MB")
    results = None
    for threads in (1, 2):
        seconds, results = best(args.repeat, lambda: govinfo.parse_many(paths, threads=threads))
        print(f"  threads={threads}: {seconds * 1000:8.1f} ms  "
              f"({len(paths) / seconds:7.0f} files/s, {size / seconds / 1e6:6.1f} MB/s)")

    reports = [r for f in results for r in f.reports]
    per_report = len(govinfo.cell_columns(reports[:50])["row"]) / min(50, len(reports))
    batch = reports * (int(args.cells / per_report / len(reports)) + 1)
    while len(govinfo.cell_columns(batch[:-1])["row"]) >= args.cells:
        batch = batch[:-1]
    cells = len(govinfo.cell_columns(batch)["row"])
    print(f"frames: {len(batch)} reports, {cells} cells (figures scaled to 100,000 cells)")
    scale = 100_000 / cells
    for name, fn in [
        ("to_frame (long)", lambda: govinfo.to_frame(batch)),
        ("to_frame(wide=True)", lambda: govinfo.to_frame(batch, wide=True)),
        ("to_frame(labels=True)", lambda: govinfo.to_frame(batch, labels=True)),
        ("cell_columns (lists)", lambda: govinfo.cell_columns(batch)),
    ]:
        seconds, _ = best(args.repeat, fn)
        print(f"  {name:22} {seconds * 1000 * scale:8.1f} ms per 100,000 cells")
    # The findings cost what the checks cost (the narrative cross-checks dominate), so per report.
    sample = batch[:100]
    for name, fn in [
        ("findings_frame", lambda: govinfo.findings_frame(sample)),
        ("findings_frame(diagnostics=False)",
         lambda: govinfo.findings_frame(sample, diagnostics=False)),
    ]:
        seconds, _ = best(args.repeat, fn)
        print(f"  {name:34} {seconds * 1000 / len(sample):8.2f} ms per report")

    # Attribute access goes through views that walk their path again on every use.
    def read_through_views() -> int:
        count = 0
        for r in sample:
            for row in govinfo.application_rows(r.format):
                cells = r.applications[row]
                for column in govinfo.all_applicant_columns():
                    count += cells[column].value is not None
        return count

    seconds, count = best(args.repeat, read_through_views)
    cells = sum(len(govinfo.application_rows(r.format)) * 7 for r in sample)
    print(f"views: table[row][column].value  {seconds * 1e6 / cells:8.2f} µs per cell")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
