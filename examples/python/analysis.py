#!/usr/bin/python3
"""What a first look at a batch of 政府信息公开工作年度报告 takes: parse the bundled reports, print
a summary per report and save a chart of the outcome mix (how the applications answered this year
were handled) per report.

Some reports leave the 总计 column blank while the applicant columns are filled (上海 2019 does);
read as written they answered nothing. The frame is made with derive_totals=True, which fills such
a total from its parts when every part holds a count, and the summary says how many totals of
each report were derived.

    PYTHONPATH=build/ci/python /usr/bin/python3 examples/python/analysis.py \\
        [--reports examples/reports] [--output outcome_mix.png]

Needs Debian's python3-pandas and python3-matplotlib. The chart uses the ids (disclosed, withheld,
...) unless matplotlib finds a CJK font (Debian: fonts-noto-cjk), then the official labels.
"""
from __future__ import annotations

import argparse
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display: write files only

import matplotlib.pyplot as plt  # noqa: E402
import pandas  # noqa: E402
from matplotlib import font_manager  # noqa: E402

import govinfo  # noqa: E402

REPORTS = Path(__file__).resolve().parents[1] / "reports"
GROUPS = [g for g in govinfo.OutcomeGroup.__members__.values()]


def outcome_mix(cells: pandas.DataFrame) -> pandas.DataFrame:
    """Per report (rows) the applications answered in each outcome group (columns, group ids):
    the 总计 of every outcome row, written or derived from its parts (to_frame(derive_totals=
    True)), summed by group. A report with an outcome total still unknown (blank, with a part
    blank too, as in 上海 2019) has no mix: its row is <NA>, since a blank is not 0."""
    group_of = {}
    for fmt in (govinfo.FormatVersion.v2019, govinfo.FormatVersion.v2021):
        for row in govinfo.outcome_rows(fmt):
            group_of[row.id] = govinfo.group_of(row).id
    totals = cells[(cells.table == "applications") & (cells.column == "total")
                   & cells.row.isin(group_of)]
    totals = totals.assign(group=totals.row.astype(str).map(group_of))
    known = totals.groupby("report")["value"].apply(lambda v: bool(v.notna().all()))
    mix = totals.pivot_table(index="report", columns="group", values="value", aggfunc="sum")
    mix = mix.reindex(index=sorted(cells.report.unique()), columns=[g.id for g in GROUPS])
    mix = mix.fillna(0).astype("Int64")
    mix.loc[~known.reindex(mix.index, fill_value=False).to_numpy(), :] = pandas.NA
    return mix


def summary(cells: pandas.DataFrame, findings: pandas.DataFrame) -> pandas.DataFrame:
    """One line per report: who, which year and format, new applications, outcomes, findings."""
    reports = cells.groupby("report")[["source", "agency", "year", "format"]].first()
    reports["source"] = reports["source"].map(lambda s: Path(s).name)

    def total(row: str) -> pandas.Series:
        sel = cells[(cells.table == "applications") & (cells.row == row)
                    & (cells.column == "total")]
        return sel.set_index("report")["value"]

    reports["new_received"] = total("new_received")
    reports["outcome_total"] = total("outcome_total")
    reports["blank_cells"] = cells[cells.state == "blank"].groupby("report").size()
    reports["blank_cells"] = reports["blank_cells"].fillna(0).astype("int64")
    if "derived" in cells:
        reports["derived_totals"] = cells[cells.derived].groupby("report").size()
        reports["derived_totals"] = reports["derived_totals"].fillna(0).astype("int64")
    counts = findings.groupby(["report", "severity"], observed=True).size().unstack(fill_value=0)
    for severity in ("error", "warning"):
        reports[severity + "s"] = (counts[severity] if severity in counts else 0)
        reports[severity + "s"] = reports[severity + "s"].fillna(0).astype("int64")
    return reports


def has_cjk_font() -> bool:
    names = {f.name for f in font_manager.fontManager.ttflist}
    return any(("CJK" in n) or ("WenQuanYi" in n) or n.startswith("Noto Sans SC") for n in names)


def chart(mix: pandas.DataFrame, table: pandas.DataFrame, output: Path) -> None:
    """A horizontal stacked bar per report: the share of each outcome group."""
    cjk = has_cjk_font()
    if cjk:
        plt.rcParams["font.family"] = [f.name for f in font_manager.fontManager.ttflist
                                       if "CJK" in f.name or "WenQuanYi" in f.name][0]
    known = mix.notna().all(axis=1)
    answered = mix.fillna(0).sum(axis=1).astype("int64")
    share = (mix.fillna(0).astype("float64").div(answered.where(answered > 0), axis=0)
             .fillna(0) * 100)
    names = [f"{table.loc[i, 'agency'] if cjk else table.loc[i, 'source']} {table.loc[i, 'year']}"
             + (f"  (n={answered[i]})" if known[i] else "  (mix unknown: outcome totals blank)")
             for i in share.index]
    fig, ax = plt.subplots(figsize=(10, 0.45 * len(share) + 1.8))
    left = pandas.Series(0.0, index=share.index)
    colours = plt.get_cmap("tab10").colors
    for k, group in enumerate(GROUPS):
        ax.barh(names, share[group.id], left=left, color=colours[k % len(colours)],
                label=group.label if cjk else group.id)
        left += share[group.id]
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("share of applications answered (%)")
    ax.set_title("Outcome mix per report")
    fig.legend(ncol=len(GROUPS), fontsize="small", loc="lower center", frameon=False)
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    fig.savefig(output, dpi=100)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=Path, default=REPORTS, help="folder of reports")
    parser.add_argument("--output", type=Path, default=Path("outcome_mix.png"),
                        help="where to save the chart (PNG)")
    args = parser.parse_args(argv)

    paths = sorted(p for p in args.reports.iterdir() if p.suffix in (".txt", ".html", ".htm"))
    results = govinfo.parse_many(paths)  # C++ threads, GIL released, input order
    for failed in (r for r in results if not r.ok):
        print(f"could not read {failed.path.name}: {failed.error.message}")
    cells = govinfo.to_frame(results, derive_totals=True)
    findings = govinfo.findings_frame(results)
    table = summary(cells, findings)
    mix = outcome_mix(cells)

    print(f"{len(paths)} files, {len(table)} reports, {len(cells)} cells, "
          f"{(cells.state == 'value').sum()} with a value, {(cells.state == 'blank').sum()} blank, "
          f"{cells.derived.sum()} blank totals derived from their parts")
    with pandas.option_context("display.width", 200, "display.max_columns", 20,
                               "display.unicode.east_asian_width", True):
        print(table.drop(columns=["agency"]).to_string())
        print()
        print("outcome mix (applications answered per group):")
        print(mix.to_string())
    unknown = mix.index[mix.isna().any(axis=1)]
    if len(unknown):
        print("outcome mix unknown (outcome totals blank, and a part of each blank too): "
              + ", ".join(table.loc[unknown, "source"]))
    print()
    print("findings by severity:", findings.severity.value_counts().to_dict())
    chart(mix, table, args.output)
    print(f"chart saved to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
