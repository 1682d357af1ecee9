#include "text/utf8.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

using namespace govinfo::detail;
using namespace std::string_literals;

namespace {

constexpr auto npos = std::string_view::npos;

struct Step {
    char32_t cp;
    std::size_t next;
};
Step decode_at(std::string_view s, std::size_t i) {
    char32_t const cp = next_code_point(s, i);
    return {cp, i};
}

// Valid UTF-8 as Unicode's table 3-7 defines it, one sequence at a time: what the fast paths of
// find_invalid_utf8 must give.
std::size_t first_invalid_by_sequence(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        std::size_t const n = well_formed_length(s, i);
        if (n == 0) return i;
        i += n;
    }
    return npos;
}

}  // namespace

TEST_SUITE("text_utf8") {
    TEST_CASE("next_code_point decodes one to four bytes") {
        CHECK(decode_at("a", 0).cp == U'a');
        CHECK(decode_at("a", 0).next == 1);
        CHECK(decode_at("\xC3\xA9", 0).cp == 0xE9);  // é
        CHECK(decode_at("\xC3\xA9", 0).next == 2);
        CHECK(decode_at("x年", 1).cp == U'年');
        CHECK(decode_at("x年", 1).next == 4);
        CHECK(decode_at("\xF0\x9F\x98\x80", 0).cp == 0x1F600);  // an emoji, four bytes
        CHECK(decode_at("\xF0\x9F\x98\x80", 0).next == 4);
        CHECK(decode_at("\xF4\x8F\xBF\xBF", 0).cp == 0x10FFFF);
    }

    TEST_CASE("next_code_point reads a byte that starts no sequence as itself and steps one byte") {
        CHECK(decode_at("\xFF", 0).cp == 0xFF);
        CHECK(decode_at("\xFF", 0).next == 1);
        CHECK(decode_at("\x80z", 0).cp == 0x80);  // a stray continuation byte
        CHECK(decode_at("\x80z", 0).next == 1);
        CHECK(decode_at("\xE4\xB8", 0).cp == 0xE4);  // cut short at the end
        CHECK(decode_at("\xE4\xB8", 0).next == 1);
        CHECK(decode_at("\xF0\x9F\x98", 0).next == 1);  // four-byte lead, three bytes left
        CHECK(decode_at("\xE4\x41\x42", 0).cp == 0xE4);  // a lead byte before ASCII
        CHECK(decode_at("\xE4\x41\x42", 0).next == 1);
        CHECK(decode_at("\xF8\x88\x80\x80\x80", 0).cp == 0xF8);  // five-byte forms do not exist
    }

    TEST_CASE("next_code_point is lenient: overlong forms and surrogates decode") {
        // The parser reads what it is given; whether it is valid is find_invalid_utf8's question.
        CHECK(decode_at("\xC0\xAF", 0).cp == U'/');
        CHECK(decode_at("\xC0\xAF", 0).next == 2);
        CHECK(decode_at("\xE0\x80\x80", 0).cp == 0);
        CHECK(decode_at("\xED\xA0\x80", 0).cp == 0xD800);
        CHECK(decode_at("\xED\xA0\x80", 0).next == 3);
    }

    TEST_CASE("try_next_code_point reports a byte that starts no sequence") {
        std::string const s = "\xE4\xB8"s + "年";
        std::size_t i = 0;
        CHECK_FALSE(try_next_code_point(s, i).has_value());
        CHECK(i == 1);
        CHECK_FALSE(try_next_code_point(s, i).has_value());  // B8: a continuation byte
        CHECK(i == 2);
        auto const cp = try_next_code_point(s, i);
        REQUIRE(cp.has_value());
        CHECK(*cp == U'年');
        CHECK(i == 5);
    }

    TEST_CASE("put_utf8 and append_utf8 write the shortest form at every length boundary") {
        struct Case {
            char32_t cp;
            std::string bytes;
        };
        std::vector<Case> const cases{
            {0x00, "\0"s},         {0x7F, "\x7F"},         {0x80, "\xC2\x80"},
            {0x7FF, "\xDF\xBF"},   {0x800, "\xE0\xA0\x80"}, {U'年', "年"},
            {0xFFFF, "\xEF\xBF\xBF"}, {0x10000, "\xF0\x90\x80\x80"}, {0x10FFFF, "\xF4\x8F\xBF\xBF"}};
        for (auto const& c : cases) {
            CAPTURE(static_cast<unsigned>(c.cp));
            std::string out = ">";
            append_utf8(out, c.cp);
            CHECK(out == ">" + c.bytes);
            char buffer[4];
            CHECK(std::string(buffer, put_utf8(buffer, c.cp)) == c.bytes);
            std::size_t i = 0;
            CHECK(next_code_point(c.bytes, i) == c.cp);
            CHECK(i == c.bytes.size());
        }
    }

    TEST_CASE("well_formed_length follows Unicode table 3-7") {
        CHECK(well_formed_length("a", 0) == 0);  // ASCII is no multi-byte sequence
        CHECK(well_formed_length("\xC3\xA9", 0) == 2);
        CHECK(well_formed_length("\xC0\xAF", 0) == 0);  // overlong '/'
        CHECK(well_formed_length("\xC1\xBF", 0) == 0);
        CHECK(well_formed_length("\xE0\xA0\x80", 0) == 3);
        CHECK(well_formed_length("\xE0\x9F\xBF", 0) == 0);  // overlong
        CHECK(well_formed_length("\xED\x9F\xBF", 0) == 3);  // U+D7FF
        CHECK(well_formed_length("\xED\xA0\x80", 0) == 0);  // a surrogate
        CHECK(well_formed_length("\xEF\xBF\xBF", 0) == 3);
        CHECK(well_formed_length("\xF0\x90\x80\x80", 0) == 4);
        CHECK(well_formed_length("\xF0\x8F\xBF\xBF", 0) == 0);  // overlong
        CHECK(well_formed_length("\xF4\x8F\xBF\xBF", 0) == 4);  // U+10FFFF
        CHECK(well_formed_length("\xF4\x90\x80\x80", 0) == 0);  // beyond U+10FFFF
        CHECK(well_formed_length("\xF5\x80\x80\x80", 0) == 0);
        CHECK(well_formed_length("\x80", 0) == 0);
        CHECK(well_formed_length("\xE4\xB8", 0) == 0);  // cut short
        CHECK(well_formed_length("\xE4\xB8\x41", 0) == 0);  // no continuation byte
        CHECK(well_formed_length("x年", 1) == 3);
    }

    TEST_CASE("find_invalid_utf8 gives the offset of the first bad byte") {
        CHECK(find_invalid_utf8("") == npos);
        CHECK(find_invalid_utf8("plain ASCII longer than one word") == npos);
        CHECK(find_invalid_utf8("本年新收政府信息公开申请数量 7 件。\xF0\x9F\x98\x80") == npos);
        CHECK(find_invalid_utf8("abcdefghij\xFF") == 10);
        CHECK(find_invalid_utf8("年年\xE4\xB8") == 6);  // cut short at the end
        CHECK(find_invalid_utf8("年\xED\xA0\x80年") == 3);  // a surrogate
        CHECK(find_invalid_utf8("abc\xC0\xAF") == 3);  // an overlong '/'
        CHECK(find_invalid_utf8("12345678\x80") == 8);  // right after an ASCII word
    }

    TEST_CASE("find_invalid_utf8 agrees with a check one sequence at a time") {
        std::vector<std::string> const inputs{
            "", "a", "年", "\xE1\x80\x80", "\xEF\xBF\xBF", "\xED\x9F\xBF", "\xED\xA0\x80",
            "\xE0\xA0\x80", "\xE0\x80\x80", "abcdefgh年ijklmnop\xFE", "年年年年年年年年年\xE4",
            "\xF0\x9F\x98\x80\xF0\x9F\x98", "\xC2\xA0\xC2", "ab\xE3\x80\x80" "cdefghijklmn\xC1\x81"};
        for (auto const& s : inputs) {
            CAPTURE(s);
            CHECK(find_invalid_utf8(s) == first_invalid_by_sequence(s));
        }
    }

    TEST_CASE("code_points counts characters whatever their length") {
        CHECK(code_points("") == 0);
        CHECK(code_points("abc") == 3);
        CHECK(code_points("年年年年年年年年年") == 9);  // 27 bytes: three words and a tail
        CHECK(code_points("a\xF0\x9F\x98\x80" "b年ab cdefgh") == 13);
        CHECK(code_points("\xE4\xB8") == 1);  // a cut character still starts one
    }

    TEST_CASE("char_start steps back to the byte that starts the character") {
        std::string_view const s = "a年\xF0\x9F\x98\x80";
        CHECK(char_start(s, 0) == 0);
        CHECK(char_start(s, 1) == 1);
        CHECK(char_start(s, 3) == 1);
        CHECK(char_start(s, 7) == 4);
        CHECK(char_start("\x80\x80", 1) == 0);  // never before the start
    }

    TEST_CASE("is_common_hanzi_at accepts whole characters U+4000 to U+9FFF only") {
        CHECK(is_common_hanzi_at("年", 0));
        CHECK(is_common_hanzi_at("x一", 1));
        CHECK_FALSE(is_common_hanzi_at("。", 0));  // E3: CJK punctuation
        CHECK_FALSE(is_common_hanzi_at("\xEF\xBC\x91", 0));  // full-width 1
        CHECK_FALSE(is_common_hanzi_at("\xE4\xB8", 0));  // cut short
        CHECK_FALSE(is_common_hanzi_at("\xE4\x41\x41", 0));
        CHECK_FALSE(is_common_hanzi_at("a", 0));
    }
}
