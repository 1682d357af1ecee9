#pragma once
// Internal: which statutory row a printed cell names. Labels arrive with or without their
// numbering ("(一)", "1.", "一、"), in either bracket width, wrapped mid-word, truncated
// ("5.要求行政机关确认或重新"), annotated ("规章（设区的市…）") or misspelt
// ("属于三类内容事务信息"). Matching works on normalize_label() text with the numbering split off,
// then exact, known variant, prefix/containment and finally a small edit distance.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "govinfo/applications.hpp"
#include "govinfo/article20.hpp"
#include "govinfo/format_version.hpp"
#include "govinfo/review_litigation.hpp"
#include "text/normalize.hpp"  // normalize_label_to()

namespace govinfo::detail {

// normalize_label() of a cell, held on the stack when the cell is short: the readers normalise
// every text cell they classify, and a heap string for each cost more than the matching.
class NormalizedLabel {
public:
    explicit NormalizedLabel(std::string_view cell);
    NormalizedLabel(NormalizedLabel const&) = delete;
    NormalizedLabel& operator=(NormalizedLabel const&) = delete;
    std::string_view view() const noexcept { return {data_, size_}; }
    operator std::string_view() const noexcept { return view(); }

private:
    static constexpr std::size_t inline_bytes = 1024;
    char inline_[inline_bytes];
    std::string heap_;  // cells longer than inline_bytes / 2
    char const* data_ = inline_;
    std::size_t size_ = 0;
};

// How sure a match is: exact wording, a known or fuzzy variant, or a label cut short by a wrap.
enum class MatchKind { exact, variant, truncated };

// Views into the normalised text given to split_numbering, which must outlive them.
struct Numbered {
    std::string_view prefix;  // "(一)", "1.", "1)", "一," (normalised), or empty
    std::string_view body;    // the rest
};
Numbered split_numbering(std::string_view normalized);

enum class AppLabelKind {
    none,    // not a label of the application table
    row,     // a numeric row
    group,   // a header-only row: 三、本年度办理结果, （三）不予公开, 2021 （六）其他处理
    header,  // a column header: 自然人, 商业企业, 总计, 申请人情况, …
};
struct AppLabel {
    AppLabelKind kind = AppLabelKind::none;
    // The row; for the 2021 group （六）其他处理 also other_handling, because some 2021 reports
    // print it as one row with values of its own (taxonomy.hpp, may_hold_row): a reader takes it
    // for that row when values follow the label on its line.
    ApplicationRow row{};
    MatchKind match = MatchKind::exact;
};
AppLabel match_application_label(std::string_view cell, FormatVersion format);

// The application rows a reader of `format` fills: the format's rows, and for 2021 also the
// single （六）其他处理 row some reports print (application_rows(format, table) of a table that
// holds it).
std::span<ApplicationRow const> rows_read(FormatVersion format) noexcept;
// The row `r` of the report's table to write into; a 2021 table's other_handling is created on
// first use. nullptr for a row the format cannot hold.
ApplicantRow* row_to_write(ApplicationTable& table, FormatVersion format, ApplicationRow r);

// Whether a normalised header cell is a variant of an Article 20 column label (label_tables.hpp:
// 本年度止件数, 本年新), which the reader reports as parse_label_variant.
bool is_article20_column_variant(std::string_view normalized);

struct A20Label {
    bool is_row = false;     // a data row label
    bool is_header = false;  // caption, 信息内容 or a column header
    Article20Row row{};
    MatchKind match = MatchKind::exact;
};
A20Label match_article20_label(std::string_view cell, FormatVersion format);

// The Article 20 rows a reader of `format` fills: the format's rows, and for 2019 also the
// provincial row 其他主动公开文件 (other_documents) some reports print (article20.hpp).
std::span<Article20Row const> article20_rows_read(FormatVersion format) noexcept;
// Makes room for row `r` in the tables before its cells are written: an optional row
// (other_documents) is created on first use. False for a row the tables cannot hold.
bool hold_article20_row(Article20& tables, Article20Row r);
// The message of the info finding for an Article 20 row label matched as a variant: a label
// worded otherwise than the statute, or the provincial row, which is kept but checked by nothing.
std::string article20_variant_note(std::string_view printed, Article20Row r);

// 行政复议 / 未经复议直接起诉 / 复议后起诉 (also inside "行政诉讼（复议后起诉）").
std::optional<ReviewGroup> match_review_group(std::string_view cell);
// The same, for a caller that already has normalize_label(cell).
std::optional<ReviewGroup> match_review_group(std::string_view cell, std::string_view normalized);

// Levenshtein distance over code points, giving up (returning limit+1) beyond `limit`.
std::size_t edit_distance(std::u32string_view a, std::u32string_view b, std::size_t limit);

}  // namespace govinfo::detail
