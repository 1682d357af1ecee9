// The PDF reader: poppler-cpp opens the file and hands over each page's words with their boxes;
// page_layout turns them into paragraphs and grids. Compiled only with GOVINFO_WITH_PDF: poppler
// is GPL-licensed, so a govinfo linked with it is covered by the GPL (README, Licence).
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <array>
#include <climits>
#include <memory>
#include <mutex>
#include <string>

#include "govinfo/read_document.hpp"
#include "source/page_layout.hpp"
#include "source/readers.hpp"

namespace govinfo {

bool pdf_supported() noexcept { return true; }

namespace {

// poppler writes its complaints about broken files to stderr; what matters reaches the user as
// an Error or a diagnostic instead.
void quiet(std::string const&, void*) {}

void silence_poppler() {
    static std::once_flag once;
    std::call_once(once, [] { poppler::set_debug_error_function(quiet, nullptr); });
}

Error error(ErrorCode code, std::string message) {
    Error e;
    e.code = code;
    e.message = std::move(message);
    return e;
}

// The page's text is turned so that most of its characters read left to right: poppler reports
// boxes as the page is shown (its /Rotate applied), so this only matters for pages whose content
// is itself set sideways.
struct Turn {
    int quarter = 0;  // how far the text is turned, in quarter turns clockwise
    double width = 0, height = 0;  // the page as shown

    Box apply(Box const& b) const noexcept {
        switch (quarter) {
            case 1: return Box{b.top, width - b.right, b.bottom, width - b.left};
            case 2: return Box{width - b.right, height - b.bottom, width - b.left, height - b.top};
            case 3: return Box{height - b.bottom, b.left, height - b.top, b.right};
            default: return b;
        }
    }
    double turned_width() const noexcept { return quarter % 2 ? height : width; }
    double turned_height() const noexcept { return quarter % 2 ? width : height; }
};

detail::PageText read_page(poppler::page const& page, std::uint32_t number) {
    detail::PageText out;
    out.number = number;
    poppler::rectf const rect = page.page_rect();
    bool const sideways = page.orientation() == poppler::page::landscape ||
                          page.orientation() == poppler::page::seascape;
    Turn turn{0, sideways ? rect.height() : rect.width(), sideways ? rect.width() : rect.height()};
    std::vector<poppler::text_box> boxes = page.text_list();
    std::array<std::size_t, 4> characters{};
    for (poppler::text_box const& b : boxes)
        characters[static_cast<std::size_t>(b.rotation() & 3)] += b.text().size();
    turn.quarter = static_cast<int>(std::max_element(characters.begin(), characters.end()) - characters.begin());
    out.width = turn.turned_width();
    out.height = turn.turned_height();
    out.words.reserve(boxes.size());
    for (poppler::text_box const& b : boxes) {
        int const rotation = (b.rotation() - turn.quarter + 4) & 3;
        if (rotation == 2) {
            ++out.upside_down_words;
            continue;
        }
        poppler::byte_array const utf8 = b.text().to_utf8();
        poppler::rectf const r = b.bbox();
        detail::PageWord w;
        w.text.assign(utf8.begin(), utf8.end());
        w.box = turn.apply(Box{r.left(), r.top(), r.right(), r.bottom()});
        w.space_after = b.has_space_after();
        w.vertical = rotation != 0;
        out.words.push_back(std::move(w));
    }
    return out;
}

}  // namespace

Result<Document> detail::read_pdf(std::string_view bytes, ReadOptions const& options) {
    if (bytes.size() > static_cast<std::size_t>(INT_MAX))
        return error(ErrorCode::input_too_large, "a PDF of " + std::to_string(bytes.size()) +
                                                     " bytes is beyond what poppler reads");
    silence_poppler();
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc)
        return error(ErrorCode::corrupt_file,
                     "a PDF file that cannot be opened: truncated or broken (no readable cross-reference "
                     "table or document catalogue)");
    if (doc->is_locked())
        return error(ErrorCode::encrypted,
                     "a password-protected PDF: it must be opened with its password and saved without "
                     "one before govinfo can read it");
    int const pages = doc->pages();
    if (pages < 0 || static_cast<std::uint32_t>(pages) > options.max_pages)
        return error(ErrorCode::input_too_large,
                     "a PDF of " + std::to_string(pages) + " pages exceeds the limit of " +
                         std::to_string(options.max_pages) + " pages");
    if (pages == 0) return error(ErrorCode::corrupt_file, "a PDF file without pages");
    std::vector<PageText> texts;
    texts.reserve(static_cast<std::size_t>(pages));
    for (int i = 0; i < pages; ++i) {
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        PageText text;
        text.number = static_cast<std::uint32_t>(i + 1);
        if (page) text = read_page(*page, text.number);
        texts.push_back(std::move(text));
    }
    return layout_document(texts);
}

}  // namespace govinfo
