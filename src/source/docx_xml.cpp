#include "source/docx_xml.hpp"

#include <cstring>
#include <functional>

namespace govinfo::detail {
namespace {

// pugixml's tree on a 64-bit build: a node is eight pointer-sized fields (header, name, value,
// parent, first child, previous and next sibling, first attribute), an attribute five.
constexpr std::size_t kNodeBytes = 8 * sizeof(void*);
constexpr std::size_t kAttributeBytes = 5 * sizeof(void*);

constexpr std::string_view kWordNamespaces[] = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",  // transitional (everyone)
    "http://purl.oclc.org/ooxml/wordprocessingml/main",              // strict (Word, "Strict Open XML")
};
constexpr std::string_view kMarkupCompatibility =
    "http://schemas.openxmlformats.org/markup-compatibility/2006";

bool is_word_namespace(std::string_view uri) noexcept {
    for (auto ns : kWordNamespaces)
        if (uri == ns) return true;
    return false;
}

Error error(ErrorCode code, std::string message) {
    Error e;
    e.code = code;
    e.message = std::move(message);
    return e;
}

}  // namespace

std::size_t TreeEstimate::operator()(std::string_view chunk) noexcept {
    // Every element starts with '<' and a name, every CDATA section (and comment) with "<!";
    // every text run follows a '>' (counted even when it is whitespace pugixml drops: an upper
    // bound is what is needed); every attribute has an '='. memchr finds the three bytes many
    // at a time: this runs over every byte of every part.
    if (chunk.empty()) return 0;
    std::size_t nodes = 0, attributes = 0;
    auto starts_node = [](char after_open) { return after_open != '/' && after_open != '?'; };
    if (previous_ == '<') nodes += starts_node(chunk.front());
    if (previous_ == '>') nodes += chunk.front() != '<';
    char const* const begin = chunk.data();
    char const* const end = begin + chunk.size();
    for (char const* p = begin; (p = static_cast<char const*>(std::memchr(p, '<', static_cast<std::size_t>(end - p)))); ++p)
        if (p + 1 < end) nodes += starts_node(p[1]);
    for (char const* p = begin; (p = static_cast<char const*>(std::memchr(p, '>', static_cast<std::size_t>(end - p)))); ++p)
        if (p + 1 < end) nodes += p[1] != '<';
    for (char const* p = begin; (p = static_cast<char const*>(std::memchr(p, '=', static_cast<std::size_t>(end - p)))); ++p)
        ++attributes;
    previous_ = chunk.back();
    return nodes * kNodeBytes + attributes * kAttributeBytes;
}

std::size_t estimated_tree_bytes(std::string_view xml) noexcept {
    return kNodeBytes + TreeEstimate()(xml);  // the document node
}

Result<std::unique_ptr<XmlPart>> parse_xml_part(std::string xml, std::string_view name) {
    auto part = std::make_unique<XmlPart>();
    part->bytes = std::move(xml);
    // Whitespace text is kept only where it is an element's whole content: <w:t> </w:t> is a
    // space of the document, the indentation between elements is not.
    unsigned const options = pugi::parse_default | pugi::parse_ws_pcdata_single;
    pugi::xml_parse_result const parsed = part->tree.load_buffer_inplace(
        part->bytes.data(), part->bytes.size(), options, pugi::encoding_auto);
    if (!parsed) {
        Error e = error(ErrorCode::corrupt_file,
                        std::string(name) + " is not well-formed XML (" + parsed.description() +
                            " at byte " + std::to_string(parsed.offset) +
                            "): the file is damaged; Word or LibreOffice may repair it if it is "
                            "opened there and saved again");
        e.offset = static_cast<std::size_t>(parsed.offset);
        return e;
    }
    return part;
}

Result<std::unique_ptr<XmlPart>> read_xml_part(ZipArchive const& archive, std::string_view name,
                                               UnpackBudget& budget) {
    if (name.empty()) return std::unique_ptr<XmlPart>();
    TreeEstimate estimate;
    auto bytes = archive.read(name, budget, std::ref(estimate));
    if (!bytes) return bytes.error();
    if (!*bytes) return std::unique_ptr<XmlPart>();
    return parse_xml_part(std::move(**bytes), name);
}

WordNames::WordNames(pugi::xml_node root) {
    bool word_seen = false;
    for (pugi::xml_attribute a : root.attributes()) {
        std::string_view const n = a.name();
        std::string_view prefix;
        if (n == "xmlns") prefix = "";
        else if (n.starts_with("xmlns:")) prefix = n.substr(6);
        else continue;
        if (is_word_namespace(a.value())) {
            if (!word_seen) word_ = std::string(prefix);
            else if (!also_word_) also_word_ = std::string(prefix);
            word_seen = true;
        }
        else if (a.value() == kMarkupCompatibility) mc_ = std::string(prefix);
    }
}

std::string_view WordNames::local(char const* name, std::string const& prefix) noexcept {
    if (prefix.empty()) return std::strchr(name, ':') ? std::string_view() : std::string_view(name);
    if (std::strncmp(name, prefix.data(), prefix.size()) != 0 || name[prefix.size()] != ':') return {};
    return name + prefix.size() + 1;
}

pugi::xml_node WordNames::child(pugi::xml_node n, std::string_view name) const noexcept {
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
        if (c.type() == pugi::node_element && word(c) == name) return c;
    return {};
}

std::string_view WordNames::attr(pugi::xml_node n, std::string_view name) const noexcept {
    for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
        std::string_view const full = a.name();
        std::size_t const colon = full.rfind(':');
        std::string_view const local = colon == std::string_view::npos ? full : full.substr(colon + 1);
        if (local == name && !full.starts_with("xmlns")) return a.value();
    }
    return {};
}

bool WordNames::on(pugi::xml_node n, std::string_view child_name) const noexcept {
    pugi::xml_node const c = child(n, child_name);
    if (!c) return false;
    std::string_view const v = attr(c, "val");
    return v != "0" && v != "false" && v != "off";
}

}  // namespace govinfo::detail
