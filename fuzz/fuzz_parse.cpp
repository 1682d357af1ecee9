// libFuzzer target: the text parser end to end. Any bytes go through try_parse (decode, HTML,
// segmentation, tables, metadata); what parses is checked (validate, narrative, sections),
// the first two reports are compared and the measures of all are computed. Nothing may crash,
// hang, leak or trip a sanitizer. Writing each report as JSON took half of every run and is
// fuzzed by fuzz_from_json (any report, round trip), so it is left out here. Comparing every
// consecutive pair took 40 % of each run on a corpus that grew towards many small reports per
// input, for no coverage that one pair does not give (compare sees two reports, never more).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "govinfo/batch.hpp"
#include "govinfo/compare.hpp"
#include "govinfo/indicators.hpp"
#include "govinfo/json.hpp"
#include "govinfo/parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view const input(reinterpret_cast<char const*>(data), size);
    govinfo::ParseOptions options;
    options.max_input_bytes = std::size_t{1} << 20;
    auto result = govinfo::try_parse(input, options);
    if (!result) {
        govinfo::Error e = result.error();
        govinfo::locate(e, input);
        (void)e.to_string();
        return 0;
    }
    auto const& reports = result->reports;
    for (std::size_t i = 0; i < reports.size(); ++i) {
        (void)govinfo::to_json(govinfo::check(reports[i]));
        if (i != 1) continue;
        auto const c = govinfo::compare(reports[i - 1], reports[i]);
        (void)govinfo::to_text(c);
        (void)govinfo::to_json(c);
        (void)govinfo::to_html(c);
    }
    (void)govinfo::indicators_csv(govinfo::indicators(reports));
    (void)govinfo::to_json(result->diagnostics);
    return 0;
}
