// Placeholder implementations, replaced by decode.cpp and html.cpp (delete this file then).
#include "parse/decode.hpp"
#include "parse/html.hpp"

namespace govinfo::detail {
Result<Decoded> decode_to_utf8(std::string_view bytes) { return Decoded{std::string(bytes), "UTF-8"}; }
bool looks_like_html(std::string_view) noexcept { return false; }
HtmlText html_to_text(std::string_view html) { return {std::string(html), {}}; }
}  // namespace govinfo::detail
