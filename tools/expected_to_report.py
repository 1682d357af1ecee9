#!/usr/bin/python3
"""Convert the hand-checked expected files into govinfo report JSON (golden files).

Reads   tests/data/seeds/expected/*.json and tests/data/corpus/cNN.expected.json
Writes  tests/data/golden/<stem>.report.json

The output is the report document of docs/json.md, printed exactly as
govinfo::to_json(report, {.pretty = true}) prints it (two-space indentation, keys in
declaration order, UTF-8, a final newline), so a C++ test can read a golden file, write it
again and compare the bytes.

Conventions of the expected files:
  * applications: keyed by the Chinese row label ("（三）不予公开/1.属于国家秘密"), each a
    7-value array in applicant-column order; null = blank cell.
  * article20: keyed by Chinese row label, then Chinese column label.
  * review_litigation: 15 values, review(upheld, corrected, other, pending, total), then
    litigation_direct(...), then litigation_after_review(...).
  * corpus files only: article20 values printed with a sign or unit are strings ("+17",
    "246900元", "1个", "75394432.52元").
  * money: the 2021 fee column is 万元 by its label. The 2019 采购总金额 has no official unit:
    a unit written in the cell ("251000元") wins; for the seed files, whose values are bare
    numbers, the unit the hand-checker recorded in the notes ("unit 万元 inside the cell",
    "unit 万元 from the header") is used; otherwise the unit is unknown.

Runs with /usr/bin/python3, standard library only:
    /usr/bin/python3 tools/expected_to_report.py [--check]
--check compares instead of writing and exits 1 when a golden file is out of date.
"""

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
GOLDEN = DATA / "golden"

APPLICANT_COLUMNS = ["natural_person", "commercial_enterprise", "research_institution",
                     "public_interest_org", "legal_service_org", "other_org", "total"]

# Declaration order of ApplicationTable (include/govinfo/applications.hpp).
APPLICATION_ROWS = [
    ("new_received", "一、本年新收政府信息公开申请数量", None),
    ("carried_over", "二、上年结转政府信息公开申请数量", None),
    ("disclosed", "（一）予以公开", None),
    ("partially_disclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", None),
    ("withheld_state_secret", "（三）不予公开/1.属于国家秘密", None),
    ("withheld_prohibited_by_law", "（三）不予公开/2.其他法律行政法规禁止公开", None),
    ("withheld_security_stability", "（三）不予公开/3.危及“三安全一稳定”", None),
    ("withheld_third_party_rights", "（三）不予公开/4.保护第三方合法权益", None),
    ("withheld_internal_affairs", "（三）不予公开/5.属于三类内部事务信息", None),
    ("withheld_process_info", "（三）不予公开/6.属于四类过程性信息", None),
    ("withheld_enforcement_file", "（三）不予公开/7.属于行政执法案卷", None),
    ("withheld_administrative_query", "（三）不予公开/8.属于行政查询事项", None),
    ("unavailable_not_held", "（四）无法提供/1.本机关不掌握相关政府信息", None),
    ("unavailable_requires_creation", "（四）无法提供/2.没有现成信息需要另行制作", None),
    ("unavailable_still_unclear", "（四）无法提供/3.补正后申请内容仍不明确", None),
    ("declined_petition_complaint", "（五）不予处理/1.信访举报投诉类申请", None),
    ("declined_duplicate", "（五）不予处理/2.重复申请", None),
    ("declined_publication", "（五）不予处理/3.要求提供公开出版物", None),
    ("declined_excessive", "（五）不予处理/4.无正当理由大量反复申请", None),
    ("declined_confirm_or_reissue", "（五）不予处理/5.要求行政机关确认或重新出具已获取信息", None),
    ("other_handling", "（六）其他处理", "2019"),
    ("other_no_correction",
     "（六）其他处理/1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "2021"),
    ("other_fee_unpaid",
     "（六）其他处理/2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
     "2021"),
    ("other_other", "（六）其他处理/3.其他", "2021"),
    ("outcome_total", "（七）总计", None),
    ("carried_forward", "四、结转下年度继续办理", None),
]

# Declaration order of Article20v2021 / Article20v2019: (row id, label, [(column id, label)]).
ARTICLE20 = {
    "2021": [
        ("regulations", "规章",
         [("issued", "本年制发件数"), ("repealed", "本年废止件数"), ("in_force", "现行有效件数")]),
        ("normative_documents", "行政规范性文件",
         [("issued", "本年制发件数"), ("repealed", "本年废止件数"), ("in_force", "现行有效件数")]),
        ("licensing", "行政许可", [("decisions", "本年处理决定数量")]),
        ("penalty", "行政处罚", [("decisions", "本年处理决定数量")]),
        ("coercion", "行政强制", [("decisions", "本年处理决定数量")]),
        ("fees", "行政事业性收费", [("amount", "本年收费金额（单位：万元）")]),
    ],
    "2019": [
        ("regulations", "规章",
         [("new_made", "本年新制作数量"), ("new_published", "本年新公开数量"),
          ("total_published", "对外公开总数量")]),
        ("normative_documents", "规范性文件",
         [("new_made", "本年新制作数量"), ("new_published", "本年新公开数量"),
          ("total_published", "对外公开总数量")]),
        *[(rid, label, [("previous_items", "上一年项目数量"), ("change", "本年增/减"),
                        ("decisions", "处理决定数量")])
          for rid, label in [("licensing", "行政许可"), ("other_services", "其他对外管理服务事项"),
                             ("penalty", "行政处罚"), ("coercion", "行政强制")]],
        ("fees", "行政事业性收费", [("previous_items", "上一年项目数量"), ("change", "本年增/减")]),
        ("procurement", "政府集中采购", [("projects", "采购项目数量"), ("amount", "采购总金额")]),
    ],
}

REVIEW_GROUPS = ["review", "litigation_direct", "litigation_after_review"]
REVIEW_COLUMNS = ["upheld", "corrected", "other", "pending", "total"]

NOT_APPLICABLE = {"/", "-", "—", "not_applicable"}


class ConversionError(Exception):
    pass


def count_cell(value, where):
    """A count cell: int, None (blank), "/" (not applicable), or a string such as "+17", "1个"."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ConversionError(f"{where}: boolean is not a count")
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        text = value.strip()
        if text in NOT_APPLICABLE:
            return "not_applicable"
        m = re.fullmatch(r"([+-]?\d+)\s*(个|件|项|条)?", text)
        if m:
            return int(m.group(1))
    raise ConversionError(f"{where}: {value!r} is not a count")


def unit_from_notes(notes):
    """The unit of 采购总金额 as the hand-checker recorded it in the notes of a seed file."""
    for sentence in re.split(r"(?<=[.;])\s+", notes):
        if "采购总金额" not in sentence:
            continue
        if "no unit" in sentence or "unit unknown" in sentence:
            return "unknown"
        if "万元" in sentence:
            return "wan_yuan"
        if "元" in sentence:
            return "yuan"
    return "unknown"


def money_cell(value, default_unit, where):
    """A money cell: {"amount": "<digits>", "unit": id}, None (blank) or "not_applicable"."""
    if value is None:
        return None
    unit = default_unit
    if isinstance(value, bool):
        raise ConversionError(f"{where}: boolean is not money")
    if isinstance(value, int):
        text = str(value)
    elif isinstance(value, Decimal):  # a JSON number read with parse_float=Decimal
        text = str(value)
    elif isinstance(value, str):
        text = value.strip()
        if text in NOT_APPLICABLE:
            return "not_applicable"
        if text.endswith("万元"):
            unit, text = "wan_yuan", text[:-2]
        elif text.endswith("元"):
            unit, text = "yuan", text[:-1]
        text = text.strip()
    else:
        raise ConversionError(f"{where}: {value!r} is not money")
    if not re.fullmatch(r"[+-]?\d+(\.\d+)?", text):
        raise ConversionError(f"{where}: {value!r} is not a decimal amount")
    if text.startswith("+"):
        text = text[1:]
    return {"amount": text, "unit": unit}


DATE = r"(?:(\d{4})\s*年)?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"


def statistics_period(text):
    """{"text", "start", "end"}; an end written without a year takes the start's year."""
    if text is None:
        return None
    start = end = None
    dates = list(re.finditer(DATE, text))
    if len(dates) >= 2 and dates[0].group(1):
        y0 = int(dates[0].group(1))
        start = {"year": y0, "month": int(dates[0].group(2)), "day": int(dates[0].group(3))}
        y1 = int(dates[1].group(1)) if dates[1].group(1) else y0
        end = {"year": y1, "month": int(dates[1].group(2)), "day": int(dates[1].group(3))}
    return {"text": text, "start": start, "end": end}


def convert(expected, source, corpus):
    fmt = expected["format"]
    if fmt not in ARTICLE20:
        raise ConversionError(f"format {fmt!r}")
    agency = expected["agency"]
    if corpus:
        agency = agency.split(" (", 1)[0]

    a20_in = expected["article20"]
    procurement_unit = "unknown" if corpus else unit_from_notes(expected.get("notes", ""))
    article20 = {}
    seen_rows = set()
    for rid, rlabel, columns in ARTICLE20[fmt]:
        if rlabel not in a20_in:
            raise ConversionError(f"article20 row {rlabel} missing")
        seen_rows.add(rlabel)
        row_in = a20_in[rlabel]
        unknown = set(row_in) - {c for _, c in columns}
        if unknown:
            raise ConversionError(f"article20 {rlabel}: unknown columns {sorted(unknown)}")
        row = {}
        for cid, clabel in columns:
            if clabel not in row_in:
                raise ConversionError(f"article20 {rlabel}/{clabel} missing")
            where = f"article20 {rlabel}/{clabel}"
            if cid == "amount":
                unit = "wan_yuan" if fmt == "2021" else procurement_unit
                row[cid] = money_cell(row_in[clabel], unit, where)
            else:
                row[cid] = count_cell(row_in[clabel], where)
        article20[rid] = row
    if set(a20_in) - seen_rows:
        raise ConversionError(f"article20: unknown rows {sorted(set(a20_in) - seen_rows)}")

    apps_in = expected["applications"]
    applications = {}
    used = set()
    for rid, label, only in APPLICATION_ROWS:
        if only is not None and only != fmt:
            if label in apps_in:
                raise ConversionError(f"applications: row {label} is not in format {fmt}")
            continue
        if label not in apps_in:
            raise ConversionError(f"applications: row {label} missing")
        values = apps_in[label]
        if len(values) != 7:
            raise ConversionError(f"applications {label}: {len(values)} values")
        used.add(label)
        applications[rid] = {c: count_cell(v, f"applications {label}/{c}")
                             for c, v in zip(APPLICANT_COLUMNS, values)}
    if set(apps_in) - used:
        raise ConversionError(f"applications: unknown rows {sorted(set(apps_in) - used)}")

    rl_in = expected["review_litigation"]
    if len(rl_in) != 15:
        raise ConversionError(f"review_litigation: {len(rl_in)} values")
    review = {}
    for g, group in enumerate(REVIEW_GROUPS):
        review[group] = {c: count_cell(rl_in[5 * g + i], f"review_litigation {group}/{c}")
                         for i, c in enumerate(REVIEW_COLUMNS)}

    year = expected.get("year")
    return {
        "format": fmt,
        "agency": agency,
        "year": year,
        "statistics_period": statistics_period(expected.get("statistics_period")),
        "title": "",
        "source": source,
        "first_line": 0,
        "last_line": 0,
        "tables_found": [],
        "article20": article20,
        "applications": applications,
        "review_litigation": review,
        "sections": [],
        "diagnostics": [],
    }


def dump(doc):
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def jobs():
    for path in sorted((DATA / "seeds" / "expected").glob("*.json")):
        yield path, path.stem, False
    for path in sorted((DATA / "corpus").glob("c*.expected.json")):
        yield path, path.name[: -len(".expected.json")], True


def corpus_source(stem):
    for ext in (".txt", ".html"):
        if (DATA / "corpus" / (stem + ext)).exists():
            return stem + ext
    return ""


def main(argv):
    check = "--check" in argv[1:]
    GOLDEN.mkdir(parents=True, exist_ok=True)
    stale = 0
    for path, stem, corpus in jobs():
        expected = json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
        source = corpus_source(stem) if corpus else expected.get("file", "")
        try:
            text = dump(convert(expected, source, corpus))
        except ConversionError as e:
            print(f"{path.name}: {e}", file=sys.stderr)
            return 2
        out = GOLDEN / f"{stem}.report.json"
        if check:
            if not out.exists() or out.read_text(encoding="utf-8") != text:
                print(f"out of date: {out.relative_to(ROOT)}", file=sys.stderr)
                stale += 1
        else:
            out.write_text(text, encoding="utf-8")
            print(out.relative_to(ROOT))
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
