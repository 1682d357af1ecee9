#pragma once
// The JSON document of a report (schemas/report.schema.json) and of findings
// (schemas/findings.schema.json). Boost.JSON stays inside src/: this header is plain strings.
//
// Cells: a count is a JSON integer, a blank cell null, a not-applicable cell the string
// "not_applicable". Money is {"amount": "10524.26475", "unit": "wan_yuan"}: the amount is a
// string so that its digits survive any JSON reader. Keys are the ids of labels.hpp.
#include <string>
#include <string_view>
#include <vector>

#include "govinfo/finding.hpp"
#include "govinfo/report.hpp"
#include "govinfo/result.hpp"

namespace govinfo {

struct JsonOptions {
    bool pretty = false;  // two-space indentation, one key per line
};

[[nodiscard]] std::string to_json(Report const& report, JsonOptions options = {});
[[nodiscard]] std::string to_json(std::vector<Report> const& reports, JsonOptions options = {});
[[nodiscard]] std::string to_json(std::vector<Finding> const& findings, JsonOptions options = {});

// Reads a report document. Rejects a document that is not exactly a report: wrong types,
// missing or unknown keys, ids that do not exist, rows that do not belong to the format. The
// error names the JSON path of the problem (Error::path, e.g. "/applications/disclosed/total").
Result<Report> try_report_from_json(std::string_view json);
// A JSON array of report documents.
Result<std::vector<Report>> try_reports_from_json(std::string_view json);
Result<std::vector<Finding>> try_findings_from_json(std::string_view json);

// Throwing twins: the value, or govinfo::Exception carrying the Error.
[[nodiscard]] Report report_from_json(std::string_view json);
[[nodiscard]] std::vector<Report> reports_from_json(std::string_view json);
[[nodiscard]] std::vector<Finding> findings_from_json(std::string_view json);
// The name report_from_json had before try_/throwing names were made uniform (issue 17).
[[deprecated("use report_from_json")]] [[nodiscard]] Report from_json(std::string_view json);

}  // namespace govinfo
