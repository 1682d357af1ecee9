#pragma once
// The rules every report must satisfy (docs/rules.md). validate() returns every finding at once.
#include <span>
#include <string_view>
#include <vector>

#include "govinfo/finding.hpp"
#include "govinfo/report.hpp"

namespace govinfo {

[[nodiscard]] std::vector<Finding> validate(Report const& report);

// One entry of the rule catalogue: what docs/rules.md documents for each code.
struct RuleInfo {
    FindingCode code;
    Severity severity;       // severity when the rule is violated
    std::string_view title;  // short English title
    std::string_view formula;  // e.g. "N + P = T + F (per column)"
};
std::span<RuleInfo const> rule_catalogue() noexcept;
RuleInfo const* find_rule(FindingCode code) noexcept;

}  // namespace govinfo
