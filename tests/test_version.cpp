// The one version source: govinfo/version.hpp is generated from CMakeLists.txt's project(VERSION).
#include "govinfo/version.hpp"

#include <doctest/doctest.h>

#include <string>

TEST_SUITE("version") {
    TEST_CASE("the version string is its three numbers") {
        std::string const expected = std::to_string(govinfo::version_major) + "." +
                                     std::to_string(govinfo::version_minor) + "." +
                                     std::to_string(govinfo::version_patch);
        CHECK(govinfo::version == expected);
        CHECK(govinfo::version == GOVINFO_TEST_PROJECT_VERSION);
    }
}
