#include "parse/label_match.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "govinfo/cells.hpp"
#include "govinfo/label_tables.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/taxonomy.hpp"
#include "text/normalize.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"

namespace govinfo::detail {
namespace {

// 一二三四五六七八九十
bool is_cjk_numeral(char32_t cp) noexcept {
    switch (cp) {
        case U'一': case U'二': case U'三': case U'四': case U'五': case U'六': case U'七':
        case U'八': case U'九': case U'十':
            return true;
        default:
            return false;
    }
}

std::u32string to_u32(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) out += next_code_point(s, i);
    return out;
}

struct RowBody {
    ApplicationRow row;
    std::string body;   // normalised, numbering removed
    std::u32string u32;
    std::size_t length;  // code points of body
    bool official;
};

// Official bodies of every application row plus the variants real reports print
// (FORMAT.md §10). Built once.
std::vector<RowBody> const& row_bodies() {
    static std::vector<RowBody> const bodies = [] {
        std::vector<RowBody> v;
        auto add = [&](ApplicationRow r, std::string_view text, bool official) {
            std::string const n = normalize_label(text);
            std::string body(split_numbering(n).body);
            v.push_back({r, body, to_u32(body), code_points(body), official});
        };
        for (auto f : {FormatVersion::v2021, FormatVersion::v2019})
            for (auto r : application_rows(f))
                if (std::none_of(v.begin(), v.end(), [&](auto const& b) { return b.row == r; }))
                    add(r, label(r), true);
        // The variants of the wording table (label_tables.hpp), not its short forms: a bare
        // （六）其他 or （二）部分公开 is a group heading here.
        for (auto const& w : wording::application_rows)
            for (auto text : w.variants)
                if (!text.empty()) add(w.value, text, false);
        return v;
    }();
    return bodies;
}

// Words of the application table header: not rows, never take values.
bool is_app_header(std::string_view body) {
    static constexpr std::array<std::string_view, 16> words{
        "自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "社会组织",
        "法律服务机构", "其他", "总计", "合计", "申请人情况", "社会公益", "信息内容", "类别",
        "项目", "数量"};
    for (auto w : words)
        if (body == w) return true;
    return body.starts_with("(本列数据") || body.starts_with("本列数据") ||
           body.starts_with("数据");
}

}  // namespace

NormalizedLabel::NormalizedLabel(std::string_view cell) {
    if (cell.size() <= inline_bytes / 2) {
        size_ = normalize_label_to(cell, inline_);
        return;
    }
    heap_ = normalize_label(cell);
    data_ = heap_.data();
    size_ = heap_.size();
}

Numbered split_numbering(std::string_view n) {
    Numbered out;
    std::string_view s = n;
    // Group prefix written as "（三）不予公开/1.属于国家秘密".
    if (auto slash = s.find('/'); slash != std::string_view::npos && slash + 1 < s.size() &&
                                  s.substr(0, slash).find("(") == 0)
        s.remove_prefix(slash + 1);
    std::size_t consumed = 0;
    for (int round = 0; round < 2; ++round) {
        std::string_view rest = s.substr(consumed);
        std::size_t i = 0;
        if (rest.starts_with("(")) {
            std::size_t j = 1, k = 1;
            bool any = false;
            while (j < rest.size()) {
                k = j;
                char32_t cp = next_code_point(rest, k);
                if (!(is_cjk_numeral(cp) || (cp >= '0' && cp <= '9'))) break;
                any = true;
                j = k;
            }
            if (any && j < rest.size() && rest[j] == ')') i = j + 1;
        } else {
            std::size_t j = 0, k = 0;
            bool any = false, cjk = false;
            while (j < rest.size()) {
                k = j;
                char32_t cp = next_code_point(rest, k);
                bool const num = is_cjk_numeral(cp);
                if (!(num || (cp >= '0' && cp <= '9'))) break;
                cjk = cjk || num;
                any = true;
                j = k;
            }
            if (any && j < rest.size() && (rest[j] == '.' || rest[j] == ',')) i = j + 1;
            // "1)" and "1）": a numbering style of some agencies for the sub-rows.
            if (any && !cjk && j < rest.size() && rest[j] == ')') i = j + 1;
        }
        if (i == 0) break;
        consumed += i;
    }
    out.prefix = s.substr(0, consumed);
    out.body = s.substr(consumed);
    // Group label and sub-row in one cell, "（三）不予公开 1.属于国家秘密" or "三、本年度办理结果
    // （一）予以公开" (a converter merging the spanned cell into the row's; the space is gone
    // once normalised): the sub-row's numbering and body.
    if (consumed > 0) {
        for (std::string_view group : {"不予公开", "无法提供", "不予处理", "其他处理", "本年度办理结果"}) {
            if (!out.body.starts_with(group)) continue;
            if (group != "本年度办理结果" && !s.starts_with("(")) continue;
            Numbered const inner = split_numbering(out.body.substr(group.size()));
            if (!inner.prefix.empty() && !inner.body.empty()) return inner;
        }
    }
    return out;
}

std::size_t edit_distance(std::u32string_view a, std::u32string_view b, std::size_t limit) {
    std::size_t const diff = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
    if (diff > limit) return limit + 1;
    // Two rows of the table; on the stack for label-sized strings.
    constexpr std::size_t stack_columns = 128;
    std::array<std::size_t, 2 * stack_columns> stack_rows;
    std::vector<std::size_t> heap_rows;
    std::size_t* prev = stack_rows.data();
    if (b.size() + 1 > stack_columns) {
        heap_rows.resize(2 * (b.size() + 1));
        prev = heap_rows.data();
    }
    std::size_t* cur = prev + b.size() + 1;
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        std::size_t best = cur[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1,
                               prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            best = std::min(best, cur[j]);
        }
        if (best > limit) return limit + 1;
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

// The longest statutory label with an annotation stays far below this; longer cells are
// narrative and are not normalised at all.
constexpr std::size_t kMaxLabelBytes = 400;

namespace {

// A row label of `format` matched as `m`; nothing when the format has no such row.
AppLabel row_label(FormatVersion format, ApplicationRow r, MatchKind m) {
    AppLabel out;
    if (!has_row(format, r)) return out;
    out.kind = AppLabelKind::row;
    out.row = r;
    out.match = m;
    return out;
}

AppLabel kind_only(AppLabelKind kind) {
    AppLabel out;
    out.kind = kind;
    return out;
}

// Words that mean different things with and without numbering: 总计/合计 (a row when numbered,
// else a column header) and 其他/其他处理 (group （六）, its sub-row 3.其他, or a header).
std::optional<AppLabel> match_words_read_by_numbering(Numbered const& num, FormatVersion format) {
    using R = ApplicationRow;
    std::string_view const body = num.body;
    bool const numbered = !num.prefix.empty();
    if (body == "总计" || body == "合计") {
        if (numbered)
            return row_label(format, R::outcome_total,
                             body == "总计" ? MatchKind::exact : MatchKind::variant);
        return kind_only(AppLabelKind::header);
    }
    if (body != "其他" && body != "其他处理") return std::nullopt;
    bool const group_six = num.prefix.find("六") != std::string_view::npos;
    if (group_six || (!numbered && body == "其他处理")) {
        if (format == FormatVersion::v2019)
            return row_label(format, R::other_handling,
                             body == "其他处理" ? MatchKind::exact : MatchKind::variant);
        AppLabel group = kind_only(AppLabelKind::group);
        group.row = R::other_handling;
        return group;
    }
    if (numbered) return row_label(format, R::other_other, MatchKind::exact);
    return kind_only(AppLabelKind::header);
}

// Wrapped or cut short: a unique official body that starts with what is printed; annotated: the
// printed label carries a whole body (of at least four characters) and more.
std::optional<AppLabel> match_cut_or_annotated(std::string_view body, FormatVersion format) {
    auto const& bodies = row_bodies();
    std::optional<ApplicationRow> found;
    int hits = 0;
    for (auto const& b : bodies) {
        if (!has_row(format, b.row)) continue;
        if (std::string_view(b.body).starts_with(body)) {
            if (!found || *found != b.row) ++hits;
            found = b.row;
        }
    }
    if (hits == 1) return row_label(format, *found, MatchKind::truncated);
    for (auto const& b : bodies) {
        if (!has_row(format, b.row) || b.length < 4) continue;
        if (body.starts_with(b.body)) return row_label(format, b.row, MatchKind::variant);
    }
    return std::nullopt;
}

// Typos: a small edit distance (one per eight characters, at least one) to exactly one row.
std::optional<AppLabel> match_typo(std::string_view body, std::size_t len, FormatVersion format) {
    std::u32string const u = to_u32(body);
    std::size_t const limit = std::max<std::size_t>(1, len / 8);
    std::optional<ApplicationRow> best;
    std::size_t best_d = limit + 1;
    bool tie = false;
    for (auto const& b : row_bodies()) {
        if (!has_row(format, b.row)) continue;
        std::size_t const d = edit_distance(u, b.u32, limit);
        if (d < best_d) {
            best_d = d;
            best = b.row;
            tie = false;
        } else if (d == best_d && best && *best != b.row) {
            tie = true;
        }
    }
    if (best && best_d <= limit && !tie) return row_label(format, *best, MatchKind::variant);
    return std::nullopt;
}

// match_application_label() of a cell whose normalize_label() is n: the ways a label is printed,
// tried from the surest to the loosest.
AppLabel match_normalized_application_label(std::string_view n, FormatVersion format) {
    if (n.empty()) return {};
    Numbered const num = split_numbering(n);
    std::string_view const body = num.body;
    if (body.empty()) return {};
    if (auto m = match_words_read_by_numbering(num, format)) return *m;
    for (std::string_view g : {"本年度办理结果", "不予公开", "无法提供", "不予处理"})
        if (body == g) return kind_only(AppLabelKind::group);
    if (is_app_header(body)) return kind_only(AppLabelKind::header);
    for (auto const& b : row_bodies())  // an official body, or a variant the wording table lists
        if (b.body == body && has_row(format, b.row))
            return row_label(format, b.row, b.official ? MatchKind::exact : MatchKind::variant);
    std::size_t const len = code_points(body);
    if (len >= 4)
        if (auto m = match_cut_or_annotated(body, format)) return *m;
    // 3.危及“三安全一稳定” spelled out ("危及国家安全、公共安全、经济安全和社会稳定", FORMAT.md §10):
    // no other row begins with 危及.
    if (body.starts_with("危及"))
        return row_label(format, ApplicationRow::withheld_security_stability, MatchKind::variant);
    if (len >= 5 && len <= 60)
        if (auto m = match_typo(body, len, format)) return *m;
    return {};
}

// The Article 20 row wordings of both formats (label_tables.hpp), each once, longest first.
struct RowWordings {
    std::array<std::pair<std::string_view, Article20Row>, 2 * wording::article20_rows.size()> items{};
    std::size_t size = 0;
    constexpr auto begin() const noexcept { return items.begin(); }
    constexpr auto end() const noexcept { return items.begin() + static_cast<std::ptrdiff_t>(size); }
};
constexpr RowWordings article20_row_wordings_longest_first() noexcept {
    RowWordings out;
    for (auto const& w : wording::article20_rows) {
        for (std::string_view text : {w.v2019, w.v2021}) {
            bool seen = text.empty();
            for (std::size_t i = 0; i < out.size; ++i) seen = seen || out.items[i].first == text;
            if (seen) continue;
            std::size_t at = out.size++;  // insertion sort: longer texts first, ties keep order
            for (; at > 0 && out.items[at - 1].first.size() < text.size(); --at)
                out.items[at] = out.items[at - 1];
            out.items[at] = {text, w.value};
        }
    }
    return out;
}

}  // namespace

bool is_article20_column_variant(std::string_view normalized) {
    static std::vector<std::string> const variants = [] {
        std::vector<std::string> out;
        for (auto const& w : wording::article20_columns)
            for (auto text : w.variants)
                if (!text.empty()) out.push_back(normalize_label(text));
        return out;
    }();
    return std::find(variants.begin(), variants.end(), normalized) != variants.end();
}

namespace {

// match_article20_label() of a cell whose normalize_label() is n.
A20Label match_normalized_article20_label(std::string_view n, FormatVersion format) {
    A20Label out;
    if (n.empty()) return out;
    Numbered const num = split_numbering(n);
    std::string_view const body = num.body;
    if (body.starts_with("第二十条") || body == "信息内容" || body.starts_with("本年") ||
        body.starts_with("现行有效") || body.starts_with("对外公开") ||
        body.starts_with("上一年") || body.starts_with("处理决定") || body.starts_with("采购") ||
        body == "公开数量" || body == "总数量") {
        out.is_header = true;
        return out;
    }
    // The official wordings of both formats, longest first, so 行政规范性文件 is not read as
    // 规范性文件 plus an annotation.
    static constexpr auto rows = article20_row_wordings_longest_first();
    auto const& format_rows = article20_rows_read(format);
    for (auto const& [text, r] : rows) {
        if (!body.starts_with(text)) continue;
        // An annotation may follow in brackets; anything else is narrative.
        std::string_view rest = body.substr(text.size());
        if (!rest.empty() && !rest.starts_with("(") && !rest.starts_with("[")) continue;
        if (std::find(format_rows.begin(), format_rows.end(), r) == format_rows.end()) continue;
        out.is_row = true;
        out.row = r;
        bool const official = label(r, format) == text && r != Article20Row::other_documents;
        out.match = official && rest.empty() ? MatchKind::exact : MatchKind::variant;
        return out;
    }
    return out;
}

// A cheap hash for label-sized strings: the length and the first and last eight bytes tell
// nearly all labels apart, and the table compares whole keys anyway.
struct LabelHash {
    std::size_t operator()(std::string_view s) const noexcept {
        if (s.empty()) return 0;
        std::uint64_t head = 0, tail = 0;
        std::size_t const n = std::min<std::size_t>(s.size(), 8);
        std::memcpy(&head, s.data(), n);
        std::memcpy(&tail, s.data() + s.size() - n, n);
        std::uint64_t const h =
            (head * 0x9E3779B97F4A7C15ULL) ^ ((tail + s.size()) * 0xC2B2AE3D27D4EB4FULL);
        return static_cast<std::size_t>(h ^ (h >> 29));
    }
};

// The statutory wording of a table's labels, matched once per format. A matcher's result
// depends only on the normalised cell and the format, and nearly every label a report prints is
// worded as the statute has it (brackets, spaces and numbering aside, which normalisation
// removes): those cells are looked up instead of going through prefix, containment and edit
// distance tests. A cell printed exactly as the statute has it, or with ASCII brackets, is found
// before it is even normalised. Any other cell is matched as before.
template <class Result>
class KnownLabels {
public:
    template <class Match>
    KnownLabels(std::vector<std::string_view> const& texts, Match match) {
        for (std::string_view text : texts) {
            std::string n = normalize_label(text);
            if (n.empty()) continue;
            auto found = normalized_.find(n);
            if (found == normalized_.end()) {
                std::string_view const key = keep(std::move(n));
                results_.push_back(
                    {match(key, FormatVersion::v2019), match(key, FormatVersion::v2021)});
                found = normalized_.emplace(key, results_.size() - 1).first;
            }
            std::size_t const result = found->second;
            printed_.emplace(keep(std::string(text)), result);
            std::string ascii(text);  // （一） printed as (一): normalises the same
            for (auto [wide, narrow] : {std::pair{"（", "("}, std::pair{"）", ")"}})
                for (auto at = ascii.find(wide); at != std::string::npos; at = ascii.find(wide))
                    ascii.replace(at, std::string_view(wide).size(), narrow);
            if (normalize_label(ascii) == found->first)
                printed_.emplace(keep(std::move(ascii)), result);
        }
    }
    // By the cell as printed (trimmed), or nullptr.
    Result const* find_printed(std::string_view cell, FormatVersion format) const {
        return get(printed_, cell, format);
    }
    // By normalize_label() of the cell, or nullptr.
    Result const* find_normalized(std::string_view normalized, FormatVersion format) const {
        return get(normalized_, normalized, format);
    }

private:
    using Index = std::unordered_map<std::string_view, std::size_t, LabelHash>;
    std::string_view keep(std::string s) {
        keys_.push_back(std::make_unique<std::string>(std::move(s)));
        return *keys_.back();
    }
    Result const* get(Index const& index, std::string_view key, FormatVersion format) const {
        auto const it = index.find(key);
        if (it == index.end()) return nullptr;
        return &results_[it->second][format == FormatVersion::v2021 ? 1 : 0];
    }
    std::vector<std::unique_ptr<std::string>> keys_;  // stable storage for the indexes' views
    std::vector<std::array<Result, 2>> results_;       // 2019, 2021
    Index normalized_, printed_;
};

// The report's six section titles, which table regions begin or end with.
constexpr std::array<std::string_view, 6> section_titles{
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
};

// What the statute prints in the cells of the application table: headers, groups, rows.
std::vector<std::string_view> application_texts() {
    std::vector<std::string_view> texts{
        // Headers and groups, as is_app_header() and the group test read them.
        "自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "社会组织",
        "法律服务机构", "其他", "总计", "合计", "申请人情况", "信息内容", "类别", "项目",
        "数量", "三、本年度办理结果", "（六）其他", "（二）部分公开",
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"};
    for (auto f : {FormatVersion::v2019, FormatVersion::v2021})
        for (auto r : application_rows(f)) texts.push_back(label(r));
    for (auto g : {OutcomeGroup::disclosed, OutcomeGroup::partially_disclosed,
                   OutcomeGroup::withheld, OutcomeGroup::unavailable, OutcomeGroup::declined,
                   OutcomeGroup::other})
        texts.push_back(label(g));
    for (auto const& b : row_bodies()) texts.push_back(b.body);
    return texts;
}

// What the statute prints in the cells of the article 20 tables: captions, headers, rows.
std::vector<std::string_view> article20_texts() {
    std::vector<std::string_view> texts{"信息内容", "公开数量", "总数量", "采购总金额"};
    // The variants and short forms of the column wordings (本年度止件数, 本年新, 本年收费金额).
    for (auto const& w : wording::article20_columns) {
        for (auto text : w.variants)
            if (!text.empty()) texts.push_back(text);
        for (auto text : w.short_forms)
            if (!text.empty()) texts.push_back(text);
    }
    using AR = Article20Row;
    using AC = Article20Column;
    for (auto r : {AR::regulations, AR::normative_documents, AR::licensing, AR::other_services,
                   AR::penalty, AR::coercion, AR::fees, AR::procurement}) {
        texts.push_back(caption(r));
        for (auto f : {FormatVersion::v2019, FormatVersion::v2021}) {
            texts.push_back(label(r, f));
            for (auto c : {AC::issued, AC::repealed, AC::in_force, AC::decisions, AC::amount,
                           AC::new_made, AC::new_published, AC::total_published,
                           AC::previous_items, AC::change, AC::projects})
                texts.push_back(label(c, f, r));
        }
    }
    return texts;
}

// What the statute prints in the header of the review and litigation table.
std::vector<std::string_view> review_texts() {
    std::vector<std::string_view> texts{"行政诉讼", "未经复议直接起诉", "复议后起诉"};
    for (auto g : review_groups()) texts.push_back(label(g));
    for (auto c : review_columns()) texts.push_back(label(c));
    return texts;
}

// Every statutory text, for both matchers: a grid reader asks each matcher about every header
// cell of every table, and a cell of another table (结果维持 asked as an application label)
// otherwise goes through every prefix, containment and edit-distance test to be told "none".
// Each result is still the matcher's own, computed once when the table is built.
std::vector<std::string_view> statutory_texts() {
    std::vector<std::string_view> texts(section_titles.begin(), section_titles.end());
    for (auto const& part : {application_texts(), article20_texts(), review_texts()})
        texts.insert(texts.end(), part.begin(), part.end());
    return texts;
}

KnownLabels<AppLabel> const& known_application_labels() {
    static KnownLabels<AppLabel> const known(statutory_texts(), match_normalized_application_label);
    return known;
}

KnownLabels<A20Label> const& known_article20_labels() {
    static KnownLabels<A20Label> const known(statutory_texts(), match_normalized_article20_label);
    return known;
}

}  // namespace

AppLabel match_application_label(std::string_view cell, FormatVersion format) {
    if (cell.size() > kMaxLabelBytes) return {};
    auto const& known = known_application_labels();
    if (auto const* result = known.find_printed(cell, format)) return *result;
    NormalizedLabel const normalized(cell);
    if (auto const* result = known.find_normalized(normalized, format)) return *result;
    return match_normalized_application_label(normalized, format);
}

A20Label match_article20_label(std::string_view cell, FormatVersion format) {
    if (cell.size() > kMaxLabelBytes) return {};
    auto const& known = known_article20_labels();
    if (auto const* result = known.find_printed(cell, format)) return *result;
    NormalizedLabel const normalized(cell);
    if (auto const* result = known.find_normalized(normalized, format)) return *result;
    return match_normalized_article20_label(normalized, format);
}

std::optional<ReviewGroup> match_review_group(std::string_view cell) {
    if (cell.size() > 240) return std::nullopt;  // narrative: normalised it would exceed 60 too
    return match_review_group(cell, NormalizedLabel(cell));
}

std::optional<ReviewGroup> match_review_group(std::string_view cell, std::string_view n) {
    if (cell.size() > 240) return std::nullopt;
    if (n.size() > 60) return std::nullopt;  // narrative, not a header cell
    if (contains(n, "未经复议")) return ReviewGroup::litigation_direct;
    if (contains(n, "复议后")) return ReviewGroup::litigation_after_review;
    if (n == "行政复议" || n == "复议") return ReviewGroup::review;
    return std::nullopt;
}

std::span<ApplicationRow const> rows_read(FormatVersion format) noexcept {
    static ApplicationTable const with_single_other = [] {
        ApplicationTable t;
        t.other_handling = ApplicantRow{};
        return t;
    }();
    return application_rows(format, with_single_other);
}

ApplicantRow* row_to_write(ApplicationTable& table, FormatVersion format, ApplicationRow r) {
    if (ApplicantRow* row = find_row(table, r)) return row;
    if (r == ApplicationRow::other_handling && may_hold_row(format, r))
        return &table.other_handling.emplace();
    return nullptr;
}

std::span<Article20Row const> article20_rows_read(FormatVersion format) noexcept {
    static Article20 const with_other_documents = [] {
        Article20v2019 a;
        a.other_documents = DocumentCounts2019{};
        return Article20(a);
    }();
    return article20_rows(format, with_other_documents);
}

bool hold_article20_row(Article20& tables, Article20Row r) {
    auto* v2019 = std::get_if<Article20v2019>(&tables);
    if (r == Article20Row::other_documents && v2019 && !v2019->other_documents)
        v2019->other_documents.emplace();
    auto const rows = article20_rows(format_of(tables), tables);
    return std::find(rows.begin(), rows.end(), r) != rows.end();
}

std::string article20_variant_note(std::string_view printed, Article20Row r) {
    if (r == Article20Row::other_documents)
        return "“" + std::string(printed) +
               "”不是法定格式的行（湖北等省级模板增加的行），数值保存为 other_documents，"
               "不参与任何核对与汇总";
    return "标签“" + std::string(printed) + "”与官方表述不同，已按近似标签识别";
}

}  // namespace govinfo::detail
