#!/usr/bin/python3
"""How well govinfo reads reports whose cells someone checked by hand.

    /usr/bin/python3 tools/accuracy.py [--govinfo build/ci/cli/govinfo] [-v] INPUT=EXPECTED ...

Each INPUT is a report file in any form govinfo reads (text, HTML, PDF, DOCX); EXPECTED is its
hand-checked expected file (tests/data/seeds/expected/*.json or tests/data/corpus/cNN.expected.json,
see tools/expected_to_report.py). For every cell the expected file gives, the cell read is

  right   the same value, blank or "not applicable" as expected;
  doubted blank where a value was expected, and the report carries a parse_* finding (the reader
          said it could not place something), so a user is warned;
  wrong   anything else: a silent wrong value, which must never happen.

It also lists the error findings of the report (govinfo check), which for these hand-checked
files are either real (the agency's own inconsistency) or caused by the reader. Exit status 1 when
a cell is silently wrong. Standard library only.
"""

import argparse
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import expected_to_report  # noqa: E402


def cells(report):
    """(table, row, column) -> value for every cell of a report document."""
    out = {}
    for table in ("article20", "applications", "review_litigation"):
        for row, cols in (report.get(table) or {}).items():
            if cols is None:
                continue
            for col, value in cols.items():
                out[(table, row, col)] = value
    return out


def read(govinfo, path):
    run = subprocess.run([govinfo, "convert", "--to", "json", str(path)], capture_output=True)
    if run.returncode not in (0, 1):
        raise SystemExit(f"{path}: govinfo convert failed: {run.stderr.decode(errors='replace')}")
    return json.loads(run.stdout.decode("utf-8"))


def check(govinfo, path):
    run = subprocess.run([govinfo, "check", "--format", "json", str(path)], capture_output=True)
    return json.loads(run.stdout.decode("utf-8") or "[]")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--govinfo", default="build/ci/cli/govinfo")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("pairs", nargs="+", metavar="INPUT=EXPECTED")
    args = ap.parse_args()
    totals = {"right": 0, "doubted": 0, "wrong": 0}
    for pair in args.pairs:
        source, _, expected_path = pair.partition("=")
        expected_doc = json.loads(Path(expected_path).read_text(encoding="utf-8"),
                                  parse_float=Decimal)
        corpus = "corpus" in expected_path or expected_path.startswith("c")
        want = cells(json.loads(expected_to_report.dump(
            expected_to_report.convert(expected_doc, source, corpus)), parse_float=Decimal))
        reports = read(args.govinfo, source)
        if not reports:
            print(f"{source}: no report read")
            totals["wrong"] += len(want)
            continue
        # Seed 002 holds five reports; its expected files are named ….r1.json … ….r5.json.
        index = 0
        stem = Path(expected_path).name
        if ".r" in stem:
            index = int(stem.rsplit(".r", 1)[1].split(".")[0]) - 1
        if index >= len(reports):
            print(f"{source}: report {index + 1} not read ({len(reports)} reports)")
            totals["wrong"] += len(want)
            continue
        report = reports[index]
        got = cells(json.loads(json.dumps(report), parse_float=Decimal))
        doubts = [f for f in report.get("diagnostics", []) if f["code"].startswith("parse_")]
        tally = {"right": 0, "doubted": 0, "wrong": 0}
        for key, value in want.items():
            have = got.get(key)
            if have == value:
                tally["right"] += 1
            elif have is None and doubts:
                tally["doubted"] += 1
                if args.verbose:
                    print(f"  doubted {key}: expected {value}")
            else:
                tally["wrong"] += 1
                print(f"  WRONG {key}: expected {value}, read {have}")
        checked = check(args.govinfo, source)
        errors = [f for f in (checked[index].get("findings", []) if index < len(checked) else [])
                  if f["severity"] == "error"]
        n = len(want)
        print(f"{source}: {tally['right']}/{n} right, {tally['doubted']} doubted, "
              f"{tally['wrong']} wrong; {len(errors)} error findings")
        if args.verbose:
            for f in errors:
                print(f"  error {f['code']}: {f['message']}")
        for k in totals:
            totals[k] += tally[k]
    n = sum(totals.values())
    if len(args.pairs) > 1 and n:
        print(f"all: {totals['right']}/{n} right ({100 * totals['right'] / n:.1f} %), "
              f"{totals['doubted']} doubted, {totals['wrong']} wrong")
    return 1 if totals["wrong"] else 0


if __name__ == "__main__":
    sys.exit(main())
