#include "parse/evidence.hpp"

#include <algorithm>
#include <array>

#include "govinfo/cell_address.hpp"
#include "govinfo/finding_builder.hpp"
#include "govinfo/labels.hpp"

namespace govinfo::detail {
namespace {

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

struct Verb {
    std::string_view word;
    Article20Column v2021, v2019;
};
// Article20Column::amount marks "no such cell in that format".
constexpr std::array verbs{
    Verb{"现行有效", Article20Column::in_force, Article20Column::amount},
    Verb{"废止", Article20Column::repealed, Article20Column::amount},
    Verb{"新公开", Article20Column::amount, Article20Column::new_published},
    Verb{"制发", Article20Column::issued, Article20Column::new_made},
    Verb{"制作", Article20Column::issued, Article20Column::new_made},
    Verb{"印发", Article20Column::issued, Article20Column::new_made},
    Verb{"出台", Article20Column::issued, Article20Column::new_made},
    Verb{"制定", Article20Column::issued, Article20Column::new_made},
};

// Words that may stand between the verb and the label: "制发的行政规范性文件", "废止了规章".
constexpr std::size_t max_gap = 3 * 3;  // three Chinese characters

std::string_view without_prefix(std::string_view s, std::string_view p) {
    return s.starts_with(p) ? s.substr(p.size()) : s;
}

}  // namespace

std::vector<StatedCount> stated_article20_counts(std::string_view text, FormatVersion format) {
    std::vector<StatedCount> out;
    struct Key {
        std::string_view word;
        Article20Row row;
    };
    for (Key const key : {Key{"规范性文件", Article20Row::normative_documents},
                          Key{"规章", Article20Row::regulations}}) {
        for (std::size_t at = text.find(key.word); at != std::string_view::npos;
             at = text.find(key.word, at + 1)) {
            // The count: "规范性文件5件", "规范性文件共5件".
            std::size_t p = at + key.word.size();
            std::string_view rest = without_prefix(text.substr(p), "共");
            p = text.size() - rest.size();
            std::size_t q = p;
            while (q < text.size() && is_digit(text[q]) && q - p < 12) ++q;
            if (q == p || q - p >= 12 || !text.substr(q).starts_with("件")) continue;
            // The verb: the nearest one before the label, at most max_gap bytes before it.
            std::size_t const from = at > 12 * 3 ? at - 12 * 3 : 0;
            std::string_view const before = text.substr(from, at - from);
            Verb const* verb = nullptr;
            std::size_t verb_end = 0;
            for (Verb const& v : verbs) {
                std::size_t const f = before.rfind(v.word);
                if (f == std::string_view::npos) continue;
                std::size_t const end = f + v.word.size();
                if (before.size() - end > max_gap) continue;
                if (!verb || end > verb_end) verb = &v, verb_end = end;
            }
            if (!verb) continue;
            Article20Column const column = format == FormatVersion::v2021 ? verb->v2021 : verb->v2019;
            if (column == Article20Column::amount) continue;
            std::size_t const start = from + verb_end - verb->word.size();
            StatedCount s;
            s.row = key.row;
            s.column = column;
            s.value = std::stoll(std::string(text.substr(p, q - p)));
            s.quote = std::string(text.substr(start, q + std::string_view("件").size() - start));
            s.pos = start;
            out.push_back(std::move(s));
        }
    }
    std::sort(out.begin(), out.end(),
              [](StatedCount const& a, StatedCount const& b) { return a.pos < b.pos; });
    return out;
}

Finding choice_finding(EvidenceChoice const& c) {
    std::vector<CellAddress> cells;
    for (auto const col : c.columns) cells.emplace_back(c.row, col);
    std::string candidates;
    for (auto const& s : c.candidates) candidates += (candidates.empty() ? "" : " or ") + s;
    return FindingBuilder(FindingCode::parse_uncertain_cells, Severity::info)
        .at_cells(CellAddress(c.row), cells)
        .expected(std::move(candidates))
        .actual(c.chosen)
        .line(c.line)
        .message("“" + c.row_label + "”：数字“" + c.digits + "”可按 " +
                 std::to_string(c.candidates.size()) + " 种方式拆分且都满足本表勾稽关系；" +
                 (c.source == EvidenceChoice::Source::narrative ? "报告文字" : "相邻年度报告") +
                 "（" + c.evidence + "）只与其中一种相符，按此取 " + c.chosen)
        .build();
}

}  // namespace govinfo::detail
