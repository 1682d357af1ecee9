// libFuzzer target: the text parser end to end. Any bytes go through try_parse (decode, HTML,
// segmentation, tables, metadata); what parses is checked (validate, narrative: the sums over
// what the parser read) and its findings serialised. Nothing may crash, hang, leak or trip a
// sanitizer. Writing each report as JSON took half of every run and is fuzzed by fuzz_from_json
// (any report, round trip), so it is left out here.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "govinfo/batch.hpp"
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
    for (auto const& report : result->reports) (void)govinfo::to_json(govinfo::check(report));
    (void)govinfo::to_json(result->diagnostics);
    return 0;
}
