#include "text/search.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

using namespace govinfo::detail;
using namespace std::string_literals;

TEST_SUITE("text_search") {
    TEST_CASE("find_from gives what string_view::find gives") {
        std::string const text =
            "本年新收政府信息公开申请数量 7 件。上年结转政府信息公开申请数量 0 件；"
            "答复 3050 件，结转下年度继续办理 2 件。aaaa年年年";
        std::vector<std::string_view> const needles{
            "", "件", "。", "申请数量", "政府信息公开申请数量", "结转下年度继续办理 2 件。",
            "aa", "aaa", "年年", "年年年年", "不存在", "\xBB", "\xB6\xE3", text};
        for (auto needle : needles) {
            for (std::size_t from : {std::size_t{0}, std::size_t{1}, std::size_t{3}, std::size_t{40},
                                     text.size() - 3, text.size(), text.size() + 1}) {
                CAPTURE(needle);
                CAPTURE(from);
                CHECK(find_from(text, needle, from) == std::string_view(text).find(needle, from));
            }
        }
        CHECK(find_from("", "a") == std::string_view::npos);
        CHECK(find_from("", "") == 0);
        CHECK(find_from("ab", "abc") == std::string_view::npos);
    }

    TEST_CASE("contains and contains_any") {
        CHECK(contains("没有上年结转", "上年结转"));
        CHECK_FALSE(contains("没有上年结", "上年结转"));
        CHECK(contains("x", ""));
        CHECK(contains_any("均予以维持", {"均被", "均予以"}));
        CHECK_FALSE(contains_any("均予以维持", {"均被", "均已"}));
        std::vector<std::string_view> const words{"顺延", "下年"};
        CHECK(contains_any("结转下年度", words));
    }

    TEST_CASE("find_byte gives what string_view::find gives on each side of a word boundary") {
        std::string const s = "ab|cd efgh\xBB|ijklmno p\0q|"s;
        for (char c : {'|', ' ', '\xBB', '\0', 'q', 'z'}) {
            for (std::size_t from = 0; from <= s.size(); ++from) {
                CAPTURE(static_cast<int>(c));
                CAPTURE(from);
                CHECK(find_byte(s, from, c) == std::string_view(s).find(c, from));
            }
        }
        CHECK(find_byte("", 0, 'a') == std::string_view::npos);
    }

    TEST_CASE("split_lines splits at LF and drops a CR before it") {
        using V = std::vector<std::string_view>;
        CHECK(split_lines("") == V{""});
        CHECK(split_lines("\n") == V{""});
        CHECK(split_lines("a\r\nb\n") == V{"a", "b"});
        CHECK(split_lines("a\n\nb") == V{"a", "", "b"});
        CHECK(split_lines("a\rb") == V{"a\rb"});  // a lone CR is no line end here
    }
}
