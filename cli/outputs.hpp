#pragma once
// The writers behind --format: each receives reports one at a time, in input order, so nothing
// but the HTML card (the whole batch) holds more than one file's reports at once. Inputs
// that could not be read and files the walk skipped reach the writer in their place in that
// order too. Every write goes through OutputFile, which throws WriteError when it fails.
#include <memory>
#include <string>
#include <vector>

#include <govinfo/error.hpp>
#include <govinfo/finding.hpp>
#include <govinfo/report.hpp>

#include "options.hpp"
#include "output_file.hpp"

namespace govinfo::cli {

class Writer {
public:
    virtual ~Writer() = default;
    virtual void report(std::string const& source, Report const& r,
                        std::vector<Finding> const& findings) = 0;
    virtual void unreadable(std::string const& source, Error const& e) = 0;
    virtual void skipped(std::string const& source, std::string const& reason) = 0;
    virtual void finish() = 0;
};

std::unique_ptr<Writer> make_check_writer(Options const& o, OutputFile& out);
std::unique_ptr<Writer> make_convert_writer(Options const& o, OutputFile& out);

// `govinfo rules`: the rule catalogue as text (one rule a line) or as a JSON array.
void write_rules(OutputFormat format, OutputFile& out);

}  // namespace govinfo::cli
