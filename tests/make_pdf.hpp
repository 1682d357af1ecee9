#pragma once
// Test support: small PDF files written in the test, with correct cross-reference offsets. Each
// page is a content stream of your own (text in Helvetica as /F1, ASCII only), so a test can lay
// out words where it wants, turn a page, or make thousands of pages without committing them.
#include <cstdio>
#include <string>
#include <vector>

namespace govinfo::test {

struct PdfPage {
    std::string content;  // the page's content stream, e.g. "BT /F1 12 Tf 72 720 Td (Hello) Tj ET"
    int rotate = 0;       // the page's /Rotate (0, 90, 180, 270)
};

inline std::string make_pdf(std::vector<PdfPage> const& pages) {
    std::vector<std::string> objects;
    objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
    std::string kids;
    for (std::size_t i = 0; i < pages.size(); ++i) kids += std::to_string(3 + 2 * i) + " 0 R ";
    objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>");
    std::size_t const font = 3 + 2 * pages.size();
    for (std::size_t i = 0; i < pages.size(); ++i) {
        objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate " +
                          std::to_string(pages[i].rotate) + " /Resources << /Font << /F1 " +
                          std::to_string(font) + " 0 R >> >> /Contents " + std::to_string(4 + 2 * i) +
                          " 0 R >>");
        objects.push_back("<< /Length " + std::to_string(pages[i].content.size()) + " >>\nstream\n" +
                          pages[i].content + "\nendstream");
    }
    objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    std::string out = "%PDF-1.4\n";
    std::vector<std::size_t> offsets;
    for (std::size_t k = 0; k < objects.size(); ++k) {
        offsets.push_back(out.size());
        out += std::to_string(k + 1) + " 0 obj\n" + objects[k] + "\nendobj\n";
    }
    std::size_t const xref = out.size();
    out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    char entry[32];
    for (std::size_t offset : offsets) {
        std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
        out += entry;
    }
    out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           std::to_string(xref) + "\n%%EOF\n";
    return out;
}

// A line of text at (x, y) in PDF coordinates (origin bottom-left), 10-point Helvetica.
inline std::string text_at(double x, double y, std::string const& text) {
    char head[96];
    std::snprintf(head, sizeof head, "BT /F1 10 Tf %.2f %.2f Td (", x, y);
    return head + text + ") Tj ET\n";
}

}  // namespace govinfo::test
