#include "help_format.hpp"

#include <sstream>

namespace govinfo::cli {

HelpFormat::HelpFormat() {
    column_width(22);  // "  -o, --output FILE   ": every option name fits before its description
}

std::string HelpFormat::make_usage(CLI::App const* app, std::string name) const {
    std::string out = "usage: " + name;
    if (!app->get_subcommands({}).empty()) out += " <command>";
    out += " [options]";
    for (CLI::Option const* p : app->get_options([](CLI::Option const* o) { return o->get_positional(); })) {
        std::string const shown = p->get_name(true, false);
        bool const many = p->get_expected_max() > 1;
        bool const optional = !p->get_required();
        out += " " + std::string(optional && !many ? "[" : "") + shown + (many ? "..." : "") +
               (optional && !many ? "]" : "");
    }
    return out + "\n";
}

std::string HelpFormat::make_option_name(CLI::Option const* opt, bool positional) const {
    if (positional) return opt->get_name(true, false);
    std::string out;
    for (auto const& s : opt->get_snames()) out += (out.empty() ? "-" : ", -") + s;
    for (auto const& l : opt->get_lnames()) out += (out.empty() ? "--" : ", --") + l;
    return out;
}

std::string HelpFormat::make_option_opts(CLI::Option const* opt) const {
    if (opt->get_positional() || opt->get_type_size() == 0) return {};
    return " " + opt->get_type_name();
}

std::string HelpFormat::make_subcommand(CLI::App const* sub) const {
    std::string const& about = sub->get_description();
    std::ostringstream out;
    CLI::detail::format_help(out, sub->get_name(), about.substr(0, about.find('\n')), 14);
    return out.str();
}

std::string HelpFormat::make_help(CLI::App const* app, std::string name, CLI::AppFormatMode) const {
    std::ostringstream out;
    bool const overview = app->get_parent() == nullptr;
    if (overview) out << app->get_description() << "\n\n";
    out << make_usage(app, name) << "\n";
    if (!overview) out << app->get_description() << "\n";
    if (overview) {
        out << "commands:\n";
        for (CLI::App const* sub : app->get_subcommands({})) out << make_subcommand(sub);
    }
    auto const positionals = app->get_options([](CLI::Option const* o) { return o->get_positional(); });
    if (!positionals.empty()) out << make_group("arguments", true, positionals);
    auto const options = app->get_options([](CLI::Option const* o) { return o->nonpositional(); });
    out << make_group("options", false, options) << "\n" << app->get_footer();
    return out.str();
}

}  // namespace govinfo::cli
