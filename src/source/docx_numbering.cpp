#include "source/docx_numbering.hpp"

#include <algorithm>
#include <charconv>

#include "text/utf8.hpp"

namespace govinfo::detail {
namespace {

std::optional<int> to_int(std::string_view s) noexcept {
    int v = 0;
    auto const [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
    return v;
}

std::string utf8(char32_t cp) {
    std::string s;
    append_utf8(s, cp);
    return s;
}

// A sequence of glyphs for 1…N (①…⑳, 甲乙丙…), or decimal beyond it.
std::string from_sequence(int value, std::u32string_view glyphs, bool cycle = false) {
    auto const n = static_cast<int>(glyphs.size());
    if (value >= 1 && (value <= n || cycle)) return utf8(glyphs[static_cast<std::size_t>((value - 1) % n)]);
    return std::to_string(value);
}

// 一, 十, 十一, 二十, 一百〇五: the counting numbers of Word's Chinese and Japanese formats.
std::string chinese_counting(int value, std::u32string_view digits, std::u32string_view units,
                             bool bare_ten) {
    if (value <= 0 || value >= 10000) return std::to_string(value);
    std::string out;
    bool zero_pending = false;
    for (int place = 3; place >= 0; --place) {
        int power = 1;
        for (int k = 0; k < place; ++k) power *= 10;
        int const d = value / power % 10;
        if (d == 0) {
            zero_pending = !out.empty();
            continue;
        }
        if (zero_pending) out += utf8(digits[0]);
        zero_pending = false;
        if (!(bare_ten && place == 1 && d == 1 && out.empty())) out += utf8(digits[static_cast<std::size_t>(d)]);
        if (place > 0) out += utf8(units[static_cast<std::size_t>(place - 1)]);
    }
    return out;
}

std::string roman(int value, bool upper) {
    if (value <= 0 || value >= 4000) return std::to_string(value);
    static constexpr std::pair<int, char const*> parts[] = {
        {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
        {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}};
    std::string out;
    for (auto const& [n, s] : parts)
        for (; value >= n; value -= n) out += s;
    if (upper) std::transform(out.begin(), out.end(), out.begin(), [](char c) { return static_cast<char>(c - 'a' + 'A'); });
    return out;
}

// Word's letters: A…Z, then AA…ZZ, AAA…
std::string letters(int value, char a) {
    if (value <= 0) return std::to_string(value);
    return std::string(static_cast<std::size_t>(std::min((value - 1) / 26 + 1, 64)),
                       static_cast<char>(a + (value - 1) % 26));
}

std::string digit_by_digit(int value, std::u32string_view digits) {
    if (value < 0) return std::to_string(value);
    std::string out;
    for (char c : std::to_string(value)) out += utf8(digits[static_cast<std::size_t>(c - '0')]);
    return out;
}

}  // namespace

std::string list_number(int value, std::string_view format) {
    constexpr std::u32string_view lower_digits = U"〇一二三四五六七八九";
    constexpr std::u32string_view lower_units = U"十百千";
    if (format == "none" || format == "bullet") return {};
    if (format == "decimalZero") return (value >= 0 && value < 10 ? "0" : "") + std::to_string(value);
    if (format == "chineseCounting" || format == "chineseCountingThousand" ||
        format == "japaneseCounting" || format == "taiwaneseCounting" ||
        format == "taiwaneseCountingThousand")
        return chinese_counting(value, lower_digits, lower_units, true);
    if (format == "chineseLegalSimplified")
        return chinese_counting(value, U"零壹贰叁肆伍陆柒捌玖", U"拾佰仟", false);
    if (format == "ideographLegalTraditional" || format == "japaneseLegal")
        return chinese_counting(value, U"零壹貳參肆伍陸柒捌玖", U"拾佰仟", false);
    if (format == "ideographDigital" || format == "taiwaneseDigital" || format == "japaneseDigitalTenThousand")
        return digit_by_digit(value, lower_digits);
    if (format == "decimalFullWidth" || format == "decimalFullWidth2")
        return digit_by_digit(value, U"０１２３４５６７８９");
    if (format == "ideographTraditional") return from_sequence(value, U"甲乙丙丁戊己庚辛壬癸", true);
    if (format == "ideographZodiac") return from_sequence(value, U"子丑寅卯辰巳午未申酉戌亥", true);
    if (format == "decimalEnclosedCircle" || format == "decimalEnclosedCircleChinese")
        return from_sequence(value, U"①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳");
    if (format == "decimalEnclosedParen") return from_sequence(value, U"⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇");
    if (format == "decimalEnclosedFullstop") return from_sequence(value, U"⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛");
    if (format == "ideographEnclosedCircle") return from_sequence(value, U"㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩");
    if (format == "upperRoman") return roman(value, true);
    if (format == "lowerRoman") return roman(value, false);
    if (format == "upperLetter") return letters(value, 'A');
    if (format == "lowerLetter") return letters(value, 'a');
    return std::to_string(value);  // decimal, and the formats reports do not use
}

ListNumbering::ListNumbering(pugi::xml_node numbering, pugi::xml_node styles) {
    if (styles) read_styles(styles, WordNames(styles));
    if (numbering) read_numbering(numbering, WordNames(numbering));
}

void ListNumbering::read_styles(pugi::xml_node root, WordNames const& names) {
    for (pugi::xml_node s = root.first_child(); s; s = s.next_sibling()) {
        if (names.word(s) != "style") continue;
        std::string const id(names.attr(s, "styleId"));
        std::string_view const type = names.attr(s, "type");
        pugi::xml_node const num_pr = names.child(names.child(s, "pPr"), "numPr");
        if (type == "numbering") {
            if (num_pr) numbering_styles_[id] = std::string(names.val(num_pr, "numId"));
            continue;
        }
        if (!type.empty() && type != "paragraph") continue;
        if (names.on(s, "default") || names.attr(s, "default") == "1" || names.attr(s, "default") == "true")
            default_style_ = id;
        StyleList& list = styles_[id];
        list.based_on = std::string(names.val(s, "basedOn"));
        if (pugi::xml_node const n = names.child(num_pr, "numId")) list.num = std::string(names.attr(n, "val"));
        if (pugi::xml_node const l = names.child(num_pr, "ilvl")) list.level = to_int(names.attr(l, "val"));
    }
}

namespace {

// Elements that Word puts in mc:AlternateContent (a w14 number format with a fallback): the
// fallback, which holds the plain WordprocessingML form.
pugi::xml_node property(pugi::xml_node lvl, std::string_view name, WordNames const& names) {
    if (pugi::xml_node const direct = names.child(lvl, name)) return direct;
    for (pugi::xml_node c = lvl.first_child(); c; c = c.next_sibling())
        if (names.is_mc(c, "AlternateContent"))
            for (pugi::xml_node b = c.first_child(); b; b = b.next_sibling())
                if (names.is_mc(b, "Fallback"))
                    if (pugi::xml_node const found = names.child(b, name)) return found;
    return {};
}

}  // namespace

void ListNumbering::read_numbering(pugi::xml_node root, WordNames const& names) {
    auto read_level = [&](pugi::xml_node lvl, ListLevel& level) {
        if (auto const v = to_int(names.val(lvl, "start"))) level.start = *v;
        if (pugi::xml_node const f = property(lvl, "numFmt", names)) level.format = std::string(names.attr(f, "val"));
        if (pugi::xml_node const t = names.child(lvl, "lvlText")) level.text = std::string(names.attr(t, "val"));
        if (names.child(lvl, "lvlRestart")) level.restart = to_int(names.val(lvl, "lvlRestart"));
        level.legal = names.on(lvl, "isLgl");
        level.space_after = names.val(lvl, "suff") == "space";
        level.style = std::string(names.val(lvl, "pStyle"));
    };
    auto level_index = [&](pugi::xml_node n) -> std::optional<std::size_t> {
        auto const k = to_int(names.attr(n, "ilvl"));
        if (!k || *k < 0 || *k >= kListLevels) return std::nullopt;
        return static_cast<std::size_t>(*k);
    };
    for (pugi::xml_node n = root.first_child(); n; n = n.next_sibling()) {
        std::string_view const what = names.word(n);
        if (what == "abstractNum") {
            ListDefinition& a = abstracts_[std::string(names.attr(n, "abstractNumId"))];
            a.style_link = std::string(names.val(n, "numStyleLink"));
            for (pugi::xml_node lvl = n.first_child(); lvl; lvl = lvl.next_sibling())
                if (names.word(lvl) == "lvl")
                    if (auto const k = level_index(lvl)) read_level(lvl, a.levels[*k]);
        } else if (what == "num") {
            ListInstance& i = instances_[std::string(names.attr(n, "numId"))];
            i.abstract = std::string(names.val(n, "abstractNumId"));
            for (pugi::xml_node o = n.first_child(); o; o = o.next_sibling()) {
                if (names.word(o) != "lvlOverride") continue;
                auto const k = level_index(o);
                if (!k) continue;
                if (names.child(o, "startOverride")) i.start_override[*k] = to_int(names.val(o, "startOverride"));
                if (pugi::xml_node const lvl = names.child(o, "lvl")) read_level(lvl, i.level_override[*k].emplace());
            }
        }
    }
}

ListDefinition const* ListNumbering::abstract_of(ListInstance const& instance) const {
    auto a = abstracts_.find(instance.abstract);
    if (a == abstracts_.end()) return nullptr;
    if (a->second.style_link.empty()) return &a->second;
    // The levels of a list defined through a numbering style live in the list that style uses.
    auto const s = numbering_styles_.find(a->second.style_link);
    if (s == numbering_styles_.end()) return &a->second;
    auto const i = instances_.find(s->second);
    if (i == instances_.end()) return &a->second;
    auto const linked = abstracts_.find(i->second.abstract);
    return linked == abstracts_.end() ? &a->second : &linked->second;
}

std::pair<std::optional<std::string>, std::optional<int>> ListNumbering::style_list(std::string style) const {
    std::optional<std::string> num;
    std::optional<int> level;
    for (int hops = 0; hops < 32 && !style.empty() && !(num && level); ++hops) {
        auto const s = styles_.find(style);
        if (s == styles_.end()) break;
        if (!num) num = s->second.num;
        if (!level) level = s->second.level;
        style = s->second.based_on;
    }
    return {num, level};
}

std::string ListNumbering::label(pugi::xml_node ppr, WordNames const& names) {
    if (instances_.empty()) return {};
    pugi::xml_node const num_pr = names.child(ppr, "numPr");
    std::optional<std::string> num;
    std::optional<int> level;
    if (pugi::xml_node const n = names.child(num_pr, "numId")) num = std::string(names.attr(n, "val"));
    if (pugi::xml_node const l = names.child(num_pr, "ilvl")) level = to_int(names.attr(l, "val"));
    std::string style(names.val(ppr, "pStyle"));
    if (style.empty()) style = default_style_;
    if (!num || !level) {
        auto const [style_num, style_level] = style_list(style);
        if (!num) num = style_num;
        if (!level) level = style_level;
    }
    if (!num || num->empty() || *num == "0") return {};
    auto const instance = instances_.find(*num);
    if (instance == instances_.end()) return {};
    ListDefinition const* list = abstract_of(instance->second);
    if (!list) return {};
    if (!level)
        for (int k = 0; k < kListLevels && !level; ++k)
            if (!style.empty() && list->levels[static_cast<std::size_t>(k)].style == style) level = k;
    int const at = std::clamp(level.value_or(0), 0, kListLevels - 1);
    auto const ix = static_cast<std::size_t>(at);
    auto level_of = [&](std::size_t k) -> ListLevel const& {
        auto const& o = instance->second.level_override[k];
        return o ? *o : list->levels[k];
    };
    // Lists sharing one definition continue one count, as in Word, unless an instance restarts
    // its own (a start override).
    bool const own = std::any_of(instance->second.start_override.begin(),
                                 instance->second.start_override.end(), [](auto const& o) { return o.has_value(); });
    ListCounters& c = counters_[own ? "n:" + *num : "a:" + instance->second.abstract];
    bool& started = instance_started_[*num + ":" + std::to_string(at)];
    if (instance->second.start_override[ix] && !started) c.value[ix] = *instance->second.start_override[ix];
    else if (!c.used[ix]) c.value[ix] = level_of(ix).start;
    else ++c.value[ix];
    c.used[ix] = started = true;
    for (std::size_t k = ix + 1; k < kListLevels; ++k) {
        std::optional<int> const restart = level_of(k).restart;
        if (!restart || (*restart > 0 && at < *restart)) c.used[k] = false;
    }
    ListLevel const& shown = level_of(ix);
    if (shown.format == "bullet") return {};  // a glyph, not a number
    std::string out;
    for (std::size_t k = 0; k < shown.text.size(); ++k) {
        char const d = k + 1 < shown.text.size() ? shown.text[k + 1] : '\0';
        if (shown.text[k] != '%' || d < '1' || d > '9') {
            out += shown.text[k];
            continue;
        }
        auto const j = static_cast<std::size_t>(d - '1');
        int const value = c.used[j] ? c.value[j] : level_of(j).start;
        out += list_number(value, shown.legal ? "decimal" : std::string_view(level_of(j).format));
        ++k;
    }
    if (shown.space_after && !out.empty()) out += ' ';
    return out;
}

}  // namespace govinfo::detail
