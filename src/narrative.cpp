// Narrative cross-checks: a handful of fixed wordings, read sentence by sentence.
//
// The text is matched byte-wise with std::regex on UTF-8: every Chinese word in a pattern is a
// literal sequence, never inside a character class (a class would match single bytes).
#include "govinfo/narrative.hpp"

#include <cstdint>
#include <optional>
#include <regex>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "govinfo/cells.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/taxonomy.hpp"

namespace govinfo {
namespace {

using R = ApplicationRow;

// Whitespace removed (ASCII, U+3000, U+00A0) so that a statement wrapped over lines by a PDF
// converter ("答\n复 3050 件") reads as one.
std::string squeeze(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char const c = static_cast<unsigned char>(text[i]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
        if (c == 0xE3 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
            static_cast<unsigned char>(text[i + 2]) == 0x80) {
            i += 2;
            continue;
        }
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
            ++i;
            continue;
        }
        out += text[i];
    }
    return out;
}

std::vector<std::string> sentences(std::string const& text) {
    std::vector<std::string> out;
    std::string_view const stop = "。";
    std::size_t start = 0;
    while (start < text.size()) {
        auto const end = text.find(stop, start);
        out.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) break;
        start = end + stop.size();
    }
    return out;
}

std::optional<std::int64_t> number(std::string const& digits) {
    if (digits.empty() || digits.size() > 15) return std::nullopt;
    return std::stoll(digits);
}

bool contains(std::string const& s, std::string_view word) {
    return s.find(word) != std::string::npos;
}

bool contains_any(std::string const& s, std::initializer_list<std::string_view> words) {
    for (auto w : words)
        if (contains(s, w)) return true;
    return false;
}

// True when an ASCII digit is directly followed by 件 or 份: every counted statement the
// patterns below read has one. Checking it first spares std::regex (slow) on the many sentences
// that state no count, which is most of a report.
bool states_a_count(std::string const& s) {
    for (std::size_t i = 0; i + 3 < s.size(); ++i) {
        if (s[i] < '0' || s[i] > '9') continue;
        std::string_view const next(s.data() + i + 1, 3);
        if (next == "件" || next == "份") return true;
    }
    return false;
}

// The value a row holds for the narrative: its 总计 when filled, else the sum of the filled
// applicant columns (SH19 leaves 总计 blank on detail rows), else nothing.
std::optional<std::int64_t> row_value(ApplicationTable const& t, ApplicationRow row) {
    auto const* r = find_row(t, row);
    if (!r) return std::nullopt;
    if (r->total.has_value()) return r->total.value;
    std::optional<std::int64_t> sum;
    for (auto c : applicant_columns())
        if (cell(*r, c).has_value()) sum = sum.value_or(0) + cell(*r, c).value;
    return sum;
}

std::optional<std::int64_t> rows_value(ApplicationTable const& t,
                                       std::vector<ApplicationRow> const& rows) {
    std::optional<std::int64_t> sum;
    for (auto r : rows)
        if (auto v = row_value(t, r)) sum = sum.value_or(0) + *v;
    return sum;
}

std::vector<ApplicationRow> group_rows(FormatVersion f, OutcomeGroup g) {
    std::vector<ApplicationRow> out;
    for (auto r : outcome_rows(f))
        if (group_of(r) == g) out.push_back(r);
    return out;
}

std::optional<std::int64_t> sum_cells(std::initializer_list<Cell const*> cells) {
    std::optional<std::int64_t> sum;
    for (auto const* c : cells)
        if (c->has_value()) sum = sum.value_or(0) + c->value;
    return sum;
}

class Reader {
public:
    explicit Reader(Report const& r) : r_(r), t_(r.applications) {}

    std::vector<Finding> run() && {
        for (auto const& section : r_.sections) {
            section_ = &section;
            for (auto const& s : sentences(squeeze(section.text))) sentence(s);
        }
        return std::move(out_);
    }

private:
    Report const& r_;
    ApplicationTable const& t_;
    Section const* section_ = nullptr;
    std::vector<Finding> out_;
    std::set<std::string> said_;  // messages already reported (reports repeat paragraphs)

    void mismatch(TableKind table, std::string row, std::string column, std::int64_t table_value,
                  std::string const& quote, std::int64_t text_value, std::string const& what) {
        if (table_value == text_value) return;
        std::string message = "第" + std::to_string(section_->number) + "部分文字称“" + quote +
                              "”（" + std::to_string(text_value) + "），但表中" + what + "为 " +
                              std::to_string(table_value);
        if (!said_.insert(message).second) return;
        Finding f;
        f.code = FindingCode::narrative_mismatch;
        f.severity = Severity::warning;
        f.table = table;
        f.row = std::move(row);
        f.column = std::move(column);
        f.expected = std::to_string(table_value);
        f.actual = std::to_string(text_value);
        f.message = std::move(message);
        f.line = section_->first_line;
        out_.push_back(std::move(f));
    }

    // Each match of `re` in the sentence: the whole match and the number in group `g`.
    template <class F>
    static void each(std::string const& s, std::regex const& re, F&& f) {
        for (std::sregex_iterator it(s.begin(), s.end(), re), end; it != end; ++it) {
            auto const v = number((*it)[1].str());
            if (v) f((*it)[0].str(), *v, static_cast<std::size_t>(it->position(0)));
        }
    }

    void sentence(std::string const& s) {
        bool const about_applications = contains(s, "申请");
        bool const counted = states_a_count(s);
        bool received = false;

        // 一、本年新收: "共收到信息公开申请2件", "收到3件政府信息公开申请", "申请共计81件".
        static std::regex const received_a(
            "(?:收到|受理|接收).{0,45}?信息公开申请(?:共计|共)?([0-9]+)(?:件|份)");
        static std::regex const received_b("(?:收到|受理|接收)(?:了)?([0-9]+)件(?:政府)?(?:信息公开)?申请");
        auto const n = row_value(t_, R::new_received);
        auto const p = row_value(t_, R::carried_over);
        if (counted && contains_any(s, {"收到", "受理", "接收"}))
        for (auto const* re : {&received_a, &received_b}) {
            each(s, *re, [&](std::string const& quote, std::int64_t v, std::size_t) {
                received = true;
                if (!n) return;
                // "受理 749 件" may count last year's applications too (一 + 二).
                if (v == *n || (p && v == *n + *p)) return;
                mismatch(TableKind::applications, std::string(id(R::new_received)), "total", *n,
                         quote, v, "一、本年新收 总计");
            });
        }

        // （七）总计: "答复政府信息公开申请805件", "已答复1件", "办结69件", "共办理718件".
        if (about_applications && counted && contains_any(s, {"答复", "办结", "共办理"})) {
            static std::regex const answered("(?:答复(?:政府信息公开申请)?|办结|共办理)([0-9]+)件");
            if (auto const tv = row_value(t_, R::outcome_total))
                each(s, answered, [&](std::string const& quote, std::int64_t v, std::size_t) {
                    mismatch(TableKind::applications, std::string(id(R::outcome_total)), "total",
                             *tv, quote, v, "（七）总计 总计");
                });
        }

        // 二、上年结转: "含上年度结转申请18件".
        static std::regex const carried_over("上年度?结转(?:申请)?([0-9]+)件");
        if (p && counted && contains(s, "结转"))
            each(s, carried_over, [&](std::string const& quote, std::int64_t v, std::size_t) {
                mismatch(TableKind::applications, std::string(id(R::carried_over)), "total", *p,
                         quote, v, "二、上年结转 总计");
            });

        // 四、结转下年度: "另有72件申请…顺延到下年度", "结转下一年31件", "1件结转下年度".
        auto const fwd = row_value(t_, R::carried_forward);
        static std::regex const forward_a(
            "([0-9]+)件(?:(?!，|；|,|;)[^0-9]){0,30}?(?:顺延|结转)(?:到|至)?下(?:一)?年");
        static std::regex const forward_b("结转(?:到|至)?下(?:一)?年(?:度)?(?:继续办理)?([0-9]+)件");
        if (fwd && counted && contains_any(s, {"结转", "顺延"}))
            for (auto const* re : {&forward_a, &forward_b})
                each(s, *re, [&](std::string const& quote, std::int64_t v, std::size_t) {
                    mismatch(TableKind::applications, std::string(id(R::carried_forward)), "total",
                             *fwd, quote, v, "四、结转下年度 总计");
                });

        bool const mentions_forward = contains(s, "顺延") || contains(s, "结转") ||
                                      contains(s, "下年") || contains(s, "下一年");
        // "均已…予以答复" said of the applications received: nothing is carried forward.
        static std::regex const all_answered("(?:均|全部).{0,60}?(?:答复|办结|处理|反馈)");
        if (received && !mentions_forward && fwd && contains_any(s, {"均", "全部"})) {
            std::smatch m;
            if (std::regex_search(s, m, all_answered))
                mismatch(TableKind::applications, std::string(id(R::carried_forward)), "total",
                         *fwd, m[0].str(), 0, "四、结转下年度 总计");
        }
        // "没有结转至下一年度办理事项", "没有上年结转".
        if (fwd && (contains(s, "没有结转") || contains(s, "无结转")) && *fwd != 0)
            mismatch(TableKind::applications, std::string(id(R::carried_forward)), "total", *fwd,
                     "没有结转", 0, "四、结转下年度 总计");
        if (p && (contains(s, "没有上年结转") || contains(s, "无上年结转")) && *p != 0)
            mismatch(TableKind::applications, std::string(id(R::carried_over)), "total", *p,
                     "没有上年结转", 0, "二、上年结转 总计");

        if (counted) outcomes(s);
        review(s, counted);
        if (counted && contains(s, "现行有效")) in_force(s);
    }

    // Outcome groups: "予以公开及部分公开258件", "不予公开35件", "无法提供265件", "不予处理158件".
    void outcomes(std::string const& s) {
        auto const f = r_.format();
        struct Pattern {
            std::string_view word;  // the literal every match contains
            std::regex re;
            std::vector<OutcomeGroup> groups;
            char const* what;
        };
        static std::vector<Pattern> const patterns = [] {
            std::vector<Pattern> p;
            p.push_back({"予以公开及部分公开", std::regex("予以公开及部分公开([0-9]+)件"),
                         {OutcomeGroup::disclosed, OutcomeGroup::partially_disclosed},
                         "（一）予以公开 + （二）部分公开"});
            p.push_back({"予以公开", std::regex("予以公开([0-9]+)件"), {OutcomeGroup::disclosed}, "（一）予以公开"});
            p.push_back({"部分公开", std::regex("部分公开([0-9]+)件"), {OutcomeGroup::partially_disclosed},
                         "（二）部分公开"});
            p.push_back({"不予公开", std::regex("不予公开([0-9]+)件"), {OutcomeGroup::withheld}, "（三）不予公开"});
            p.push_back({"无法提供", std::regex("无法提供([0-9]+)件"), {OutcomeGroup::unavailable}, "（四）无法提供"});
            p.push_back({"不予处理", std::regex("不予处理([0-9]+)件"), {OutcomeGroup::declined}, "（五）不予处理"});
            p.push_back({"其他处理", std::regex("其他处理([0-9]+)件"), {OutcomeGroup::other}, "（六）其他处理"});
            return p;
        }();
        for (auto const& pat : patterns) {
            if (!contains(s, pat.word)) continue;
            std::vector<ApplicationRow> rows;
            for (auto g : pat.groups)
                for (auto r : group_rows(f, g)) rows.push_back(r);
            auto const tv = rows_value(t_, rows);
            if (!tv) continue;
            each(s, pat.re, [&](std::string const& quote, std::int64_t v, std::size_t pos) {
                // "部分公开258件" inside "予以公开及部分公开258件" belongs to the first pattern.
                std::string const before = s.substr(0, pos);
                if (pat.groups.size() == 1 && pat.groups[0] == OutcomeGroup::partially_disclosed &&
                    before.size() >= 3 && before.compare(before.size() - 3, 3, "及") == 0)
                    return;
                mismatch(TableKind::applications, std::string(id(rows.front())), "total", *tv,
                         quote, v, std::string(pat.what) + " 各行之和");
            });
        }
    }

    // Review and litigation: "行政复议7件", "诉讼9件", "均获维持".
    void review(std::string const& s, bool counted) {
        auto const& t = r_.review_litigation;
        auto const review_total = sum_cells({&t.review.total});
        auto const lit_total = sum_cells({&t.litigation_direct.total, &t.litigation_after_review.total});
        static std::regex const review_count("行政复议([0-9]+)件");
        static std::regex const lit_count("诉讼([0-9]+)件");
        if (review_total && counted && contains(s, "行政复议"))
            each(s, review_count, [&](std::string const& quote, std::int64_t v, std::size_t) {
                mismatch(TableKind::review_litigation, std::string(id(ReviewGroup::review)), "total",
                         *review_total, quote, v, "行政复议 总计");
            });
        if (lit_total && counted && contains(s, "诉讼"))
            each(s, lit_count, [&](std::string const& quote, std::int64_t v, std::size_t) {
                mismatch(TableKind::review_litigation,
                         std::string(id(ReviewGroup::litigation_direct)), "total", *lit_total,
                         quote, v, "行政诉讼（直接起诉 + 复议后起诉）总计");
            });

        static std::regex const all_upheld("均(?:获|被|予以|已)?维持");
        std::smatch m;
        if (!contains(s, "维持") || !std::regex_search(s, m, all_upheld)) return;
        // Every case the sentence names was upheld: 结果维持 = 总计 in those groups.
        std::vector<ReviewGroup> groups;
        if (contains(s, "复议")) groups.push_back(ReviewGroup::review);
        if (contains(s, "诉讼")) {
            groups.push_back(ReviewGroup::litigation_direct);
            groups.push_back(ReviewGroup::litigation_after_review);
        }
        std::int64_t upheld = 0, total = 0;
        std::string first_row;
        for (auto g : groups) {
            auto const& o = group(t, g);
            if (!o.total.has_value()) continue;
            total += o.total.value;
            upheld += o.upheld.has_value() ? o.upheld.value : 0;
            if (first_row.empty() && o.upheld.value != o.total.value) first_row = std::string(id(g));
        }
        if (total == upheld) return;
        std::string const quote = m[0].str();
        std::string message = "第" + std::to_string(section_->number) + "部分文字称“" + quote +
                              "”，但表中结果维持合计 " + std::to_string(upheld) + " 件，总计 " +
                              std::to_string(total) + " 件";
        if (!said_.insert(message).second) return;
        Finding f;
        f.code = FindingCode::narrative_mismatch;
        f.severity = Severity::warning;
        f.table = TableKind::review_litigation;
        f.row = first_row;
        f.column = std::string(id(ReviewColumn::upheld));
        f.expected = std::to_string(upheld);
        f.actual = std::to_string(total);
        f.message = std::move(message);
        f.line = section_->first_line;
        out_.push_back(std::move(f));
    }

    // 2021 format: "现行有效行政规范性文件393件" against 现行有效件数.
    void in_force(std::string const& s) {
        auto const* a = std::get_if<Article20v2021>(&r_.article20);
        if (!a) return;
        static std::regex const re("现行有效(?:的)?(行政规范性文件|规范性文件|规章)(?:共)?([0-9]+)件");
        for (std::sregex_iterator it(s.begin(), s.end(), re), end; it != end; ++it) {
            auto const v = number((*it)[2].str());
            bool const rules = (*it)[1].str() == "规章";
            Cell const& c = rules ? a->regulations.in_force : a->normative_documents.in_force;
            if (!v || !c.has_value()) continue;
            auto const row = rules ? Article20Row::regulations : Article20Row::normative_documents;
            mismatch(TableKind::article20, std::string(id(row)),
                     std::string(id(Article20Column::in_force)), c.value, (*it)[0].str(), *v,
                     std::string(label(row, FormatVersion::v2021)) + " 现行有效件数");
        }
    }
};

}  // namespace

std::vector<Finding> check_narrative(Report const& report) { return Reader(report).run(); }

}  // namespace govinfo
