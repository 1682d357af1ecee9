// libFuzzer target: the HTML reader on its own (tags, entities, colspan/rowspan, comments,
// scripts), then the parser on the same bytes wrapped so that they are always read as HTML.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "govinfo/parse.hpp"
#include "parse/html.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view const input(reinterpret_cast<char const*>(data), size);
    (void)govinfo::detail::looks_like_html(input);
    govinfo::detail::HtmlText const text = govinfo::detail::html_to_text(input);
    // Every output line has its source line, and source lines never go backwards.
    std::size_t lines = text.text.empty() ? 0 : 1;
    for (char c : text.text) lines += c == '\n';
    if (text.source_line.size() + 1 < lines) __builtin_trap();
    std::string const page = "<html><body>" + std::string(input) + "</body></html>";
    govinfo::ParseOptions options;
    options.max_input_bytes = std::size_t{1} << 20;
    (void)govinfo::try_parse(page, options);
    return 0;
}
