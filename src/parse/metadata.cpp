#include "parse/metadata.hpp"

#include <algorithm>
#include <cstring>

#include "text/normalize.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"

namespace govinfo::detail {
namespace {

// Reads digits at s[i] (ASCII or full width), skipping spaces before them.
std::optional<int> read_int(std::string_view s, std::size_t& i, int max_digits) {
    std::size_t j = i;
    while (j < s.size()) {
        std::size_t k = j;
        char32_t const cp = next_code_point(s, k);
        if (cp != ' ' && cp != 0x3000 && cp != 0xA0) break;
        j = k;
    }
    int value = 0, digits = 0;
    while (j < s.size() && digits <= max_digits) {
        std::size_t k = j;
        char32_t cp = next_code_point(s, k);
        if (cp >= 0xFF10 && cp <= 0xFF19) cp -= 0xFEE0;
        if (cp < '0' || cp > '9') break;
        value = value * 10 + static_cast<int>(cp - '0');
        ++digits;
        j = k;
    }
    if (digits == 0 || digits > max_digits) return std::nullopt;
    i = j;
    return value;
}

// Expects `word` at s[i] after optional spaces.
bool expect(std::string_view s, std::size_t& i, std::string_view word) {
    std::size_t j = i;
    while (j < s.size() && (s[j] == ' ' || s.substr(j).starts_with("\u3000"))) j += s[j] == ' ' ? 1 : 3;
    if (!s.substr(j).starts_with(word)) return false;
    i = j + word.size();
    return true;
}

bool is_digit_at(std::string_view s, std::size_t i) {
    std::size_t k = i;
    char32_t cp = next_code_point(s, k);
    return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19);
}

std::string_view after(std::string_view s, std::size_t pos) { return s.substr(pos); }

bool has_place(std::string_view agency) {
    for (std::string_view p : {"省", "市", "县", "区", "州", "旗", "盟", "镇", "乡", "国家", "中华", "自治"})
        if (contains(agency, p)) return true;
    return false;
}

bool looks_like_agency(std::string_view s) {
    s = trim(s);
    std::size_t const n = code_points(s);
    if (n < 2 || n > 30) return false;
    for (char c : s)
        if (c >= '0' && c <= '9') return false;
    for (std::string_view bad : {"。", "，", ",", "：", ":", "（", "("})
        if (contains(s, bad)) return false;
    return true;
}

bool is_date_line(std::string_view line) {
    if (line.size() > 120) return false;  // a date line is short; never fold a paragraph
    std::string f = fold_for_numbers(line);
    std::string_view v = f;
    if (v.starts_with("(")) v.remove_prefix(1);
    if (v.ends_with(")")) v.remove_suffix(1);
    auto d = find_date(v, 0, true);
    return d && d->begin == 0 && d->end == v.size();
}

// The 4-digit year followed by 年 in `s`, and where it starts.
std::optional<std::pair<int, std::size_t>> year_in(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!is_digit_at(s, i)) continue;
        if (i > 0 && is_digit_at(s, i - 1)) continue;
        std::size_t j = i;
        auto y = read_int(s, j, 4);
        if (y && *y >= 1990 && *y <= 2100 && expect(s, j, "年")) return std::pair{*y, i};
    }
    return std::nullopt;
}

// A name that is only a place: it ends in a place suffix and holds no organisation word.
bool is_place_only(std::string_view agency) {
    if (agency.empty()) return false;
    for (std::string_view org : {"政府", "局", "委", "办", "厅", "院", "会", "中心", "署", "部", "所",
                                 "处", "站", "队", "室", "馆", "社", "公司", "机关"})
        if (contains(agency, org)) return false;
    for (std::string_view place : {"省", "市", "县", "区", "州", "旗", "盟", "镇", "乡"})
        if (agency.ends_with(place)) return true;
    return false;
}

std::size_t count_in(std::vector<std::string_view> const& lines, ReportSpan const& span,
                     std::string_view what) {
    std::size_t n = 0;
    for (std::size_t i = span.first; i <= span.last && i < lines.size(); ++i)
        for (auto p = find_from(lines[i], what, 0); p != std::string_view::npos;
             p = find_from(lines[i], what, p + 1))
            ++n;
    return n;
}

std::string government_form(std::vector<std::string_view> const& lines, ReportSpan const& span,
                            std::string const& place) {
    std::string best;
    std::size_t best_n = 0;
    for (std::string_view form : {"人民政府", "管理委员会", "管委会"}) {
        std::size_t const n = count_in(lines, span, place + std::string(form));
        if (n > best_n) best_n = n, best = std::string(form);
    }
    return best;
}

// Characters that end a place name when walking back from its suffix ("2020年西工区…").
bool ends_place_walk(char32_t cp) {
    for (char32_t stop : {U'年', U'的', U'在', U'和', U'与', U'及', U'对', U'为', U'是', U'我',
                          U'本', U'全', U'各', U'该', U'由', U'从', U'向', U'经', U'将'})
        if (cp == stop) return true;
    return !is_cjk(cp);
}

std::string place_before_agency(std::vector<std::string_view> const& lines,
                                ReportSpan const& span, std::string_view agency) {
    std::size_t lead = 0;
    next_code_point(agency, lead);
    std::string_view const first_char = agency.substr(0, lead);
    std::string_view const last_char =
        agency.empty() ? agency : agency.substr(char_start(agency, agency.size() - 1));
    std::vector<std::pair<std::string, int>> seen;
    // The needles (place suffix + the agency's first character) are the same on every line.
    static constexpr std::string_view markers[] = {"区", "县", "市", "旗", "州"};
    std::string needles[std::size(markers)];
    for (std::size_t m = 0; m < std::size(markers); ++m)
        needles[m] = std::string(markers[m]) + std::string(first_char);
    for (std::size_t i = span.first; i <= span.last && i < lines.size(); ++i) {
        std::string_view const line = lines[i];
        for (std::size_t m = 0; m < std::size(markers); ++m) {
            std::string_view const marker = markers[m];
            std::string_view const needle = needles[m];
            for (auto p = find_from(line, needle, 0); p != std::string_view::npos;
                 p = find_from(line, needle, p + 1)) {
                // The short form: the agency's last character within six characters.
                std::string_view const after = line.substr(p + marker.size());
                std::size_t const window = std::min<std::size_t>(after.size(), 6 * 3);
                if (after.substr(0, window).find(last_char) == std::string_view::npos) continue;
                // Walk back over up to three characters of the place name.
                std::size_t begin = p;
                for (int n = 0; n < 3 && begin >= 3; ++n) {
                    std::size_t const k = begin - 3;
                    std::size_t q = k;
                    char32_t const cp = next_code_point(line, q);
                    if (q != begin || ends_place_walk(cp)) break;
                    begin = k;
                }
                if (begin == p) continue;
                std::string const place(line.substr(begin, p + marker.size() - begin));
                auto it = std::find_if(seen.begin(), seen.end(),
                                       [&](auto const& e) { return e.first == place; });
                if (it == seen.end()) seen.emplace_back(place, 1);
                else ++it->second;
            }
        }
    }
    std::string best;
    int best_n = 0;
    for (auto const& [place, n] : seen)
        if (n > best_n) best_n = n, best = place;
    return best;
}

bool is_breadcrumb(std::string_view line) {
    for (std::string_view mark : {">", "＞", "»", "→", "当前位置", "您的位置", "您现在的位置", "所在位置"})
        if (contains(line, mark)) return true;
    return false;
}

}  // namespace

std::optional<DateAt> find_date(std::string_view s, std::size_t from, bool need_year) {
    for (std::size_t i = from; i < s.size(); ++i) {
        if (is_continuation(s[i])) continue;
        if (!is_digit_at(s, i)) continue;
        if (i > from && is_digit_at(s, i - 1)) continue;
        DateAt d;
        d.begin = i;
        std::size_t j = i;
        std::size_t probe = j;
        auto first = read_int(s, probe, 4);
        if (!first) continue;
        if (*first >= 1900 && expect(s, probe, "年")) {
            d.has_year = true;
            d.date.year = *first;
            j = probe;
            auto m = read_int(s, j, 2);
            if (!m || !expect(s, j, "月")) continue;
            d.date.month = *m;
        } else {
            if (need_year) continue;
            j = i;
            auto m = read_int(s, j, 2);
            if (!m || !expect(s, j, "月")) continue;
            d.date.month = *m;
        }
        auto day = read_int(s, j, 2);
        if (!day || !expect(s, j, "日")) continue;
        d.date.day = *day;
        if (d.date.month < 1 || d.date.month > 12 || d.date.day < 1 || d.date.day > 31) continue;
        d.end = j;
        return d;
    }
    return std::nullopt;
}

std::optional<StatisticsPeriod> read_period(std::string_view line) {
    // Every key holds 限 or 统计: a line with neither (most lines) has no period, and two
    // searches rule it out instead of six.
    if (find_from(line, "限", 0) == std::string_view::npos &&
        find_from(line, "统计", 0) == std::string_view::npos)
        return std::nullopt;
    std::size_t key = std::string_view::npos;
    for (std::string_view k : {"统计期限", "统计时限", "期限", "时限", "统计区间", "统计周期"}) {
        key = find_from(line, k, 0);
        if (key != std::string_view::npos) break;
    }
    if (key == std::string_view::npos) return std::nullopt;
    auto start = find_date(line, key, true);
    if (!start || start->begin - key > 40) return std::nullopt;
    // The connector between the two dates: 起, 至, 到, dashes, punctuation and spaces only.
    std::size_t i = start->end;
    bool joined = false;
    while (i < line.size()) {
        std::string_view rest = after(line, i);
        bool matched = false;
        for (std::string_view c : {"至", "到", "-", "—", "~", "～", "－"}) {
            if (rest.starts_with(c)) {
                i += c.size();
                joined = matched = true;
                break;
            }
        }
        if (matched) continue;
        for (std::string_view c : {"起", "，", ",", " ", "\u3000"}) {
            if (rest.starts_with(c)) {
                i += c.size();
                matched = true;
                break;
            }
        }
        if (!matched) break;
    }
    if (!joined) return std::nullopt;
    auto end = find_date(line, i, false);
    if (!end || end->begin != i) return std::nullopt;
    StatisticsPeriod p;
    p.start = start->date;
    Date e = end->date;
    if (!end->has_year) e.year = start->date.year;
    p.end = e;
    // The text as printed: "自…起至…止" keeps its frame; "从…至…止" is given as the dates only.
    std::size_t text_begin = start->begin, text_end = end->end;
    std::string_view before = line.substr(key, start->begin - key);
    std::string_view b = trim(before);
    if (b.ends_with("自")) {
        text_begin = key + static_cast<std::size_t>(b.data() - before.data()) + b.size() -
                     std::string_view("自").size();
        std::size_t j = text_end;
        if (expect(line, j, "止")) text_end = j;
    }
    p.text = std::string(line.substr(text_begin, text_end - text_begin));
    return p;
}

namespace {

// The agency a title names: before its year ("关于XX2019年…"), or, year first, between 年(度) and
// 政府信息公开 ("2019年上海市人民政府办公厅政府信息公开工作年度报告"). `year_at` is where the
// year starts.
std::string agency_in_title(std::string_view title, std::size_t year_at) {
    std::string_view a = trim(title.substr(0, year_at));
    if (a.starts_with("关于")) a.remove_prefix(std::string_view("关于").size());
    // "XX关于2022年度…情况的报告": the agency is what comes before 关于.
    if (a.ends_with("关于")) a = trim(a.substr(0, a.size() - std::string_view("关于").size()));
    if (a.empty()) {
        std::string_view rest = title.substr(year_at);
        rest.remove_prefix(std::min(rest.size(), rest.find("年") + std::string_view("年").size()));
        if (rest.starts_with("度")) rest.remove_prefix(std::string_view("度").size());
        auto const end = rest.find("政府信息公开");
        if (end != std::string_view::npos && looks_like_agency(rest.substr(0, end)))
            a = rest.substr(0, end);
    }
    return std::string(trim(a));
}

// The report's title: a short line in the preamble (lines [span.first, anchor)) naming the
// report, with the agency's name from the line above when the title starts with its year. Sets
// report.title and report.year; returns the agency the title names (empty when none).
std::string read_title(std::vector<std::string_view> const& lines, ReportSpan const& span,
                       std::size_t anchor, Report& report) {
    for (std::size_t i = span.first; i < anchor && i <= span.last; ++i) {
        std::string_view line = strip_decoration(lines[i]);
        for (std::string_view key : {"标题:", "标题：", "标题 :"})
            if (line.starts_with(key)) line = trim(line.substr(key.size()));
        if (code_points(line) > 60) continue;
        if (!contains(line, "年度报告") && !contains(line, "情况的报告") && !contains(line, "年报"))
            continue;
        // A web page's breadcrumb ("当前位置：首页 > 政府信息公开 > 年报") comes before the title.
        if (is_breadcrumb(line)) continue;
        std::string title(line);
        if (!line.empty() && (is_digit_at(line, 0) || line.starts_with("关于"))) {
            // "2019年政府信息公开工作年度报告" or "关于2022年度政府信息公开情况的报告"
            // (FORMAT.md §10) under a line with the agency's name.
            for (std::size_t j = i; j-- > span.first;) {
                std::string_view const prev = strip_decoration(lines[j]);
                if (prev.empty()) continue;
                if (looks_like_agency(prev)) title = std::string(prev) + title;
                break;
            }
        }
        report.title = title;
        auto const y = year_in(title);
        if (!y) return {};
        report.year = y->first;
        return agency_in_title(title, y->second);
    }
    return {};
}

// The closing signature: the agency's name on the line above the date, among the last eight
// lines that are not empty.
struct Signature {
    std::string agency;
    std::optional<int> year;
};

Signature read_signature(std::vector<std::string_view> const& lines, ReportSpan const& span) {
    Signature out;
    int seen = 0;
    for (std::size_t i = span.last + 1; i-- > span.first && seen < 8;) {
        std::string_view const line = strip_decoration(lines[i]);
        if (line.empty()) continue;
        ++seen;
        if (!is_date_line(line)) continue;
        out.year = find_date(fold_for_numbers(line), 0, true)->date.year;
        for (std::size_t j = i; j-- > span.first;) {
            std::string_view const prev = strip_decoration(lines[j]);
            if (prev.empty()) continue;
            if (looks_like_agency(prev)) out.agency = std::string(prev);
            break;
        }
        break;
    }
    return out;
}

// The year, when the title gave none: from a preamble line's "…年政府信息公开", the statistics
// period, any year in the preamble or section 一, or the year before the signature's date.
void settle_year(std::vector<std::string_view> const& lines, ReportSpan const& span,
                 std::size_t anchor, std::size_t body_end, std::optional<int> signature_year,
                 Report& report) {
    for (std::size_t i = span.first; i < anchor && !report.year; ++i) {
        std::string_view const line = lines[i];
        auto p = line.find("政府信息公开");
        if (p == std::string_view::npos) continue;
        if (auto y = year_in(line.substr(0, p)); y && p - y->second <= 12) report.year = y->first;
    }
    if (!report.year && report.statistics_period && report.statistics_period->start)
        report.year = report.statistics_period->start->year;
    for (std::size_t i = span.first; i < body_end && i <= span.last && !report.year; ++i)
        if (auto y = year_in(strip_decoration(lines[i]))) report.year = y->first;
    if (!report.year && signature_year) report.year = *signature_year - 1;
}

// The agency: the title's, else the signature's, completed by the place or government form the
// body uses with it.
void settle_agency(std::vector<std::string_view> const& lines, ReportSpan const& span,
                   std::string agency, Report& report) {
    report.agency = std::move(agency);
    if (!report.agency.empty() && !has_place(report.agency)) {
        // Rule: a title that names the agency without its place ("政务服务和大数据管理局…年度
        // 报告") takes the place the body writes in front of the agency's name or short form
        // ("西工区政数局": place suffix, then the agency's first character, its last character
        // soon after). The place written so most often wins.
        std::string const place = place_before_agency(lines, span, report.agency);
        if (!place.empty()) report.agency = place + report.agency;
    } else if (is_place_only(report.agency)) {
        // Rule: a title that names only a place ("平潭综合实验区2019年…") is the report of that
        // place's government; its name is the government form the body uses most after the
        // place (人民政府, 管理委员会, 管委会). Without one the place stays the agency.
        report.agency += government_form(lines, span, report.agency);
    }
}

// Web pages often name the report only in the attachment links after it ("….pdf").
std::string title_from_attachment_links(std::vector<std::string_view> const& lines,
                                        ReportSpan const& span) {
    std::size_t const limit = std::min(lines.size(), span.last + 4);
    for (std::size_t i = span.last + 1; i < limit; ++i) {
        std::string_view line = trim(lines[i]);
        if (!is_residue(line) || !contains(line, "年度报告")) continue;
        auto dot = line.rfind('.');
        line = trim(line.substr(0, dot));
        if (line.ends_with("(1)")) line = trim(line.substr(0, line.size() - 3));
        return std::string(line);
    }
    return {};
}

}  // namespace

void read_metadata(std::vector<std::string_view> const& lines, ReportSpan const& span,
                   Report& report) {
    // Without section headings (a whole article on one line) the preamble is the first lines.
    std::size_t const anchor = span.sections.empty() ? std::min(span.first + 12, span.last + 1)
                                                     : span.sections.front().heading;
    std::size_t const body_end =
        span.sections.size() > 1 ? span.sections[1].heading : std::min(span.last + 1, anchor + 40);

    std::string agency_from_title = read_title(lines, span, anchor, report);
    // The statistics period: stated in the preamble or in section 一.
    for (std::size_t i = span.first; i < body_end && i <= span.last; ++i) {
        if (auto p = read_period(lines[i])) {
            report.statistics_period = std::move(*p);
            break;
        }
    }
    Signature signature = read_signature(lines, span);
    settle_year(lines, span, anchor, body_end, signature.year, report);
    settle_agency(lines, span,
                  !agency_from_title.empty() ? std::move(agency_from_title)
                                             : std::move(signature.agency),
                  report);
    if (report.title.empty()) report.title = title_from_attachment_links(lines, span);
}

}  // namespace govinfo::detail
