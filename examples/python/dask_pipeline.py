#!/usr/bin/python3
"""A folder of reports processed on a dask.distributed LocalCluster into one tidy frame of cells
and one frame of findings.

Each task parses a chunk of files (govinfo.parse_many, C++ threads without the GIL) and turns it
into frames (govinfo.to_frame, govinfo.findings_frame); the client gathers the chunks in order and
renumbers the reports, so the result is exactly govinfo.to_frame(govinfo.parse_many(files)) and
govinfo.findings_frame(...) of the whole folder. Files that could not be read are named on stderr
and make the exit status 2, as with `govinfo check`: nothing is skipped silently.

    PYTHONPATH=build/ci/python /usr/bin/python3 examples/python/dask_pipeline.py FOLDER \\
        [--workers 2] [--chunk-size 4] [--processes] [--output frame.pkl] \\
        [--findings-output findings.pkl]

Needs Debian's python3-distributed and python3-pandas. By default the workers are threads of
this process (parsing releases the GIL, so they run in parallel); --processes starts worker
processes instead, which then need govinfo on their PYTHONPATH too.
"""
from __future__ import annotations

import argparse
import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas
from distributed import Client, LocalCluster

import govinfo

SUFFIXES = (".txt", ".html", ".htm")


def report_files(folder: Path) -> list[Path]:
    """The report files of `folder`, sorted by name: the order of the reports in the frame."""
    return sorted(p for p in Path(folder).iterdir() if p.is_file() and p.suffix in SUFFIXES)


@dataclass
class Chunk:
    """What one task gives back: its report count, frames, and the files it could not read."""
    reports: int
    cells: pandas.DataFrame
    findings: pandas.DataFrame
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (path, error)


def process_chunk(paths: list[str]) -> Chunk:
    """Runs on a worker: parse the files of one chunk and make their frames."""
    results = govinfo.parse_many(paths, threads=1)  # one thread per dask worker thread
    unreadable = [(str(r.path), r.error.message) for r in results if not r.ok]
    return Chunk(sum(len(r.reports) for r in results), govinfo.to_frame(results),
                 govinfo.findings_frame(results), unreadable)


def concat(frames: list[pandas.DataFrame], empty: pandas.DataFrame) -> pandas.DataFrame:
    """The frames one after the other. Their id columns share fixed categories, so they stay
    categorical; should a chunk have added a category of its own, the union is kept."""
    if not frames:
        return empty
    out = pandas.concat(frames, ignore_index=True)
    for name, dtype in empty.dtypes.items():
        if isinstance(dtype, pandas.CategoricalDtype) and out[name].dtype != dtype:
            categories = list(dict.fromkeys(c for f in frames for c in f[name].cat.categories))
            out[name] = out[name].astype(pandas.CategoricalDtype(categories))
    return out


@dataclass
class Batch:
    cells: pandas.DataFrame
    findings: pandas.DataFrame
    unreadable: list[tuple[str, str]]


def combine(parts: list[Chunk]) -> Batch:
    """The chunks, in order, with `report` numbered across the whole batch."""
    cells, findings, unreadable, offset = [], [], [], 0
    for part in parts:
        cells.append(part.cells.assign(report=part.cells["report"] + offset))
        findings.append(part.findings.assign(report=part.findings["report"] + offset))
        unreadable.extend(part.unreadable)
        offset += part.reports
    return Batch(concat(cells, govinfo.to_frame([])), concat(findings, govinfo.findings_frame([])),
                 unreadable)


def run(folder: Path, workers: int = 2, chunk_size: int = 4, processes: bool = False) -> Batch:
    """The frames of every report in `folder`, computed on a LocalCluster of `workers`."""
    paths = [str(p) for p in report_files(folder)]
    chunks = [paths[i:i + chunk_size] for i in range(0, len(paths), chunk_size)]
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes,
                      dashboard_address=None, silence_logs=logging.ERROR) as cluster, \
            Client(cluster) as client:
        futures = client.map(process_chunk, chunks, pure=False)
        parts = client.gather(futures)
    return combine(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="folder of report files (.txt, .html)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--chunk-size", type=int, default=4, help="files per task")
    parser.add_argument("--processes", action="store_true", help="worker processes, not threads")
    parser.add_argument("--output", type=Path, help="save the cells frame here (pandas pickle)")
    parser.add_argument("--findings-output", type=Path,
                        help="save the findings frame here (pandas pickle)")
    args = parser.parse_args(argv)

    batch = run(args.folder, args.workers, args.chunk_size, args.processes)
    frame, findings = batch.cells, batch.findings
    print(f"{frame['report'].nunique()} reports, {len(frame)} cells from {args.folder}")
    print(frame["state"].value_counts().to_string())
    severities = findings["severity"].value_counts()
    print("findings: " + ", ".join(f"{n} {s}" for s, n in severities.items()))
    if args.output:
        frame.to_pickle(args.output)
        print(f"frame saved to {args.output}")
    if args.findings_output:
        findings.to_pickle(args.findings_output)
        print(f"findings saved to {args.findings_output}")
    for path, error in batch.unreadable:
        print(f"{path}: could not be read: {error}", file=sys.stderr)
    if batch.unreadable:
        print(f"{len(batch.unreadable)} files could not be read", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
