// docs/rules.md, rule_catalogue() and the FindingCode enum list the same codes with the same
// severities.
#include "govinfo/validate.hpp"

#include <doctest/doctest.h>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "govinfo/labels.hpp"
#include "test_files.hpp"

using namespace govinfo;

namespace {

std::string read_rules_md() {
    return govinfo::test::read_file(std::string(GOVINFO_SOURCE_DIR) + "/docs/rules.md");
}

struct Documented {
    std::map<std::string, std::string> severity;  // code -> severity, from the catalogue table
    std::multiset<std::string> table_rows;        // to catch a code listed twice
    std::set<std::string> sections;               // "### `code`" headings
};

Documented parse_rules_md(std::string const& text) {
    Documented d;
    std::regex const row(R"(^\| `([a-z0-9_]+)` \| ([a-z]+) \|)");
    std::regex const heading(R"(^### `([a-z0-9_]+)`\s*$)");
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        std::smatch m;
        if (std::regex_search(line, m, row)) {
            d.severity[m[1]] = m[2];
            d.table_rows.insert(m[1]);
        } else if (std::regex_match(line, m, heading)) {
            d.sections.insert(m[1]);
        }
    }
    return d;
}

std::set<std::string> enum_codes() {
    std::set<std::string> out;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<FindingCode>>(
        [&](auto e) { out.insert(e.name); });
    return out;
}

}  // namespace

TEST_SUITE("rules_catalogue") {

TEST_CASE("docs/rules.md documents exactly the FindingCode enumerators") {
    auto const text = read_rules_md();
    REQUIRE_FALSE(text.empty());
    auto const doc = parse_rules_md(text);
    std::set<std::string> table;
    for (auto const& [code, sev] : doc.severity) table.insert(code);
    auto const codes = enum_codes();
    CHECK(table == codes);
    CHECK(doc.sections == codes);
    for (auto const& code : codes) CHECK_MESSAGE(doc.table_rows.count(code) == 1, code);
}

TEST_CASE("docs/rules.md and rule_catalogue agree on codes and severities") {
    auto const doc = parse_rules_md(read_rules_md());
    std::map<std::string, std::string> catalogue;
    for (auto const& r : rule_catalogue())
        catalogue[std::string(id(r.code))] = std::string(id(r.severity));
    CHECK(catalogue.size() == rule_catalogue().size());  // no code twice
    CHECK(catalogue == doc.severity);
    for (auto const& [code, sev] : catalogue) {
        CAPTURE(code);
        auto const it = doc.severity.find(code);
        if (it != doc.severity.end()) CHECK(it->second == sev);
    }
}

TEST_CASE("the parser of rules.md reads a table row and a heading") {
    auto const d = parse_rules_md("| `app_balance` | error | N + P = T + F |\n### `app_balance`\n"
                                  "| code | severity | formula |\n### Not a code\n");
    CHECK(d.severity == std::map<std::string, std::string>{{"app_balance", "error"}});
    CHECK(d.sections == std::set<std::string>{"app_balance"});
}

}  // TEST_SUITE
