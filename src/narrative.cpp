// Narrative cross-checks: a handful of fixed wordings, read sentence by sentence.
//
// The wordings are matched byte-wise on UTF-8 by small hand-written matchers, each documented
// with the regular expression (ECMAScript, bytes) whose matches it reproduces exactly: leftmost
// match first, lazy repetitions as short as possible, the next search after the end of a match.
// std::regex did the same job at a hundred times the cost; Boost.Regex 1.81 matching only the
// sentences with a cue costs 16.3 M instructions per pass over the bundled reports against 1.5 M
// for this whole check (bench/narrative_regex.cpp, docs/performance.md), so the hand-written
// matchers stay. The patterns that end in a count after fixed words (`word([0-9]+)件`) are read
// from the sentence's counts instead (each_count).
//
// Most of a report states no count: cues() finds the few sentences worth reading with one
// memchr, and the matchers are tried only where a match can begin (WordStarts, CountStarts).
#include "govinfo/narrative.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "govinfo/cell_address.hpp"
#include "govinfo/cells.hpp"
#include "govinfo/finding_builder.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/taxonomy.hpp"
#include "checks.hpp"
#include "count_sum.hpp"
#include "finding_list.hpp"
#include "text/normalize.hpp"
#include "text/search.hpp"

namespace govinfo {
namespace {

using R = ApplicationRow;

// The text toolkit (src/text/): squeeze_for_narrative() removes whitespace so that a statement
// wrapped over lines reads as one; the squeezed:: readers look at unsqueezed text as if squeezed.
using detail::contains;
using detail::contains_any;
using detail::find_from;
using detail::squeeze_for_narrative;
using detail::squeezed::kept_before;
using detail::squeezed::kept_from;

// Calls f(sentence) for each piece of `text` between two 。.
template <class F>
void each_sentence(std::string_view text, F&& f) {
    std::string_view const stop = "。";
    std::size_t start = 0;
    while (start < text.size()) {
        auto const end = text.find(stop, start);
        f(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) break;
        start = end + stop.size();
    }
}

std::optional<std::int64_t> number(std::string_view digits) {
    if (digits.empty() || digits.size() > 15) return std::nullopt;
    std::int64_t v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    return v;
}

constexpr std::size_t npos = std::string_view::npos;

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// What a sentence holds that the checks below read. `counted`: an ASCII digit directly followed
// by 件 or 份, which every counted statement the patterns below read has. `uncounted`: one of
// the two statements read without a count: 没有结转 / 无结转 / 没有上年结转 / 无上年结转, and
// 均(?:获|被|予以|已)?维持. A sentence with neither (most of a report, and every table) gives
// no finding and is skipped.
struct Cues {
    bool counted = false, uncounted = false;
};

// The words before 结转 in 没有结转 / 无结转 / 没有上年结转 / 无上年结转, and before 维持 in
// 均(?:获|被|予以|已)?维持.
constexpr std::array<std::string_view, 4> before_carry{"无", "没有", "无上年", "没有上年"};
constexpr std::array<std::string_view, 5> before_upheld{"均", "均获", "均被", "均予以", "均已"};

// 件 (E4 BB B6), 份 (E4 BB BD), 结 (E7 BB 93) and 维 (E7 BB B4) share their middle byte BB,
// which is rare in Chinese text: memchr for it finds every candidate.
Cues cues(std::string_view s) {
    Cues c;
    for (std::size_t k = s.find('\xBB', 1); k != std::string_view::npos && k + 1 < s.size();
         k = s.find('\xBB', k + 1)) {
        std::size_t const at = k - 1;  // the character's first byte
        std::string_view const before = s.substr(0, at), after = s.substr(at + 3);
        auto const lead = static_cast<unsigned char>(s[at]);
        auto const last = static_cast<unsigned char>(s[k + 1]);
        if (lead == 0xE4 && (last == 0xB6 || last == 0xBD)) {  // 件 份
            if (at > 0 && s[at - 1] >= '0' && s[at - 1] <= '9') {
                c.counted = true;
                return c;  // a counted sentence goes through every check anyway
            }
        } else if (lead == 0xE7 && last == 0x93) {  // 结
            if (after.starts_with("转") &&
                std::ranges::any_of(before_carry, [&](auto w) { return before.ends_with(w); }))
                c.uncounted = true;
        } else if (lead == 0xE7 && last == 0xB4) {  // 维
            if (after.starts_with("持") &&
                std::ranges::any_of(before_upheld, [&](auto w) { return before.ends_with(w); }))
                c.uncounted = true;
        }
    }
    return c;
}

// Whether the BB byte at k of the unsqueezed text `t` is the middle byte of a cue of cues() in
// the squeezed text: the same tests, reading past the whitespace the squeeze drops.
bool raw_cue(std::string_view t, std::size_t k) noexcept {
    std::size_t const at = kept_before(t, k), last_at = kept_from(t, k + 1);
    if (at == npos || last_at >= t.size()) return false;
    auto const lead = static_cast<unsigned char>(t[at]);
    auto const last = static_cast<unsigned char>(t[last_at]);
    if (lead == 0xE4 && (last == 0xB6 || last == 0xBD)) {  // 件 份
        std::size_t const d = kept_before(t, at);
        return d != npos && is_digit(t[d]);
    }
    auto const after = [&](std::string_view w) {
        return detail::squeezed::starts_with(t, last_at + 1, w);
    };
    auto const before = [&](std::string_view w) { return detail::squeezed::ends_with(t, at, w); };
    if (lead == 0xE7 && last == 0x93)  // 结
        return after("转") && std::ranges::any_of(before_carry, before);
    if (lead == 0xE7 && last == 0xB4)  // 维
        return after("持") && std::ranges::any_of(before_upheld, before);
    return false;
}

// ---- the matchers ----

// A match: the whole text matched, the digits of its count, and for in_force the kind of
// document. Views into the sentence.
struct Match {
    std::string_view whole, digits, kind;
};

// Consumes `word` at i.
bool eat(std::string_view s, std::size_t& i, std::string_view word) noexcept {
    if (s.substr(i).starts_with(word)) {
        i += word.size();
        return true;
    }
    return false;
}
// Consumes the first of `words` found at i (an alternation whose words cannot start alike).
bool eat_any(std::string_view s, std::size_t& i, std::initializer_list<std::string_view> words) noexcept {
    for (auto w : words)
        if (eat(s, i, w)) return true;
    return false;
}
// `[0-9]+`: all the digits at i (a longer or shorter run never helps the patterns here, which
// continue with a word that is not a digit).
bool eat_digits(std::string_view s, std::size_t& i, std::string_view& digits) noexcept {
    std::size_t j = i;
    while (j < s.size() && is_digit(s[j])) ++j;
    if (j == i) return false;
    digits = s.substr(i, j - i);
    i = j;
    return true;
}
// `.` of ECMAScript on bytes: anything but a line end.
bool any_char(char c) noexcept { return c != '\n' && c != '\r'; }

// Optional words followed by something that starts otherwise, such as `(?:政府)?申请`: taking
// the word when it is there is the only way to match, so eat() decides it without backtracking.

// (?:收到|受理|接收).{0,45}?信息公开申请(?:共计|共)?([0-9]+)(?:件|份)
std::optional<Match> received_a(std::string_view s, std::size_t i) noexcept {
    std::size_t j = i;
    if (!eat_any(s, j, {"收到", "受理", "接收"})) return std::nullopt;
    for (std::size_t k = 0; k <= 45 && j + k <= s.size(); ++k) {
        if (k > 0 && !any_char(s[j + k - 1])) break;
        std::size_t q = j + k;
        Match m;
        if (!eat(s, q, "信息公开申请")) continue;
        if (!eat(s, q, "共计")) eat(s, q, "共");
        if (!eat_digits(s, q, m.digits) || !eat_any(s, q, {"件", "份"})) continue;
        m.whole = s.substr(i, q - i);
        return m;
    }
    return std::nullopt;
}

// (?:收到|受理|接收)(?:了)?([0-9]+)件(?:政府)?(?:信息公开)?申请
std::optional<Match> received_b(std::string_view s, std::size_t i) noexcept {
    std::size_t q = i;
    Match m;
    if (!eat_any(s, q, {"收到", "受理", "接收"})) return std::nullopt;
    eat(s, q, "了");
    if (!eat_digits(s, q, m.digits) || !eat(s, q, "件")) return std::nullopt;
    eat(s, q, "政府");
    eat(s, q, "信息公开");
    if (!eat(s, q, "申请")) return std::nullopt;
    m.whole = s.substr(i, q - i);
    return m;
}

// (?:到|至)?下(?:一)?年 after 顺延 or 结转.
bool next_year(std::string_view s, std::size_t& q) noexcept {
    eat_any(s, q, {"到", "至"});
    if (!eat(s, q, "下")) return false;
    eat(s, q, "一");
    return eat(s, q, "年");
}

// ([0-9]+)件(?:(?!，|；|,|;)[^0-9]){0,30}?(?:顺延|结转)(?:到|至)?下(?:一)?年
std::optional<Match> forward_a(std::string_view s, std::size_t i) noexcept {
    std::size_t j = i;
    Match m;
    if (!eat_digits(s, j, m.digits) || !eat(s, j, "件")) return std::nullopt;
    for (std::size_t k = 0; k <= 30 && j + k <= s.size(); ++k) {
        if (k > 0) {
            std::size_t const b = j + k - 1;  // the byte the k-th repetition consumes
            if (is_digit(s[b])) break;
            auto const rest = s.substr(b);
            if (rest.starts_with("，") || rest.starts_with("；") || rest.starts_with(",") ||
                rest.starts_with(";"))
                break;
        }
        std::size_t q = j + k;
        if (!eat_any(s, q, {"顺延", "结转"}) || !next_year(s, q)) continue;
        m.whole = s.substr(i, q - i);
        return m;
    }
    return std::nullopt;
}

// 结转(?:到|至)?下(?:一)?年(?:度)?(?:继续办理)?([0-9]+)件
std::optional<Match> forward_b(std::string_view s, std::size_t i) noexcept {
    std::size_t q = i;
    Match m;
    if (!eat(s, q, "结转") || !next_year(s, q)) return std::nullopt;
    eat(s, q, "度");
    eat(s, q, "继续办理");
    if (!eat_digits(s, q, m.digits) || !eat(s, q, "件")) return std::nullopt;
    m.whole = s.substr(i, q - i);
    return m;
}

// (?:均|全部).{0,60}?(?:答复|办结|处理|反馈)
std::optional<Match> all_answered(std::string_view s, std::size_t i) noexcept {
    std::size_t j = i;
    if (!eat_any(s, j, {"均", "全部"})) return std::nullopt;
    for (std::size_t k = 0; k <= 60 && j + k <= s.size(); ++k) {
        if (k > 0 && !any_char(s[j + k - 1])) break;
        std::size_t q = j + k;
        if (eat_any(s, q, {"答复", "办结", "处理", "反馈"})) return Match{s.substr(i, q - i), {}, {}};
    }
    return std::nullopt;
}

// 均(?:获|被|予以|已)?维持
std::optional<Match> all_upheld(std::string_view s, std::size_t i) noexcept {
    std::size_t q = i;
    if (!eat(s, q, "均")) return std::nullopt;
    eat_any(s, q, {"获", "被", "予以", "已"});
    if (!eat(s, q, "维持")) return std::nullopt;
    return Match{s.substr(i, q - i), {}, {}};
}

// 现行有效(?:的)?(行政规范性文件|规范性文件|规章)(?:共)?([0-9]+)件
std::optional<Match> in_force_count(std::string_view s, std::size_t i) noexcept {
    std::size_t q = i;
    Match m;
    if (!eat(s, q, "现行有效")) return std::nullopt;
    eat(s, q, "的");
    std::size_t const kind = q;
    if (!eat_any(s, q, {"行政规范性文件", "规范性文件", "规章"})) return std::nullopt;
    m.kind = s.substr(kind, q - kind);
    eat(s, q, "共");
    if (!eat_digits(s, q, m.digits) || !eat(s, q, "件")) return std::nullopt;
    m.whole = s.substr(i, q - i);
    return m;
}

// ---- where matches can begin ----

// The places a pattern can match are few; the searches below try the pattern at those only,
// which gives the same matches as trying it at every byte. Each kind of place is a cursor:
// next(from) is the first place at or after `from`, for calls with `from` never decreasing.

// Where one of up to three words begins: every pattern that starts with a word (or a choice of
// words) fails everywhere else.
class WordStarts {
public:
    WordStarts(std::string_view s, std::initializer_list<std::string_view> words) noexcept : s_(s) {
        for (auto w : words)
            if (n_ < words_.size()) {
                words_[n_] = w;
                next_[n_++] = find_from(s, w);
            }
    }
    // Whether one of the words is in the text at all.
    bool any() const noexcept {
        for (std::size_t i = 0; i < n_; ++i)
            if (next_[i] != npos) return true;
        return false;
    }
    std::size_t next(std::size_t from) noexcept {
        std::size_t first = npos;
        for (std::size_t i = 0; i < n_; ++i) {
            if (next_[i] < from) next_[i] = find_from(s_, words_[i], from);
            first = std::min(first, next_[i]);
        }
        return first;
    }

private:
    std::string_view s_;
    std::array<std::string_view, 3> words_{};
    std::array<std::size_t, 3> next_{};
    std::size_t n_ = 0;
};

// A run of digits directly followed by 件, as [digits, piece).
struct Count {
    std::size_t digits, piece;
};

// Where such a run begins (from `from` on: a run begun before is taken from `from`), for
// forward_a. Inside the run the pattern reads the same 件 and what follows, so it matches at the
// run's first place or at none of them.
class CountStarts {
public:
    explicit CountStarts(std::vector<Count> const& counts) noexcept : counts_(counts) {}
    std::size_t next(std::size_t from) noexcept {
        for (; i_ < counts_.size(); ++i_) {
            std::size_t const start = std::max(counts_[i_].digits, from);
            if (start < counts_[i_].piece) return start;
        }
        return npos;
    }

private:
    std::vector<Count> const& counts_;
    std::size_t i_ = 0;  // the counts before it end before the last `from`
};

// The leftmost match (regex_search).
template <class Starts, class P>
std::optional<Match> search(std::string_view s, Starts starts, P const& at) {
    for (std::size_t i = starts.next(0); i != npos; i = starts.next(i + 1))
        if (auto m = at(s, i)) return m;
    return std::nullopt;
}

// Each match in turn, the next searched after the end of the last (sregex_iterator): f(match,
// position of the match).
template <class Starts, class P, class F>
void each_match(std::string_view s, Starts starts, P const& at, F&& f) {
    for (std::size_t i = starts.next(0); i != npos;) {
        if (auto m = at(s, i)) {
            f(*m, i);
            i = starts.next(i + m->whole.size());  // every pattern matches at least one byte
        } else {
            i = starts.next(i + 1);
        }
    }
}

// The sum of the values present; nullopt when none is, or when the sum does not fit in 64 bits
// (cells set by a caller or read from JSON): a statement is then not compared.
class PresentSum {
public:
    void add(std::optional<std::int64_t> v) noexcept {
        if (!v) return;
        any_ = true;
        sum_.add(*v);
    }
    std::optional<std::int64_t> value() const noexcept {
        return any_ ? sum_.value() : std::nullopt;
    }

private:
    detail::CheckedSum sum_;
    bool any_ = false;
};

// The value a row holds for the narrative: its 总计 when filled, else the sum of the filled
// applicant columns (SH19 leaves 总计 blank on detail rows), else nothing.
std::optional<std::int64_t> row_value(ApplicationTable const& t, ApplicationRow row) {
    auto const* r = find_row(t, row);
    if (!r) return std::nullopt;
    if (r->total.has_value()) return r->total.value;
    PresentSum sum;
    for (auto c : applicant_columns()) sum.add(cell(*r, c).get());
    return sum.value();
}

std::optional<std::int64_t> rows_value(ApplicationTable const& t,
                                       std::vector<ApplicationRow> const& rows) {
    PresentSum sum;
    for (auto r : rows) sum.add(row_value(t, r));
    return sum.value();
}

std::vector<ApplicationRow> group_rows(FormatVersion f, OutcomeGroup g) {
    std::vector<ApplicationRow> out;
    for (auto r : outcome_rows(f))
        if (group_of(r) == g) out.push_back(r);
    return out;
}

std::optional<std::int64_t> sum_cells(std::initializer_list<Cell const*> cells) {
    PresentSum sum;
    for (auto const* c : cells) sum.add(c->get());
    return sum.value();
}

std::size_t longest_section(Report const& r) noexcept {
    std::size_t n = 0;
    for (auto const& section : r.sections) n = std::max(n, section.text.size());
    return n;
}

class Reader {
public:
    Reader(Report const& r, std::vector<Finding>& out)
        : r_(r),
          t_(r.applications),
          n_(row_value(t_, R::new_received)),
          p_(row_value(t_, R::carried_over)),
          fwd_(row_value(t_, R::carried_forward)),
          out_(out, out.size()) {}

    // Only the stretches of a section between two 。 that hold a cue are squeezed and read:
    // raw_cue() finds the cues in the unsqueezed text. A 。 whose three bytes stand together in
    // the unsqueezed text ends a sentence of the squeezed text too (whitespace is dropped only
    // whole, and none starts inside a 。 or ends with its bytes), so each stretch squeezed
    // alone holds the same sentences as the whole section squeezed.
    void run() && {
        std::string_view const stop = "。";
        for (auto const& section : r_.sections) {
            section_ = &section;
            std::string_view const text = section.text;
            std::size_t done = 0;  // the text before it has been read
            for (std::size_t k = text.find('\xBB'); k != npos;
                 k = text.find('\xBB', std::max(k + 1, done))) {
                if (!raw_cue(text, k)) continue;
                std::size_t const before = text.substr(done, k - done).rfind(stop);
                std::size_t const start = before == npos ? done : done + before + stop.size();
                std::size_t const end = std::min(text.find(stop, k), text.size());
                read(text.substr(start, end - start));
                done = std::min(end + stop.size(), text.size());
            }
            // "未收到政府信息公开申请" states no count, so no cue above finds it.
            if (n_ && *n_ != 0 && contains_any(text, {"未收到", "没有收到", "未接到", "没有接到",
                                                      "未受理", "没有受理"}))
                each_sentence(squeeze_for_narrative(text, text_.get()),
                              [&](std::string_view s) { none_received(s); });
        }
    }

    void read(std::string_view stretch) {
        each_sentence(squeeze_for_narrative(stretch, text_.get()), [&](std::string_view s) {
            if (auto const c = cues(s); c.counted || c.uncounted) sentence(s, c.counted);
        });
    }

private:
    Report const& r_;
    ApplicationTable const& t_;
    // The rows the sentences are compared with, the same for every sentence.
    std::optional<std::int64_t> const n_, p_, fwd_;
    Section const* section_ = nullptr;
    // Room for the longest section squeezed; not zeroed, as the squeeze writes before it reads.
    std::unique_ptr<char[]> text_ = std::make_unique_for_overwrite<char[]>(longest_section(r_));
    // Reports repeat paragraphs: a statement made again folds into the finding it gave first.
    detail::FindingList out_;
    // The table's value for each pattern of outcomes(), worked out when first needed.
    struct OutcomeSum {
        std::optional<std::int64_t> value;
        ApplicationRow first_row;  // the row a finding names
    };
    std::array<std::optional<OutcomeSum>, 7> outcome_sums_;
    std::vector<Count> counts_;  // the counts of the sentence read (list_counts)

    void mismatch(CellAddress const& where, std::int64_t table_value, std::string_view quote,
                  std::int64_t text_value, std::string_view what) {
        if (table_value == text_value) return;
        std::string message = "第" + std::to_string(section_->number) + "部分文字称“";
        message += quote;
        message += "”（" + std::to_string(text_value) + "），但表中";
        message += what;
        message += "为 " + std::to_string(table_value);
        out_.add(FindingBuilder(FindingCode::narrative_mismatch, Severity::warning)
                     .at(where)
                     .expected(std::to_string(table_value))
                     .actual(std::to_string(text_value))
                     .message(std::move(message))
                     .line(section_->first_line)
                     .build());
    }

    // Each match of `at` in the sentence: f(the whole match, its count, its position); matches
    // whose count does not fit are skipped.
    template <class Starts, class P, class F>
    static void each(std::string_view s, Starts starts, P const& at, F&& f) {
        each_match(s, starts, at, [&](Match const& m, std::size_t pos) {
            if (auto const v = number(m.digits)) f(m.whole, *v, pos);
        });
    }

    // Without `counted`, only the 结转 and 维持 statements of cues() can give a finding.
    void sentence(std::string_view s, bool counted) {
        bool received = false;
        auto const& n = n_;
        auto const& p = p_;
        auto const& fwd = fwd_;
        if (counted) list_counts(s);
        // Each word below is looked for once per sentence.
        bool const carries = (fwd || p) && contains(s, "结转");

        // 一、本年新收: "共收到信息公开申请2件", "收到3件政府信息公开申请", "申请共计81件".
        if (counted) {
            WordStarts const received_at(s, {"收到", "受理", "接收"});
            if (received_at.any())
                for (auto const re : {&received_a, &received_b}) {
                    each(s, received_at, re, [&](std::string_view quote, std::int64_t v, std::size_t) {
                        received = true;
                        if (!n) return;
                        received_count(quote, v);
                    });
                }
        }

        // （七）总计: "答复政府信息公开申请805件", "已答复1件", "办结69件", "共办理718件".
        // (?:答复(?:政府信息公开申请)?|办结|共办理)([0-9]+)件
        if (counted && contains(s, "申请") && contains_any(s, {"答复", "办结", "共办理"})) {
            if (auto const tv = row_value(t_, R::outcome_total))
                each_count(s, {"答复政府信息公开申请", "答复", "办结", "共办理"},
                           [&](std::string_view quote, std::int64_t v, std::size_t pos) {
                               // "同意公开答复9件" counts one outcome, not all of them.
                               if (names_an_outcome(s.substr(0, pos))) return;
                               mismatch(CellAddress(R::outcome_total, ApplicantColumn::total),
                                        *tv, quote, v, "（七）总计 总计");
                           });
        }

        // 二、上年结转: "含上年度结转申请18件", "上年结转3件". 上年(?:度)?结转(?:申请)?([0-9]+)件
        // (The std::regex this replaced wrote 上年度?, whose ? on UTF-8 bytes made only the
        // last byte of 度 optional, so it never read "上年结转".)
        if (p && counted && carries)
            each_count(s, {"上年度结转申请", "上年结转申请", "上年度结转", "上年结转"},
                       [&](std::string_view quote, std::int64_t v, std::size_t) {
                           mismatch(CellAddress(R::carried_over, ApplicantColumn::total), *p,
                                    quote, v, "二、上年结转 总计");
                       });

        // 四、结转下年度: "另有72件申请…顺延到下年度", "结转下一年31件", "1件结转下年度".
        if (fwd && counted && (carries || contains(s, "顺延"))) {
            auto const found = [&](std::string_view quote, std::int64_t v, std::size_t) {
                mismatch(CellAddress(R::carried_forward, ApplicantColumn::total), *fwd, quote, v,
                         "四、结转下年度 总计");
            };
            each(s, CountStarts(counts_), forward_a, found);
            each(s, WordStarts(s, {"结转"}), forward_b, found);
        }

        // "均已…予以答复" said of the applications received: nothing is carried forward.
        if (received && fwd && !carries && !contains_any(s, {"顺延", "下年", "下一年"})) {
            WordStarts const all_at(s, {"均", "全部"});
            if (all_at.any())
                if (auto const m = search(s, all_at, all_answered))
                    mismatch(CellAddress(R::carried_forward, ApplicantColumn::total), *fwd,
                             m->whole, 0, "四、结转下年度 总计");
        }
        // "没有结转至下一年度办理事项", "没有上年结转" (each wording holds 结转).
        bool const carry = carries;
        if (carry && fwd && (contains(s, "没有结转") || contains(s, "无结转")) && *fwd != 0)
            mismatch(CellAddress(R::carried_forward, ApplicantColumn::total), *fwd, "没有结转",
                     0, "四、结转下年度 总计");
        if (carry && p && (contains(s, "没有上年结转") || contains(s, "无上年结转")) && *p != 0)
            mismatch(CellAddress(R::carried_over, ApplicantColumn::total), *p, "没有上年结转", 0,
                     "二、上年结转 总计");

        if (counted) outcomes(s);
        review(s, counted);
        if (counted && contains(s, "现行有效")) in_force(s);
    }

    // A count of applications received, stated as `quote`: 一、本年新收, or 一 + 二 when the text
    // counts last year's applications too ("受理 749 件" with 700 new and 49 carried over). The
    // second reading is no mismatch, but the user is told it was the one used.
    void received_count(std::string_view quote, std::int64_t v) {
        std::int64_t const n = *n_;
        if (v == n) return;
        bool const carried = p_ && *p_ != 0;
        auto const both = carried ? detail::checked_add(n, *p_) : std::nullopt;
        if (both && v == *both) {
            out_.add(FindingBuilder(FindingCode::narrative_reading, Severity::info)
                         .at(CellAddress(R::new_received, ApplicantColumn::total))
                         .expected(std::to_string(*both))
                         .actual(std::to_string(v))
                         .message("第" + std::to_string(section_->number) + "部分文字称“" +
                                  std::string(quote) + "”（" + std::to_string(v) +
                                  "），与表中一、本年新收 " + std::to_string(n) +
                                  " 不同，但等于一、本年新收 " + std::to_string(n) +
                                  " + 二、上年结转 " + std::to_string(*p_) +
                                  "：按含上年结转的口径读，与表一致")
                         .line(section_->first_line)
                         .build());
            return;
        }
        std::string what = "一、本年新收 总计";
        if (both)
            what += "（含二、上年结转 " + std::to_string(*p_) + " 则为 " + std::to_string(*both) +
                    "，两种读法都不符）";
        mismatch(CellAddress(R::new_received, ApplicantColumn::total), n, quote, v, what);
    }

    // Whether the text before a 答复/办结 count ends in the name of one outcome ("同意公开答复9件",
    // "不予公开答复1件"): that count is the outcome's, not （七）总计.
    static bool names_an_outcome(std::string_view before) noexcept {
        static constexpr std::string_view outcomes[] = {
            "公开",   "同意",     "提供",   "告知", "不予处理", "不予受理", "其他处理",
            "不存在", "非本机关", "不掌握", "补正", "不予公开", "部分公开"};
        return std::ranges::any_of(outcomes, [&](auto w) { return before.ends_with(w); });
    }

    // "本年度未收到政府信息公开申请" while 一、本年新收 holds some: a statement of none received.
    // Only the words that mean every application are read between the negation and 申请
    // ("未收到纸质申请" speaks of one channel and says nothing of the rest).
    void none_received(std::string_view s) {
        if (!n_ || *n_ == 0) return;
        static constexpr std::string_view negations[] = {"未收到", "没有收到", "未接到",
                                                         "没有接到", "未受理", "没有受理"};
        static constexpr std::string_view objects[] = {
            "申请",         "政府信息公开申请",   "信息公开申请",     "依申请公开申请",
            "依申请公开",   "任何政府信息公开申请", "任何信息公开申请", "任何申请",
            "公开申请",     "有关政府信息公开的申请", "政府信息公开的申请"};
        for (auto const neg : negations) {
            for (std::size_t at = s.find(neg); at != npos; at = s.find(neg, at + 1)) {
                std::string_view const after = s.substr(at + neg.size());
                for (auto const obj : objects) {
                    if (!after.starts_with(obj)) continue;
                    std::string_view const rest = after.substr(obj.size());
                    // "未收到申请人异议", "未受理申请公开事项" speak of something else.
                    if (rest.starts_with("人") || rest.starts_with("书") || rest.starts_with("表"))
                        continue;
                    mismatch(CellAddress(R::new_received, ApplicantColumn::total), *n_,
                             s.substr(at, neg.size() + obj.size()), 0, "一、本年新收 总计");
                    return;
                }
            }
        }
    }

    // The counts the sentence states: each 件 directly after a digit, with the start of the
    // digits before it (counts_).
    void list_counts(std::string_view s) {
        counts_.clear();
        for (std::size_t piece = find_from(s, "件"); piece != npos;
             piece = find_from(s, "件", piece + 1)) {
            std::size_t digits = piece;
            while (digits > 0 && is_digit(s[digits - 1])) --digits;
            if (digits < piece) counts_.push_back({digits, piece});
        }
    }

    // Each match of `(?:lead_ins)([0-9]+)件` in turn, as each() gives it: f(whole match, its
    // count, its position). A match is a stated count whose digits directly follow one of the
    // lead-ins (none holds a digit or 件, and no two can end the same text, so at most one
    // fits), and such matches never overlap, so walking the counts finds them all in order.
    template <class F>
    void each_count(std::string_view s, std::initializer_list<std::string_view> lead_ins, F&& f) {
        for (auto const& c : counts_) {
            std::string_view const before = s.substr(0, c.digits);
            for (auto const w : lead_ins) {
                if (!before.ends_with(w)) continue;
                std::size_t const start = c.digits - w.size();
                if (auto const v = number(s.substr(c.digits, c.piece - c.digits)))
                    f(s.substr(start, c.piece + std::string_view("件").size() - start), *v, start);
                break;
            }
        }
    }

    // Outcome groups: "予以公开及部分公开258件", "不予公开35件", "无法提供265件", "不予处理158件".
    // Each pattern is `word([0-9]+)件`.
    void outcomes(std::string_view s) {
        auto const f = r_.format();
        struct Pattern {
            std::string_view word;  // the literal every match starts with
            std::vector<OutcomeGroup> groups;
            char const* what;
        };
        static std::array<Pattern, 7> const patterns{{
            {"予以公开及部分公开",
             {OutcomeGroup::disclosed, OutcomeGroup::partially_disclosed},
             "（一）予以公开 + （二）部分公开"},
            {"予以公开", {OutcomeGroup::disclosed}, "（一）予以公开"},
            {"部分公开", {OutcomeGroup::partially_disclosed}, "（二）部分公开"},
            {"不予公开", {OutcomeGroup::withheld}, "（三）不予公开"},
            {"无法提供", {OutcomeGroup::unavailable}, "（四）无法提供"},
            {"不予处理", {OutcomeGroup::declined}, "（五）不予处理"},
            {"其他处理", {OutcomeGroup::other}, "（六）其他处理"},
        }};
        static_assert(patterns.size() == std::tuple_size_v<decltype(outcome_sums_)>);
        for (std::size_t k = 0; k < patterns.size(); ++k) {
            auto const& pat = patterns[k];
            auto& sum = outcome_sums_[k];
            each_count(s, {pat.word}, [&](std::string_view quote, std::int64_t v, std::size_t pos) {
                if (!sum) {
                    std::vector<ApplicationRow> rows;
                    for (auto g : pat.groups)
                        for (auto r : group_rows(f, g)) rows.push_back(r);
                    sum = OutcomeSum{rows_value(t_, rows), rows.empty() ? R{} : rows.front()};
                }
                if (!sum->value) return;
                // "部分公开258件" inside "予以公开及部分公开258件" belongs to the first pattern.
                std::string_view const before = s.substr(0, pos);
                if (pat.groups.size() == 1 && pat.groups[0] == OutcomeGroup::partially_disclosed &&
                    before.ends_with("及"))
                    return;
                mismatch(CellAddress(sum->first_row, ApplicantColumn::total), *sum->value, quote,
                         v, std::string(pat.what) + " 各行之和");
            });
        }
    }

    // Review and litigation: "行政复议7件", "诉讼9件", "均获维持".
    void review(std::string_view s, bool counted) {
        auto const& t = r_.review_litigation;
        auto const review_total = sum_cells({&t.review.total});
        auto const lit_total = sum_cells({&t.litigation_direct.total, &t.litigation_after_review.total});
        if (review_total && counted)
            each_count(s, {"行政复议"}, [&](std::string_view quote, std::int64_t v, std::size_t) {
                mismatch(CellAddress(ReviewGroup::review, ReviewColumn::total),
                         *review_total, quote, v, "行政复议 总计");
            });
        if (lit_total && counted)
            each_count(s, {"诉讼"}, [&](std::string_view quote, std::int64_t v, std::size_t) {
                mismatch(CellAddress(ReviewGroup::litigation_direct, ReviewColumn::total),
                         *lit_total, quote, v, "行政诉讼（直接起诉 + 复议后起诉）总计");
            });

        if (!contains(s, "维持")) return;
        auto const m = search(s, WordStarts(s, {"均"}), all_upheld);
        if (!m) return;
        // Every case the sentence names was upheld: 结果维持 = 总计 in those groups.
        std::vector<ReviewGroup> groups;
        if (contains(s, "复议")) groups.push_back(ReviewGroup::review);
        if (contains(s, "诉讼")) {
            groups.push_back(ReviewGroup::litigation_direct);
            groups.push_back(ReviewGroup::litigation_after_review);
        }
        detail::CheckedSum upheld_sum, total_sum;
        std::optional<ReviewGroup> first_row;  // none: the sum differs, no single group does
        for (auto g : groups) {
            auto const& o = group(t, g);
            if (!o.total.has_value()) continue;
            total_sum.add(o.total.value);
            upheld_sum.add(o.upheld.has_value() ? o.upheld.value : 0);
            if (!first_row && o.upheld.value != o.total.value) first_row = g;
        }
        if (!upheld_sum.value() || !total_sum.value()) return;  // beyond 64 bits: not compared
        std::int64_t const upheld = *upheld_sum.value(), total = *total_sum.value();
        if (total == upheld) return;
        std::string message = "第" + std::to_string(section_->number) + "部分文字称“";
        message += m->whole;
        message += "”，但表中结果维持合计 " + std::to_string(upheld) + " 件，总计 " +
                   std::to_string(total) + " 件";
        out_.add(FindingBuilder(FindingCode::narrative_mismatch, Severity::warning)
                     .at(first_row ? CellAddress(*first_row, ReviewColumn::upheld)
                                   : CellAddress(ReviewColumn::upheld))
                     .expected(std::to_string(upheld))
                     .actual(std::to_string(total))
                     .message(std::move(message))
                     .line(section_->first_line)
                     .build());
    }

    // 2021 format: "现行有效行政规范性文件393件" against 现行有效件数.
    void in_force(std::string_view s) {
        auto const* a = std::get_if<Article20v2021>(&r_.article20);
        if (!a) return;
        each_match(s, WordStarts(s, {"现行有效"}), in_force_count, [&](Match const& m, std::size_t) {
            auto const v = number(m.digits);
            bool const rules = m.kind == "规章";
            Cell const& c = rules ? a->regulations.in_force : a->normative_documents.in_force;
            if (!v) return;
            auto const row = rules ? Article20Row::regulations : Article20Row::normative_documents;
            if (!c.has_value()) {
                undecided_in_force(row, m.whole, *v);
                return;
            }
            mismatch(CellAddress(row, Article20Column::in_force),
                     c.value, m.whole, *v,
                     std::string(label(row, FormatVersion::v2021)) + " 现行有效件数");
        });
    }

    // The cell is blank because the parser could not split the row's glued digits (a
    // parse_uncertain_cells diagnostic holds them in `actual`). 现行有效件数 is the row's last
    // cell, so under every split its digits end the run: a stated count whose digits do not end
    // the run differs from the table whichever split is right.
    void undecided_in_force(Article20Row row, std::string_view quote, std::int64_t stated) {
        std::string_view const column = id(Article20Column::in_force);
        for (auto const& d : r_.diagnostics) {
            if (d.code != FindingCode::parse_uncertain_cells || d.table != TableKind::article20 ||
                d.row != id(row) || d.column.find(column) == std::string::npos)
                continue;
            std::string digits;
            for (char ch : d.actual)
                if (ch >= '0' && ch <= '9') digits += ch;
                else if (ch != ' ') return;  // units or signs: not a plain run of counts
            std::string const tail = std::to_string(stated);
            if (digits.size() <= tail.size() ||
                digits.compare(digits.size() - tail.size(), tail.size(), tail) == 0)
                return;  // some split may well give the stated count
            std::string message = "第" + std::to_string(section_->number) + "部分文字称“";
            message += quote;
            message += "”（" + std::to_string(stated) + "），但表中" +
                       std::string(label(row, FormatVersion::v2021)) + " 现行有效件数（数字“" +
                       d.actual + "”拆分未定）无论怎样拆分都不以 " + tail + " 结尾";
            out_.add(FindingBuilder(FindingCode::narrative_mismatch, Severity::warning)
                         .at(CellAddress(row, Article20Column::in_force))
                         .expected(d.actual)  // the unsplit digits: no single number is known
                         .actual(tail)
                         .message(std::move(message))
                         .line(section_->first_line)
                         .build());
            return;
        }
    }
};

}  // namespace

void detail::check_narrative_into(Report const& report, std::vector<Finding>& out) {
    Reader(report, out).run();
}

std::vector<Finding> check_narrative(Report const& report) {
    std::vector<Finding> out;
    detail::check_narrative_into(report, out);
    return out;
}

}  // namespace govinfo
