// The Word reader: a DOCX file (an Open Packaging ZIP archive) to a Document. The archive's
// relationships name the main document part (word/document.xml for every producer seen, but the
// package, not the name, decides) and its numbering and styles parts; the body is read by
// docx_body.cpp. Every part is unpacked and parsed under one budget
// (ReadOptions::max_unpacked_bytes), spent while reading.
#include <optional>
#include <string>
#include <vector>

#include "govinfo/read_document.hpp"
#include "source/docx_body.hpp"
#include "source/docx_numbering.hpp"
#include "source/docx_xml.hpp"
#include "source/docx_zip.hpp"
#include "source/readers.hpp"

namespace govinfo {

bool docx_supported() noexcept { return true; }

namespace detail {
namespace {

// The part a relationship target names, from the folder of the part that holds the
// relationship: "numbering.xml" from word/ is word/numbering.xml, "/word/x.xml" is absolute.
std::string resolve_part(std::string_view folder, std::string_view target) {
    std::vector<std::string_view> segments;
    std::string_view path = target;
    if (path.starts_with("/")) path.remove_prefix(1);
    else
        for (std::size_t s = 0; s < folder.size();) {
            std::size_t const e = std::min(folder.find('/', s), folder.size());
            if (e > s) segments.push_back(folder.substr(s, e - s));
            s = e + 1;
        }
    for (std::size_t s = 0; s <= path.size();) {
        std::size_t const e = std::min(path.find('/', s), path.size());
        std::string_view const seg = path.substr(s, e - s);
        if (seg == "..") {
            if (!segments.empty()) segments.pop_back();
        } else if (!seg.empty() && seg != ".") {
            segments.push_back(seg);
        }
        s = e + 1;
    }
    std::string out;
    for (auto seg : segments) out += (out.empty() ? "" : "/") + std::string(seg);
    return out;
}

std::string_view folder_of(std::string_view part) {
    std::size_t const slash = part.rfind('/');
    return slash == std::string_view::npos ? std::string_view() : part.substr(0, slash);
}

struct Related {
    std::string main = "word/document.xml";  // when the package does not say
    std::string numbering, styles;
};

// Reads the relationships of `part` (its _rels/NAME.rels) and records the targets of the types
// the reader needs. A relationships part that is missing leaves the defaults.
Result<bool> read_relationships(ZipArchive const& archive, std::string_view part,
                                UnpackBudget& budget, Related& related) {
    std::string_view const folder = folder_of(part);
    std::string const rels = (folder.empty() ? "" : std::string(folder) + "/") + "_rels/" +
                             std::string(part.substr(part.rfind('/') + 1)) + ".rels";
    auto xml = read_xml_part(archive, rels, budget);
    if (!xml) return xml.error();
    if (!*xml) return false;
    for (pugi::xml_node r : (*xml)->root().children()) {
        std::string_view const type = r.attribute("Type").value();
        std::string_view const kind = type.substr(type.rfind('/') + 1);
        if (std::string_view(r.attribute("TargetMode").value()) == "External") continue;
        std::string target = resolve_part(folder, r.attribute("Target").value());
        if (kind == "officeDocument") related.main = std::move(target);
        else if (kind == "numbering") related.numbering = std::move(target);
        else if (kind == "styles") related.styles = std::move(target);
    }
    return true;
}

Result<ListNumbering> read_numbering(ZipArchive const& archive, Related const& related,
                                     UnpackBudget& budget) {
    auto numbering = read_xml_part(archive, related.numbering, budget);
    if (!numbering) return numbering.error();
    if (!*numbering) return ListNumbering();  // no lists, so styles do not matter
    auto styles = read_xml_part(archive, related.styles, budget);
    if (!styles) return styles.error();
    return ListNumbering((*numbering)->root(), *styles ? (*styles)->root() : pugi::xml_node());
}

}  // namespace

Result<Document> read_docx(std::string_view bytes, ReadOptions const& options) {
    auto archive = ZipArchive::open(bytes);
    if (!archive) return archive.error();
    UnpackBudget budget(options.max_unpacked_bytes);
    Related related;
    if (auto r = read_relationships(*archive, "", budget, related); !r) return r.error();
    related.numbering = resolve_part(folder_of(related.main), "numbering.xml");
    related.styles = resolve_part(folder_of(related.main), "styles.xml");
    if (auto r = read_relationships(*archive, related.main, budget, related); !r) return r.error();
    auto numbering = read_numbering(*archive, related, budget);
    if (!numbering) return numbering.error();
    auto main = read_xml_part(*archive, related.main, budget);
    if (!main) return main.error();
    if (!*main) {
        Error e;
        e.code = ErrorCode::corrupt_file;
        e.message = "a ZIP archive that names Word parts but holds no main document part (" +
                    related.main + "): not a complete Word file";
        return e;
    }
    return read_docx_body((*main)->root(), *numbering);
}

}  // namespace detail
}  // namespace govinfo
