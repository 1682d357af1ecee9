#!/usr/bin/python3
"""A folder of reports processed on a dask.distributed LocalCluster into one tidy frame.

Each task parses a chunk of files (govinfo.parse_many, C++ threads without the GIL) and turns it
into a frame (govinfo.to_frame); the client gathers the chunks in order and renumbers the reports,
so the result is exactly govinfo.to_frame(govinfo.parse_many(files)) of the whole folder.

    PYTHONPATH=build/ci/python /usr/bin/python3 examples/python/dask_pipeline.py FOLDER \\
        [--workers 2] [--chunk-size 4] [--processes] [--output frame.pkl]

Needs Debian's python3-distributed and python3-pandas. By default the workers are threads of
this process (parsing releases the GIL, so they run in parallel); --processes starts worker
processes instead, which then need govinfo on their PYTHONPATH too.
"""
from __future__ import annotations

import argparse
import logging
from pathlib import Path

import pandas
from distributed import Client, LocalCluster

import govinfo

SUFFIXES = (".txt", ".html", ".htm")


def report_files(folder: Path) -> list[Path]:
    """The report files of `folder`, sorted by name: the order of the reports in the frame."""
    return sorted(p for p in Path(folder).iterdir() if p.is_file() and p.suffix in SUFFIXES)


def frame_of_chunk(paths: list[str]) -> tuple[int, pandas.DataFrame]:
    """Runs on a worker: the number of reports in `paths` and their tidy frame."""
    results = govinfo.parse_many(paths, threads=1)  # one thread per dask worker thread
    return sum(len(r.reports) for r in results), govinfo.to_frame(results)


def combine(parts: list[tuple[int, pandas.DataFrame]]) -> pandas.DataFrame:
    """The chunk frames, in order, as one frame with report numbered across the whole batch."""
    frames, offset = [], 0
    for count, frame in parts:
        frames.append(frame.assign(report=frame["report"] + offset))
        offset += count
    if not frames:
        return govinfo.to_frame([])
    return pandas.concat(frames, ignore_index=True)


def run(folder: Path, workers: int = 2, chunk_size: int = 4,
        processes: bool = False) -> pandas.DataFrame:
    """The tidy frame of every report in `folder`, computed on a LocalCluster of `workers`."""
    paths = [str(p) for p in report_files(folder)]
    chunks = [paths[i:i + chunk_size] for i in range(0, len(paths), chunk_size)]
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes,
                      dashboard_address=None, silence_logs=logging.ERROR) as cluster, \
            Client(cluster) as client:
        futures = client.map(frame_of_chunk, chunks, pure=False)
        parts = client.gather(futures)
    return combine(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="folder of report files (.txt, .html)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--chunk-size", type=int, default=4, help="files per task")
    parser.add_argument("--processes", action="store_true", help="worker processes, not threads")
    parser.add_argument("--output", type=Path, help="save the frame here (pandas pickle)")
    args = parser.parse_args(argv)

    frame = run(args.folder, args.workers, args.chunk_size, args.processes)
    print(f"{frame['report'].nunique()} reports, {len(frame)} cells from {args.folder}")
    print(frame["state"].value_counts().to_string())
    if args.output:
        frame.to_pickle(args.output)
        print(f"frame saved to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
