// libFuzzer target: the JSON readers. A document either is refused with an Error or reads into a
// Report, and a Report read back from its own JSON must print the same JSON again.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "govinfo/json.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view const input(reinterpret_cast<char const*>(data), size);
    if (auto report = govinfo::try_report_from_json(input)) {
        std::string const once = govinfo::to_json(*report);
        auto again = govinfo::try_report_from_json(once);
        if (!again || govinfo::to_json(*again) != once) __builtin_trap();
    } else {
        govinfo::Error e = report.error();
        govinfo::locate(e, input);
        (void)e.to_string();
    }
    if (auto reports = govinfo::try_reports_from_json(input)) (void)govinfo::to_json(*reports);
    if (auto findings = govinfo::try_findings_from_json(input)) (void)govinfo::to_json(*findings);
    return 0;
}
