#pragma once
// Test support: Word files made in memory. A ZIP archive of stored (uncompressed) entries, written
// byte by byte so that tests can also break it on purpose (an encryption flag, a wrong
// checksum), and a DOCX around a body of WordprocessingML. Committed files made by other
// producers live in tests/data/office/ (README there).
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace govinfo::test {

struct ZipEntry {
    std::string name;
    std::string data;
    std::uint16_t flags = 0;  // general purpose bits: 1 = encrypted
    bool wrong_crc = false;
};

inline std::uint32_t crc32(std::string_view data) {
    static std::array<std::uint32_t, 256> const table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t n = 0; n < 256; ++n) {
            std::uint32_t c = n;
            for (int k = 0; k < 8; ++k) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    std::uint32_t c = 0xFFFFFFFFu;
    for (unsigned char b : data) c = table[(c ^ b) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

inline void put(std::string& out, std::uint64_t v, int bytes) {
    for (int k = 0; k < bytes; ++k) out += static_cast<char>((v >> (8 * k)) & 0xFF);
}

// A ZIP archive of stored entries, with a central directory and an end record.
inline std::string zip_archive(std::vector<ZipEntry> const& entries) {
    std::string out, directory;
    for (ZipEntry const& e : entries) {
        std::uint32_t const crc = crc32(e.data) ^ (e.wrong_crc ? 1u : 0u);
        auto const offset = out.size();
        auto header = [&](std::string& s, bool central) {
            put(s, central ? 0x02014b50 : 0x04034b50, 4);
            if (central) put(s, 20, 2);  // version made by
            put(s, 20, 2);               // version needed
            put(s, e.flags, 2);
            put(s, 0, 2);  // stored
            put(s, 0, 4);  // time, date
            put(s, crc, 4);
            put(s, e.data.size(), 4);
            put(s, e.data.size(), 4);
            put(s, e.name.size(), 2);
            put(s, 0, 2);  // extra
            if (central) {
                put(s, 0, 2);  // comment
                put(s, 0, 2);  // disk
                put(s, 0, 2);  // internal attributes
                put(s, 0, 4);  // external attributes
                put(s, offset, 4);
            }
            s += e.name;
        };
        header(out, false);
        out += e.data;
        header(directory, true);
    }
    auto const directory_offset = out.size();
    out += directory;
    put(out, 0x06054b50, 4);
    put(out, 0, 4);  // disks
    put(out, entries.size(), 2);
    put(out, entries.size(), 2);
    put(out, directory.size(), 4);
    put(out, directory_offset, 4);
    put(out, 0, 2);
    return out;
}

inline constexpr std::string_view kWordNamespace =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

// word/document.xml around a body.
inline std::string document_xml(std::string_view body) {
    return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                       "\n<w:document xmlns:w=\"") +
           std::string(kWordNamespace) +
           "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
           "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
           "xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:body>" +
           std::string(body) + "</w:body></w:document>";
}

inline constexpr std::string_view kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)";

inline constexpr std::string_view kPackageRelationships =
    R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>)";

// A DOCX: the body in word/document.xml, and numbering.xml and styles.xml when given (found
// by their default names, as a document without word/_rels would be read).
inline std::string docx(std::string_view body, std::string_view numbering = {},
                        std::string_view styles = {}) {
    std::vector<ZipEntry> entries = {{"[Content_Types].xml", std::string(kContentTypes)},
                                     {"_rels/.rels", std::string(kPackageRelationships)},
                                     {"word/document.xml", document_xml(body)}};
    auto part = [](std::string_view root, std::string_view content) {
        return std::string(R"(<?xml version="1.0" encoding="UTF-8"?><w:)") + std::string(root) +
               " xmlns:w=\"" + std::string(kWordNamespace) + "\">" + std::string(content) +
               "</w:" + std::string(root) + ">";
    };
    if (!numbering.empty()) entries.push_back({"word/numbering.xml", part("numbering", numbering)});
    if (!styles.empty()) entries.push_back({"word/styles.xml", part("styles", styles)});
    return zip_archive(entries);
}

}  // namespace govinfo::test
