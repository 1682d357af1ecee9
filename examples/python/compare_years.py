#!/usr/bin/python3
"""What changed from year to year in one agency's reports: the five reports of seed 002
(聊城市机关事务管理局 2019–2023, one file) compared year by year, with the measures evaluators
use, printed and plotted.

    PYTHONPATH=build/ci/python /usr/bin/python3 examples/python/compare_years.py \\
        [--reports examples/reports/002_6174489a5f7162cb.txt] [--output measures.png]

For each pair of consecutive years it prints the cells whose numbers changed (absolute and
relative change; blank cells are never read as 0), what cannot be compared across the 2020→2021
format change, how much of each narrative section was kept word for word, and the cross-year
findings; then the measures per year. The chart shows applications received and the shares per
year; a missing measure is a gap, not 0. Needs Debian's python3-pandas and python3-matplotlib.
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display: write files only

import matplotlib.pyplot as plt  # noqa: E402
import pandas  # noqa: E402

import govinfo  # noqa: E402

SEED = Path(__file__).resolve().parents[1] / "reports" / "002_6174489a5f7162cb.txt"
SHARES = ["disclosed_share", "not_held_share", "carried_forward_share"]


def by_year(path: Path) -> list[govinfo.Report]:
    """The reports of the file, oldest first (one per year)."""
    reports = [r for r in govinfo.parse_file(path).reports if r.year is not None]
    return sorted(reports, key=lambda r: r.year)


def describe_pair(comparison: govinfo.Comparison) -> list[str]:
    """The lines printed for one pair of years."""
    old, new = comparison.old_report, comparison.new_report
    lines = [f"{old.year} -> {new.year} ({old.format.id} -> {new.format.id} format)"]
    cells = govinfo.comparison_frame(comparison)
    changed = cells[cells.kind == "changed"]
    for row in changed.itertuples():
        relative = "" if pandas.isna(row.relative) else f" ({row.relative:+.1%})"
        lines.append(f"  {row.label}: {row.old} -> {row.new}, {row.absolute:+d}{relative}")
    filled = (cells.kind == "filled_in").sum()
    if filled:
        lines.append(f"  {filled} cells blank in {old.year} hold a number in {new.year}")
    not_comparable = Counter(cells[cells.kind == "not_comparable"].table)
    for table, n in sorted(not_comparable.items()):
        lines.append(f"  not comparable: {n} cells of {table}")
    for s in comparison.sections:
        if s.number in (1, 5, 6) and s.similarity is not None:
            lines.append(f"  section {s.number}: {s.similarity.percent()} similar, "
                         f"{s.kept} sentences kept, {s.added} added, {s.dropped} dropped")
    for f in comparison.findings:
        if f.evaluable:
            lines.append(f"  {f.severity.id} {f.code.id}: {f.message}")
    return lines


def measures_table(reports: list[govinfo.Report]) -> pandas.DataFrame:
    """The headline measures per year (rates as percentages; <NA> where missing)."""
    frame = govinfo.indicators(reports).set_index("year")
    table = frame[["received", "received_change", "handled"]].copy()
    for name in SHARES + ["review_corrected_share"]:
        table[name] = (frame[name] * 100).round(1)
    return table


def chart(reports: list[govinfo.Report], output: Path) -> None:
    """Applications received (bars) and the shares (lines) per year; gaps where missing."""
    frame = govinfo.indicators(reports)
    years = frame["year"].astype("int64").tolist()
    fig, (counts, shares) = plt.subplots(1, 2, figsize=(10, 4), dpi=100)
    known = frame[frame["received"].notna()]  # a missing count draws no bar
    counts.bar(known["year"].astype("int64"), known["received"].astype("int64"), color="#4a7bd0")
    counts.set_title("applications received")
    counts.set_xticks(years)
    for name in SHARES:
        values = frame[name].to_numpy(dtype="float64", na_value=float("nan"))  # NaN: a gap
        shares.plot(years, values * 100, marker="o", label=name)
    shares.set_ylim(-5, 105)
    shares.set_xticks(years)
    shares.set_title("shares of the year's decisions, %")
    shares.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(output)
    plt.close(fig)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=Path, default=SEED)
    parser.add_argument("--output", type=Path, default=Path("measures.png"))
    args = parser.parse_args()
    reports = by_year(args.reports)
    print(f"{reports[0].agency}: {len(reports)} reports, "
          f"{reports[0].year}-{reports[-1].year}")
    for old, new in zip(reports, reports[1:]):
        print("\n".join(describe_pair(govinfo.compare(old, new))))
    with pandas.option_context("display.width", 120, "display.max_columns", 20):
        print(measures_table(reports).to_string())
    chart(reports, args.output)
    print(f"chart saved to {args.output}")


if __name__ == "__main__":
    main()
