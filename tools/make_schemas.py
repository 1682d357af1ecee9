#!/usr/bin/python3
"""Write schemas/report.schema.json and schemas/findings.schema.json (JSON Schema 2020-12).

The schemas describe the documents of src/json.cpp (docs/json.md). The ids below repeat the
enumerator names of include/govinfo/*.hpp; tests/test_json.cpp checks that every enum in the
schema lists exactly the C++ ids, so a rename on either side fails the suite.

    /usr/bin/python3 tools/make_schemas.py
"""

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

INT64 = {"type": "integer", "minimum": -(2**63), "maximum": 2**63 - 1}
INT32 = {"type": "integer", "minimum": -(2**31), "maximum": 2**31 - 1}
UINT32 = {"type": "integer", "minimum": 0, "maximum": 2**32 - 1}

APPLICANT_COLUMNS = ["natural_person", "commercial_enterprise", "research_institution",
                     "public_interest_org", "legal_service_org", "other_org", "total"]
COMMON_ROWS = [
    "new_received", "carried_over", "disclosed", "partially_disclosed",
    "withheld_state_secret", "withheld_prohibited_by_law", "withheld_security_stability",
    "withheld_third_party_rights", "withheld_internal_affairs", "withheld_process_info",
    "withheld_enforcement_file", "withheld_administrative_query", "unavailable_not_held",
    "unavailable_requires_creation", "unavailable_still_unclear", "declined_petition_complaint",
    "declined_duplicate", "declined_publication", "declined_excessive",
    "declined_confirm_or_reissue"]
ROWS = {
    "2019": COMMON_ROWS + ["other_handling", "outcome_total", "carried_forward"],
    "2021": COMMON_ROWS + ["other_no_correction", "other_fee_unpaid", "other_other",
                           "outcome_total", "carried_forward"],
}
ARTICLE20 = {
    "2021": [("regulations", ["issued", "repealed", "in_force"]),
             ("normative_documents", ["issued", "repealed", "in_force"]),
             ("licensing", ["decisions"]), ("penalty", ["decisions"]),
             ("coercion", ["decisions"]), ("fees", ["amount"])],
    "2019": [("regulations", ["new_made", "new_published", "total_published"]),
             ("normative_documents", ["new_made", "new_published", "total_published"]),
             ("licensing", ["previous_items", "change", "decisions"]),
             ("other_services", ["previous_items", "change", "decisions"]),
             ("penalty", ["previous_items", "change", "decisions"]),
             ("coercion", ["previous_items", "change", "decisions"]),
             ("fees", ["previous_items", "change"]),
             ("procurement", ["projects", "amount"])],
}
REVIEW_GROUPS = ["review", "litigation_direct", "litigation_after_review"]
REVIEW_COLUMNS = ["upheld", "corrected", "other", "pending", "total"]

ENUMS = {
    "money_unit": ["wan_yuan", "yuan", "unknown"],
    "severity": ["error", "warning", "info"],
    "table_kind": ["article20", "applications", "review_litigation", "report"],
    "cell_origin": ["placed_by_total", "split_glued_digits", "regrouped_by_total",
                    "chosen_by_evidence", "placed_by_order"],
    "finding_code": [
        "app_balance", "app_outcome_total", "app_row_total", "app_total_blank",
        "app_blank_cells", "rev_group_total", "rev_total_blank", "rev_blank_cells",
        "a20_published_exceeds_total", "a20_blank_cells", "cell_negative",
        "cell_not_applicable", "period_outside_year", "period_unreadable",
        "report_year_missing", "parse_table_missing", "parse_uncertain_cells",
        "parse_unplaced_line", "parse_label_variant", "parse_extra_cells",
        "parse_missing_cells", "parse_format_mismatch", "parse_bad_cell",
        "narrative_mismatch", "series_carry_over", "series_in_force",
        "series_previous_items", "series_missing_year", "rollup_mismatch",
        "parse_no_report", "parse_scanned_pdf", "parse_text_outside_page",
        "section_missing", "section_out_of_order", "section_problems_empty",
        "section_problems_repeated", "section_fees_silent", "section_year_mismatch",
        "section_copied", "reading_in_doubt", "app_other_subtotal",
        "narrative_reading"],
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
