#include "parse/text.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

// fold() as its comment defines it, one code point at a time: what the fast paths (runs of
// ASCII and of three-byte characters copied at once) must give byte for byte.
std::string fold_by_code_point(std::string_view s) {
    using namespace govinfo::detail;
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = next_code_point(s, i);
        if (is_space(cp)) continue;
        if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;
        append_utf8(out, cp);
    }
    return out;
}

}  // namespace

TEST_SUITE("text") {
    TEST_CASE("fold gives what folding one code point at a time gives") {
        std::vector<std::string> const inputs{
            "", " ", "abc", "a b\tc\r\nd", "２０２２年", "２０２２ 年\u3000度", "本年度（一）项",
            "\u00A0x\u200By\uFEFFz\u2002\u2003\u2009", "（１）ＡＢＣ－",
            std::string("\xE4\xB8", 2),               // a character cut short at the end
            std::string("\xE5\xB9\xB4\xE4\xB8", 5),   // 年 then a cut character
            std::string("\xE4\x41\x42", 3),           // a lead byte before ASCII
            std::string("\xFF\xFE a \xC0\xAF", 7),    // invalid bytes and an overlong '/'
            "\xF0\x9F\x98\x80 emoji 一二三", "汉字汉字汉字汉字 and ascii 汉字"};
        for (auto const& s : inputs) {
            CAPTURE(s);
            CHECK(govinfo::detail::fold(s) == fold_by_code_point(s));
        }
    }
}
