#pragma once
// The PDF figures of govinfo_bench: PDF files to checked reports (govinfo::parse + check) against
// poppler's own plain-text extraction of the same files (document load + page::text() of every
// page), in the same run, each timed on one thread; and poppler's page::text_list() (the words
// with their boxes, what govinfo's PDF reader starts from), the floor of any layout built on
// it. Only built with GOVINFO_WITH_PDF.
#include <filesystem>
#include <vector>

struct PdfBench {
    std::size_t files = 0, pages = 0, reports = 0;
    double govinfo_wall = 0, govinfo_cpu = 0;  // seconds for one pass over every file
    double poppler_wall = 0, poppler_cpu = 0;
    double text_list_wall = 0, text_list_cpu = 0;  // document load + page::text_list()
};

// Every .pdf file of `inputs` (folders one level deep); best of `repeat` passes.
PdfBench run_pdf_bench(std::vector<std::filesystem::path> const& inputs, int repeat);
