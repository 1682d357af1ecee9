#pragma once
// Bytes to Document: the input is recognised by its bytes (never by a file name) and handed to
// the reader of its kind. Every limit below is applied while reading, so a hostile file (a zip
// bomb, a PDF of ten thousand pages) is refused early instead of exhausting memory.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "govinfo/document.hpp"
#include "govinfo/result.hpp"

namespace govinfo {

struct ReadOptions {
    // Input beyond this many bytes is refused with ErrorCode::input_too_large.
    std::size_t max_input_bytes = std::size_t{256} << 20;
    // PDF: documents with more pages are refused (input_too_large); annual reports run to tens.
    std::uint32_t max_pages = 2000;
    // DOCX: the XML parts read from the archive may unpack to at most this many bytes in all
    // (a zip bomb is refused with input_too_large before it is unpacked).
    std::size_t max_unpacked_bytes = std::size_t{256} << 20;
    // Recorded in error messages.
    std::string source_name;
};

// What the bytes are. Formats govinfo recognises but cannot read (a legacy Word .doc, WPS .wps,
// RTF, an OpenDocument file, PDF in a build without poppler) give ErrorCode::unsupported_format
// with a message that names the format and how to convert it. Text and HTML are told apart after
// decoding; here both are SourceKind::text unless the bytes plainly start an HTML document.
[[nodiscard]] Result<SourceKind> try_detect_source(std::string_view bytes);
// Throwing twin: govinfo::Exception carries the Error.
[[nodiscard]] SourceKind detect_source(std::string_view bytes);

// Whether this build reads PDF (the GOVINFO_WITH_PDF build option: poppler is GPL-licensed).
bool pdf_supported() noexcept;
// Whether this build reads DOCX (the GOVINFO_WITH_DOCX build option: libzip and pugixml).
bool docx_supported() noexcept;

// Never throws on bad input: unreadable, unsupported or oversized input is an Error.
Result<Document> try_read_document(std::string_view bytes, ReadOptions const& options = {});
// Throwing twin: govinfo::Exception carries the Error.
[[nodiscard]] Document read_document(std::string_view bytes, ReadOptions const& options = {});

}  // namespace govinfo
