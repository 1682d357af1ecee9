#pragma once
// Internal: bytes in, UTF-8 out. Detects UTF-8 (with or without BOM), UTF-16 with BOM and
// GBK/GB18030 (declared in an HTML meta charset or detected), converting with iconv.
#include <cstddef>
#include <string>
#include <string_view>

#include "govinfo/result.hpp"

namespace govinfo::detail {

struct Decoded {
    std::string text;      // valid UTF-8, BOM removed, CRLF and CR turned into LF
    std::string encoding;  // what it was decoded from: "UTF-8", "GB18030", "UTF-16LE", …
};

// Errors: invalid_utf8 when the bytes are no known encoding, with the offset of the first bad
// byte; undecodable when a declared encoding does not decode.
Result<Decoded> decode_to_utf8(std::string_view bytes);

}  // namespace govinfo::detail
