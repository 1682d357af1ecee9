#pragma once
// The writers behind --format: each receives reports one at a time, in input order, so nothing
// but the HTML card (one page for the batch) holds more than one file's reports at once.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <govinfo/error.hpp>
#include <govinfo/finding.hpp>
#include <govinfo/report.hpp>

#include "options.hpp"

namespace govinfo::cli {

class Writer {
public:
    virtual ~Writer() = default;
    virtual void report(std::string const& source, Report const& r,
                        std::vector<Finding> const& findings) = 0;
    virtual void unreadable(std::string const& source, Error const& e) = 0;
    virtual void finish() = 0;
};

std::unique_ptr<Writer> make_check_writer(Options const& o, std::FILE* out);
std::unique_ptr<Writer> make_convert_writer(Options const& o, std::FILE* out);

}  // namespace govinfo::cli
