#include "govinfo/error.hpp"

#include "govinfo/labels.hpp"
#include "text/utf8.hpp"

namespace govinfo {

void locate(Error& e, std::string_view input) noexcept {
    if (e.offset > input.size()) return;
    std::uint32_t line = 1, column = 1;
    for (std::size_t i = 0; i < e.offset; ++i) {
        unsigned char const c = static_cast<unsigned char>(input[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if (!detail::is_continuation(c)) {  // count characters, not UTF-8 continuation bytes
            ++column;
        }
    }
    e.line = line;
    e.column = column;
}

std::string Error::to_string() const {
    std::string s;
    if (!file.empty()) s += file + ":";
    if (line) s += std::to_string(line) + ":" + std::to_string(column) + ":";
    if (!s.empty()) s += " ";
    s += id(code);
    s += ": ";
    if (!path.empty()) s += path + ": ";
    s += message;
    return s;
}

}  // namespace govinfo
