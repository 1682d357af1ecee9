#pragma once
// Internal: the XML parts of a DOCX file as pugixml trees, and the WordprocessingML names in
// them. pugixml neither reads DTDs nor expands entities other than the five predefined ones and
// character references, so "billion laughs" stays a few bytes of text. Its tree takes more
// memory than the XML it came from (a node per element and text, an entry per attribute): that
// memory is estimated from the bytes as they are unpacked and spent from the unpack budget with
// them, so a part of two hundred megabytes of tiny elements is refused instead of parsed.
#include <pugixml.hpp>

#include <cstddef>
#include <memory>
#include <string>
#include <optional>
#include <string_view>

#include "govinfo/result.hpp"
#include "source/docx_zip.hpp"

namespace govinfo::detail {

// An upper bound of the memory pugixml's tree of some XML takes (elements, text runs and
// attributes at pugixml's 64-bit node sizes), counted over the bytes chunk by chunk as they are
// unpacked, without parsing them.
class TreeEstimate {
public:
    std::size_t operator()(std::string_view chunk) noexcept;

private:
    char previous_ = '\0';
};
std::size_t estimated_tree_bytes(std::string_view xml) noexcept;

// A parsed part: the tree points into the bytes, which it owns with it (parsed in place, so
// the part never moves once parsed: it is handed out on the heap).
struct XmlPart {
    std::string bytes;
    pugi::xml_document tree;
    pugi::xml_node root() const { return tree.document_element(); }
};

// Parses `xml` (named `name` in messages); its memory must have been spent already. Errors:
// corrupt_file (not well-formed XML, with the byte offset of the fault).
Result<std::unique_ptr<XmlPart>> parse_xml_part(std::string xml, std::string_view name);

// Unpacks and parses the part `name`, spending its bytes and its tree's estimated memory from
// the budget while unpacking: a part of two hundred megabytes of tiny elements stops when the
// budget is gone, not after it was read. nullptr when the archive has no such part.
Result<std::unique_ptr<XmlPart>> read_xml_part(ZipArchive const& archive, std::string_view name,
                                               UnpackBudget& budget);

// The prefixes a part's root binds to the WordprocessingML namespace (transitional or strict)
// and to markup compatibility (mc:AlternateContent). Producers write `w:` and `mc:`, but the
// prefix is the document's choice, and a root may bind the namespace twice (a default namespace,
// an empty prefix, and `w:` for the attributes). Declarations on inner elements are not followed
// (no producer writes them for these namespaces).
class WordNames {
public:
    explicit WordNames(pugi::xml_node root);
    // "p" for <w:p>; "" for an element of another namespace.
    std::string_view word(pugi::xml_node n) const noexcept {
        std::string_view const l = local(n.name(), word_);
        return l.empty() && also_word_ ? local(n.name(), *also_word_) : l;
    }
    bool is_mc(pugi::xml_node n, std::string_view name) const noexcept {
        return local(n.name(), mc_) == name;
    }
    // The first child element <w:name>, or an empty node.
    pugi::xml_node child(pugi::xml_node n, std::string_view name) const noexcept;
    // The value of attribute w:name (w:val, w:fldCharType, …), or "" when absent. Attributes
    // are matched by their local name whatever their prefix: a document that puts the Word
    // namespace in its default still has to prefix its attributes, and may choose any prefix.
    std::string_view attr(pugi::xml_node n, std::string_view name) const noexcept;
    // w:val of the child element <w:name>, or "" when absent.
    std::string_view val(pugi::xml_node n, std::string_view child_name) const noexcept {
        return attr(child(n, child_name), "val");
    }
    // A WordprocessingML on/off property (<w:vanish/>, <w:tblHeader w:val="0"/>): present and
    // not switched off by w:val = 0, false or off.
    bool on(pugi::xml_node n, std::string_view child_name) const noexcept;

private:
    static std::string_view local(char const* name, std::string const& prefix) noexcept;
    std::string word_ = "w", mc_ = "mc";
    std::optional<std::string> also_word_;  // a second prefix of the Word namespace
};

}  // namespace govinfo::detail
