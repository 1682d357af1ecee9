// Reading test data, for every test: a file that cannot be opened or read fails the test. (Eight
// tests had their own copy, and five of them returned an empty string for a missing file, which
// lets a test of "no report found" or "every cell blank" pass on a mistyped path.)
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace govinfo::test {

inline std::string read_file(std::filesystem::path const& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.is_open(), "cannot open the test file " << path.string());
    std::ostringstream bytes;
    bytes << in.rdbuf();
    REQUIRE_MESSAGE(!in.bad(), "cannot read the test file " << path.string());
    return std::move(bytes).str();
}

}  // namespace govinfo::test
