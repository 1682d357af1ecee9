#pragma once
// What the help of each command says besides its options (those come from the declaration in
// options.cpp): what the command does, and its exit status and examples.
#include <string_view>

#include "options.hpp"

namespace govinfo::cli {

struct CommandText {
    std::string_view about;   // its first line is the command's line in `govinfo --help`
    std::string_view footer;  // exit status and examples
};

// Command::help gives the overview's title and examples.
CommandText command_text(Command c);

}  // namespace govinfo::cli
