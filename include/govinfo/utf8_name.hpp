#pragma once
// The name of an input (a file path, ParseOptions::source_name) as every output shows it: always
// valid UTF-8. A Linux file name is any bytes but '/' and NUL, and one that is not UTF-8 (a GBK
// name copied from an old archive, a byte 0xFF) made the JSON output invalid. The library
// escapes a name where it enters (try_parse, try_parse_file, parse_one, parse_stream), so
// Report::source and Error::file are always UTF-8.
//
// The escape: valid UTF-8 is kept as it is; each byte that is not part of a valid UTF-8 sequence
// (overlongs, surrogates and code points beyond U+10FFFF included) becomes the four characters
// \xHH, upper-case hex: the file b<FF>.txt is shown as "b\xFF.txt". Escaping an escaped name
// changes nothing. The escape is for showing the name, not for opening the file again: a name
// that holds the characters "\xFF" itself reads the same.
#include "govinfo/detail/require_cxx20.hpp"  // first: a clear message before C++20 is used

#include <filesystem>
#include <string>
#include <string_view>

namespace govinfo {

std::string utf8_name(std::string_view bytes);
inline std::string utf8_name(std::string const& bytes) { return utf8_name(std::string_view(bytes)); }
inline std::string utf8_name(char const* bytes) { return utf8_name(std::string_view(bytes)); }
std::string utf8_name(std::filesystem::path const& path);  // its bytes (path.native())

}  // namespace govinfo
