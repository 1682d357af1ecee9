#include "text/swar.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace govinfo::detail;

namespace {
std::uint64_t word(std::string const& eight) { return swar::load(eight.data()); }
}  // namespace

TEST_SUITE("text_swar") {
    TEST_CASE("load puts the first byte lowest whatever the byte order") {
        CHECK(word("\x01\x02\x03\x04\x05\x06\x07\x08") == 0x0807060504030201ULL);
    }

    TEST_CASE("bytes_equal marks the first equal byte and nothing in a word without one") {
        CHECK(swar::bytes_equal(word("abcdefgh"), 'z') == 0);
        auto const m = swar::bytes_equal(word("abc|efg|"), '|');
        REQUIRE(m != 0);
        CHECK(swar::first_marked(m) == 3);
        CHECK(swar::first_marked(swar::bytes_equal(word("\xBB" "bcdefgh"), 0xBB)) == 0);
        // 0x01 after a 0x00: the borrow may mark it too; the first mark stays right.
        CHECK(swar::first_marked(swar::bytes_equal(word(std::string("ab\0\x01" "efgh", 8)), 0)) == 2);
    }

    TEST_CASE("bytes_below marks control bytes and spaces but never bytes from 0x80 up") {
        CHECK(swar::bytes_below(word("\xE5\xB9\xB4\xE4\xB8\x80\xFF\x80"), 0x21) == 0);
        CHECK(swar::first_marked(swar::bytes_below(word("abcde f\n"), 0x21)) == 5);
    }

    TEST_CASE("digits marks ASCII digits only") {
        CHECK(swar::digits(word("abc/:xyz")) == 0);  // '/' and ':' border the digits
        CHECK(swar::first_marked(swar::digits(word("年份7件x")) ) == 6);
        CHECK(swar::first_marked(swar::digits(word("0bcdefgh"))) == 0);
    }

    TEST_CASE("any_non_ascii") {
        CHECK_FALSE(swar::any_non_ascii(word("abcdefgh")));
        CHECK(swar::any_non_ascii(word("abcdefg\x80")));
    }
}
