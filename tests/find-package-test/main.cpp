// Builds a report through the installed headers and library and checks one rule end to end.
#include <govinfo/govinfo.hpp>

#include <cstdio>

int main() {
    auto report = govinfo::Report::blank(govinfo::FormatVersion::v2021);
    report.applications.new_received.total = govinfo::Cell::of(3);
    std::string const json = govinfo::to_json(report);
    auto const back = govinfo::try_report_from_json(json);
    if (!back || back->applications.new_received.total != govinfo::Cell::of(3)) return 1;
    std::printf("%s %zu\n", std::string(govinfo::id(report.format())).c_str(),
                govinfo::validate(report).size() > 0 ? std::size_t{1} : std::size_t{0});
    return 0;
}
