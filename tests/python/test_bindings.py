"""The Python bindings (import govinfo): enums with ids and labels, the live model, money as
decimal.Decimal, validation findings, JSON round trips, ParseError, parsing real seed reports,
columnar results and the hand-written stubs."""
import ast
import copy
import decimal
import inspect
import json
import pickle
from decimal import Decimal
from pathlib import Path

import pytest

import govinfo
from govinfo import (ApplicantColumn, ApplicationRow, Article20Column, Article20Row, Cell,
                     CellState, FindingCode, FormatVersion, MoneyCell, MoneyUnit, ReviewColumn,
                     ReviewGroup, Severity, TableKind)

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "tests" / "data" / "seeds"
SEED_000 = SEEDS / "000_93777d88a2382c03.txt"
SEED_002 = SEEDS / "002_6174489a5f7162cb.txt"

ENUMS = [CellState, MoneyUnit, FormatVersion, ApplicantColumn, govinfo.OutcomeGroup,
         ApplicationRow, Article20Row, Article20Column, ReviewGroup, ReviewColumn, Severity,
         TableKind, FindingCode, govinfo.ErrorCode]


# ---------------------------------------------------------------- enums

def test_enum_ids_and_labels_both_ways():
    row = ApplicationRow.new_received
    assert row.id == "new_received"
    assert row.label == "一、本年新收政府信息公开申请数量"
    assert ApplicationRow.from_id("new_received") == row
    assert ApplicationRow.from_label("一、本年新收政府信息公开申请数量") == row
    # label variants real reports print: group prefix, half-width brackets, spaces
    assert ApplicationRow.from_label("（三）不予公开/1.属于国家秘密") == ApplicationRow.withheld_state_secret
    assert ApplicationRow.from_label("(一) 予以公开") == ApplicationRow.disclosed
    assert ApplicantColumn.from_label("自然人") == ApplicantColumn.natural_person
    assert ApplicantColumn.total.label == "总计"
    assert ReviewColumn.upheld.label == "结果维持"
    assert Severity.from_label("警告") == Severity.warning
    assert MoneyUnit.wan_yuan.label == "万元"
    assert TableKind.applications.label == "收到和处理政府信息公开申请情况"


def test_format_version_ids_are_years():
    assert FormatVersion.v2019.id == "2019"
    assert FormatVersion.v2021.id == "2021"
    assert FormatVersion.from_id("2019") == FormatVersion.v2019
    assert FormatVersion.v2021.label == "国办公开办函〔2021〕30号"
    assert FormatVersion.from_label("国办公开办函〔2019〕60号") == FormatVersion.v2019
    with pytest.raises(ValueError, match="v2019"):
        FormatVersion.from_id("v2019")


def test_unknown_ids_and_labels_raise_value_error_naming_them():
    with pytest.raises(ValueError, match="'totals' is not an id of ReviewColumn"):
        ReviewColumn.from_id("totals")
    with pytest.raises(ValueError, match="'无此列' is not a label of ApplicantColumn"):
        ApplicantColumn.from_label("无此列")


def test_article20_labels_depend_on_format():
    nd = Article20Row.normative_documents
    assert nd.label == "行政规范性文件"
    assert nd.label_for(FormatVersion.v2019) == "规范性文件"
    assert Article20Row.procurement.label == "政府集中采购"  # 2019-only row
    assert Article20Row.procurement.label_for(FormatVersion.v2021) == ""
    assert Article20Row.from_label("规范性文件") == nd
    amount = Article20Column.amount
    assert amount.label_for(FormatVersion.v2021, Article20Row.fees) == "本年收费金额（单位：万元）"
    assert amount.label_for(FormatVersion.v2019, Article20Row.procurement) == "采购总金额"
    assert amount.label_for(FormatVersion.v2019, Article20Row.fees) == ""
    assert "第二十条" in Article20Row.regulations.caption


@pytest.mark.parametrize("enum", ENUMS, ids=lambda e: e.__name__)
def test_every_member_round_trips_through_its_id_and_label(enum):
    assert len(enum.__members__) > 1
    for name, member in enum.__members__.items():
        assert enum.from_id(member.id) == member
        if enum != FormatVersion:
            assert member.id == name
        if hasattr(member, "label") and member.label:
            assert enum.from_label(member.label) == member, member.label
    with pytest.raises(ValueError, match="not an id of " + enum.__name__):
        enum.from_id("no_such_id")
    if hasattr(enum, "from_label"):
        with pytest.raises(ValueError):
            enum.from_label("没有这个标签")


def test_taxonomy():
    assert len(govinfo.application_rows(FormatVersion.v2019)) == 23
    assert len(govinfo.application_rows(FormatVersion.v2021)) == 25
    assert ApplicationRow.other_handling in govinfo.application_rows(FormatVersion.v2019)
    assert not govinfo.has_row(FormatVersion.v2021, ApplicationRow.other_handling)
    assert govinfo.group_of(ApplicationRow.declined_duplicate) == govinfo.OutcomeGroup.declined
    assert govinfo.group_of(ApplicationRow.new_received) is None
    assert govinfo.all_applicant_columns()[-1] == ApplicantColumn.total
    assert len(govinfo.applicant_columns()) == 6
    assert govinfo.article20_columns(FormatVersion.v2021, Article20Row.regulations) == [
        Article20Column.issued, Article20Column.repealed, Article20Column.in_force]
    assert govinfo.review_groups()[0] == ReviewGroup.review


# ---------------------------------------------------------------- cells and the model

def test_cells_keep_blank_not_applicable_and_zero_apart():
    blank, zero, na = Cell(), Cell(0), Cell.not_applicable()
    assert blank.state == CellState.blank and blank.value is None and blank.is_blank
    assert zero.state == CellState.value and zero.value == 0 and zero.has_value
    assert na.state == CellState.not_applicable and na.value is None and na.is_not_applicable
    assert blank != zero and zero != na and blank == Cell.blank()
    assert Cell.of(7) == Cell(7)
    for c in (blank, zero, na):
        with pytest.raises(TypeError, match="ambiguous"):
            bool(c)
    c = Cell(5)
    c.value = None
    assert c == Cell.blank()
    c.state = CellState.not_applicable
    assert c.value is None
    assert repr(Cell(3)) == "Cell(3)" and repr(na) == "Cell.not_applicable()"


def test_money_is_decimal_never_float():
    m = MoneyCell(Decimal("10524.26475"), MoneyUnit.wan_yuan)
    assert isinstance(m.amount, Decimal)
    assert str(m.amount) == "10524.26475"
    assert m.unit == MoneyUnit.wan_yuan and m.money.unit == MoneyUnit.wan_yuan
    assert str(MoneyCell("1.50", MoneyUnit.yuan).amount) == "1.50"  # scale kept
    assert MoneyCell(12, MoneyUnit.unknown).amount == 12
    with pytest.raises(TypeError):
        MoneyCell(1.5, MoneyUnit.yuan)
    with pytest.raises(ValueError, match="exact decimal"):
        MoneyCell("12万", MoneyUnit.yuan)
    assert MoneyCell().amount is None and MoneyCell().is_blank
    assert MoneyCell.not_applicable().amount is None
    m.amount = None
    assert m.is_blank


def test_report_attributes_are_live_views():
    r = govinfo.Report()
    assert r.format == FormatVersion.v2021
    r.applications.new_received.total.value = 3
    r.article20.regulations.issued = Cell(2)
    r.review_litigation.review.total.value = 0
    assert r.applications[ApplicationRow.new_received][ApplicantColumn.total].value == 3
    assert r.applications.new_received.total == Cell(3)
    assert r.article20.regulations.issued.value == 2
    assert r.review_litigation[ReviewGroup.review][ReviewColumn.total] == Cell(0)
    assert r.review_litigation.review.upheld.is_blank
    # the format's rows, and only those
    assert r.applications.other_handling is None
    assert r.applications.other_other is not None
    with pytest.raises(KeyError):
        r.applications[ApplicationRow.other_handling]
    old = govinfo.Report(FormatVersion.v2019)
    assert isinstance(old.article20, govinfo.Article20v2019)
    assert old.applications.other_handling is not None
    old.article20.procurement.amount = MoneyCell("0", MoneyUnit.unknown)
    assert old.article20.procurement.amount.amount == 0
    # copies are independent
    c = copy.deepcopy(r)
    c.applications.new_received.total.value = 4
    assert r.applications.new_received.total.value == 3 and c != r
    assert r.copy() == r


def test_metadata_structs():
    r = govinfo.Report()
    r.agency = "聊城市大数据局"
    r.year = 2021
    r.statistics_period = govinfo.StatisticsPeriod(
        text="自2021年1月1日起至2021年12月31日止", start=govinfo.Date(2021, 1, 1),
        end=govinfo.Date(year=2021, month=12, day=31))
    assert r.statistics_period.start < r.statistics_period.end
    r.sections = [govinfo.Section(number=1, heading="一、总体情况", text="…")]
    assert r.sections[0].heading == "一、总体情况"
    assert "聊城市大数据局" in repr(r)
    with pytest.raises(TypeError, match="no_such_member"):
        govinfo.Section(no_such_member=1)


# ---------------------------------------------------------------- validate

def consistent_report(fmt=FormatVersion.v2021):
    """Every cell 0, year and period set: a report the rules accept."""
    r = govinfo.Report(fmt)
    r.year = 2021 if fmt == FormatVersion.v2021 else 2020
    y = r.year
    r.statistics_period = govinfo.StatisticsPeriod(
        text=f"自{y}年1月1日起至{y}年12月31日止", start=govinfo.Date(y, 1, 1),
        end=govinfo.Date(y, 12, 31))
    for row in govinfo.application_rows(fmt):
        for col in govinfo.all_applicant_columns():
            r.applications[row][col].value = 0
    for group in govinfo.review_groups():
        for col in govinfo.review_columns():
            r.review_litigation[group][col].value = 0
    for row in govinfo.article20_rows(fmt):
        for col in govinfo.article20_columns(fmt, row):
            cell = getattr(getattr(r.article20, row.id), col.id)
            if isinstance(cell, MoneyCell):
                cell.amount, cell.unit = Decimal(0), MoneyUnit.wan_yuan
            else:
                cell.value = 0
    return r


@pytest.mark.parametrize("fmt", [FormatVersion.v2019, FormatVersion.v2021], ids=["2019", "2021"])
def test_validate_accepts_a_consistent_report(fmt):
    r = consistent_report(fmt)
    findings = govinfo.validate(r)
    assert isinstance(findings, list)
    assert [f for f in findings if f.severity != Severity.info] == []


def test_validate_reports_the_broken_balance():
    r = consistent_report()
    a = r.applications
    for col in ("natural_person", "total"):
        getattr(a.new_received, col).value = 5   # N
        getattr(a.disclosed, col).value = 3      # outcomes
        getattr(a.outcome_total, col).value = 3  # T
        getattr(a.carried_forward, col).value = 1  # F: 5 + 0 != 3 + 1
    findings = [f for f in govinfo.validate(r) if f.severity == Severity.error]
    assert {(f.code, f.column) for f in findings} == {
        (FindingCode.app_balance, "natural_person"), (FindingCode.app_balance, "total")}
    f = next(f for f in findings if f.column == "total")
    assert f.table == TableKind.applications
    assert f.evaluable is True
    assert {f.expected, f.actual} == {"5", "4"}
    assert f.message  # a sentence a person understands
    assert f.line == 0
    cols = govinfo.finding_columns(findings)
    assert cols["code"] == ["app_balance", "app_balance"]
    assert sorted(cols["column"]) == ["natural_person", "total"]
    assert all(len(v) == 2 for v in cols.values())


def test_validate_marks_blank_inputs_not_evaluable():
    r = consistent_report()
    r.applications.outcome_total.total.value = None  # T blank while its parts hold counts
    findings = govinfo.validate(r)
    assert any(f.code == FindingCode.app_total_blank for f in findings)
    assert any(not f.evaluable and f.severity == Severity.info for f in findings)


def test_rule_catalogue():
    rules = govinfo.rule_catalogue()
    codes = {r.code for r in rules}
    assert FindingCode.app_balance in codes
    rule = govinfo.find_rule(FindingCode.app_balance)
    assert rule is not None and "N + P" in rule.formula


# ---------------------------------------------------------------- JSON

def sample_report():
    r = consistent_report()
    r.agency = "聊城市大数据局"
    r.article20.fees.amount = MoneyCell(Decimal("10524.26475"), MoneyUnit.wan_yuan)
    r.applications.disclosed.other_org.value = None          # blank
    r.applications.declined_duplicate.other_org = Cell.not_applicable()
    return r


def test_json_round_trip_keeps_money_digits_and_blank_vs_not_applicable():
    r = sample_report()
    text = govinfo.to_json(r)
    assert text == r.to_json()
    doc = json.loads(text)
    assert doc["article20"]["fees"]["amount"] == {"amount": "10524.26475", "unit": "wan_yuan"}
    assert doc["applications"]["disclosed"]["other_org"] is None
    assert doc["applications"]["declined_duplicate"]["other_org"] == "not_applicable"
    assert doc["applications"]["disclosed"]["total"] == 0
    back = govinfo.from_json(text)
    assert back == r
    assert str(back.article20.fees.amount.amount) == "10524.26475"
    assert back.applications.disclosed.other_org.is_blank
    assert back.applications.declined_duplicate.other_org.is_not_applicable
    assert govinfo.Report.from_json(text.encode("utf-8")) == r
    assert r.to_dict() == doc
    assert govinfo.Report.from_dict(doc) == r
    assert pickle.loads(pickle.dumps(r)) == r
    pretty = govinfo.to_json(r, pretty=True)
    assert "\n  " in pretty and json.loads(pretty) == doc


def test_json_lists_of_reports_and_findings():
    reports = [sample_report(), govinfo.Report(FormatVersion.v2019)]
    back = govinfo.reports_from_json(govinfo.to_json(reports))
    assert len(back) == 2 and back[0] == reports[0] and back[1].format == FormatVersion.v2019
    findings = govinfo.validate(reports[1])
    assert findings
    assert govinfo.findings_from_json(govinfo.to_json(findings)) == findings


def test_bad_json_raises_parse_error_with_line_and_column():
    with pytest.raises(govinfo.ParseError) as info:
        govinfo.from_json('{\n  "agency": "x",\n  oops\n}')
    e = info.value
    assert isinstance(e, ValueError)
    assert e.code == govinfo.ErrorCode.json_syntax
    assert e.line == 3 and e.column >= 1
    assert f"{e.line}:{e.column}" in str(e)
    with pytest.raises(ValueError):  # catchable as the builtin
        govinfo.Report.from_json("not json")


def test_wrong_shape_names_the_json_path():
    doc = sample_report().to_dict()
    doc["applications"]["disclosed"]["total"] = "three"
    with pytest.raises(govinfo.ParseError) as info:
        govinfo.Report.from_dict(doc)
    assert info.value.path == "/applications/disclosed/total"
    assert info.value.code in (govinfo.ErrorCode.json_type, govinfo.ErrorCode.json_bad_value)
    doc = sample_report().to_dict()
    doc["surprise"] = 1
    with pytest.raises(govinfo.ParseError) as info:
        govinfo.Report.from_dict(doc)
    assert info.value.code == govinfo.ErrorCode.json_unknown_key


# ---------------------------------------------------------------- columns for pandas

def test_cell_columns_are_plain_lists_of_every_cell():
    r21, r19 = sample_report(), govinfo.Report(FormatVersion.v2019)
    cols = govinfo.cell_columns([r21, r19])
    assert len({len(v) for v in cols.values()}) == 1
    assert cols["format"].count("2021") == 7 * 25 + 15 + 10
    assert cols["format"].count("2019") == 7 * 23 + 15 + 22
    i = next(i for i, (rep, row) in enumerate(zip(cols["report"], cols["row"]))
             if rep == 0 and row == "fees")
    assert cols["value"][i] == Decimal("10524.26475") and cols["unit"][i] == "wan_yuan"
    assert set(s for s, rep in zip(cols["state"], cols["report"]) if rep == 1) == {"blank"}
    assert r21.cells() == govinfo.cell_columns([r21])


# ---------------------------------------------------------------- parsing

def expected(name):
    return json.loads((SEEDS / "expected" / name).read_text(encoding="utf-8"))


def test_parse_file_reads_a_real_seed_report():
    result = govinfo.parse_file(SEED_000)
    assert isinstance(result, govinfo.ParseResult)
    assert result.encoding.upper().replace("-", "") == "UTF8"
    [r] = result.reports
    want = expected("000_93777d88a2382c03.json")
    assert r.agency == want["agency"]
    assert r.year == want["year"]
    assert r.format.id == want["format"]
    for label, values in want["applications"].items():
        row = r.applications[ApplicationRow.from_label(label)]
        got = [row[c].value for c in govinfo.all_applicant_columns()]
        assert got == values, label
    proc = r.article20.procurement
    assert proc.projects.value == 13
    assert proc.amount.amount == Decimal("10524.26475") and str(proc.amount.amount) == "10524.26475"
    assert proc.amount.unit == MoneyUnit.wan_yuan
    assert [f for f in govinfo.validate(r) if f.severity == Severity.error] == []


def test_parse_text_str_and_bytes_agree():
    text = SEED_000.read_text(encoding="utf-8")
    a = govinfo.parse(text, "000.txt")
    b = govinfo.parse(text.encode("utf-8"))
    assert a.reports[0].source == "000.txt"
    assert a.encoding == b.encoding == "UTF-8"
    assert a.reports[0].applications == b.reports[0].applications
    assert a.reports[0].article20 == b.reports[0].article20
    assert a.reports[0] != b.reports[0]  # the source name differs


def test_parse_gb18030_bytes_like_the_utf8_text():
    text = SEED_000.read_text(encoding="utf-8")
    a = govinfo.parse(text)
    b = govinfo.parse(text.encode("gb18030"))
    assert b.encoding.upper().startswith("GB")
    assert a.reports[0].applications == b.reports[0].applications
    assert a.reports[0].article20 == b.reports[0].article20


def test_parse_many_keeps_order_and_reports_unreadable_files(tmp_path):
    missing = tmp_path / "missing.txt"
    results = govinfo.parse_many([SEED_002, missing, str(SEED_000)], threads=2)
    assert [r.path.name for r in results] == [SEED_002.name, "missing.txt", SEED_000.name]
    assert [r.ok for r in results] == [True, False, True]
    assert results[1].error.code == govinfo.ErrorCode.io_error
    assert [r.year for r in results[0].reports] == [2023, 2022, 2021, 2020, 2019]
    assert len(results[2].reports) == 1


def test_parse_refuses_oversized_input_and_unreadable_files(tmp_path):
    with pytest.raises(govinfo.ParseError) as info:
        govinfo.parse("一二三四五六七八九十", max_input_bytes=4)
    assert info.value.code == govinfo.ErrorCode.input_too_large
    with pytest.raises(govinfo.ParseError) as info:
        govinfo.parse_file(tmp_path / "nope.txt")
    assert info.value.code == govinfo.ErrorCode.io_error
    assert isinstance(info.value, ValueError)


# ---------------------------------------------------------------- the package itself

def _stub_names():
    tree = ast.parse((Path(govinfo.__file__).parent / "_core.pyi").read_text(encoding="utf-8"))
    top, members = set(), {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            top.add(node.name)
            names = set()
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    names.add(item.name)
                elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                    names.add(item.target.id)
            members[node.name] = names
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            top.add(node.name)
    return top, members


def test_stubs_cover_everything_bound():
    core = govinfo._core
    top, members = _stub_names()
    public = {n for n in dir(core) if not n.startswith("_")}
    assert public == top
    for name in public:
        obj = getattr(core, name)
        if not isinstance(obj, type) or issubclass(obj, Exception):
            continue
        bound = {n for n in vars(obj) if not n.startswith("_")}
        assert bound <= members[name], (name, bound - members[name])
    assert (Path(govinfo.__file__).parent / "py.typed").exists()


def test_everything_public_is_documented():
    for name in govinfo.__all__:
        obj = getattr(govinfo, name)
        doc = inspect.getdoc(obj) or ""
        if callable(obj) and not isinstance(obj, type):
            doc = "\n".join(l for l in doc.splitlines() if not l.startswith(name + "("))
        assert doc.strip(), name
    assert set(govinfo.__all__) >= {n for n in dir(govinfo._core) if not n.startswith("_")}
    assert govinfo.Report.__module__ == "govinfo"
    assert decimal.Decimal == type(MoneyCell(1, MoneyUnit.yuan).amount)


def test_label_variants_come_from_the_wording_tables():
    from govinfo import Article20Column, ApplicantColumn, ApplicationRow, OutcomeGroup
    assert Article20Column.repealed.label_variants == ("本年度止件数",)
    assert Article20Column.from_label("本年度止件数") == Article20Column.repealed
    assert ApplicantColumn.total.label_variants == ("合计",)
    assert ApplicationRow.withheld_prohibited_by_law.label_variants == (
        "2.其他法律法规禁止公开", "2.法律行政法规禁止公开")
    assert OutcomeGroup.withheld.label_variants == ()
