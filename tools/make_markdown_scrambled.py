#!/usr/bin/python3
"""A 2021-format report's tables written as a PDF-to-Markdown converter scrambles them
(tests/data/variants/c02_markdown_scrambled.md), from its golden report JSON:

    /usr/bin/python3 tools/make_markdown_scrambled.py GOLDEN.report.json NARRATIVE.txt > OUT.md

- the review table comes first, before the Article 20 and application tables (out of order);
- the application header's words are split over two rows (商业企 / 业, 科研机 / 构, …);
- the application table is cut in two Markdown tables: the first holds rows 一 to （二） with
  their labels; the second prints the labels of （三）…（七） and 四 as a list first, then a
  table of value rows without labels, in the same order (labels detached from their values);
- blank cells are empty, 0 is printed as 0.
NARRATIVE.txt gives the title, the narrative before the tables and sections 五 and 六. Standard
library only.
"""

import json
import sys

APP_ROWS = [
    ("new_received", "一、本年新收政府信息公开申请数量"),
    ("carried_over", "二、上年结转政府信息公开申请数量"),
    ("disclosed", "（一）予以公开"),
    ("partially_disclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("withheld_state_secret", "1.属于国家秘密"),
    ("withheld_prohibited_by_law", "2.其他法律行政法规禁止公开"),
    ("withheld_security_stability", "3.危及“三安全一稳定”"),
    ("withheld_third_party_rights", "4.保护第三方合法权益"),
    ("withheld_internal_affairs", "5.属于三类内部事务信息"),
    ("withheld_process_info", "6.属于四类过程性信息"),
    ("withheld_enforcement_file", "7.属于行政执法案卷"),
    ("withheld_administrative_query", "8.属于行政查询事项"),
    ("unavailable_not_held", "1.本机关不掌握相关政府信息"),
    ("unavailable_requires_creation", "2.没有现成信息需要另行制作"),
    ("unavailable_still_unclear", "3.补正后申请内容仍不明确"),
    ("declined_petition_complaint", "1.信访举报投诉类申请"),
    ("declined_duplicate", "2.重复申请"),
    ("declined_publication", "3.要求提供公开出版物"),
    ("declined_excessive", "4.无正当理由大量反复申请"),
    ("declined_confirm_or_reissue", "5.要求行政机关确认或重新出具已获取信息"),
    ("other_no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("other_fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("other_other", "3.其他"),
    ("outcome_total", "（七）总计"),
    ("carried_forward", "四、结转下年度继续办理"),
]
GROUPS = {"withheld_state_secret": "（三）不予公开", "unavailable_not_held": "（四）无法提供",
          "declined_petition_complaint": "（五）不予处理", "other_no_correction": "（六）其他处理"}
COLS = ["natural_person", "commercial_enterprise", "research_institution", "public_interest_org",
        "legal_service_org", "other_org", "total"]


def cell(v):
    return "" if v is None else str(v)


def row(cells):
    return "| " + " | ".join(cells) + " |"


def main():
    report = json.load(open(sys.argv[1], encoding="utf-8"))
    narrative = open(sys.argv[2], encoding="utf-8").read().split("\n")
    head = narrative[: narrative.index("二、主动公开政府信息情况")]
    tail = narrative[narrative.index("五、存在的主要问题及改进情况"):]
    out = head[:]
    rl = report["review_litigation"]
    out += ["", "四、政府信息公开行政复议、行政诉讼情况", "",
            row(["行政复议", "", "", "", "", "行政诉讼"] + [""] * 9), "|" + "---|" * 15,
            row(["", "", "", "", "", "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""]),
            row(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3),
            row([cell(rl[g][c]) for g in ("review", "litigation_direct", "litigation_after_review")
                 for c in ("upheld", "corrected", "other", "pending", "total")]), ""]
    a = report["article20"]
    out += ["二、主动公开政府信息情况", "",
            row(["第二十条第（一）项", "", "", ""]), "|---|---|---|---|",
            row(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"])]
    out += [row([label] + [cell(a[k][c]) for c in ("issued", "repealed", "in_force")])
            for k, label in (("regulations", "规章"), ("normative_documents", "行政规范性文件"))]
    for item, rows in (("（五）", (("licensing", "行政许可"),)), ("（六）", (("penalty", "行政处罚"), ("coercion", "行政强制"))),):
        out += ["", row(["第二十条第" + item + "项", ""]), "|---|---|", row(["信息内容", "本年处理决定数量"])]
        out += [row([label, cell(a[k]["decisions"])]) for k, label in rows]
    fee = a["fees"]["amount"]
    out += ["", row(["第二十条第（八）项", ""]), "|---|---|", row(["信息内容", "本年收费金额（单位：万元）"]),
            row(["行政事业性收费", "" if fee is None else fee["amount"]]), ""]
    app = report["applications"]
    out += ["三、收到和处理政府信息公开申请情况", "",
            row(["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"] + [""] * 7),
            "|" + "---|" * 9,
            row(["", "自然人", "法人或其他组织", "", "", "", "", "总计"]),
            row(["", "", "商业企", "科研机", "社会公益", "法律服务", "其他", ""]),
            row(["", "", "业", "构", "组织", "机构", "", ""])]
    first, second = APP_ROWS[:4], APP_ROWS[4:]
    for key, label in first:
        lead = "三、本年度办理结果 " + label if key == "disclosed" else label
        out.append(row([lead] + [cell(app[key][c]) for c in COLS]))
    out.append("")
    for key, label in second:
        out.append(("- " + GROUPS[key] + " " if key in GROUPS else "- ") + label)
    out += ["", row(["数据%d" % i for i in range(1, 8)]), "|" + "---|" * 7]
    out += [row([cell(app[key][c]) for c in COLS]) for key, _ in second]
    out += [""] + tail
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
