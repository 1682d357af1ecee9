// libFuzzer target: the Word reader on whole files. Any bytes go to detail::read_docx (the ZIP
// container with libzip, relationships, numbering, styles, the body), with a small unpack budget
// so that bombs stop early; what reads is checked (fuzz/document_checks.hpp) and parsed into
// reports. Byte mutations of ZIP archives mostly break the container: fuzz_docx_xml feeds the
// XML inside a well-formed package.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "document_checks.hpp"
#include "govinfo/batch.hpp"
#include "govinfo/parse.hpp"
#include "source/readers.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view const input(reinterpret_cast<char const*>(data), size);
    govinfo::ReadOptions options;
    options.max_unpacked_bytes = std::size_t{16} << 20;
    auto document = govinfo::detail::read_docx(input, options);
    if (!document) {
        (void)document.error().to_string();
        return 0;
    }
    govinfo::fuzz::check_document(*document);
    auto result = govinfo::try_parse_document(*document);
    if (result)
        for (auto const& report : result->reports) (void)govinfo::check(report);
    return 0;
}
