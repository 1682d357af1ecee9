#!/usr/bin/python3
"""Write schemas/report.schema.json and schemas/findings.schema.json (JSON Schema 2020-12).

The schemas describe the documents of src/json.cpp (docs/json.md). Every id list below is read
from the built Python module, whose enums and taxonomy come from the Boost.Describe
descriptions of include/govinfo/*.hpp (taxonomy.hpp), so the schemas repeat nothing by hand;
tests/test_json.cpp still checks that every enum in the schema lists exactly the C++ ids.

    PYTHONPATH=build/ci/python /usr/bin/python3 tools/make_schemas.py
"""

import json
from pathlib import Path

import govinfo

ROOT = Path(__file__).resolve().parent.parent

INT64 = {"type": "integer", "minimum": -(2**63), "maximum": 2**63 - 1}
INT32 = {"type": "integer", "minimum": -(2**31), "maximum": 2**31 - 1}
UINT32 = {"type": "integer", "minimum": 0, "maximum": 2**32 - 1}


def ids(values):
    return [v.id for v in values]


def members(enum):
    return ids(enum.__members__.values())


FORMATS = {f.id: f for f in (govinfo.FormatVersion.v2019, govinfo.FormatVersion.v2021)}
APPLICANT_COLUMNS = ids(govinfo.all_applicant_columns())
ROWS = {key: ids(govinfo.application_rows(f)) for key, f in FORMATS.items()}
ARTICLE20 = {key: [(r.id, ids(govinfo.article20_columns(f, r)))
                   for r in govinfo.article20_rows(f)]
             for key, f in sorted(FORMATS.items(), reverse=True)}  # 2021 first, as written
REVIEW_GROUPS = ids(govinfo.review_groups())
REVIEW_COLUMNS = ids(govinfo.review_columns())

ENUMS = {
    "money_unit": members(govinfo.MoneyUnit),
    "severity": members(govinfo.Severity),
    "table_kind": members(govinfo.TableKind),
    "cell_origin": members(govinfo.CellOrigin),
    "finding_code": members(govinfo.FindingCode),
}


def obj(properties, required=None):
    return {"type": "object", "properties": properties,
            "required": list(properties) if required is None else required,
            "additionalProperties": False}


def ref(name):
    return {"$ref": f"#/$defs/{name}"}


def nullable(schema):
    return {"oneOf": [schema, {"type": "null"}]}


def enum(name):
    return {"type": "string", "enum": ENUMS[name]}


BOX = obj({"left": {"type": "number"}, "top": {"type": "number"},
            "right": {"type": "number"}, "bottom": {"type": "number"}})

FINDING = obj({
    "code": ref("finding_code"), "severity": ref("severity"), "evaluable": {"type": "boolean"},
    "table": ref("table_kind"), "row": {"type": "string"}, "column": {"type": "string"},
    "expected": {"type": "string"}, "actual": {"type": "string"},
    "message": {"type": "string"}, "line": UINT32, "page": UINT32, "box": nullable(BOX),
    "year": nullable(INT32), "previous_year": nullable(INT32),
    "occurrences": dict(UINT32, minimum=1),
    "more_lines": {"type": "array", "items": UINT32, "maxItems": 9}},
    required=["code", "severity", "evaluable", "table", "row", "column", "expected", "actual",
              "message", "line"])


def report_schema():
    defs = {
        "count": {
            "description": "A count cell: an integer, null for a blank cell, or "
                           "\"not_applicable\" for /, - or —.",
            "oneOf": [INT64, {"type": "null"}, {"const": "not_applicable"}]},
        "money": {
            "description": "A money cell: {amount, unit}, null for blank, or \"not_applicable\". "
                           "The amount is a string so that its digits survive.",
            "oneOf": [obj({"amount": {"type": "string",
                                      "pattern": "^[+-]?[0-9]+(\\.[0-9]{1,18})?$"},
                           "unit": ref("money_unit")}),
                      {"type": "null"}, {"const": "not_applicable"}]},
        "money_unit": enum("money_unit"),
        "severity": enum("severity"),
        "table_kind": enum("table_kind"),
        "finding_code": enum("finding_code"),
        "finding": FINDING,
        "cell_origin": enum("cell_origin"),
        "cell_provenance": obj({"table": ref("table_kind"), "row": {"type": "string"},
                                "column": {"type": "string"}, "how": ref("cell_origin"),
                                "detail": {"type": "string"}}),
        "date": obj({"year": INT32, "month": INT32, "day": INT32}),
        "statistics_period": obj({"text": {"type": "string"}, "start": nullable(ref("date")),
                                  "end": nullable(ref("date"))}, required=["text"]),
        "table_location": obj({"table": ref("table_kind"), "first_line": UINT32,
                               "last_line": UINT32}),
        "section": obj({"number": INT32, "heading": {"type": "string"},
                        "text": {"type": "string"}, "first_line": UINT32}),
        "applicant_row": obj({c: ref("count") for c in APPLICANT_COLUMNS}),
        "review_outcomes": obj({c: ref("count") for c in REVIEW_COLUMNS}),
        "review_litigation": obj({g: ref("review_outcomes") for g in REVIEW_GROUPS}),
    }
    variants = []
    for fmt in ("2019", "2021"):
        rows = {r: ref("applicant_row") for r in ROWS[fmt]}
        required = list(rows)
        if fmt == "2021":
            # The single （六）其他处理 row some 2021 reports print, before the sub-rows.
            at = ROWS[fmt].index("other_no_correction")
            rows = dict(list(rows.items())[:at] + [("other_handling", ref("applicant_row"))] +
                        list(rows.items())[at:])
        defs[f"applications_{fmt}"] = obj(rows, required=required)
        a20 = {row: obj({c: ref("money" if c == "amount" else "count") for c in cols})
               for row, cols in ARTICLE20[fmt]}
        a20_required = list(a20)
        if fmt == "2019":
            # The Hubei template's non-statutory row 其他主动公开文件, after normative_documents,
            # present only when the report printed it.
            items = list(a20.items())
            a20 = dict(items[:2] + [("other_documents", nullable(a20["normative_documents"]))] +
                       items[2:])
        defs[f"article20_{fmt}"] = obj(a20, required=a20_required)
        defs[f"report_{fmt}"] = obj({
            "format": {"const": fmt},
            "agency": {"type": "string"},
            "year": nullable(INT32),
            "statistics_period": nullable(ref("statistics_period")),
            "title": {"type": "string"},
            "source": {"type": "string"},
            "first_line": UINT32,
            "last_line": UINT32,
            "tables_found": {"type": "array", "items": ref("table_location")},
            "article20": ref(f"article20_{fmt}"),
            "applications": ref(f"applications_{fmt}"),
            "review_litigation": ref("review_litigation"),
            "sections": {"type": "array", "items": ref("section")},
            "diagnostics": {"type": "array", "items": ref("finding")},
            "provenance": {"type": "array", "items": ref("cell_provenance")},
        }, required=["format", "agency", "article20", "applications", "review_litigation"])
        variants.append(ref(f"report_{fmt}"))
    defs["report"] = {"oneOf": variants}
    defs["reports"] = {"description": "An array of report documents (to_json of a vector).",
                       "type": "array", "items": ref("report")}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:govinfo:schema:report",
        "title": "govinfo report",
        "description": "One 政府信息公开工作年度报告 as written by govinfo::to_json (docs/json.md). "
                       "The format key (\"2019\" or \"2021\") decides which Article 20 tables and "
                       "application rows the document has. $defs/reports describes an array of "
                       "reports.",
        "$ref": "#/$defs/report",
        "$defs": defs,
    }


def findings_schema():
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:govinfo:schema:findings",
        "title": "govinfo findings",
        "description": "An array of findings as written by govinfo::to_json (docs/json.md).",
        "type": "array",
        "items": ref("finding"),
        "$defs": {"finding": FINDING, "finding_code": enum("finding_code"),
                  "severity": enum("severity"), "table_kind": enum("table_kind")},
    }


def main():
    for name, schema in (("report", report_schema()), ("findings", findings_schema())):
        path = ROOT / "schemas" / f"{name}.schema.json"
        path.write_text(json.dumps(schema, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
