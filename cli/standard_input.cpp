#include "standard_input.hpp"

#include <utility>

#include "io/read_bounded.hpp"

namespace govinfo::cli {

ParseOptions parse_options_of(Options const& o, std::string source) {
    ParseOptions po;
    if (o.max_bytes) po.max_input_bytes = o.max_bytes;
    po.source_name = std::move(source);
    return po;
}

FileResult read_standard_input(Options const& o, bool in_closed) {
    FileResult r;
    r.path = "-";
    if (in_closed) {
        Error e;
        e.code = ErrorCode::io_error;
        e.message = "standard input is closed";
        e.file = "-";
        r.error = std::move(e);
        return r;
    }
    ParseOptions const po = parse_options_of(o, "-");
    auto bytes = detail::try_read_bounded(0, po.max_input_bytes, "-");
    if (!bytes) {
        r.error = bytes.error();
        return r;
    }
    auto parsed = try_parse(*bytes, po);
    if (!parsed) {
        r.error = parsed.error();
        return r;
    }
    r.reports = std::move(parsed->reports);
    r.diagnostics = std::move(parsed->diagnostics);
    return r;
}

}  // namespace govinfo::cli
