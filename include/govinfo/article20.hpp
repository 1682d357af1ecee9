#pragma once
// Section 二 of a report: the tables of Article 20 proactive disclosure. The 2019 and 2021
// formats count different things under similar labels (items vs decisions, item counts vs money;
// FORMAT.md §3.3), so they are two separate models and nothing maps one onto the other.
#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <optional>
#include <variant>

#include "govinfo/cell.hpp"
#include "govinfo/format_version.hpp"

namespace govinfo {

// Row ids of both formats. Which rows a format has: article20_rows(FormatVersion).
enum class Article20Row {
    regulations,          // 规章
    normative_documents,  // 行政规范性文件 (2021) / 规范性文件 (2019)
    licensing,            // 行政许可
    other_services,       // 其他对外管理服务事项 (2019 only)
    penalty,              // 行政处罚
    coercion,             // 行政强制
    fees,                 // 行政事业性收费
    procurement,          // 政府集中采购 (2019 only)
    other_documents,      // 其他主动公开文件: a provincial addition to 2019 (一), not statutory
};
BOOST_DESCRIBE_ENUM(Article20Row, regulations, normative_documents, licensing, other_services,
                    penalty, coercion, fees, procurement, other_documents)

// Column ids of both formats; article20_columns(FormatVersion, Article20Row) says which apply.
enum class Article20Column {
    issued,           // 本年制发件数 (2021)
    repealed,         // 本年废止件数 (2021)
    in_force,         // 现行有效件数 (2021)
    decisions,        // 本年处理决定数量 (2021) / 处理决定数量 (2019)
    amount,           // 本年收费金额（单位：万元） (2021 fees) / 采购总金额 (2019 procurement)
    new_made,         // 本年新制作数量 (2019)
    new_published,    // 本年新公开数量 (2019)
    total_published,  // 对外公开总数量 (2019)
    previous_items,   // 上一年项目数量 (2019)
    change,           // 本年增/减 (2019, signed)
    projects,         // 采购项目数量 (2019)
};
BOOST_DESCRIBE_ENUM(Article20Column, issued, repealed, in_force, decisions, amount, new_made,
                    new_published, total_published, previous_items, change, projects)

// ---- 2021 format (国办公开办函〔2021〕30号) ----

struct DocumentCounts2021 {  // 第二十条第（一）项
    Cell issued, repealed, in_force;

    friend bool operator==(DocumentCounts2021 const&, DocumentCounts2021 const&) = default;
};
BOOST_DESCRIBE_STRUCT(DocumentCounts2021, (), (issued, repealed, in_force))

struct DecisionCount2021 {  // 第二十条第（五）、（六）项
    Cell decisions;

    friend bool operator==(DecisionCount2021 const&, DecisionCount2021 const&) = default;
};
BOOST_DESCRIBE_STRUCT(DecisionCount2021, (), (decisions))

struct FeeAmount2021 {  // 第二十条第（八）项, always 万元 by the column label
    MoneyCell amount;

    friend bool operator==(FeeAmount2021 const&, FeeAmount2021 const&) = default;
};
BOOST_DESCRIBE_STRUCT(FeeAmount2021, (), (amount))

struct Article20v2021 {
    DocumentCounts2021 regulations, normative_documents;
    DecisionCount2021 licensing, penalty, coercion;
    FeeAmount2021 fees;

    friend bool operator==(Article20v2021 const&, Article20v2021 const&) = default;
};
BOOST_DESCRIBE_STRUCT(Article20v2021, (),
                      (regulations, normative_documents, licensing, penalty, coercion, fees))

// ---- 2019 format (国办公开办函〔2019〕60号) ----

struct DocumentCounts2019 {  // 第二十条第（一）项
    Cell new_made, new_published, total_published;

    friend bool operator==(DocumentCounts2019 const&, DocumentCounts2019 const&) = default;
};
BOOST_DESCRIBE_STRUCT(DocumentCounts2019, (), (new_made, new_published, total_published))

struct ItemCounts2019 {  // 第二十条第（五）、（六）项: catalogue items, their signed change, decisions
    Cell previous_items, change, decisions;

    friend bool operator==(ItemCounts2019 const&, ItemCounts2019 const&) = default;
};
BOOST_DESCRIBE_STRUCT(ItemCounts2019, (), (previous_items, change, decisions))

struct FeeItems2019 {  // 第二十条第（八）项: fee items, not money
    Cell previous_items, change;

    friend bool operator==(FeeItems2019 const&, FeeItems2019 const&) = default;
};
BOOST_DESCRIBE_STRUCT(FeeItems2019, (), (previous_items, change))

struct Procurement2019 {  // 第二十条第（九）项: the unit of 采购总金额 is whatever the cell says
    Cell projects;
    MoneyCell amount;

    friend bool operator==(Procurement2019 const&, Procurement2019 const&) = default;
};
BOOST_DESCRIBE_STRUCT(Procurement2019, (), (projects, amount))

struct Article20v2019 {
    DocumentCounts2019 regulations, normative_documents;
    // The Hubei provincial template (FORMAT.md §3.2, §10) adds a row 其他主动公开文件 to (一),
    // after 规范性文件. It is not statutory: held when the report printed it, so its values are
    // kept rather than reported as unplaced, but no check, sum or rollup uses it
    // (article20_rows(format) leaves it out; article20_rows(format, tables) lists it).
    std::optional<DocumentCounts2019> other_documents;
    ItemCounts2019 licensing, other_services, penalty, coercion;
    FeeItems2019 fees;
    Procurement2019 procurement;

    friend bool operator==(Article20v2019 const&, Article20v2019 const&) = default;
};
BOOST_DESCRIBE_STRUCT(Article20v2019, (),
                      (regulations, normative_documents, other_documents, licensing,
                       other_services, penalty, coercion, fees, procurement))

// The Article 20 tables of one report; the alternative held is the report's format version.
using Article20 = std::variant<Article20v2021, Article20v2019>;

constexpr FormatVersion format_of(Article20 const& a) noexcept {
    return a.index() == 0 ? FormatVersion::v2021 : FormatVersion::v2019;
}

}  // namespace govinfo
