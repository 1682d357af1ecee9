// What the bytes are, from their first bytes and, for ZIP and OLE containers, the names of the
// parts they hold. Users' folders hold what agencies publish: PDF and DOCX, but also legacy Word
// and WPS files, RTF, OFD (China's fixed-layout format) and scans saved as images. Each of those
// gets an error that names it and says how to make it readable, never a garbled "report".
#include <algorithm>
#include <cstring>
#include <string>

#include "govinfo/read_document.hpp"
#include "text/search.hpp"

namespace govinfo {
namespace {

constexpr std::string_view kConvertToDocx =
    "convert it with `soffice --headless --convert-to docx FILE` (LibreOffice) and read the .docx";

Error unsupported(std::string what, std::string_view advice) {
    Error e;
    e.code = ErrorCode::unsupported_format;
    e.message = std::move(what);
    if (!advice.empty()) e.message += ": " + std::string(advice);
    return e;
}

bool has(std::string_view bytes, std::string_view what) noexcept {
    return detail::contains(bytes, what);
}

// UTF-16LE form of an ASCII name, as OLE compound files store their stream names.
std::string utf16le(std::string_view ascii) {
    std::string out;
    for (char c : ascii) {
        out += c;
        out += '\0';
    }
    return out;
}

// A ZIP archive: the part names are stored as plain bytes in its headers.
Result<SourceKind> zip_kind(std::string_view bytes) {
    if (has(bytes, "word/document.xml")) return SourceKind::docx;
    if (has(bytes, "application/vnd.oasis.opendocument.text"))
        return unsupported("an OpenDocument text file (.odt)", kConvertToDocx);
    if (has(bytes, "OFD.xml"))
        return unsupported("an OFD file (GB/T 33190 fixed-layout document)",
                           "export it as PDF with an OFD reader and read the PDF");
    if (has(bytes, "xl/workbook.xml"))
        return unsupported("an Excel workbook (.xlsx), not a report document", "");
    if (has(bytes, "ppt/presentation.xml"))
        return unsupported("a PowerPoint presentation (.pptx), not a report document", "");
    return unsupported("a ZIP archive that holds no Word document", "unpack it and read its files");
}

// An OLE compound file: legacy Word (.doc), WPS (.wps), Excel (.xls), or a password-protected
// Office Open XML file: Word, WPS and Excel encrypt the whole package and store it as the
// EncryptedPackage stream of a compound file, beside its EncryptionInfo.
Error ole_kind(std::string_view bytes) {
    if (has(bytes, utf16le("EncryptedPackage"))) {
        Error e;
        e.code = ErrorCode::encrypted;
        e.message = "a password-protected Office document (an encrypted .docx): open it in Word or "
                    "WPS with its password, save a copy without one (Word: File > Info > Protect "
                    "Document > Encrypt with Password, cleared) and read that copy";
        return e;
    }
    if (has(bytes, utf16le("WordDocument")))
        return unsupported("a legacy Word 97-2003 (.doc) or WPS (.wps) document", kConvertToDocx);
    if (has(bytes, utf16le("Workbook")) || has(bytes, utf16le("Book")))
        return unsupported("a legacy Excel workbook (.xls), not a report document", "");
    return unsupported("a legacy Office or WPS file (OLE compound document)", kConvertToDocx);
}

bool starts_with_bytes(std::string_view s, std::string_view prefix) noexcept {
    return s.size() >= prefix.size() && std::memcmp(s.data(), prefix.data(), prefix.size()) == 0;
}

}  // namespace

Result<SourceKind> try_detect_source(std::string_view bytes) {
    using namespace std::string_view_literals;
    // The containers whose magic number is at offset 0 come first: a DOCX whose first part is
    // stored uncompressed (or embeds a PDF) can hold "%PDF-" in its first kilobyte, and is still
    // a ZIP archive (found by fuzz_docx_xml: such a package was read as a broken PDF).
    if (starts_with_bytes(bytes, "PK\x03\x04"sv) || starts_with_bytes(bytes, "PK\x05\x06"sv))
        return zip_kind(bytes);
    if (starts_with_bytes(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv)) return ole_kind(bytes);
    if (starts_with_bytes(bytes, "{\\rtf"sv))
        return unsupported("an RTF document", kConvertToDocx);
    if (starts_with_bytes(bytes, "\x89PNG"sv) || starts_with_bytes(bytes, "\xFF\xD8\xFF"sv) ||
        starts_with_bytes(bytes, "GIF8"sv) || starts_with_bytes(bytes, "II*\0"sv) ||
        starts_with_bytes(bytes, "MM\0*"sv))
        return unsupported("an image (a scan?) with no text layer",
                           "it needs OCR first; govinfo reads text, not pictures");
    // Acrobat accepts the header anywhere in the first 1024 bytes; some producers put junk first.
    // Text that merely mentions "%PDF-" does so inside a line, not at a line's start.
    std::string_view const head = bytes.substr(0, 1024);
    for (std::size_t at = head.find("%PDF-"); at != std::string_view::npos;
         at = head.find("%PDF-", at + 1))
        if (at == 0 || head[at - 1] == '\n' || head[at - 1] == '\r' || head[at - 1] == '\0')
            return SourceKind::pdf;
    // Word's single-file XML formats (Flat OPC "Word XML Document", Word 2003 XML) announce
    // themselves to Windows in a processing instruction near the start.
    if (has(head, "progid=\"Word.Document\"") || has(head, "<w:wordDocument"))
        return unsupported("a Word XML document (.xml: Flat OPC or Word 2003 XML), not a .docx",
                           kConvertToDocx);
    return SourceKind::text;  // text or HTML: told apart once decoded
}

}  // namespace govinfo
