#pragma once
// Internal: evidence outside a table that may settle glued digits the table's own identities
// left undecided (a row that splits several ways, each satisfying them). Evidence only ever
// picks AMONG those splits, and only when it leaves exactly one: a count the narrative states
// that is no candidate (the narrative can be wrong: c06 says 393 where its table has 470) is
// ignored, and two statements that disagree decide nothing.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "govinfo/article20.hpp"
#include "govinfo/finding.hpp"
#include "govinfo/format_version.hpp"

namespace govinfo::detail {

// "制发规范性文件5件", "现行有效行政规范性文件393件", "废止规章2件": a count the narrative gives
// for one Article 20 document cell. 2021: 制发/印发/出台/制定 → 本年制发件数, 废止 → 本年废止件数,
// 现行有效 → 现行有效件数; 2019: 制发/制作/印发/出台/制定 → 本年新制作数量, 新公开 → 本年新公开数量.
struct StatedCount {
    Article20Row row;
    Article20Column column;
    std::int64_t value = 0;
    std::string quote;    // the statement as printed, for the finding
    std::size_t pos = 0;  // byte offset of the statement in the text
};

// Every such statement in `text`, in order. A label followed by digits and no 件 (a glued table
// row: "规范性文件77132470第二十条") is no statement.
std::vector<StatedCount> stated_article20_counts(std::string_view text, FormatVersion format);

// One way of reading a row's digits: its counts, in the order of the row's columns.
using CountSplit = std::vector<std::int64_t>;

// The candidate every evidence that matches any candidate agrees with, when exactly one does:
// `agrees(k, e)` says whether candidate k satisfies evidence e (of `evidence_count`), and
// evidence no candidate satisfies is set aside. Also returns which evidence was used.
struct EvidencePick {
    std::size_t candidate = 0;
    std::vector<std::size_t> used;
};
template <class Agrees>
std::optional<EvidencePick> pick_candidate(std::size_t candidates, std::size_t evidence_count,
                                           Agrees agrees) {
    std::vector<bool> alive(candidates, true);
    EvidencePick pick;
    for (std::size_t e = 0; e < evidence_count; ++e) {
        bool any = false;
        for (std::size_t k = 0; k < candidates; ++k) any = any || agrees(k, e);
        if (!any) continue;  // no candidate says so: this evidence is wrong or about another cell
        pick.used.push_back(e);
        for (std::size_t k = 0; k < candidates; ++k) alive[k] = alive[k] && agrees(k, e);
    }
    std::size_t left = 0;
    for (std::size_t k = 0; k < candidates; ++k)
        if (alive[k]) ++left, pick.candidate = k;
    if (pick.used.empty() || left != 1) return std::nullopt;
    return pick;
}

// How a row of glued digits was decided by evidence, kept apart from the cells so that a
// provenance record of the model can take it over; today it is written as an info finding
// (parse_uncertain_cells, severity info) naming the split chosen, the candidates and the
// evidence.
struct EvidenceChoice {
    enum class Source { narrative, neighbouring_years };
    Article20Row row;
    std::vector<Article20Column> columns;  // the cells decided
    std::string row_label;
    std::string digits;                    // as printed
    std::vector<std::string> candidates;   // every split the identities allowed, "a|b|c"
    std::string chosen;                    // the one the evidence picked
    Source source = Source::narrative;
    std::string evidence;                  // the statements or the neighbouring years' cells
    std::uint32_t line = 0;
};

Finding choice_finding(EvidenceChoice const& choice);

}  // namespace govinfo::detail
