#pragma once
// How `govinfo --help` and `govinfo COMMAND --help` are laid out: CLI11 lists the options of the
// declaration (options.cpp); this puts the usage line first, then what the command does, the
// options with their descriptions in one column, and the exit status and examples last.
#include <CLI/CLI.hpp>

namespace govinfo::cli {

class HelpFormat : public CLI::Formatter {
public:
    HelpFormat();
    std::string make_help(CLI::App const* app, std::string name, CLI::AppFormatMode mode) const override;
    // A command in the overview: its name and the first line of its description.
    std::string make_subcommand(CLI::App const* sub) const override;
    std::string make_usage(CLI::App const* app, std::string name) const override;
    // "-o, --output FILE": the names, then what the value is (no CLI11 " ..." for lists).
    std::string make_option_name(CLI::Option const* opt, bool positional) const override;
    std::string make_option_opts(CLI::Option const* opt) const override;
};

}  // namespace govinfo::cli
