#include "parse/glued.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cstring>
#include <span>
#include <string>
#include <utility>
#include <variant>
#include <optional>

#include "govinfo/cells.hpp"
#include "govinfo/cell_address.hpp"
#include "govinfo/finding_builder.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/taxonomy.hpp"
#include "parse/evidence.hpp"
#include "parse/label_match.hpp"
#include "parse/numbers.hpp"
#include "parse/split_cells.hpp"
#include "parse/split_digits.hpp"
#include "parse/split_table.hpp"
#include "parse/table_read.hpp"
#include "parse/tables.hpp"
#include "text/normalize.hpp"
#include "text/search.hpp"
#include "text/swar.hpp"
#include "text/utf8.hpp"

namespace govinfo::detail {
namespace {

// ---------------------------------------------------------------------------------------------
bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

std::size_t skip_spaces(std::string_view s, std::size_t pos) noexcept {
    while (pos < s.size() && s[pos] == ' ') ++pos;
    return pos;
}

// ---------------------------------------------------------------------------------------------
// Context shared by the three table readers. Each returns what it read as a TableRead
// (table_read.hpp); read_glued_tables merges them into the report.

struct Reader {
    std::string text;  // folded
    std::uint32_t first_line;
    FormatVersion format;

    std::vector<std::size_t> newlines;  // offsets of every '\n' in `text`, ascending

    // Counting the newlines before `pos` once per finding rescanned the report each time; the
    // offsets are collected once and the count is a binary search.
    void index_lines() {
        for (std::size_t p = text.find('\n'); p != std::string::npos; p = text.find('\n', p + 1))
            newlines.push_back(p);
    }

    std::uint32_t line_at(std::size_t pos) const {
        auto const before =
            std::lower_bound(newlines.begin(), newlines.end(), std::min(pos, text.size()));
        return first_line + static_cast<std::uint32_t>(before - newlines.begin());
    }

    TableLocation location(TableKind t, std::size_t first, std::size_t last) const {
        return {t, line_at(first), line_at(last)};
    }

    Finding uncertain(TableKind t, std::string row, std::string_view row_label, std::string printed,
                   std::vector<std::string> const& candidates, bool complete,
                   std::vector<std::string> const& blank_columns, std::size_t pos,
                   std::string why) const {
        // A column of `row`, or "group.column" where the finding is about the whole table.
        std::vector<CellAddress> blank;
        for (std::string_view c : blank_columns) {
            std::size_t const dot = row.empty() ? c.find('.') : std::string_view::npos;
            blank.push_back(dot == std::string_view::npos
                                ? CellAddress::from_ids(t, row, c)
                                : CellAddress::from_ids(t, c.substr(0, dot), c.substr(dot + 1)));
        }
        std::string expected;
        if (!candidates.empty() && candidates.size() <= 6) {
            for (auto const& c : candidates) {
                if (!expected.empty()) expected += " or ";
                expected += c;
            }
        } else if (!candidates.empty()) {
            expected = std::to_string(candidates.size()) + (complete ? "" : "+") + " splits";
        }
        std::string message = "“" + std::string(row_label) + "”：" + why;
        if (!printed.empty()) message += "（数字“" + printed + "”）";
        if (!expected.empty()) message += "；候选拆分：" + expected;
        message += blank_columns.empty() ? "" : "；无法确定的单元格留空";
        FindingBuilder f(FindingCode::parse_uncertain_cells, Severity::warning);
        if (row.empty()) f.at_cells(t, blank);
        else f.at_cells(CellAddress::from_ids(t, row, ""), blank);
        return f.expected(std::move(expected))
            .actual(std::move(printed))
            .line(line_at(pos))
            .message(std::move(message))
            .build();
    }
};

// Why a row stayed undecided, in words.
std::string why_undecided(std::size_t candidates, bool complete, std::size_t cells) {
    if (!complete) return "数字串过长，无法可靠地拆分为 " + std::to_string(cells) + " 个单元格";
    if (candidates == 0)
        return "数字无法拆分为满足本表勾稽关系的 " + std::to_string(cells) + " 个单元格";
    return "数字可按 " + std::to_string(candidates) + " 种方式拆分为 " + std::to_string(cells) +
           " 个单元格，且都满足本表勾稽关系";
}

// Records the cells of a glued run whose digits could be cut in more than one place: their values
// come from the split the table's identities allowed, not from the digits alone.
void note_split(std::vector<CellProvenance>& provenance, TableKind table, std::string_view row,
                std::string_view column, std::string_view printed, std::size_t cells,
                std::size_t candidates) {
    if (digits_of(printed).size() <= cells) return;  // one digit per cell: nothing was chosen
    note_origin(provenance, table, row, column, CellOrigin::split_glued_digits,
                "数字“" + std::string(printed) + "”连在一起，按本表勾稽关系拆分为 " +
                    std::to_string(cells) + " 个单元格" +
                    (candidates > 1 ? "（" + std::to_string(candidates) + " 种候选中各候选在此格一致）"
                                    : ""));
}

// A label followed, after `skip`, by optional spaces and a character accepted by `starts_run`.
// Returns the position just after the label (and what `skip` consumed), or npos; `*start`, when
// given, receives where that occurrence of `key` begins.
template <class Skip, class Starts>
std::size_t find_label(std::string_view text, std::string_view key, std::size_t from,
                       std::size_t limit, Skip skip, Starts starts_run,
                       std::size_t* start = nullptr) {
    // Only a label starting before `limit` counts, so the search need not look further: a
    // missing row then costs its window, not the rest of the report.
    std::string_view const hay = text.substr(0, std::min(limit, text.size()) + key.size());
    std::size_t pos = from;
    while (true) {
        pos = find_from(hay, key, pos);
        if (pos == std::string_view::npos || pos >= limit) return std::string_view::npos;
        std::size_t const end = skip(text, pos + key.size());
        std::size_t const run = skip_spaces(text, end);
        if (run < text.size() && starts_run(text.substr(run))) {
            if (start) *start = pos;
            return end;
        }
        pos += key.size();
    }
}

std::size_t no_skip(std::string_view, std::size_t pos) { return pos; }

// After a label: a closing quote (危及“三安全一稳定”), the parenthetical of （二）部分公开 or a
// provincial note (规章（设区的市、自治州人民政府应提供相关数据）).
std::size_t skip_label_tail(std::string_view text, std::size_t pos) {
    for (auto q : {std::string_view("\""), std::string_view("」"), std::string_view("'")}) {
        if (text.substr(pos, q.size()) == q) return pos + q.size();
    }
    std::size_t const p = skip_spaces(text, pos);
    if (p < text.size() && text[p] == '(') {
        auto const close = text.find(')', p);
        // Only a short parenthetical belongs to the label.
        if (close != std::string_view::npos && close - p < 120) return close + 1;
    }
    return pos;
}


// What follows the first `key` in [from, limit) (after `skip`) when it is no run of digits but
// may be a cell written otherwise ("约69", "(69)", "六十九", "NaN"): the characters up to the
// next hanzi that is neither a numeral nor a word of approximation or unit, or up to an opening
// bracket after the first character (the next label's numbering, "(三)"), at most 12 of them.
// Empty when the label is not there or nothing count-like follows it. The row then says what it
// found instead of only "no number after the label".
template <class Skip>
std::string text_after_label(std::string_view text, std::string_view key, std::size_t from,
                             std::size_t limit, Skip skip) {
    std::string_view const hay = text.substr(0, std::min(limit, text.size()) + key.size());
    std::size_t const at = find_from(hay, key, from);
    if (at == std::string_view::npos || at >= limit) return {};
    std::size_t const begin = skip_spaces(text, skip(text, at + key.size()));
    std::size_t i = begin, end = begin;
    for (int n = 0; n < 12 && i < text.size(); ++n) {
        char32_t const cp = next_code_point(text, i);
        bool const word = may_start_count_in_words(cp) ||
                          std::u32string_view(U"余多左右以上下件个项条为过足到干").find(cp) !=
                              std::u32string_view::npos;
        if ((is_cjk(cp) && !word) || cp == '\n' || (cp == '(' && end > begin)) break;
        end = i;
    }
    std::string_view const quote = trim(text.substr(begin, end - begin));
    return read_cell(quote).kind == CellKind::text ? std::string() : std::string(quote);
}

// ---------------------------------------------------------------------------------------------
// Article 20.

PieceKind kind_of(Article20Column c) noexcept {
    switch (c) {
        case Article20Column::change: return PieceKind::signed_count;
        case Article20Column::amount: return PieceKind::money;
        default: return PieceKind::count;
    }
}

std::optional<std::int64_t> parse_count(std::string_view piece) {
    for (auto u : {std::string_view("件"), std::string_view("个"), std::string_view("项"),
                   std::string_view("条")})
        if (piece.size() > u.size() && piece.substr(piece.size() - u.size()) == u)
            piece.remove_suffix(u.size());
    bool negative = false;
    if (!piece.empty() && (piece[0] == '+' || piece[0] == '-')) {
        negative = piece[0] == '-';
        piece.remove_prefix(1);
    }
    std::int64_t v = 0;
    auto const [p, ec] = std::from_chars(piece.data(), piece.data() + piece.size(), v);
    if (ec != std::errc{} || p != piece.data() + piece.size()) return std::nullopt;
    // A second sign ("--5") or a number beyond max_count is no count: the split is not taken.
    if (v < 0 || v > max_count) return std::nullopt;
    return negative ? -v : v;
}

std::optional<MoneyCell> parse_money(std::string_view piece, MoneyUnit default_unit) {
    MoneyUnit unit = default_unit;
    if (piece.ends_with("万元")) {
        unit = MoneyUnit::wan_yuan;
        piece.remove_suffix(std::string_view("万元").size());
    } else if (piece.ends_with("元")) {
        unit = MoneyUnit::yuan;
        piece.remove_suffix(std::string_view("元").size());
    }
    auto const d = Decimal::try_parse(piece);
    if (!d) return std::nullopt;
    return MoneyCell::of(*d, unit);
}

using A20Value = std::variant<Cell, MoneyCell>;

struct A20Row {
    Article20Row row;
    std::vector<Article20Column> columns;
    std::vector<std::vector<A20Value>> candidates;
    std::vector<std::size_t> kept;  // for each candidate, its split's index (printed if undecided)
    bool complete = true;
};

void set_article20(Article20& a, Article20Row r, Article20Column c, A20Value const& v) {
    if (!hold_article20_row(a, r)) return;
    auto const ref = article20_cell(a, r, c);
    if (!ref) return;
    if (auto* const* cell = std::get_if<Cell*>(&*ref); cell && std::holds_alternative<Cell>(v))
        **cell = std::get<Cell>(v);
    if (auto* const* money = std::get_if<MoneyCell*>(&*ref);
        money && std::holds_alternative<MoneyCell>(v))
        **money = std::get<MoneyCell>(v);
}

std::optional<std::int64_t> count_in(std::vector<A20Value> const& cand,
                                     std::vector<Article20Column> const& cols, Article20Column c) {
    for (std::size_t i = 0; i < cols.size(); ++i)
        if (cols[i] == c) return std::get<Cell>(cand[i]).get();
    return std::nullopt;
}

// Sound evidence about a split of an Article 20 row, beyond being well formed.
bool plausible(FormatVersion f, A20Row const& row, std::vector<A20Value> const& cand) {
    if (f == FormatVersion::v2019 && (row.row == Article20Row::regulations ||
                                      row.row == Article20Row::normative_documents ||
                                      row.row == Article20Row::other_documents)) {
        // 本年新公开数量 <= 对外公开总数量 (FORMAT.md §3.4): this year's new publications are
        // among all published ones.
        auto const pub = count_in(cand, row.columns, Article20Column::new_published);
        auto const total = count_in(cand, row.columns, Article20Column::total_published);
        if (pub && total && *pub > *total) return false;
    }
    return true;
}

// Where the Article 20 rows are searched from. The narrative before the tables often names a
// row label followed by a count ("制发规范性文件798件", "办理行政许可2300件"), and may cite
// "《条例》第二十条" too; the header of the first table, its first column label, is what the
// narrative does not print. Without it, the first "第二十条" caption; without that, the start.
std::size_t article20_start(std::string_view text, std::size_t limit) {
    // Only a heading before `limit` counts, so each search stops there.
    auto const first = [&](std::string_view key) {
        auto const pos = find_from(text.substr(0, std::min(limit, text.size()) + key.size()), key, 0);
        return pos == std::string_view::npos || pos >= limit ? std::string_view::npos : pos;
    };
    std::size_t const v2019 = first("本年新制作数量"), v2021 = first("本年制发件数");
    if (v2019 != std::string_view::npos || v2021 != std::string_view::npos)
        return std::min(v2019, v2021);
    auto const caption = first("第二十条");
    return caption == std::string_view::npos ? 0 : caption;
}

// A one-cell Article 20 row whose label is followed by `quote` instead of digits: 零 or 无 is 0
// (as in a table cell), a cell that holds no count ("约69", "六十九") is quoted in a
// parse_bad_cell finding. False when the quote is neither (the caller reports the row).
bool read_single_cell(Reader const& rd, Article20Read& out, Article20Row r, Article20Column c,
                      std::string const& quote, std::size_t pos) {
    CellRead const read = read_cell(quote);
    if (read.kind == CellKind::number && read.number.scale == 0 && kind_of(c) != PieceKind::money) {
        set_article20(out.cells, r, c, A20Value{Cell::of(read.number.units)});
        return true;
    }
    if (read.kind != CellKind::bad) return false;
    out.findings.push_back(
        FindingBuilder(FindingCode::parse_bad_cell, severity_of(read.unreadable))
            .at(CellAddress(r, c))
            .line(rd.line_at(pos))
            .message((kind_of(c) == PieceKind::money ? "金额单元格“" : "单元格“") + quote + "”" +
                     why_text(read.unreadable) + "，按空白处理")
            .build());
    return true;
}

}  // namespace

std::optional<std::vector<CountSplit>> article20_count_splits(std::string_view printed,
                                                              FormatVersion format,
                                                              Article20Row r) {
    auto const cols = article20_columns(format, r);
    A20Row row{r, {cols.begin(), cols.end()}, {}, {}, true};
    std::vector<PieceKind> kinds;
    for (auto c : row.columns) {
        if (kind_of(c) == PieceKind::money) return std::nullopt;
        kinds.push_back(kind_of(c));
    }
    auto const splits = split_typed(printed, kinds);
    if (!splits.complete) return std::nullopt;
    std::vector<CountSplit> out;
    for (auto const& pieces : splits.candidates) {
        std::vector<A20Value> values;
        CountSplit counts;
        for (auto const& piece : pieces)
            if (auto v = parse_count(piece)) {
                values.emplace_back(Cell::of(*v));
                counts.push_back(*v);
            }
        if (values.size() != pieces.size() || !plausible(format, row, values)) continue;
        out.push_back(std::move(counts));
    }
    return out;
}

namespace {

// The split the narrative's statements (evidence.hpp) pick among the row's candidates, with the
// statements used written into `evidence`.
std::optional<std::size_t> narrative_pick(A20Row const& row, std::vector<StatedCount> const& stated,
                                          std::string& evidence) {
    std::vector<StatedCount const*> about;
    for (auto const& s : stated)
        if (s.row == row.row &&
            std::find(row.columns.begin(), row.columns.end(), s.column) != row.columns.end())
            about.push_back(&s);
    auto const pick = pick_candidate(row.candidates.size(), about.size(), [&](std::size_t k, std::size_t e) {
        return count_in(row.candidates[k], row.columns, about[e]->column) == about[e]->value;
    });
    if (!pick) return std::nullopt;
    for (auto const e : pick->used)
        evidence += (evidence.empty() ? "“" : "、“") + about[e]->quote + "”";
    return pick->candidate;
}

// Digits between one Article 20 row's run and the next row's label belong to no row the reader
// knows (a row printed without a label it reads): said in a finding, never dropped.
void report_stray_digits(Reader const& rd, std::vector<Finding>& findings, std::size_t from,
                         std::size_t to) {
    std::string_view const gap = std::string_view(rd.text).substr(from, to > from ? to - from : 0);
    std::string runs;
    std::size_t first = std::string_view::npos, count = 0;
    for (std::size_t i = 0; i < gap.size();) {
        if (!is_digit(gap[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < gap.size() && is_digit(gap[j])) ++j;
        if (first == std::string_view::npos) first = i;
        if (++count <= 5) runs += (runs.empty() ? "" : " ") + std::string(gap.substr(i, j - i));
        i = j;
    }
    if (first == std::string_view::npos) return;
    std::string const digits = runs + (count > 5 ? " …" : "");
    findings.push_back(
        FindingBuilder(FindingCode::parse_unplaced_line, Severity::warning)
            .at(CellAddress(TableKind::article20))
            .line(rd.line_at(from + first))
            .actual(digits)
            .message("主动公开情况表两行之间有无法归入任何一行的数字：" + digits)
            .build());
}

// The key an Article 20 row's label is searched by: 规范性文件 also finds 行政规范性文件, so a
// 2021 table printing the 2019 label still reads.
std::string_view article20_key(Article20Row r, FormatVersion format) {
    return r == Article20Row::normative_documents ? std::string_view("规范性文件") : label(r, format);
}

// What may begin an Article 20 row's run: a digit, a sign, or "/" and "—" (not applicable).
bool starts_article20_run(std::string_view s) {
    return !s.empty() &&
           (is_digit(s[0]) || s[0] == '+' || s[0] == '-' || s[0] == '/' || s.starts_with("—"));
}

// The provincial row of the Hubei template (其他主动公开文件) is read only where that template
// prints it, right after 规范性文件's digits at `cursor`; a report without it is missing
// nothing. When it is there it is noted as a label variant and held, blank until read.
bool hubei_provincial_row(Reader const& rd, Article20Read& out, std::string_view key,
                          std::size_t cursor, std::size_t label_end) {
    std::string_view const text = rd.text;
    std::size_t const here = skip_spaces(text, cursor);
    if (label_end == std::string_view::npos ||
        label_end != skip_label_tail(text, here + key.size()) || text.substr(here, key.size()) != key)
        return false;
    out.findings.push_back(FindingBuilder(FindingCode::parse_label_variant, Severity::info)
                               .at(CellAddress(TableKind::article20))
                               .line(rd.line_at(here))
                               .message(article20_variant_note(key, Article20Row::other_documents))
                               .build());
    hold_article20_row(out.cells, Article20Row::other_documents);
    return true;
}

// The run of an Article 20 row after its label: [begin, end) of the text, and the characters
// printed there without trailing spaces.
struct A20Run {
    std::size_t begin = 0, end = 0;
    std::string printed;
};

A20Run article20_run(std::string_view text, std::size_t label_end, std::size_t limit) {
    A20Run run;
    run.begin = skip_spaces(text, label_end);
    run.end = run.begin;
    while (run.end < limit) {
        std::size_t const n = article20_run_char(text.substr(run.end));
        if (n == 0) break;
        run.end += n;
    }
    run.printed = std::string(text.substr(run.begin, run.end - run.begin));
    while (!run.printed.empty() && run.printed.back() == ' ') run.printed.pop_back();
    return run;
}

// The splits of the row's run whose every piece reads as its column's kind and which are
// plausible, into row.candidates (with their index into `splits` in row.kept).
void keep_readable_splits(FormatVersion format, A20Row& row, CellSplits const& splits,
                          std::vector<PieceKind> const& kinds) {
    MoneyUnit const default_unit =
        format == FormatVersion::v2021 ? MoneyUnit::wan_yuan : MoneyUnit::unknown;
    for (std::size_t k = 0; k < splits.candidates.size(); ++k) {
        auto const& pieces = splits.candidates[k];
        std::vector<A20Value> values;
        for (std::size_t i = 0; i < pieces.size(); ++i) {
            if (is_not_applicable(pieces[i])) {
                if (kinds[i] == PieceKind::money) {
                    values.emplace_back(MoneyCell::not_applicable());
                } else {
                    values.emplace_back(Cell::not_applicable());
                }
            } else if (kinds[i] == PieceKind::money) {
                if (auto m = parse_money(pieces[i], default_unit)) values.emplace_back(*m);
            } else if (auto v = parse_count(pieces[i])) {
                values.emplace_back(Cell::of(*v));
            }
        }
        if (values.size() != pieces.size() || !plausible(format, row, values)) continue;
        row.candidates.push_back(std::move(values));
        row.kept.push_back(k);
    }
}

// A split as printed in findings: its pieces joined by '|'.
std::string shown_split(std::vector<std::string> const& pieces) {
    std::string out;
    for (auto const& p : pieces) out += (out.empty() ? "" : "|") + p;
    return out;
}

// Several splits satisfy the identities: a count the narrative states for one of the row's
// cells may pick exactly one of them. The row then keeps only that split.
std::optional<EvidenceChoice> choose_by_narrative(Reader const& rd, A20Row& row,
                                                  CellSplits const& splits,
                                                  std::vector<StatedCount> const& stated,
                                                  std::string_view label_text, A20Run const& run) {
    if (!row.complete || row.candidates.size() <= 1) return std::nullopt;
    std::string evidence;
    auto const k = narrative_pick(row, stated, evidence);
    if (!k) return std::nullopt;
    EvidenceChoice choice;
    choice.row = row.row;
    choice.columns = row.columns;
    choice.row_label = std::string(label_text);
    choice.digits = run.printed;
    for (auto const kept : row.kept) choice.candidates.push_back(shown_split(splits.candidates[kept]));
    choice.chosen = shown_split(splits.candidates[row.kept[*k]]);
    choice.source = EvidenceChoice::Source::narrative;
    choice.evidence = std::move(evidence);
    choice.line = rd.line_at(run.begin);
    row.candidates = {row.candidates[*k]};
    row.kept = {row.kept[*k]};
    return choice;
}

// Writes the cells every remaining split agrees on, each with how it was decided; the others
// stay blank and the row says why.
void place_article20_row(Reader const& rd, Article20Read& out, A20Row const& row,
                         CellSplits const& splits, std::optional<EvidenceChoice> const& choice,
                         std::string_view label_text, A20Run const& run) {
    Article20Row const r = row.row;
    std::vector<std::string> blank;
    for (std::size_t i = 0; i < row.columns.size(); ++i) {
        bool agreed = row.complete && !row.candidates.empty();
        for (auto const& c : row.candidates) agreed = agreed && c[i] == row.candidates[0][i];
        if (agreed && choice) {  // the narrative picked the split: say so, not "split"
            set_article20(out.cells, r, row.columns[i], row.candidates[0][i]);
            note_origin(out.provenance, TableKind::article20, id(r), id(row.columns[i]),
                        CellOrigin::chosen_by_evidence,
                        "数字“" + choice->digits + "”有 " +
                            std::to_string(choice->candidates.size()) + " 种拆分，报告文字选定 " +
                            choice->chosen + "：" + choice->evidence);
        } else if (agreed) {
            set_article20(out.cells, r, row.columns[i], row.candidates[0][i]);
            note_split(out.provenance, TableKind::article20, id(r), id(row.columns[i]), run.printed,
                       row.columns.size(), row.candidates.size());
        } else {
            blank.push_back(std::string(id(row.columns[i])));
        }
    }
    if (row.candidates.size() != 1 || !row.complete) {
        // The splits are printed only here: a decided row (the usual case) needs no text.
        std::vector<std::string> printed_candidates;
        for (auto const k : row.kept) printed_candidates.push_back(shown_split(splits.candidates[k]));
        out.findings.push_back(rd.uncertain(
            TableKind::article20, std::string(id(r)), label_text, run.printed, printed_candidates,
            row.complete, blank, run.begin,
            why_undecided(row.candidates.size(), row.complete, row.columns.size())));
    }
}

// One Article 20 row whose label was found: its run split into its columns, the split chosen by
// the table's rules or the narrative, the cells placed.
void read_article20_row(Reader const& rd, Article20Read& out, Article20Row r, A20Run const& run,
                        std::vector<StatedCount> const& stated) {
    FormatVersion const format = rd.format;
    A20Row row{r, {}, {}, {}, true};
    auto const cols = article20_columns(format, r);
    row.columns.assign(cols.begin(), cols.end());
    std::vector<PieceKind> kinds;
    for (auto c : row.columns) kinds.push_back(kind_of(c));
    auto const splits = split_typed(run.printed, kinds);
    row.complete = splits.complete;
    keep_readable_splits(format, row, splits, kinds);
    std::optional<EvidenceChoice> const choice =
        choose_by_narrative(rd, row, splits, stated, label(r, format), run);
    if (choice) out.findings.push_back(choice_finding(*choice));
    place_article20_row(rd, out, row, splits, choice, label(r, format), run);
}

// The rows whose label was not found followed by a run: a one-cell row followed by a word for
// its count is read or quoted (read_single_cell); every other row is named, with what follows
// its label when that is count-like.
void report_missing_article20_rows(Reader const& rd, Article20Read& out,
                                   std::vector<Article20Row> const& missing,
                                   std::size_t table_start, std::size_t limit, std::size_t first) {
    FormatVersion const format = rd.format;
    for (auto r : missing) {
        auto const cols = article20_columns(format, r);
        std::string const quote =
            text_after_label(rd.text, article20_key(r, format), table_start, limit, no_skip);
        if (!quote.empty() && cols.size() == 1 &&
            read_single_cell(rd, out, r, cols[0], quote, first))
            continue;
        std::vector<std::string> all;
        for (auto c : cols) all.emplace_back(id(c));
        out.findings.push_back(rd.uncertain(TableKind::article20, std::string(id(r)),
                                            label(r, format), "", {}, true, all, first,
                                            quote.empty()
                                                ? std::string("未找到后接数字的行标签")
                                                : "行标签后不是数字，而是“" + quote + "”"));
    }
}

// The Article 20 tables, row by row in table order from where the tables start: each label is
// followed by its run of cells (glued digits, signs, amounts). Read on top of `cells`; not
// found when no row is there.
Article20Read read_article20(Reader const& rd, Article20 cells, std::size_t from,
                             std::size_t limit) {
    Article20Read out{std::move(cells), {}, {}, {}, false};
    std::string_view const text = rd.text;
    FormatVersion const format = rd.format;
    std::vector<StatedCount> const stated = stated_article20_counts(text, format);
    std::size_t cursor = std::max(article20_start(text, limit), from);
    std::size_t const table_start = cursor;
    std::size_t first = std::string_view::npos, last = 0;
    std::vector<Article20Row> missing;
    for (Article20Row r : article20_rows_read(format)) {
        std::string_view const key = article20_key(r, format);
        // A label may carry a provincial note in brackets (规章（设区的市…）000).
        std::size_t label_at = std::string_view::npos;
        std::size_t const end =
            find_label(text, key, cursor, limit, skip_label_tail, starts_article20_run, &label_at);
        if (r == Article20Row::other_documents && !hubei_provincial_row(rd, out, key, cursor, end))
            continue;
        if (end == std::string_view::npos) {
            missing.push_back(r);
            continue;
        }
        if (first != std::string_view::npos) report_stray_digits(rd, out.findings, cursor, label_at);
        A20Run const run = article20_run(text, end, limit);
        if (first == std::string_view::npos) first = end - key.size();
        last = run.end;
        cursor = run.end;
        read_article20_row(rd, out, r, run, stated);
    }
    // No row at all: no table here, which the caller reports; otherwise name the missing rows.
    if (first == std::string_view::npos) return out;
    report_missing_article20_rows(rd, out, missing, table_start, limit, first);
    out.location = rd.location(TableKind::article20, first, last);
    out.found = true;
    return out;
}

// ---------------------------------------------------------------------------------------------
// The application table.

// The end of each row label (the part that is never cut or varied), and what may close it.
struct RowKey {
    ApplicationRow row;
    std::string_view key;
};
constexpr std::array<RowKey, 28> row_keys{{
    {ApplicationRow::new_received, "本年新收政府信息公开申请数量"},
    {ApplicationRow::carried_over, "上年结转政府信息公开申请数量"},
    {ApplicationRow::disclosed, "予以公开"},
    {ApplicationRow::partially_disclosed, "部分公开"},
    {ApplicationRow::withheld_state_secret, "国家秘密"},
    {ApplicationRow::withheld_prohibited_by_law, "禁止公开"},
    {ApplicationRow::withheld_security_stability, "三安全一稳定"},
    {ApplicationRow::withheld_third_party_rights, "第三方合法权益"},
    {ApplicationRow::withheld_internal_affairs, "事务信息"},
    {ApplicationRow::withheld_process_info, "过程性信息"},
    {ApplicationRow::withheld_enforcement_file, "行政执法案卷"},
    {ApplicationRow::withheld_administrative_query, "行政查询事项"},
    {ApplicationRow::unavailable_not_held, "不掌握相关政府信息"},
    {ApplicationRow::unavailable_requires_creation, "另行制作"},
    {ApplicationRow::unavailable_still_unclear, "仍不明确"},
    {ApplicationRow::declined_petition_complaint, "投诉类申请"},
    {ApplicationRow::declined_duplicate, "重复申请"},
    {ApplicationRow::declined_publication, "公开出版物"},
    {ApplicationRow::declined_excessive, "大量反复申请"},
    {ApplicationRow::declined_confirm_or_reissue, "已获取信息"},
    {ApplicationRow::other_handling, "其他处理"},
    {ApplicationRow::other_handling, "其他"},  // "（六）其他" in some 2019 tables
    {ApplicationRow::other_no_correction, "不再处理其政府信息公开申请"},
    {ApplicationRow::other_fee_unpaid, "不再处理其政府信息公开申请"},
    {ApplicationRow::other_other, "其他"},
    {ApplicationRow::outcome_total, "总计"},
    {ApplicationRow::outcome_total, "合计"},
    {ApplicationRow::carried_forward, "继续办理"},
}};

std::string_view key_of(ApplicationRow r) noexcept {
    for (auto const& k : row_keys)
        if (k.row == r) return k.key;
    return {};
}

bool starts_with_digit(std::string_view s) { return !s.empty() && is_digit(s[0]); }

// The digits and spaces that follow a label, without a trailing numbering digit that belongs to
// the next label ("0000000" + "2.其他法律…" is printed "00000002.其他法律…").
std::string_view digit_run(std::string_view text, std::size_t begin, std::size_t& end) {
    end = begin;
    while (end < text.size() && (is_digit(text[end]) || text[end] == ' ')) ++end;
    std::size_t stop = end;
    auto const next = text.substr(end);
    bool const numbering = !next.empty() && (next[0] == '.' || next[0] == ',') &&
                           (next.size() < 2 || !is_digit(next[1]));
    bool const enumeration_comma = next.starts_with("、");
    if ((numbering || enumeration_comma) && stop > begin && is_digit(text[stop - 1])) --stop;
    while (stop > begin && text[stop - 1] == ' ') --stop;
    return text.substr(begin, stop - begin);
}

constexpr std::size_t label_window = 420;  // bytes from one row's digits to the next label's end

struct AppRowRead {
    ApplicationRow row;
    bool found = false;
    std::size_t searched_from = 0, searched_to = 0;  // where its label was looked for
    std::string printed;
    std::size_t pos = 0;
    DigitSplits splits;
};

// A 2021 table may print （六）其他处理 as one row (taxonomy.hpp, may_hold_row): read as
// other_handling when digits follow the group label itself, never by the bare key 其他, which is
// also 3.其他. Of the rows read for 2021 (rows_read), the single row is dropped when it was not
// printed; the three sub-rows are dropped (left blank, not missing) when only the single row
// was. Returns whether the single row then stands for its sub-rows in T = Σ outcomes.
bool keep_printed_other_rows(FormatVersion format, std::vector<ApplicationRow>& rows,
                             std::vector<AppRowRead>& read) {
    if (format != FormatVersion::v2021) return false;
    auto const single = std::find(rows.begin(), rows.end(), ApplicationRow::other_handling);
    if (single == rows.end()) return false;
    auto const at = static_cast<std::size_t>(single - rows.begin());
    if (!read[at].found) {
        rows.erase(single);
        read.erase(read.begin() + static_cast<std::ptrdiff_t>(at));
        return false;
    }
    auto const is_part = [](ApplicationRow r) {
        return r == ApplicationRow::other_no_correction || r == ApplicationRow::other_fee_unpaid ||
               r == ApplicationRow::other_other;
    };
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (is_part(rows[i]) && read[i].found) return false;
    for (std::size_t i = rows.size(); i-- > 0;) {
        if (!is_part(rows[i])) continue;
        rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(i));
        read.erase(read.begin() + static_cast<std::ptrdiff_t>(i));
    }
    return true;
}

// Where the label of `row` ends in [cursor, window) when digits follow it, or npos. Of the row's
// keys, the one found first wins (the longer one when two start together); a 2021 single
// （六）其他处理 row is found by that label only.
std::size_t find_application_label(std::string_view text, ApplicationRow row, bool single_other,
                                   std::size_t cursor, std::size_t window) {
    std::size_t end = std::string_view::npos, start = std::string_view::npos;
    for (auto const& k : row_keys) {
        if (k.row != row || (single_other && k.key != "其他处理")) continue;
        std::size_t found = 0;
        std::size_t const e = find_label(text, k.key, cursor, window, skip_label_tail,
                                         starts_with_digit, &found);
        if (e == std::string_view::npos) continue;
        // text.rfind(k.key, e): the last occurrence beginning at or before e. The one found
        // qualifies, so only later ones (inside what skip_label_tail consumed) can win; a
        // forward search over those few bytes replaces rfind's memcmp at every position.
        std::size_t b = found;
        std::string_view const upto_e = text.substr(0, e + k.key.size());
        for (std::size_t next = find_from(upto_e, k.key, b + 1);
             next != std::string_view::npos; next = find_from(upto_e, k.key, next + 1))
            b = next;
        if (start == std::string_view::npos || b < start || (b == start && e > end)) {
            start = b;
            end = e;
        }
    }
    return end;
}

// Where the application rows were found: the end of the first label, the end of the last run,
// and where the search for the next row would have started.
struct AppRowsSpan {
    std::size_t first = std::string_view::npos, last = 0, cursor = 0;
};

// Each row's label followed by its run of digits, in table order: the first row may be anywhere
// after `from`, each later one follows closely (within label_window of the previous run).
AppRowsSpan locate_application_rows(std::string_view text, FormatVersion format,
                                    std::vector<ApplicationRow> const& rows, std::size_t from,
                                    std::size_t limit, std::vector<AppRowRead>& read) {
    AppRowsSpan span{std::string_view::npos, from, from};
    for (std::size_t i = 0; i < rows.size(); ++i) {
        read[i].row = rows[i];
        std::size_t const window = i == 0 || span.first == std::string_view::npos
                                       ? limit
                                       : std::min(limit, span.cursor + label_window);
        read[i].searched_from = span.cursor;
        read[i].searched_to = window;
        bool const single_other = format == FormatVersion::v2021 &&
                                  rows[i] == ApplicationRow::other_handling;
        std::size_t const end =
            find_application_label(text, rows[i], single_other, span.cursor, window);
        if (end == std::string_view::npos) continue;
        std::size_t const run_begin = skip_spaces(text, end);
        std::size_t run_end = run_begin;
        std::string_view const printed = digit_run(text, run_begin, run_end);
        // （六）其他处理 before its numbered sub-rows ("其他处理1.申请人…") is the group label.
        if (single_other && printed.empty()) continue;
        read[i].found = true;
        read[i].printed = std::string(printed);
        read[i].pos = run_begin;
        read[i].splits = split_groups(digits_of(read[i].printed), 1, 6);
        if (span.first == std::string_view::npos) span.first = end;
        span.last = run_end;
        span.cursor = run_end;
    }
    return span;
}

// Each row's splits, moved out of `read`: from here on the candidates are read from the result.
std::vector<RowSplits> application_splits(std::vector<AppRowRead>& read) {
    std::vector<RowSplits> splits(read.size());
    for (std::size_t i = 0; i < read.size(); ++i) {
        splits[i].candidates = std::move(read[i].splits.candidates);
        splits[i].known = read[i].found && read[i].splits.complete && !splits[i].candidates.empty();
    }
    return splits;
}

// Which rows take part in which identity: N + P = T + F, and T = Σ outcomes (where a 2021 single
// （六）其他处理 row standing for its sub-rows is an outcome).
TableRoles application_roles(FormatVersion format, std::vector<ApplicationRow> const& rows,
                             bool single_for_parts) {
    TableRoles roles;
    auto const outcomes = outcome_rows(format);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        switch (rows[i]) {
            case ApplicationRow::new_received: roles.n = i; break;
            case ApplicationRow::carried_over: roles.p = i; break;
            case ApplicationRow::outcome_total: roles.t = i; break;
            case ApplicationRow::carried_forward: roles.f = i; break;
            default:
                if (std::find(outcomes.begin(), outcomes.end(), rows[i]) != outcomes.end() ||
                    (single_for_parts && rows[i] == ApplicationRow::other_handling))
                    roles.outcomes.push_back(i);
        }
    }
    return roles;
}

// A row whose digits fit no split satisfying its own total shows that the printed rows are not
// always seven numbers: blank cells left no trace in the dump (tables that leave most cells
// blank, as SH19 does). Any row may then have lost cells, and a split that only its own total
// supports may be wrong ("7418761887" splits as 7|41|8|7|6|18|87, where the page had 7, blank,
// blank, 4, blank, 1876, 1887). Only rows a checked column identity confirms are kept
// (rows_confirmed); the others stay blank and say why (report_unconfirmed_row). A row that
// cannot be fewer than seven numbers has lost no cell and is kept too (at_least_seven_numbers).
bool blank_cells_left_no_trace(std::vector<AppRowRead> const& read,
                               std::vector<RowSplits> const& splits) {
    for (std::size_t i = 0; i < read.size(); ++i)
        if (read[i].found && read[i].splits.complete && splits[i].candidates.empty()) return true;
    return false;
}

// "0000000": a number has no leading zero, so these digits are at least seven numbers.
bool at_least_seven_numbers(std::string_view printed) {
    std::string const d = digits_of(printed);
    std::size_t const zeros = std::min(d.find_first_not_of('0'), d.size());
    return zeros + (zeros < d.size() ? 1 : 0) >= 7;
}

// The rows whose split a checked column identity confirms: all four of N + P = T + F when each
// of them is known, T and every outcome when T = Σ outcomes could be checked.
std::vector<bool> rows_confirmed(std::vector<RowSplits> const& splits, TableRoles const& roles) {
    std::vector<bool> confirmed(splits.size(), false);
    bool const balance = splits[roles.n].known && splits[roles.p].known &&
                         splits[roles.t].known && splits[roles.f].known;
    bool outcome = splits[roles.t].known;
    for (auto o : roles.outcomes) outcome = outcome && splits[o].known;
    if (balance)
        for (auto r : {roles.n, roles.p, roles.t, roles.f}) confirmed[r] = true;
    if (outcome) {
        confirmed[roles.t] = true;
        for (auto o : roles.outcomes) confirmed[o] = true;
    }
    return confirmed;
}

std::vector<std::string> all_applicant_column_ids() {
    std::vector<std::string> all;
    for (auto c : all_applicant_columns()) all.emplace_back(id(c));
    return all;
}

// A row of a table whose blank cells left no trace, which no column identity confirms: left
// blank, with the splits that only its own total supports.
Finding unconfirmed_row(Reader const& rd, AppRowRead const& r, RowSplits const& splits,
                        std::vector<std::size_t> const& surviving) {
    std::vector<std::string> shown;
    for (auto k : surviving) shown.push_back(format_split(splits.candidates[k]));
    return rd.uncertain(TableKind::applications, std::string(id(r.row)), label(r.row), r.printed,
                        shown, r.splits.complete, all_applicant_column_ids(), r.pos,
                        "本表有行的数字无法按其总计拆分，空白单元格在文本中可能未留痕迹；"
                        "本行的拆分只满足本行总计，未经列勾稽关系核对");
}

// A row whose label was not found followed by digits: named, with what follows its label when
// that is count-like ("约69").
Finding missing_application_row(Reader const& rd, AppRowRead const& r, std::size_t pos) {
    std::string quote;
    for (auto const& k : row_keys)
        if (k.row == r.row && quote.empty())
            quote = text_after_label(rd.text, k.key, r.searched_from, r.searched_to,
                                     skip_label_tail);
    return rd.uncertain(TableKind::applications, std::string(id(r.row)), label(r.row), "", {},
                        true, all_applicant_column_ids(), pos,
                        quote.empty() ? std::string("未找到后接数字的行标签")
                                      : "行标签后不是数字，而是“" + quote + "”");
}

// A row whose digits were split: the cells every surviving split agrees on are written (noted as
// split from glued digits); the others stay blank and the row says why.
void place_application_row(Reader const& rd, ApplicationsRead& out, AppRowRead const& r,
                           RowSplits const& splits, std::vector<std::size_t> const& keep) {
    auto const columns = all_applicant_columns();
    auto const& candidates = splits.candidates;
    std::string_view const row_id = id(r.row);
    ApplicantRow* target = row_to_write(out.cells, rd.format, r.row);
    std::vector<std::string> blank;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        bool agreed = r.splits.complete && !keep.empty();
        for (auto k : keep) agreed = agreed && candidates[k][c] == candidates[keep[0]][c];
        if (agreed && target) {
            cell(*target, columns[c]) = Cell::of(candidates[keep[0]][c]);
            note_split(out.provenance, TableKind::applications, row_id, id(columns[c]), r.printed,
                       columns.size(), keep.size());
        } else {
            blank.emplace_back(id(columns[c]));
        }
    }
    if (keep.size() != 1 || !r.splits.complete) {
        // The splits are printed only here: a decided row (the usual case) needs no text.
        std::vector<std::string> shown;
        for (auto k : keep) shown.push_back(format_split(candidates[k]));
        out.findings.push_back(rd.uncertain(
            TableKind::applications, std::string(row_id), label(r.row), r.printed, shown,
            r.splits.complete, blank, r.pos,
            why_undecided(keep.size(), r.splits.complete, columns.size())));
    }
}

// The application table: the rows located in order, their digits split into seven cells each,
// the split chosen by the table's identities (choose_table_splits), the cells placed. Read on
// top of `cells`; `end` receives where the last row's digits end (`from` when no row is there,
// and the table is then not found).
ApplicationsRead read_applications(Reader const& rd, ApplicationTable cells, std::size_t from,
                                   std::size_t limit, std::size_t& end) {
    ApplicationsRead out{std::move(cells), {}, {}, {}, false};
    FormatVersion const format = rd.format;
    std::vector<ApplicationRow> rows(rows_read(format).begin(), rows_read(format).end());
    std::vector<AppRowRead> read(rows.size());
    AppRowsSpan const span = locate_application_rows(rd.text, format, rows, from, limit, read);
    end = from;
    if (span.first == std::string_view::npos) return out;
    bool const single_for_parts = keep_printed_other_rows(format, rows, read);
    std::vector<RowSplits> const splits = application_splits(read);
    TableRoles const roles = application_roles(format, rows, single_for_parts);
    auto const choice = choose_table_splits(splits, roles, 7);
    bool const cells_missing = blank_cells_left_no_trace(read, splits);
    std::vector<bool> const confirmed = cells_missing && choice.identities_checked
                                            ? rows_confirmed(splits, roles)
                                            : std::vector<bool>(rows.size(), false);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (read[i].found && cells_missing && !confirmed[i] && !splits[i].candidates.empty() &&
            !at_least_seven_numbers(read[i].printed))
            out.findings.push_back(unconfirmed_row(rd, read[i], splits[i], choice.surviving[i]));
        else if (!read[i].found)
            out.findings.push_back(missing_application_row(rd, read[i], span.cursor));
        else
            place_application_row(rd, out, read[i], splits[i], choice.surviving[i]);
    }
    if (choice.contradiction) {
        out.findings.push_back(rd.uncertain(
            TableKind::applications, "", "收到和处理政府信息公开申请情况", "", {}, true, {},
            span.first,
            "没有一种拆分能使每列都满足“第一项加第二项之和等于第三项加第四项之和”"
            "及（七）总计等于各办理结果之和；各行仅按本行总计拆分"));
    }
    out.location = rd.location(TableKind::applications, span.first, span.last);
    out.found = true;
    end = span.last;
    return out;
}

// ---------------------------------------------------------------------------------------------
// The review and litigation table: three groups of four outcomes and their 总计, often printed as
// one run of digits after the header.

constexpr std::array<std::string_view, 10> review_header_words{
    "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持",
    "结果纠正", "其他结果", "尚未审结", "总计",     "合计"};

// The header, then the fifteen cells as one run of digits split by the group totals. Read on top
// of `cells`; not found without the header or digits after it.
ReviewRead read_review(Reader const& rd, ReviewLitigationTable cells, std::size_t from) {
    ReviewRead out{std::move(cells), {}, {}, {}, false};
    std::string_view const text = rd.text;
    std::size_t const header = find_from(text, "复议后起诉", from);
    if (header == std::string_view::npos) return out;
    std::size_t pos = header;
    for (bool progressed = true; progressed;) {
        progressed = false;
        pos = skip_spaces(text, pos);
        for (auto w : review_header_words) {
            if (text.substr(pos, w.size()) == w) {
                pos += w.size();
                progressed = true;
            }
        }
    }
    std::size_t run_end = pos;
    std::string const printed(digit_run(text, pos, run_end));
    if (printed.empty()) return out;

    auto const splits = split_groups(digits_of(printed), 3, 4);
    auto const groups = review_groups();
    auto const cols = review_columns();
    std::vector<std::string> blank;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        for (std::size_t c = 0; c < cols.size(); ++c) {
            std::size_t const k = g * cols.size() + c;
            bool agreed = splits.complete && !splits.candidates.empty();
            for (auto const& cand : splits.candidates)
                agreed = agreed && cand[k] == splits.candidates[0][k];
            if (agreed) {
                cell(group(out.cells, groups[g]), cols[c]) = Cell::of(splits.candidates[0][k]);
                note_split(out.provenance, TableKind::review_litigation, id(groups[g]),
                           id(cols[c]), printed, 15, splits.candidates.size());
            } else {
                blank.push_back(std::string(id(groups[g])) + "." + std::string(id(cols[c])));
            }
        }
    }
    if (splits.candidates.size() != 1 || !splits.complete) {
        std::vector<std::string> shown;
        for (auto const& c : splits.candidates) shown.push_back(format_split(c));
        out.findings.push_back(rd.uncertain(
            TableKind::review_litigation, "", "政府信息公开行政复议、行政诉讼情况", printed, shown,
            splits.complete, blank, pos,
            why_undecided(splits.candidates.size(), splits.complete, 15)));
    }
    out.location = rd.location(TableKind::review_litigation, header, run_end);
    out.found = true;
    return out;
}

// ---------------------------------------------------------------------------------------------
// Detection.

// Digits (and how many groups separated by spaces or tabs they form) right after position
// `pos`; returns where the run ends.
std::size_t count_run(std::string_view s, std::size_t pos, std::size_t& digits,
                      std::size_t& groups) {
    digits = groups = 0;
    bool in_group = false;
    for (; pos < s.size(); ++pos) {
        if (is_digit(s[pos])) {
            digits += 1;
            if (!in_group) ++groups;
            in_group = true;
        } else if (s[pos] == ' ' || s[pos] == '\t') {
            in_group = false;
        } else {
            break;
        }
    }
    return pos;
}

// True when the text after a digit run shows the run is one number in a sentence: a measure
// word (规范性文件2986件, 规章12项), an approximation (300余件, 100多件) or punctuation
// (规章123、规范性文件…). A glued table row is followed by the next row's label or a heading.
bool prose_after_count(std::string_view rest) noexcept {
    static constexpr std::string_view followers[] = {"件", "个", "项", "条", "份", "篇", "余",
                                                     "多", "、", "，", "。", "；", ",", ";"};
    for (std::string_view f : followers)
        if (rest.starts_with(f)) return true;
    return false;
}

// Marks (top bit of the byte) the ASCII digits among the eight bytes at `p`; zero when there is
// none, and the lowest mark is always the first digit.
std::uint64_t digit_marks(char const* p) noexcept { return swar::digits(swar::load(p)); }

}  // namespace

bool looks_glued(std::string_view text) noexcept {
    // Application rows have 7 cells, the review row 15, the Article 20 (一) rows 3.
    static constexpr std::array<std::pair<std::string_view, std::size_t>, 6> probes{{
        {"本年新收政府信息公开申请数量", 7},
        {"上年结转政府信息公开申请数量", 7},
        {"结转下年度继续办理", 7},
        {"尚未审结总计", 15},
        {"规章", 3},
        {"规范性文件", 3},
    }};
    // One pass: only where a digit run starts (after a probe and at most one space) are the
    // probes compared. Every answer of true comes from a digit run, so the scan goes from one
    // run to the next: eight bytes without a digit are stepped over at once, and most lines
    // (narrative, labels) cost a few instructions per word.
    // A probe can only end in a byte some probe ends in: one table look rejects a digit run
    // whose preceding byte is anything else (years, numbering, amounts after other words).
    static constexpr std::array<bool, 256> probe_tail = [] {
        std::array<bool, 256> t{};
        for (auto const& probe : probes) t[static_cast<unsigned char>(probe.first.back())] = true;
        return t;
    }();
    std::size_t p = 0;
    while (p < text.size()) {
        // To the next digit: sixteen or eight bytes at a time, then straight to the first
        // marked one.
        if (p + 16 <= text.size() &&
            (digit_marks(text.data() + p) | digit_marks(text.data() + p + 8)) == 0) {
            p += 16;
            continue;
        }
        if (p + 8 <= text.size()) {
            std::uint64_t const marks = digit_marks(text.data() + p);
            if (marks == 0) {
                p += 8;
                continue;
            }
            p += static_cast<std::size_t>(std::countr_zero(marks)) / 8;
        } else if (!is_digit(text[p])) {
            ++p;
            continue;
        }
        if (p == 0 || !is_digit(text[p - 1])) {
            std::size_t q = p;
            if (q > 0 && text[q - 1] == ' ') --q;
            std::string_view const before = text.substr(0, q);
            if (!before.empty() && probe_tail[static_cast<unsigned char>(before.back())]) {
                for (auto const& [key, cells] : probes) {
                    if (!before.ends_with(key)) continue;
                    std::size_t digits = 0, groups = 0;
                    std::size_t const end = count_run(text, p, digits, groups);
                    if (digits >= cells && groups < cells &&
                        !prose_after_count(text.substr(end)))
                        return true;
                }
            }
        }
        // The rest of this run holds no run start.
        ++p;
        while (p < text.size() && is_digit(text[p])) ++p;
    }
    return false;
}

bool read_glued_tables(std::string_view text, std::uint32_t line, Report& report) {
    Reader rd{fold_for_glued_tables(text), line, report.format(), {}};
    rd.index_lines();
    std::string_view const folded = rd.text;
    // The application table begins with its first row label followed by digits; Article 20
    // tables come before it, the review table after.
    std::size_t app_start = find_label(folded, key_of(ApplicationRow::new_received), 0,
                                       folded.size(), skip_label_tail, starts_with_digit);
    if (app_start != std::string_view::npos)
        app_start -= key_of(ApplicationRow::new_received).size();
    std::size_t const a20_limit = app_start == std::string_view::npos ? folded.size() : app_start;

    Article20Read a20 = read_article20(rd, report.article20, 0, a20_limit);
    bool const a20_found = a20.found;
    merge(report, std::move(a20));
    // The application table ends where the review table's heading or header begins (its labels
    // hold none of 行政复议), so that a missing row cannot take the header's 总计 for its own.
    std::size_t app_limit = folded.size();
    if (app_start != std::string_view::npos) {
        auto const review_heading = find_from(folded, "行政复议", app_start);
        if (review_heading != std::string_view::npos) app_limit = review_heading;
    }
    std::size_t after_apps = 0;
    ApplicationsRead apps =
        read_applications(rd, report.applications,
                          app_start == std::string_view::npos ? a20_limit : app_start, app_limit,
                          after_apps);
    bool const apps_found = apps.found;
    merge(report, std::move(apps));
    ReviewRead review = read_review(rd, report.review_litigation, apps_found ? after_apps : 0);
    bool const review_found = review.found;
    merge(report, std::move(review));
    return a20_found || apps_found || review_found;
}

}  // namespace govinfo::detail
