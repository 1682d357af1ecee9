#include "text/normalize.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

using namespace govinfo::detail;
using namespace std::string_literals;

namespace {

// Inputs for the fast paths: ASCII and hanzi runs, every kind of space, full width, and the
// invalid and cut-short bytes the normalisers must carry through.
std::vector<std::string> const samples{
    "", " ", "abc", "a b\tc\r\nd", "２０２２年", "２０２２ 年\u3000度", "本年度（一）项",
    "\u00A0x\u200By\uFEFFz\u2002\u2003\u2009", "（１）ＡＢＣ－", "“引号”「角」〔2020〕、。",
    "\xE4\xB8"s,                // a character cut short at the end
    "\xE5\xB9\xB4\xE4\xB8"s,    // 年 then a cut character
    "\xE4\x41\x42"s,            // a lead byte before ASCII
    "\xFF\xFE a \xC0\xAF"s,     // invalid bytes and an overlong '/'
    "\xF0\x9F\x98\x80 emoji 一二三", "汉字汉字汉字汉字 and ascii 汉字",
    "答\n复 3050 件，\u3000结转\u00A0下年度 continued over eight bytes\u3000\u3000"};

// fold_for_numbers() as its comment defines it, one code point at a time.
std::string fold_by_code_point(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = next_code_point(s, i);
        if (is_space(cp)) continue;
        if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;
        append_utf8(out, cp);
    }
    return out;
}

// squeeze_for_narrative() as its comment defines it, one byte sequence at a time.
std::string squeeze_by_byte(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') ++i;
        else if (s.substr(i).starts_with("\u3000")) i += 3;
        else if (s.substr(i).starts_with("\u00A0")) i += 2;
        else out += s[i++];
    }
    return out;
}

std::string squeeze(std::string_view s) {
    std::string out(s.size(), '\0');
    return std::string(squeeze_for_narrative(s, out.data()));
}

std::string label(std::string_view s) {
    std::string out(2 * s.size(), '\0');
    out.resize(normalize_label_to(s, out.data()));
    return out;
}

}  // namespace

TEST_SUITE("text_normalize") {
    TEST_CASE("trim removes spaces of every width from both ends only") {
        CHECK(trim("") == "");
        CHECK(trim(" \t\r\n") == "");
        CHECK(trim("\u3000\u00A0\u200B\uFEFF 本年 度\u2002\u2003\u2009\u3000") == "本年 度");
        CHECK(trim("年") == "年");
        CHECK(trim("\u3001") == "\u3001");  // 、 ends in the byte 81, which no space ends with
        CHECK(trim("x\xE3\x80") == "x\xE3\x80");  // a cut U+3000 is no space
    }

    TEST_CASE("fold_for_numbers gives what folding one code point at a time gives") {
        for (auto const& s : samples) {
            CAPTURE(s);
            CHECK(fold_for_numbers(s) == fold_by_code_point(s));
        }
        CHECK(fold_for_numbers("２０２０ 年\u3000１２月") == "2020年12月");
        CHECK(fold_for_numbers("\xFF") == "\xC3\xBF");  // an invalid byte, written as U+00FF
    }

    TEST_CASE("normalize_label_to folds what label tables must read alike") {
        CHECK(label("1、属于国家秘密") == "1.属于国家秘密");
        CHECK(label("１，属于 国家\u3000秘密") == "1.属于国家秘密");
        CHECK(label("（三）不予公开") == "(三)不予公开");
        CHECK(label("“三类内容”「事务」") == "\"三类内容\"\"事务\"");
        CHECK(label("〔2020〕12号。") == "[2020]12号.");
        CHECK(label("a\u2002b") == "a\u2002b");  // en space: not dropped for labels
        CHECK(label("") == "");
        CHECK(label("\xFF年") == "\xC3\xBF年");  // grows: the reason for the 2x room
        CHECK(label("\xE4\xB8") == "\xC3\xA4\xC2\xB8");
    }

    TEST_CASE("fold_for_glued_tables keeps lines and gives each space one byte") {
        CHECK(fold_for_glued_tables("") == "");
        CHECK(fold_for_glued_tables("数量&nbsp;7\t8\r\n９\u3000１０\u00A0“x”") ==
              "数量 7 8 \n9 10 \"x\"");
        CHECK(fold_for_glued_tables("&amp; &nbsp") == "&amp; &nbsp");
        CHECK(fold_for_glued_tables("「角」\u2002é") == "「角」\u2002é");
        CHECK(fold_for_glued_tables("\xE4\xB8"s) == "\xE4\xB8");  // cut short: kept as it is
    }

    TEST_CASE("squeeze_for_narrative drops ASCII spaces U+3000 and U+00A0 only") {
        CHECK(squeeze("答\n复 3050 件") == "答复3050件");
        CHECK(squeeze("a\u2002b\u200Bc") == "a\u2002b\u200Bc");
        CHECK(squeeze("\xE3\x80") == "\xE3\x80");  // cut short at the end: kept
        CHECK(squeeze("") == "");
        for (auto const& s : samples) {
            CAPTURE(s);
            CHECK(squeeze(s) == squeeze_by_byte(s));
        }
    }

    TEST_CASE("squeezed readers see unsqueezed text as squeezed") {
        std::string_view const t = "无 上\u3000年\n结\u00A0转";
        std::size_t const jie = t.find("结");
        CHECK(squeezed::dropped_at(t, 3) == 1);
        CHECK(squeezed::dropped_at(t, 7) == 3);
        CHECK(squeezed::dropped_at(t, 0) == 0);
        CHECK(squeezed::kept_from(t, 3) == 4);
        CHECK(squeezed::kept_before(t, jie) == jie - 2);  // 年's last byte, past the '\n'
        CHECK(squeezed::kept_before(t, 0) == std::string_view::npos);
        CHECK(squeezed::starts_with(t, jie, "结转"));
        CHECK(squeezed::ends_with(t, jie, "无上年"));
        CHECK_FALSE(squeezed::ends_with(t, jie, "有上年"));
        CHECK_FALSE(squeezed::starts_with(t, jie, "结转了"));
    }
}
