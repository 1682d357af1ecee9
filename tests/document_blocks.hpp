// What a Document holds, pulled apart for assertions: its paragraphs' text and its grids, in
// reading order. Shared by the tests of every source reader.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "govinfo/document.hpp"

namespace govinfo::test {

inline std::vector<std::string> paragraphs(Document const& d) {
    std::vector<std::string> out;
    for (Block const& b : d.blocks)
        if (auto const* p = std::get_if<Paragraph>(&b)) out.push_back(p->text);
    return out;
}

inline std::vector<DocumentTable> tables(Document const& d) {
    std::vector<DocumentTable> out;
    for (Block const& b : d.blocks)
        if (auto const* t = std::get_if<DocumentTable>(&b)) out.push_back(*t);
    return out;
}

}  // namespace govinfo::test
