// Bytes → Document: recognise the kind, decode text, hand over to the reader of that kind.
#include <string>

#include "govinfo/read_document.hpp"
#include "parse/decode.hpp"
#include "parse/html.hpp"  // looks_like_html
#include "text/search.hpp"
#include "source/browser_copy.hpp"
#include "source/readers.hpp"
#include "source/text_grid.hpp"

namespace govinfo {
namespace detail {

Document text_document(std::string_view text) {
    Document d;
    d.kind = SourceKind::text;
    std::vector<std::string_view> const lines = split_lines(text);
    std::vector<PlainTextLine> rows;
    if (looks_like_browser_copy(lines)) {
        // One line per table row (see browser_copy.hpp), at the line the row starts, each field
        // at the line its text came from.
        std::vector<JoinedLine> const joined = join_browser_copy(lines);
        rows.reserve(joined.size());
        for (JoinedLine const& j : joined) {
            PlainTextLine& row = rows.emplace_back();
            row.text = j.text;
            row.line = static_cast<std::uint32_t>(j.line + 1);
            for (std::size_t const at : j.field_lines)
                row.field_lines.push_back(
                    at == std::string::npos ? 0 : static_cast<std::uint32_t>(at + 1));
        }
        d.blocks = text_blocks(rows);
        return d;
    }
    rows.reserve(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i)
        rows.push_back({lines[i], static_cast<std::uint32_t>(i + 1), {}});
    d.blocks = text_blocks(rows);
    return d;
}

}  // namespace detail

namespace {

Error too_large(std::size_t size, ReadOptions const& options) {
    Error e;
    e.code = ErrorCode::input_too_large;
    e.message = "input of " + std::to_string(size) + " bytes exceeds the limit of " +
                std::to_string(options.max_input_bytes) + " bytes";
    e.file = options.source_name;
    return e;
}

Error with_file(Error e, ReadOptions const& options) {
    if (e.file.empty()) e.file = options.source_name;
    return e;
}

}  // namespace

#ifndef GOVINFO_WITH_PDF
bool pdf_supported() noexcept { return false; }
Result<Document> detail::read_pdf(std::string_view, ReadOptions const&) {
    Error e;
    e.code = ErrorCode::unsupported_format;
    e.message = "a PDF file, and this build of govinfo reads no PDF (built without the "
                "GOVINFO_WITH_PDF option, which needs poppler-cpp)";
    return e;
}
#endif
#ifndef GOVINFO_WITH_DOCX
bool docx_supported() noexcept { return false; }
Result<Document> detail::read_docx(std::string_view, ReadOptions const&) {
    Error e;
    e.code = ErrorCode::unsupported_format;
    e.message = "a Word (.docx) file, and this build of govinfo reads no DOCX (built without "
                "the GOVINFO_WITH_DOCX option, which needs libzip and pugixml)";
    return e;
}
#endif

Result<Document> try_read_document(std::string_view bytes, ReadOptions const& options) {
    if (bytes.size() > options.max_input_bytes) return too_large(bytes.size(), options);
    auto kind = try_detect_source(bytes);
    if (!kind) return with_file(kind.error(), options);
    switch (*kind) {
        case SourceKind::pdf: {
            auto d = detail::read_pdf(bytes, options);
            if (!d) return with_file(d.error(), options);
            return d;
        }
        case SourceKind::docx: {
            auto d = detail::read_docx(bytes, options);
            if (!d) return with_file(d.error(), options);
            return d;
        }
        case SourceKind::text:
        case SourceKind::html: break;
    }
    auto decoded = detail::decode_to_utf8(bytes);
    if (!decoded) return with_file(decoded.error(), options);
    Document d = detail::looks_like_html(decoded->text) ? detail::html_document(decoded->text)
                                                        : detail::text_document(decoded->text);
    d.encoding = std::move(decoded->encoding);
    return d;
}

SourceKind detect_source(std::string_view bytes) { return try_detect_source(bytes).value(); }

Document read_document(std::string_view bytes, ReadOptions const& options) {
    return try_read_document(bytes, options).value();
}

}  // namespace govinfo
