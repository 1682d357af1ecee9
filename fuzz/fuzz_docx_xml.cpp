// libFuzzer target: the XML layer of the Word reader. The bytes are word/document.xml (and, after
// a line "<!--numbering-->", word/numbering.xml), read twice: alone (detail::read_docx_xml), and
// packed into a DOCX with the relationships Word writes (try_read_document: the ZIP layer, the
// part lookup, the budget). Both must agree, what reads is checked (document_checks.hpp), and
// the reports are parsed. Run it with the dictionary fuzz/docx_xml.dict.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "../tests/docx_builder.hpp"
#include "document_checks.hpp"
#include "govinfo/batch.hpp"
#include "govinfo/parse.hpp"
#include "govinfo/read_document.hpp"
#include "source/docx_body.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view const input(reinterpret_cast<char const*>(data), size);
    constexpr std::string_view marker = "\n<!--numbering-->\n";
    std::size_t const at = input.find(marker);
    std::string_view const document_xml = input.substr(0, at);
    std::string_view const numbering_xml =
        at == std::string_view::npos ? std::string_view() : input.substr(at + marker.size());
    govinfo::ReadOptions options;
    options.max_unpacked_bytes = std::size_t{16} << 20;
    auto alone = govinfo::detail::read_docx_xml(document_xml, options, numbering_xml);

    std::vector<govinfo::test::ZipEntry> parts = {
        {"[Content_Types].xml", std::string(govinfo::test::kContentTypes)},
        {"_rels/.rels", std::string(govinfo::test::kPackageRelationships)},
        {"word/document.xml", std::string(document_xml)}};
    if (!numbering_xml.empty()) parts.push_back({"word/numbering.xml", std::string(numbering_xml)});
    auto packed = govinfo::try_read_document(govinfo::test::zip_archive(parts), options);

    // The package spends a little more of the budget (its relationships): near the limit one
    // read may be refused and the other not.
    auto const too_large = [](auto const& r) { return !r && r.error().code == govinfo::ErrorCode::input_too_large; };
    if (too_large(alone) || too_large(packed)) return 0;
    if (alone.ok() != packed.ok()) __builtin_trap();
    if (!alone) {
        if (alone.error().code != packed.error().code) __builtin_trap();
        return 0;
    }
    govinfo::fuzz::check_document(*alone);
    if (alone->blocks.size() != packed->blocks.size()) __builtin_trap();
    auto result = govinfo::try_parse_document(*alone);
    if (result)
        for (auto const& report : result->reports) (void)govinfo::check(report);
    return 0;
}
