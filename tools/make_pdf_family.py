#!/usr/bin/python3
"""Make the PDF test family: one report printed by different producers and layouts.

Agencies publish their annual reports as PDF made by WPS, Word, LibreOffice or a browser; the PDF
reader is tested on files of each producer with known cell values. This script writes a report
whose cells are those of a golden file (tests/data/golden/<stem>.report.json, 2021 format) as an
HTML page with the official table layout (tables with rowspan/colspan, a vertical 三、本年度办理结果
label, header cells that wrap), in a few styles, and prints each with

  * LibreOffice:  soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf PAGE.html
  * LibreOffice by way of Word: the same --infilter with --convert-to docx, then --convert-to pdf
  * Chromium:     chromium --headless --no-pdf-header-footer --print-to-pdf=OUT.pdf PAGE.html

into tests/data/pdf/ (README.md there lists what each file is). The PDFs are committed: the
test suite never runs a producer.

Runs with /usr/bin/python3, standard library only, and needs the producers
(`scripts/install-deps pdf-family`: chromium, fonts-noto-cjk, LibreOffice Writer):
    /usr/bin/python3 tools/make_pdf_family.py [STEM ...]      (default: c06)
"""

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "data" / "golden"
OUT = ROOT / "tests" / "data" / "pdf"

APPLICANTS = ["natural_person", "commercial_enterprise", "research_institution",
              "public_interest_org", "legal_service_org", "other_org", "total"]

# (row id, label cells): the label cells as the official table prints them, left to right.
APPLICATION_ROWS = [
    ("new_received", ["一、本年新收政府信息公开申请数量"]),
    ("carried_over", ["二、上年结转政府信息公开申请数量"]),
    ("disclosed", ["（一）予以公开"]),
    ("partially_disclosed", ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"]),
    ("withheld_state_secret", ["（三）不予公开", "1.属于国家秘密"]),
    ("withheld_prohibited_by_law", [None, "2.其他法律行政法规禁止公开"]),
    ("withheld_security_stability", [None, "3.危及“三安全一稳定”"]),
    ("withheld_third_party_rights", [None, "4.保护第三方合法权益"]),
    ("withheld_internal_affairs", [None, "5.属于三类内部事务信息"]),
    ("withheld_process_info", [None, "6.属于四类过程性信息"]),
    ("withheld_enforcement_file", [None, "7.属于行政执法案卷"]),
    ("withheld_administrative_query", [None, "8.属于行政查询事项"]),
    ("unavailable_not_held", ["（四）无法提供", "1.本机关不掌握相关政府信息"]),
    ("unavailable_requires_creation", [None, "2.没有现成信息需要另行制作"]),
    ("unavailable_still_unclear", [None, "3.补正后申请内容仍不明确"]),
    ("declined_petition_complaint", ["（五）不予处理", "1.信访举报投诉类申请"]),
    ("declined_duplicate", [None, "2.重复申请"]),
    ("declined_publication", [None, "3.要求提供公开出版物"]),
    ("declined_excessive", [None, "4.无正当理由大量反复申请"]),
    ("declined_confirm_or_reissue", [None, "5.要求行政机关确认或重新出具已获取信息"]),
    ("other_no_correction", ["（六）其他处理",
                             "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"]),
    ("other_fee_unpaid", [None, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"]),
    ("other_other", [None, "3.其他"]),
    ("outcome_total", ["（七）总计"]),
    ("carried_forward", ["四、结转下年度继续办理"]),
]
GROUP_SPANS = {"（三）不予公开": 8, "（四）无法提供": 3, "（五）不予处理": 5, "（六）其他处理": 3}

STYLES = {
    # name: (producer, css)
    "libreoffice": ("soffice", "table{width:100%;border-collapse:collapse} td{border:1px solid #000}"
                               " td.v{width:1.2em} body{font-size:10.5pt}"),
    "word": ("docx", "table{width:100%;border-collapse:collapse} td{border:1px solid #000}"
                     " td.v{width:1.2em} body{font-size:10.5pt}"),
    "chromium_top": ("chromium", "body{font-size:11px;margin:0 24px} table{border-collapse:collapse;width:100%}"
                                 " td{border:1px solid #000;vertical-align:top;padding:2px} td.v{width:14px}"
                                 " td.h{width:36px}"),
    "chromium_serif": ("chromium", "body{font:13px 'Noto Serif CJK SC',serif;width:560px}"
                                   " td{padding:4px;text-align:center} td.v{width:16px} td.h{width:44px}"),
}


def cell(value):
    if value is None:
        return ""
    if value == "not_applicable":
        return "/"
    if isinstance(value, dict):
        return value["amount"]
    return str(value)


def td(text, cls=None, rowspan=1, colspan=1):
    attrs = ""
    if cls:
        attrs += f' class="{cls}"'
    if rowspan > 1:
        attrs += f' rowspan="{rowspan}"'
    if colspan > 1:
        attrs += f' colspan="{colspan}"'
    return f"<td{attrs}>{text}</td>"


def article20(r):
    a = r["article20"]
    rows = ['<table>',
            "<tr>" + td("第二十条第（一）项", colspan=4) + "</tr>",
            "<tr>" + td("信息内容") + td("本年制发件数") + td("本年废止件数") + td("现行有效件数") + "</tr>"]
    for key, label in (("regulations", "规章"), ("normative_documents", "行政规范性文件")):
        rows.append("<tr>" + td(label) + "".join(td(cell(a[key][c])) for c in ("issued", "repealed", "in_force")) + "</tr>")
    for item, entries in (("（五）", [("licensing", "行政许可")]), ("（六）", [("penalty", "行政处罚"), ("coercion", "行政强制")])):
        rows.append("<tr>" + td(f"第二十条第{item}项", colspan=4) + "</tr>")
        rows.append("<tr>" + td("信息内容") + td("本年处理决定数量", colspan=3) + "</tr>")
        for key, label in entries:
            rows.append("<tr>" + td(label) + td(cell(a[key]["decisions"]), colspan=3) + "</tr>")
    rows.append("<tr>" + td("第二十条第（八）项", colspan=4) + "</tr>")
    rows.append("<tr>" + td("信息内容") + td("本年收费金额（单位：万元）", colspan=3) + "</tr>")
    rows.append("<tr>" + td("行政事业性收费") + td(cell(a["fees"]["amount"]), colspan=3) + "</tr>")
    rows.append("</table>")
    return "\n".join(rows)


def applications(r):
    a = r["applications"]
    rows = ["<table>",
            "<tr>" + td("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rowspan=3, colspan=3)
            + td("申请人情况", colspan=7) + "</tr>",
            "<tr>" + td("自然人", cls="h", rowspan=2) + td("法人或其他组织", colspan=5) + td("总计", cls="h", rowspan=2) + "</tr>",
            "<tr>" + "".join(td(h, cls="h") for h in ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")) + "</tr>"]
    for row_id, labels in APPLICATION_ROWS:
        cells = ""
        if row_id in ("new_received", "carried_over", "carried_forward"):
            cells += td(labels[0], colspan=3)
        else:
            if row_id == "disclosed":
                cells += td("三、本年度办理结果", cls="v", rowspan=22)
            if len(labels) == 1:
                cells += td(labels[0], colspan=2)
            else:
                if labels[0]:
                    cells += td(labels[0], rowspan=GROUP_SPANS[labels[0]])
                cells += td(labels[1])
        cells += "".join(td(cell(a[row_id][c])) for c in APPLICANTS)
        rows.append("<tr>" + cells + "</tr>")
    rows.append("</table>")
    return "\n".join(rows)


def review(r):
    v = r["review_litigation"]
    outcomes = ("upheld", "corrected", "other", "pending", "total")
    names = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
    rows = ["<table>",
            "<tr>" + td("行政复议", colspan=5) + td("行政诉讼", colspan=10) + "</tr>",
            "<tr>" + "".join(td(n, cls="h", rowspan=2) for n in names) + td("未经复议直接起诉", colspan=5)
            + td("复议后起诉", colspan=5) + "</tr>",
            "<tr>" + "".join(td(n, cls="h") for n in names * 2) + "</tr>",
            "<tr>" + "".join(td(cell(v[g][o])) for g in ("review", "litigation_direct", "litigation_after_review")
                             for o in outcomes) + "</tr>",
            "</table>"]
    return "\n".join(rows)


def page(r, css):
    year = r["year"]
    agency = r["agency"]
    paragraphs = [
        f"<h2>{agency}{year}年政府信息公开工作年度报告</h2>",
        f"<p>本报告根据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。</p>",
        "<p>一、总体情况</p>",
        f"<p>{year}年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，依法做好主动公开和依申请公开工作，"
        "持续完善政府信息管理和公开平台建设，各项工作平稳有序推进。</p>",
        "<p>二、主动公开政府信息情况</p>", article20(r),
        "<p>三、收到和处理政府信息公开申请情况</p>", applications(r),
        "<p>四、政府信息公开行政复议、行政诉讼情况</p>", review(r),
        "<p>五、存在的主要问题及改进情况</p>",
        "<p>公开内容的规范性仍需加强。下一步将加强业务培训，提升公开质量。</p>",
        "<p>六、其他需要报告的事项</p>",
        "<p>本年度未收取信息处理费。</p>",
    ]
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>report</title>'
            f"<style>{css}</style></head><body>\n" + "\n".join(paragraphs) + "\n</body></html>\n")


def run(command, cwd):
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)


def produce(html, producer, work, out):
    src = work / "page.html"
    src.write_text(html, encoding="utf-8")
    if producer == "chromium":
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--print-to-pdf={out}", str(src)], work)
        return
    # Read as a Writer document (not a web page), so that the tables take the page's width.
    writer = ["soffice", "--headless", "--infilter=HTML (StarWriter)"]
    if producer == "docx":
        run(writer + ["--convert-to", "docx:MS Word 2007 XML", str(src)], work)
        run(["soffice", "--headless", "--convert-to", "pdf", "page.docx"], work)
    else:
        run(writer + ["--convert-to", "pdf", str(src)], work)
    shutil.move(str(work / "page.pdf"), out)


# c03.html (2019 format, the 上海 report as its web page) printed by Chromium once more: ruled
# tables in Noto Sans CJK, whose digits Chromium reports with boxes twice their size. Long
# paragraphs are left out; the tables, headings and the first paragraph (with the statistics
# period) stay. (Chromium embeds CJK text as Type 3 fonts: these files are large.)
C03_STYLES = {
    "chromium_ruled": "body{font-size:14px;font-family:'Noto Sans CJK SC'} table{border-collapse:collapse}"
                      " td{border:1px solid #000;padding:3px}",
}


def trimmed_c03():
    html = (ROOT / "tests" / "data" / "corpus" / "c03.html").read_text(encoding="utf-8")
    kept, at = [], 0
    for start in (m for m in range(len(html)) if html.startswith("<p", m)):
        if start < at:
            continue
        end = html.find("</p>", start)
        if end < 0:
            break
        end += len("</p>")
        text = html[start:end]
        inside_table = html.rfind("<table", 0, start) > html.rfind("</table>", 0, start)
        if not inside_table and len(text) > 400 and "统计期限" not in text:
            kept.append(html[at:start])
            at = end
    kept.append(html[at:])
    return "".join(kept)


def main(stems):
    OUT.mkdir(parents=True, exist_ok=True)
    body = trimmed_c03()
    for style, css in C03_STYLES.items():
        with tempfile.TemporaryDirectory() as tmp:
            out = OUT / f"c03.{style}.pdf"
            html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>c03</title>'
                    f"<style>{css}</style></head><body>{body}</body></html>")
            produce(html, "chromium", Path(tmp), out)
            print(out.relative_to(ROOT), out.stat().st_size)
    for stem in stems:
        report = json.loads((GOLDEN / f"{stem}.report.json").read_text(encoding="utf-8"))
        if report["format"] != "2021":
            sys.exit(f"{stem}: the template prints the 2021 format only")
        for style, (producer, css) in STYLES.items():
            with tempfile.TemporaryDirectory() as tmp:
                out = OUT / f"{stem}.{style}.pdf"
                produce(page(report, css), producer, Path(tmp), out)
                print(out.relative_to(ROOT), out.stat().st_size)


if __name__ == "__main__":
    main(sys.argv[1:] or ["c06"])
