#include "govinfo/utf8_name.hpp"

#include "text/utf8.hpp"

namespace govinfo {

std::string utf8_name(std::string_view bytes) {
    std::size_t bad = detail::find_invalid_utf8(bytes);
    if (bad == std::string_view::npos) return std::string(bytes);
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(bytes.size() + 8);
    while (bad != std::string_view::npos) {
        out.append(bytes.substr(0, bad));
        auto const b = static_cast<unsigned char>(bytes[bad]);
        out += "\\x";
        out += hex[b >> 4];
        out += hex[b & 0xF];
        bytes.remove_prefix(bad + 1);  // the next byte may start a valid sequence
        bad = detail::find_invalid_utf8(bytes);
    }
    out.append(bytes);
    return out;
}

std::string utf8_name(std::filesystem::path const& path) { return utf8_name(path.native()); }

}  // namespace govinfo
