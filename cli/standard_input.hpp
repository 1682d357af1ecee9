#pragma once
// How every command reads its inputs the same way: the parse options the command line asks for,
// and standard input ("-") through the bounded reader that files go through.
#include <string>

#include <govinfo/batch.hpp>
#include <govinfo/parse.hpp>

#include "options.hpp"

namespace govinfo::cli {

// --max-bytes, and the name findings and errors give the source (empty: the file's path).
ParseOptions parse_options_of(Options const& o, std::string source = {});

// Standard input, read through the same bounded reader as files, so --max-bytes stops an endless
// stream at the limit instead of reading it whole first. A closed standard input (the command
// reopens fd 0 on /dev/null, so `in_closed` is the only trace) is an io_error, not empty input.
FileResult read_standard_input(Options const& o, bool in_closed);

}  // namespace govinfo::cli
