// The text toolkit of the section checks and the comparison (section_text.hpp).
#include "section_text.hpp"

#include <algorithm>
#include <unordered_map>

#include "text/normalize.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"

namespace govinfo::detail {
namespace {

std::u32string decode(std::string_view text) {
    std::u32string out;
    out.reserve(text.size() / 2);
    for (std::size_t i = 0; i < text.size();) out += next_code_point(text, i);
    return out;
}

char32_t folded(char32_t cp) noexcept {
    if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;  // full-width ASCII
    if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
    return cp;
}

bool is_digit(char32_t cp) noexcept { return cp >= '0' && cp <= '9'; }

bool is_chinese_digit(char32_t cp) noexcept {
    return cp == U'〇' || cp == U'零' || cp == U'一' || cp == U'二' || cp == U'三' ||
           cp == U'四' || cp == U'五' || cp == U'六' || cp == U'七' || cp == U'八' || cp == U'九';
}

// Punctuation and symbols: nothing a sentence's words depend on.
bool is_punctuation(char32_t cp) noexcept {
    if (cp < 0x80) return !(is_digit(cp) || (cp >= 'a' && cp <= 'z'));
    if (cp == 0x00B7 || cp == 0x00A0) return true;
    if (cp >= 0x2000 && cp <= 0x206F) return true;  // general punctuation: dashes, quotes, …
    if (cp >= 0x2500 && cp <= 0x27BF) return true;  // box drawing, shapes, dingbats (●■★)
    if (cp >= 0x3000 && cp <= 0x303F)               // CJK punctuation, but not 々〆〇
        return cp != 0x3005 && cp != 0x3006 && cp != 0x3007;
    if (cp >= 0xFE30 && cp <= 0xFE4F) return true;  // vertical forms
    if (cp >= 0xFF5F && cp <= 0xFF65) return true;  // half-width CJK punctuation
    return false;
}

bool ends_sentence(std::string_view text, std::size_t i, std::size_t& length) noexcept {
    for (std::string_view mark : {"。", "！", "？", "；", "!", "?", ";", "\n"}) {
        if (text.substr(i, mark.size()) == mark) {
            length = mark.size();
            return true;
        }
    }
    return false;
}

// "2024年1月18日" (spaces and full width allowed), alone on its line.
bool is_date_line(std::string_view line) {
    // It ends in 日, and however fold_for_numbers() decodes a 日 its last two bytes are 97 A5: a line
    // without them (nearly every last line, a paragraph) is no date and is not folded.
    if (!contains(line, "\x97\xA5")) return false;
    std::string const f = fold_for_numbers(line);
    std::size_t i = 0;
    auto number = [&](std::size_t min, std::size_t max) {
        std::size_t const start = i;
        while (i < f.size() && is_digit(static_cast<unsigned char>(f[i]))) ++i;
        return i - start >= min && i - start <= max;
    };
    auto word = [&](std::string_view w) {
        if (f.compare(i, w.size(), w) != 0) return false;
        i += w.size();
        return true;
    };
    return number(4, 4) && word("年") && number(1, 2) && word("月") && number(1, 2) && word("日") &&
           i == f.size();
}

// "6", "-6-", "— 6 —", "第6页".
bool is_page_number(std::string_view line) {
    std::string const f = fold_for_numbers(line);
    std::size_t digits = 0;
    for (std::size_t i = 0; i < f.size();) {
        if (is_digit(static_cast<unsigned char>(f[i]))) {
            ++digits;
            ++i;
            continue;
        }
        bool skipped = false;
        for (std::string_view s : {"-", "—", "–", "第", "页"}) {
            if (f.compare(i, s.size(), s) == 0) {
                i += s.size();
                skipped = true;
                break;
            }
        }
        if (!skipped) return false;
    }
    return digits >= 1 && digits <= 4;
}

bool is_footer(std::string_view line) {
    return contains(line, "主办单位") || contains(line, "网站标识码") || contains(line, "ICP备") ||
           contains(line, "版权所有");
}

// A signature line: the agency's name (as written in the report), or a short line without
// sentence punctuation that ends like the name of an agency.
bool is_signature(std::string_view line, std::u32string const& agency_key) {
    std::u32string const key = comparison_key(line);
    if (!agency_key.empty() && key == agency_key) return true;
    if (code_points(line) > 30) return false;
    for (std::string_view p : {"。", "，", "；", "：", ",", ";", ":"})
        if (contains(line, p)) return false;
    for (std::string_view suffix :
         {"局", "委", "办", "厅", "府", "会", "院", "中心", "室", "所", "部", "处", "站", "署"})
        if (line.ends_with(suffix)) return true;
    return false;
}

}  // namespace

std::u32string comparison_key(std::string_view text) {
    std::u32string const in = decode(text);
    std::u32string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size();) {
        char32_t const cp = folded(in[i]);
        if (is_space(in[i]) || is_space(cp)) {
            ++i;
            continue;
        }
        if (is_digit(cp)) {  // a number: 2023, 10524.26475, 1,234
            ++i;
            while (i < in.size()) {
                char32_t const c = folded(in[i]);
                bool const inner = (c == '.' || c == ',') && i + 1 < in.size() &&
                                   is_digit(folded(in[i + 1]));
                if (!is_digit(c) && !inner) break;
                ++i;
            }
            out += U'#';
            continue;
        }
        if (is_chinese_digit(cp) && i + 4 < in.size() && is_chinese_digit(in[i + 1]) &&
            is_chinese_digit(in[i + 2]) && is_chinese_digit(in[i + 3]) && in[i + 4] == U'年') {
            out += U'#';  // 二〇二三年: a year written in Chinese numerals
            i += 4;
            continue;
        }
        ++i;
        if (is_punctuation(cp)) continue;
        out += cp;
    }
    return out;
}

std::vector<Sentence> split_sentences(std::string_view text) {
    std::vector<Sentence> out;
    auto add = [&](std::string_view piece) {
        piece = trim(piece);
        if (piece.empty()) return;
        std::u32string key = comparison_key(piece);
        if (key.empty()) return;
        out.push_back({piece, std::move(key)});
    };
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = 0;
        if (ends_sentence(text, i, length)) {
            // The closing mark stays with its sentence; a line end does not.
            add(text.substr(start, text[i] == '\n' ? i - start : i + length - start));
            i += length;
            start = i;
        } else {
            ++i;
        }
    }
    add(text.substr(start));
    return out;
}

Ratio trigram_similarity(std::u32string const& a, std::u32string const& b) {
    auto trigrams = [](std::u32string const& s) {
        std::vector<std::uint64_t> out;
        if (s.size() < 3) return out;
        out.reserve(s.size() - 2);
        auto const c = [](char32_t x) { return static_cast<std::uint64_t>(x) & 0x1FFFFF; };
        for (std::size_t i = 0; i + 2 < s.size(); ++i)
            out.push_back(c(s[i]) << 42 | c(s[i + 1]) << 21 | c(s[i + 2]));
        std::sort(out.begin(), out.end());
        return out;
    };
    auto const x = trigrams(a), y = trigrams(b);
    if (x.empty() && y.empty()) return Ratio{a == b ? 1 : 0, 1};
    std::int64_t common = 0;
    for (std::size_t i = 0, j = 0; i < x.size() && j < y.size();) {
        if (x[i] < y[j]) ++i;
        else if (y[j] < x[i]) ++j;
        else ++common, ++i, ++j;
    }
    return Ratio{2 * common, static_cast<std::int64_t>(x.size() + y.size())};
}

std::u32string joined_key(std::vector<Sentence> const& sentences) {
    std::u32string out;
    for (auto const& s : sentences) out += s.key;
    return out;
}

std::vector<bool> kept_sentences(std::vector<Sentence> const& of, std::vector<Sentence> const& in) {
    std::unordered_map<std::u32string, std::size_t> available;
    for (auto const& s : in) ++available[s.key];
    std::vector<bool> out;
    out.reserve(of.size());
    for (auto const& s : of) {
        auto const it = available.find(s.key);
        bool const kept = it != available.end() && it->second > 0;
        if (kept) --it->second;
        out.push_back(kept);
    }
    return out;
}

std::string_view without_closing_lines(std::string_view text, std::string_view agency) {
    std::u32string const agency_key = comparison_key(agency);
    for (;;) {
        text = trim(text);
        std::size_t const nl = text.rfind('\n');
        std::string_view const last = trim(nl == std::string_view::npos ? text : text.substr(nl + 1));
        if (last.empty()) return text;
        if (!is_date_line(last) && !is_page_number(last) && !is_footer(last) &&
            !is_signature(last, agency_key))
            return text;
        if (nl == std::string_view::npos) return {};
        text = text.substr(0, nl);
    }
}

bool key_contains(std::u32string const& key, std::u32string_view what) noexcept {
    return std::u32string_view(key).find(what) != std::u32string_view::npos;
}

}  // namespace govinfo::detail
