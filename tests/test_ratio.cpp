// Exact ratios: rounding in integer arithmetic, values compared without floating point.
#include "govinfo/ratio.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>

using namespace govinfo;

TEST_SUITE("ratio") {

TEST_CASE("percent rounds half away from zero exactly") {
    CHECK(Ratio{2, 3}.percent() == "66.7%");
    CHECK(Ratio{1, 3}.percent() == "33.3%");
    CHECK(Ratio{1, 8}.percent(2) == "12.50%");
    CHECK(Ratio{-1, 8}.percent(2) == "-12.50%");
    CHECK(Ratio{1, 2000}.percent() == "0.1%");    // 0.05% rounds up
    CHECK(Ratio{-1, 2000}.percent() == "-0.1%");  // and away from zero below it
    CHECK(Ratio{1, 2001}.percent() == "0.0%");
    CHECK(Ratio{1, 1}.percent(0) == "100%");
    CHECK(Ratio{7, 7}.percent() == "100.0%");
}

TEST_CASE("percent with a sign marks increases only") {
    CHECK(Ratio{1, 2}.percent(1, true) == "+50.0%");
    CHECK(Ratio{-2, 3}.percent(1, true) == "-66.7%");
    CHECK(Ratio{0, 5}.percent(1, true) == "0.0%");
    CHECK(Ratio{1, 20001}.percent(1, true) == "0.0%");  // rounds to zero: no sign
}

TEST_CASE("decimal gives the value to a fixed number of places") {
    CHECK(Ratio{2, 3}.decimal() == "0.666667");
    CHECK(Ratio{1, 3}.decimal(2) == "0.33");
    CHECK(Ratio{64, 314}.decimal() == "0.203822");
    CHECK(Ratio{-3, 2}.decimal(1) == "-1.5");
    CHECK(Ratio{5, 1}.decimal(0) == "5");
}

TEST_CASE("the largest counts do not overflow the rounding") {
    constexpr auto max = std::numeric_limits<std::int64_t>::max();
    CHECK(Ratio{max, 1}.percent(0) == "922337203685477580700%");
    CHECK(Ratio{max, max}.percent(6) == "100.000000%");
    CHECK(Ratio{1, max}.decimal(12) == "0.000000000000");
}

TEST_CASE("make_ratio refuses a zero denominator and moves the sign up") {
    CHECK_FALSE(make_ratio(1, 0).has_value());
    REQUIRE(make_ratio(1, -2).has_value());
    CHECK(*make_ratio(1, -2) == Ratio{-1, 2});
    CHECK_FALSE(make_ratio(std::numeric_limits<std::int64_t>::min(), -1).has_value());
}

TEST_CASE("values compare exactly across different denominators") {
    CHECK(same_value(Ratio{1, 2}, Ratio{2, 4}));
    CHECK_FALSE(Ratio{1, 2} == Ratio{2, 4});
    CHECK(at_least(Ratio{4, 5}, Ratio{8, 10}));
    CHECK(at_least(Ratio{81, 100}, Ratio{4, 5}));
    CHECK_FALSE(at_least(Ratio{79, 100}, Ratio{4, 5}));
    constexpr auto max = std::numeric_limits<std::int64_t>::max();
    CHECK_FALSE(at_least(Ratio{max - 1, max}, Ratio{1, 1}));
    CHECK(Ratio{1, 4}.to_double() == 0.25);
}

}  // TEST_SUITE
