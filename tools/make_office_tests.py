#!/usr/bin/python3
"""Write the hand-built Word files of tests/data/office/ (README there says what each shows).

The statutory tables hold the cells of tests/data/bad/base_report.txt (a 2021-format report),
laid out as the official template lays them out (merged header and group cells) and written the
way Word and WPS write them, so that a test can require every cell to read as in that text:

  word_features.docx   Word idioms: the title in a content control, headings numbered by a list
                       ("一、" from numbering.xml, not in the text), a tracked deletion and
                       insertion, hidden text, a text box written twice (mc:AlternateContent),
                       labels split into runs around bookmarks and proofing marks, a line break
                       in a header cell, header rows marked to repeat (w:tblHeader), vertical
                       merges (w:vMerge) and w:gridSpan, sub-item numbers ("1.") from lists
                       restarting in each group, a row and a cell inside content controls, and
                       totals that are formula fields (simple and complex) with their results.
  wps_layout.docx      WPS idioms: the whole article inside a one-cell layout table with the
                       statutory tables nested in it, runs of a few characters each with
                       eastAsia font hints, the legacy w:hMerge for horizontal merges, rows with
                       w:gridBefore / w:gridAfter, counts padded with spaces and U+3000.

Also, with --libreoffice, converts the seed and test reports listed in LIBREOFFICE with
`soffice --headless --convert-to docx` (LibreOffice 7.4 here) into lo_*.docx.

Standard library only; the archives are deterministic (fixed timestamps, fixed order):
    /usr/bin/python3 tools/make_office_tests.py [--libreoffice]
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "data", "office")
BASE = os.path.join(ROOT, "tests", "data", "bad", "base_report.txt")

# Sources converted by LibreOffice: (input under tests/data, output name, import filter or None).
LIBREOFFICE = [
    ("seeds/001_6f73e57e54ca5cf9.txt", "lo_seed_001.docx", None),
    ("seeds/002_6174489a5f7162cb.txt", "lo_seed_002.docx", None),
    ("bad/report.html", "lo_base_report_html.docx", "HTML (StarWriter)"),
    ("variants/c03_vertical_labels.html", "lo_c03_vertical_labels.docx", "HTML (StarWriter)"),
]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    f'xmlns:w="{W_NS}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'mc:Ignorable="w14"'
)

# ---- the report's values ------------------------------------------------------------------


def base_values():
    """Article 20, application and review values of base_report.txt, in template order."""
    rows = []
    for line in open(BASE, encoding="utf-8"):
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
    numeric = lambda r: r and all(re.fullmatch(r"[0-9.]+", c) for c in r[1:]) and len(r) > 1
    a20 = {r[0]: r[1:] for r in rows if numeric(r) and len(r) <= 4}
    app = [r[1:] for r in rows if numeric(r) and len(r) == 8]
    review = next(r for r in rows if len(r) == 15 and all(c.isdigit() for c in r))
    assert len(app) == 25 and len(a20) == 6, (len(app), len(a20))
    return a20, app, review


# The application table's rows: (group label of a sub-item or None, row label, is a sub-item).
# Rows 2 to 25 lie under 三、本年度办理结果.
APP_ROWS = (
    [(None, "一、本年新收政府信息公开申请数量", False), (None, "二、上年结转政府信息公开申请数量", False),
     (None, "（一）予以公开", False), (None, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", False)]
    + [("（三）不予公开", s, True) for s in (
        "属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”", "保护第三方合法权益",
        "属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项")]
    + [("（四）无法提供", s, True) for s in (
        "本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确")]
    + [("（五）不予处理", s, True) for s in (
        "信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请",
        "要求行政机关确认或重新出具已获取信息")]
    + [("（六）其他处理", s, True) for s in (
        "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "其他")]
    + [(None, "（七）总计", False), (None, "四、结转下年度继续办理", False)]
)
RESULTS = range(2, 26)  # the rows of 三、本年度办理结果
APPLICANTS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
REVIEW_COLUMNS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]

# ---- WordprocessingML pieces --------------------------------------------------------------


def t(text):
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def run(text, props=""):
    return f"<w:r>{f'<w:rPr>{props}</w:rPr>' if props else ''}{t(text)}</w:r>"


def para(inner, ppr=""):
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{inner}</w:p>"


def cell(content, span=1, vmerge=None, hmerge=None):
    pr = ""
    if span > 1:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge:
        pr += '<w:vMerge w:val="restart"/>' if vmerge == "restart" else "<w:vMerge/>"
    if hmerge:
        pr += '<w:hMerge w:val="restart"/>' if hmerge == "restart" else "<w:hMerge/>"
    if not content.startswith("<w:p") and not content.startswith("<w:sdt"):
        content = para(run(content) if content else "")
    return f"<w:tc><w:tcPr>{pr}<w:vAlign w:val=\"center\"/></w:tcPr>{content}</w:tc>"


def row(cells, header=False, before=0, after=0):
    pr = ""
    if before:
        pr += f'<w:gridBefore w:val="{before}"/>'
    if after:
        pr += f'<w:gridAfter w:val="{after}"/>'
    if header:
        pr += "<w:tblHeader/>"
    return f"<w:tr><w:trPr>{pr}</w:trPr>{''.join(cells)}</w:tr>"


def table(rows, columns):
    grid = "".join('<w:gridCol w:w="900"/>' for _ in range(columns))
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
            f'<w:jc w:val="center"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')


def split_label(text, marker_id):
    """A label cut into three runs, with a bookmark and proofing marks between them, as Word
    leaves a label someone edited."""
    a, b = len(text) // 3, 2 * len(text) // 3
    return (run(text[:a]) + f'<w:bookmarkStart w:id="{marker_id}" w:name="_Toc{marker_id}"/>'
            + run(text[a:b], "<w:b w:val=\"0\"/>") + f'<w:bookmarkEnd w:id="{marker_id}"/>'
            + '<w:proofErr w:type="spellStart"/>' + run(text[b:]) + '<w:proofErr w:type="spellEnd"/>')


def wps_runs(text):
    """WPS writes Chinese text in short runs, each with its eastAsia font hint."""
    props = '<w:rFonts w:hint="eastAsia"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>'
    return "".join(run(text[k:k + 3], props) for k in range(0, len(text), 3))


def simple_field(instruction, result):
    return f'<w:fldSimple w:instr="{escape(instruction)}">{run(result)}</w:fldSimple>'


def complex_field(instruction, result):
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve">{escape(instruction)}</w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run(result)
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def sdt(content, alias):
    identifier = sum(ord(c) for c in alias)  # stable from run to run, unlike hash()
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:id w:val="{identifier}"/>'
            f"</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>")


def text_box(text):
    """A text box as Word writes it: a DrawingML shape, and the same box again in VML for
    older readers."""
    box = f"<w:txbxContent>{para(run(text))}</w:txbxContent>"
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f"<wps:wsp><wps:txbx>{box}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"
            "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
            f"{box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>")


# ---- the statutory tables in the official template -----------------------------------------


def article20_rows(a20, label, wps=False):
    """第二十条 tables: caption rows over the four columns, one-value rows widened over three."""
    def caption(text):
        if wps:  # legacy horizontal merge
            return row([cell(label(text), hmerge="restart")] + [cell("", hmerge="continue")] * 3)
        return row([cell(label(text), span=4)])

    rows = [caption("第二十条第（一）项"),
            row([cell(label(h)) for h in ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]], header=True)]
    for name in ["规章", "行政规范性文件"]:
        rows.append(row([cell(label(name))] + [cell(v) for v in a20[name]]))
    for caption_text, heading, names in [("第二十条第（五）项", "本年处理决定数量", ["行政许可"]),
                                         ("第二十条第（六）项", "本年处理决定数量", ["行政处罚", "行政强制"]),
                                         ("第二十条第（八）项", "本年收费金额（单位：万元）", ["行政事业性收费"])]:
        rows.append(caption(caption_text))
        if wps:  # a value column of one grid column, the rest of the row left out
            rows.append(row([cell(label("信息内容")), cell(label(heading))], after=2))
            rows += [row([cell(label(n)), cell(a20[n][0])], after=2) for n in names]
        else:
            rows.append(row([cell(label("信息内容")), cell(label(heading), span=3)]))
            rows += [row([cell(label(n)), cell(a20[n][0], span=3)]) for n in names]
    return rows


def application_rows(app, label, value, item):
    """表三: a three-column label block (group cells merged down, sub-items numbered), the
    applicant columns under 申请人情况 / 法人或其他组织."""
    corner = para(run("（本列数据的勾稽关系为：") + "<w:r><w:br/></w:r>"
                  + run("第一项加第二项之和，等于第三项加第四项之和）"))
    rows = [row([cell(corner, span=3, vmerge="restart"), cell(label("申请人情况"), span=7)], header=True),
            row([cell("", span=3, vmerge="continue"), cell(label("自然人"), vmerge="restart"),
                 cell(label("法人或其他组织"), span=5), cell(label("总计"), vmerge="restart")], header=True),
            row([cell("", span=3, vmerge="continue"), cell("", vmerge="continue")]
                + [cell(label(h)) for h in APPLICANTS[1:6]] + [cell("", vmerge="continue")], header=True)]
    for k, ((group, name, sub), values) in enumerate(zip(APP_ROWS, app)):
        if k not in RESULTS:
            cells = [cell(label(name), span=3)]
        else:
            first = k == RESULTS[0]
            cells = [cell(label("三、本年度办理结果") if first else "", vmerge="restart" if first else "continue")]
            if sub:
                first = APP_ROWS[k - 1][0] != group
                cells += [cell(label(group) if first else "", vmerge="restart" if first else "continue"),
                          cell(item(group, name))]
            else:
                cells.append(cell(label(name), span=2))
        cells += [value(k, j, v) for j, v in enumerate(values)]
        rows.append(row(cells))
    return rows


def review_rows(review, label, wps=False):
    top = ([cell(label("行政复议"), hmerge="restart")] + [cell("", hmerge="continue")] * 4
           + [cell(label("行政诉讼"), hmerge="restart")] + [cell("", hmerge="continue")] * 9) if wps else \
          [cell(label("行政复议"), span=5), cell(label("行政诉讼"), span=10)]
    rows = [row(top, header=True),
            row([cell(label(c), vmerge="restart") for c in REVIEW_COLUMNS]
                + [cell(label("未经复议直接起诉"), span=5), cell(label("复议后起诉"), span=5)], header=True),
            row([cell("", vmerge="continue") for _ in REVIEW_COLUMNS]
                + [cell(label(c)) for c in REVIEW_COLUMNS * 2], header=True),
            row([cell(v) for v in review])]
    return rows


# ---- the two documents --------------------------------------------------------------------

STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W_NS}">'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
          '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>')


def numbering_xml(groups):
    """List 1: headings "一、" (Chinese counting). Lists 10…: one per group of sub-items, "1."
    restarting in each group through a start override."""
    items = "".join(
        f'<w:num w:numId="{10 + k}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0">'
        f'<w:startOverride w:val="1"/></w:lvlOverride></w:num>' for k in range(len(groups)))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {NAMESPACES}>'
            '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
            '<w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
            '</w:abstractNum>'
            '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>'
            f'<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>{items}</w:numbering>')


def word_features(a20, app, review):
    groups = ["（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"]
    marker = iter(range(100, 10000))
    label = lambda text: para(split_label(text, next(marker)) if len(text) > 5 else run(text))

    def item(group, name):  # the "1." comes from the group's list
        return para(run(name), f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{10 + groups.index(group)}"/></w:numPr>')

    def value(k, j, v):
        if j == 6 and k == 0:  # the total of a row as Word's formula field
            return cell(para(simple_field(" =SUM(LEFT) ", v)))
        if j == 6 and k == 23:
            return cell(para(complex_field(" =SUM(ABOVE) \\# \"0\" ", v)))
        if k == 2 and j == 1:  # a cell inside a content control
            return f'{sdt(cell(v), "商业企业")}'
        return cell(v)

    heading = lambda text: para(run(text), '<w:pStyle w:val="Heading1"/>')
    title = sdt(para(split_label("测试县人民政府2023年政府信息公开工作年度报告", 1), '<w:jc w:val="center"/>'), "标题")
    app_rows = application_rows(app, label, value, item)
    app_rows[4] = sdt(app_rows[4], "上年结转")  # a row inside a content control
    body = [
        title,
        heading("总体情况"),
        para(run("2023年，我县认真贯彻《中华人民共和国政府信息公开条例》，全年主动公开政府信息")
             + '<w:del w:id="1" w:author="审核人"><w:r><w:delText>100</w:delText></w:r></w:del>'
             + '<w:ins w:id="2" w:author="审核人">' + run("120") + "</w:ins>" + run("条。")
             + run("（内部备注：数字已核对）", "<w:vanish/>") + text_box("样稿")),
        heading("主动公开政府信息情况"),
        table(article20_rows(a20, label), 4),
        heading("收到和处理政府信息公开申请情况"),
        table(app_rows, 10),
        heading("政府信息公开行政复议、行政诉讼情况"),
        table(review_rows(review, label), 15),
        heading("存在的主要问题及改进情况"),
        para(run("公开内容还不够全面，下一步将加强培训。")),
        heading("其他需要报告的事项"),
        para(run("本年度未收取信息处理费。")),
        para(run("第") + complex_field(" PAGE ", "3") + run("页"), '<w:jc w:val="center"/>'),
    ]
    return body, numbering_xml(groups)


def wps_layout(a20, app, review):
    label = lambda text: para(wps_runs(text))
    padded = lambda v: para(run(" " + v + "\u3000"))
    item = lambda group, name: para(wps_runs(f"{APP_ROWS_NUMBER[name]}.{name}"))
    value = lambda k, j, v: cell(padded(v))
    inner = [
        para(wps_runs("测试县人民政府2023年政府信息公开工作年度报告"), '<w:jc w:val="center"/>'),
        para(wps_runs("一、总体情况")),
        para(wps_runs("2023年，我县认真贯彻《中华人民共和国政府信息公开条例》，全年主动公开政府信息120条。")),
        para(wps_runs("二、主动公开政府信息情况")),
        table(article20_rows(a20, label, wps=True), 4),
        para(wps_runs("三、收到和处理政府信息公开申请情况")),
        table(application_rows(app, label, value, item), 10),
        para(wps_runs("四、政府信息公开行政复议、行政诉讼情况")),
        table(review_rows(review, label, wps=True), 15),
        para(wps_runs("五、存在的主要问题及改进情况")),
        para(wps_runs("公开内容还不够全面，下一步将加强培训。")),
        para(wps_runs("六、其他需要报告的事项")),
        para(wps_runs("本年度未收取信息处理费。")),
    ]
    # The page's frame: one cell holding the whole article, the statutory tables nested in it.
    frame = table([row([cell("".join(inner))])], 1)
    return [frame, para("")], None


APP_ROWS_NUMBER = {}
for _g, _name, _sub in APP_ROWS:
    if _sub:
        APP_ROWS_NUMBER[_name] = sum(1 for g, n, s in APP_ROWS[:APP_ROWS.index((_g, _name, _sub)) + 1] if g == _g and s)

# ---- packaging ----------------------------------------------------------------------------


def write_docx(path, body, numbering):
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NAMESPACES}>'
                f'<w:body>{"".join(body)}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    overrides = [("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
                 ("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml")]
    relationships = [("rId1", "styles", "styles.xml")]
    if numbering:
        overrides.append(("/word/numbering.xml",
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"))
        relationships.append(("rId2", "numbering", "numbering.xml"))
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     + "".join(f'<Override PartName="{p}" ContentType="{c}"/>' for p, c in overrides) + "</Types>")
    rels = lambda items: ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                          + "".join(f'<Relationship Id="{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{k}" Target="{t}"/>'
                                    for i, k, t in items) + "</Relationships>")
    parts = [("[Content_Types].xml", content_types),
             ("_rels/.rels", rels([("rId1", "officeDocument", "word/document.xml")])),
             ("word/_rels/document.xml.rels", rels(relationships)),
             ("word/document.xml", document),
             ("word/styles.xml", STYLES)]
    if numbering:
        parts.append(("word/numbering.xml", numbering))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))


def libreoffice():
    soffice = shutil.which("soffice")
    if not soffice:
        sys.exit("soffice (LibreOffice) not found")
    with tempfile.TemporaryDirectory() as work:
        for source, name, infilter in LIBREOFFICE:
            stem = os.path.splitext(os.path.basename(source))[0]
            shutil.copy(os.path.join(ROOT, "tests", "data", source), work)
            command = [soffice, "--headless", f"-env:UserInstallation=file://{work}/profile"]
            if infilter:
                command.append(f"--infilter={infilter}")
            command += ["--convert-to", "docx:MS Word 2007 XML", "--outdir", work,
                        os.path.join(work, os.path.basename(source))]
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.move(os.path.join(work, stem + ".docx"), os.path.join(OUT, name))
            print("wrote", name)


def main():
    os.makedirs(OUT, exist_ok=True)
    values = base_values()
    for name, make in [("word_features.docx", word_features), ("wps_layout.docx", wps_layout)]:
        body, numbering = make(*values)
        write_docx(os.path.join(OUT, name), body, numbering)
        print("wrote", name)
    if "--libreoffice" in sys.argv[1:]:
        libreoffice()


if __name__ == "__main__":
    main()
