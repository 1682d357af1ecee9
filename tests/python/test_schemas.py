"""The golden report and findings files validate against schemas/*.schema.json, and the schemas
reject what govinfo's JSON reader rejects (unknown keys, rows of the other format, bad ids).

Needs python3-jsonschema (Debian); run with /usr/bin/python3 -m pytest tests/python.
"""
import copy
import json
from pathlib import Path

import pytest

import govinfo

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "data" / "golden"
GOLDEN_REPORTS = sorted(GOLDEN.glob("*.report.json"))


def load(path):
    return json.loads(Path(path).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report_validator():
    schema = load(ROOT / "schemas" / "report.schema.json")
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module")
def findings_validator():
    schema = load(ROOT / "schemas" / "findings.schema.json")
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_golden_files_match_the_expected_files():
    """tools/expected_to_report.py --check: the golden files are what the converter writes."""
    import subprocess
    import sys
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "expected_to_report.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_there_are_golden_reports():
    assert len(GOLDEN_REPORTS) >= 15


@pytest.mark.parametrize("path", GOLDEN_REPORTS, ids=lambda p: p.name)
def test_golden_report_is_valid(report_validator, path):
    errors = [e.message for e in report_validator.iter_errors(load(path))]
    assert errors == []


def test_array_of_reports_is_valid(report_validator):
    reports = [load(p) for p in GOLDEN_REPORTS]
    schema = dict(report_validator.schema)
    schema["$ref"] = "#/$defs/reports"
    jsonschema.Draft202012Validator(schema).validate(reports)


def test_findings_example_is_valid(findings_validator):
    findings = load(GOLDEN / "findings_example.json")
    assert len(findings) >= 2
    findings_validator.validate(findings)


def test_report_diagnostics_use_the_finding_schema(report_validator):
    doc = load(GOLDEN / "c01.report.json")
    doc["diagnostics"] = load(GOLDEN / "findings_example.json")
    report_validator.validate(doc)
    doc["diagnostics"][0]["severity"] = "fatal"
    assert not report_validator.is_valid(doc)


def broken(name, change):
    doc = load(GOLDEN / name)
    change(doc)
    return doc


@pytest.mark.parametrize("name,change", [
    ("c01.report.json", lambda d: d.__setitem__("extra", 1)),
    ("c01.report.json", lambda d: d["applications"]["disclosed"].pop("total")),
    # A 2021 table may hold the single （六）其他处理 row (see below), but only as a row.
    ("c01.report.json", lambda d: d["applications"].__setitem__("other_handling", "none")),
    ("c03.report.json", lambda d: d["applications"].__setitem__(
        "other_other", copy.deepcopy(d["applications"]["disclosed"]))),
    ("c01.report.json", lambda d: d.__setitem__("format", "2019")),
    ("c01.report.json", lambda d: d.__setitem__("format", "2020")),
    ("c01.report.json", lambda d: d["applications"]["disclosed"].__setitem__("total", "7")),
    ("c01.report.json", lambda d: d["applications"]["disclosed"].__setitem__("total", 1.5)),
    ("c01.report.json", lambda d: d["applications"]["disclosed"].__setitem__("total", 2**63)),
    ("c01.report.json", lambda d: d["article20"]["fees"].__setitem__(
        "amount", {"amount": 4068.208, "unit": "wan_yuan"})),
    ("c01.report.json", lambda d: d["article20"]["fees"].__setitem__(
        "amount", {"amount": "4068.208", "unit": "yuan_wan"})),
    ("c01.report.json", lambda d: d["article20"]["fees"].__setitem__(
        "amount", {"amount": "4,068", "unit": "wan_yuan"})),
    ("c03.report.json", lambda d: d["review_litigation"]["review"].__setitem__("upheld", "/")),
    ("c01.report.json", lambda d: d.pop("agency")),
    # The Hubei row 其他主动公开文件 is a 2019 row with the (一) columns, nothing else.
    ("c01.report.json", lambda d: d["article20"].__setitem__(
        "other_documents", copy.deepcopy(d["article20"]["regulations"]))),
    ("c03.report.json", lambda d: d["article20"].__setitem__(
        "other_documents", {"new_made": 1, "new_published": 1})),
])
def test_schema_rejects_bad_documents(report_validator, name, change):
    assert report_validator.is_valid(load(GOLDEN / name))
    assert not report_validator.is_valid(broken(name, change))


def test_a_2021_table_may_hold_the_single_other_row(report_validator):
    doc = load(GOLDEN / "c01.report.json")
    doc["applications"]["other_handling"] = copy.deepcopy(doc["applications"]["disclosed"])
    assert report_validator.is_valid(doc)
    assert govinfo.from_json(json.dumps(doc, ensure_ascii=False)).applications.other_handling


def test_a_2019_table_may_hold_the_provincial_row(report_validator):
    doc = load(GOLDEN / "c03.report.json")
    doc["article20"]["other_documents"] = {"new_made": 25, "new_published": 25,
                                           "total_published": 140}
    assert report_validator.is_valid(doc)
    r = govinfo.from_json(json.dumps(doc, ensure_ascii=False))
    assert r.article20.other_documents.total_published.value == 140
    doc["article20"]["other_documents"] = None
    assert report_validator.is_valid(doc)
    assert govinfo.from_json(json.dumps(doc, ensure_ascii=False)).article20.other_documents is None


def test_optional_keys_may_be_left_out_or_null(report_validator):
    doc = load(GOLDEN / "000_93777d88a2382c03.report.json")
    for key in ("year", "statistics_period", "title", "source", "first_line", "last_line",
                "tables_found", "sections", "diagnostics"):
        doc.pop(key)
    report_validator.validate(doc)
    doc["year"] = None
    doc["statistics_period"] = {"text": "2020年", "start": None, "end": None}
    report_validator.validate(doc)


def test_blank_and_not_applicable_cells_are_valid(report_validator):
    doc = load(GOLDEN / "c03.report.json")
    doc["applications"]["disclosed"]["total"] = None
    doc["applications"]["disclosed"]["other_org"] = "not_applicable"
    doc["article20"]["procurement"]["amount"] = "not_applicable"
    report_validator.validate(doc)
