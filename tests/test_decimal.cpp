#include "govinfo/decimal.hpp"

#include <doctest/doctest.h>

#include <string>

#include "govinfo/error.hpp"

using namespace govinfo;

TEST_SUITE("decimal") {
    TEST_CASE("parse throws naming the text try_parse gives nothing for") {
        CHECK(Decimal::parse("-0.50").to_string() == "-0.50");
        for (char const* bad : {"", "1,000", "12元", "1.2.3", "99999999999999999999"}) {
            CHECK_FALSE(Decimal::try_parse(bad));
            try {
                (void)Decimal::parse(bad);
                FAIL("no exception for \"" << bad << "\"");
            } catch (Exception const& e) {
                CHECK(e.error().code == ErrorCode::bad_number);
                CHECK(e.error().message.find("\"" + std::string(bad) + "\" is no decimal number") == 0);
            }
        }
    }
    TEST_CASE("parse keeps digits and scale") {
        auto const d = Decimal::try_parse("10524.26475");
        REQUIRE(d);
        CHECK(d->units == 1052426475);
        CHECK(d->scale == 5);
        CHECK(d->to_string() == "10524.26475");
        auto const e = Decimal::try_parse("24252.311082");
        REQUIRE(e);
        CHECK(e->units == 24252311082);
        CHECK(e->scale == 6);
        CHECK(e->to_string() == "24252.311082");
        CHECK(Decimal::try_parse("1.50")->to_string() == "1.50");
        CHECK(Decimal::try_parse("-0.5")->to_string() == "-0.5");
        CHECK(Decimal::try_parse("+3.0")->to_string() == "3.0");
        CHECK(Decimal::try_parse("0")->to_string() == "0");
        CHECK(Decimal::try_parse("-12")->units == -12);
        CHECK(Decimal::try_parse("0.000001")->to_string() == "0.000001");
    }

    TEST_CASE("parse rejects what is not a plain decimal") {
        for (char const* bad : {"", ".", "1.", ".5", "1.2.3", "1,000", "12万元", " 1", "+", "-",
                                "1e5", "0.1234567890123456789"}) {
            CAPTURE(bad);
            CHECK_FALSE(Decimal::try_parse(bad));
        }
        CHECK(Decimal::try_parse("9223372036854775807"));
        CHECK_FALSE(Decimal::try_parse("9223372036854775808"));
        CHECK(Decimal::try_parse("-9223372036854775808"));
        CHECK(Decimal::try_parse("-9223372036854775808")->to_string() == "-9223372036854775808");
    }

    TEST_CASE("equality compares the representation and compare_value the number") {
        auto const a = *Decimal::try_parse("1.5");
        auto const b = *Decimal::try_parse("1.50");
        CHECK(a != b);
        CHECK(compare_value(a, b) == std::strong_ordering::equal);
        CHECK(compare_value(*Decimal::try_parse("177.1"), *Decimal::try_parse("177.09")) ==
              std::strong_ordering::greater);
        CHECK(compare_value(*Decimal::try_parse("-2"), *Decimal::try_parse("1")) ==
              std::strong_ordering::less);
    }

    TEST_CASE("add is exact and reports overflow") {
        auto const s = add(*Decimal::try_parse("10524.26475"), *Decimal::try_parse("0.1"));
        REQUIRE(s);
        CHECK(s->to_string() == "10524.36475");
        CHECK_FALSE(add(*Decimal::try_parse("9223372036854775807"), *Decimal::try_parse("1")));
    }
}
