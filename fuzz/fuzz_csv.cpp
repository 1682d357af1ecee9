// libFuzzer target: the CSV reader (docs/csv.md). A document either is refused with an Error or
// reads into Reports, and Reports read back from their own CSV must print the same CSV again.
// The CSV sets any cell to any 64-bit value, so what reads is also validated, rolled up and
// checked as a series: the sums over counts must never wrap (UBSan aborts on a signed overflow).
// JSON writing is fuzzed by fuzz_from_json.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "govinfo/batch.hpp"
#include "govinfo/csv.hpp"
#include "govinfo/rollup.hpp"
#include "govinfo/series.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view const input(reinterpret_cast<char const*>(data), size);
    auto reports = govinfo::try_reports_from_csv(input);
    if (!reports) {
        govinfo::Error e = reports.error();
        govinfo::locate(e, input);
        (void)e.to_string();
        return 0;
    }
    std::string const once = govinfo::to_csv(*reports);
    auto again = govinfo::try_reports_from_csv(once);
    if (!again || govinfo::to_csv(*again) != once) __builtin_trap();
    for (auto const& r : *reports) (void)govinfo::check(r);
    if (auto total = govinfo::try_rollup(*reports)) {
        for (auto const& r : *reports) (void)govinfo::compare_rollup(r, *total);
    }
    (void)govinfo::validate_series(govinfo::make_series(*reports));
    return 0;
}
