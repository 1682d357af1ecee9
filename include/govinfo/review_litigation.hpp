#pragma once
// Section 四 of a report: 政府信息公开行政复议、行政诉讼情况. Identical in both formats: three
// groups of five cells, 15 in all, each group's 总计 the sum of its other four.
#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include "govinfo/cell.hpp"

namespace govinfo {

enum class ReviewGroup {
    review,                   // 行政复议
    litigation_direct,        // 行政诉讼 / 未经复议直接起诉
    litigation_after_review,  // 行政诉讼 / 复议后起诉
};
BOOST_DESCRIBE_ENUM(ReviewGroup, review, litigation_direct, litigation_after_review)

enum class ReviewColumn {
    upheld,     // 结果维持
    corrected,  // 结果纠正
    other,      // 其他结果
    pending,    // 尚未审结
    total,      // 总计
};
BOOST_DESCRIBE_ENUM(ReviewColumn, upheld, corrected, other, pending, total)

struct ReviewOutcomes {
    Cell upheld, corrected, other, pending, total;

    friend bool operator==(ReviewOutcomes const&, ReviewOutcomes const&) = default;
};
BOOST_DESCRIBE_STRUCT(ReviewOutcomes, (), (upheld, corrected, other, pending, total))

struct ReviewLitigationTable {
    ReviewOutcomes review, litigation_direct, litigation_after_review;

    friend bool operator==(ReviewLitigationTable const&, ReviewLitigationTable const&) = default;
};
BOOST_DESCRIBE_STRUCT(ReviewLitigationTable, (), (review, litigation_direct, litigation_after_review))

}  // namespace govinfo
