// Placeholder implementation, replaced by glued.cpp (delete this file then).
#include "parse/glued.hpp"

namespace govinfo::detail {
bool looks_glued(std::string_view) noexcept { return false; }
bool read_glued_tables(std::string_view, std::uint32_t, Report&) { return false; }
}  // namespace govinfo::detail
