#pragma once
// Narrative cross-checks: counts the text of a report states that its tables also hold.
// "共收到政府信息公开申请3件" should equal 一、本年新收 (or 一 + 二), a statement that every
// application was answered should meet 四、结转下年度 = 0, "现行有效行政规范性文件393件" should equal
// 现行有效件数, and so on (docs/rules.md, narrative_mismatch).
#include <vector>

#include "govinfo/finding.hpp"
#include "govinfo/report.hpp"

namespace govinfo {

// Reads Report::sections and returns one narrative_mismatch warning per statement whose count
// differs from the table. A statement whose table cells are all blank is not compared. Only
// statements in a few fixed wordings are read, so silence is not proof of agreement.
std::vector<Finding> check_narrative(Report const& report);

}  // namespace govinfo
