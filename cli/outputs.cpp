#include "outputs.hpp"

#include <array>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string_view>

#include <govinfo/csv.hpp>
#include <govinfo/json.hpp>
#include <govinfo/labels.hpp>
#include <govinfo/report_card.hpp>
#include <govinfo/validate.hpp>

#include "escape.hpp"
#include "inputs.hpp"
#include "source_place.hpp"
#include "terminal.hpp"

namespace govinfo::cli {
namespace {

void put(OutputFile& out, std::string_view s) { out.write(s); }

std::string csv_field(std::string_view s) {
    if (s.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(s);
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string year_text(Report const& r) { return r.year ? std::to_string(*r.year) : ""; }

std::array<std::size_t, 3> count(std::vector<Finding> const& fs) {
    std::array<std::size_t, 3> n{};
    for (auto const& f : fs) ++n[static_cast<std::size_t>(f.severity)];
    return n;
}

std::string short_tables(Report const& r) {
    std::string s;
    for (auto const& t : r.tables_found) {
        std::string_view const name = t.table == TableKind::article20      ? "a20"
                                      : t.table == TableKind::applications ? "app"
                                      : t.table == TableKind::review_litigation ? "rev"
                                                                                : "";
        if (name.empty() || s.find(name) != std::string::npos) continue;
        if (!s.empty()) s += ' ';
        s += name;
    }
    return s.empty() ? "none" : s;
}

std::string location(Finding const& f) {
    std::string where(id(f.table));
    if (!f.row.empty()) where += "/" + f.row;
    if (!f.column.empty()) where += "/" + f.column;
    if (f.line) where += " line " + std::to_string(f.line);
    return where;
}

// ---- check: text ----
class TextWriter final : public Writer {
public:
    TextWriter(Options const& o, OutputFile& out) : o_(o), out_(out) {}
    void report(std::string const& source, Report const& r,
                std::vector<Finding> const& findings) override {
        if (!header_) {
            put(out_, fit("REPORT", 34) + " " + fit("AGENCY", 26) +
                          " YEAR  FORMAT   ERR  WARN  INFO  TABLES\n");
            header_ = true;
        }
        auto const n = count(findings);
        ++reports_;
        if (n[0]) ++with_errors_;
        if (n[1]) ++with_warnings_;
        char counts[64];
        std::snprintf(counts, sizeof counts, " %5zu %5zu %5zu  ", n[0], n[1], n[2]);
        // Names and report text are escaped (escape.hpp): the text format is read on terminals.
        // A long path loses its middle, never the file name and line that tell reports apart.
        put(out_, fit_path(source_place(terminal_safe(source), r.first_line), 34) + " " +
                      fit(r.agency.empty() ? "?" : terminal_safe(r.agency), 26) + " " +
                      fit(r.year ? std::to_string(*r.year) : "?", 4) + "  " +
                      fit(id(r.format()), 6) + counts + short_tables(r) + "\n");
        // A code that fires on many rows (blank cells, say) is shown a few times and then
        // counted, so one report cannot flood the table; --format json has every finding.
        std::map<FindingCode, std::size_t> shown, total;
        for (auto const& f : findings) ++total[f.code];
        for (auto const& f : findings) {
            if (f.severity == Severity::info && o_.fail_on != FailOn::info) continue;
            std::size_t const k = ++shown[f.code];
            if (k <= 3 || total[f.code] <= 4) {
                put(out_, "    " + fit(id(f.severity), 7) + " " + std::string(id(f.code)) + "  " +
                              terminal_safe(location(f)) + ": " + terminal_safe(f.message) + "\n");
            } else if (k == 4) {
                put(out_, "    " + fit(id(f.severity), 7) + " " + std::string(id(f.code)) + "  … " +
                              std::to_string(total[f.code] - 3) +
                              " more (--format json lists every finding)\n");
            }
        }
    }
    void unreadable(std::string const&, Error const&) override { ++unreadable_; }
    void skipped(std::string const&, std::string const&) override { ++skipped_; }
    void finish() override {
        std::string s = std::to_string(reports_) + " reports: " + std::to_string(with_errors_) +
                        " with errors, " + std::to_string(with_warnings_) + " with warnings";
        if (unreadable_) s += ", " + std::to_string(unreadable_) + " files unreadable";
        if (skipped_) s += ", " + std::to_string(skipped_) + " files skipped";
        put(out_, s + " (tables: a20 = 主动公开 Article 20, app = 依申请公开, rev = 复议诉讼)\n");
    }

private:
    Options const& o_;
    OutputFile& out_;
    bool header_ = false;
    std::size_t reports_ = 0, with_errors_ = 0, with_warnings_ = 0, unreadable_ = 0, skipped_ = 0;
};

// ---- check: json / jsonl ----
std::string check_object(std::string const& source, Report const& r,
                         std::vector<Finding> const& findings) {
    std::string s = "{\"source\":" + json_string(source) +
                    ",\"line\":" + std::to_string(r.first_line) +
                    ",\"agency\":" + json_string(r.agency) +
                    ",\"year\":" + (r.year ? std::to_string(*r.year) : "null") +
                    ",\"format\":" + json_string(id(r.format())) + ",\"tables_found\":[";
    for (std::size_t i = 0; i < r.tables_found.size(); ++i) {
        auto const& t = r.tables_found[i];
        if (i) s += ",";
        s += "{\"table\":" + json_string(id(t.table)) +
             ",\"first_line\":" + std::to_string(t.first_line) +
             ",\"last_line\":" + std::to_string(t.last_line) + "}";
    }
    s += "],\"findings\":" + to_json(findings) + "}";
    return s;
}

class JsonWriter final : public Writer {
public:
    JsonWriter(OutputFile& out, bool lines) : out_(out), lines_(lines) {}
    void report(std::string const& source, Report const& r,
                std::vector<Finding> const& findings) override {
        emit(check_object(source, r, findings));
    }
    void unreadable(std::string const& source, Error const& e) override {
        emit("{\"source\":" + json_string(source) + ",\"error\":{\"code\":" +
             json_string(id(e.code)) + ",\"message\":" + json_string(e.to_string()) + "}}");
    }
    void skipped(std::string const& source, std::string const& reason) override {
        emit("{\"source\":" + json_string(source) + ",\"skipped\":" + json_string(reason) + "}");
    }
    void finish() override {
        if (!lines_) put(out_, first_ ? "[]\n" : "\n]\n");
    }

private:
    void emit(std::string const& item) {
        if (lines_) {
            put(out_, item + "\n");
        } else {
            put(out_, first_ ? "[\n" : ",\n");
            put(out_, item);
        }
        first_ = false;
    }
    OutputFile& out_;
    bool lines_;
    bool first_ = true;
};

// ---- check: csv (one row per finding) ----
class FindingsCsvWriter final : public Writer {
public:
    explicit FindingsCsvWriter(OutputFile& out) : out_(out) {
        put(out_, "source,line,agency,year,format,code,severity,evaluable,table,row,column,expected,actual,finding_line,message\n");
    }
    void report(std::string const& source, Report const& r,
                std::vector<Finding> const& findings) override {
        for (auto const& f : findings) {
            put(out_, csv_field(source) + "," + std::to_string(r.first_line) + "," +
                          csv_field(r.agency) + "," + year_text(r) + "," +
                          std::string(id(r.format())) + "," + std::string(id(f.code)) + "," +
                          std::string(id(f.severity)) + "," + (f.evaluable ? "true" : "false") +
                          "," + std::string(id(f.table)) + "," + csv_field(f.row) + "," +
                          csv_field(f.column) + "," + csv_field(f.expected) + "," +
                          csv_field(f.actual) + "," + std::to_string(f.line) + "," +
                          csv_field(f.message) + "\n");
        }
    }
    void unreadable(std::string const&, Error const&) override {}
    void skipped(std::string const&, std::string const&) override {}
    void finish() override {}

private:
    OutputFile& out_;
};

// ---- check: html (the report card needs the whole batch) ----

// Page k (from 0) of a card written to `first`: card.html, card-2.html, card-3.html, …
std::filesystem::path page_path(std::filesystem::path const& first, std::size_t k) {
    if (k == 0) return first;
    std::filesystem::path p = first;
    p.replace_filename(first.stem().string() + "-" + std::to_string(k + 1) +
                       first.extension().string());
    return p;
}

class HtmlWriter final : public Writer {
public:
    HtmlWriter(Options const& o, OutputFile& out) : o_(o), out_(out) {}
    void report(std::string const& source, Report const& r,
                std::vector<Finding> const& findings) override {
        reports_.push_back({source, r, findings});
    }
    void unreadable(std::string const& source, Error const& e) override {
        unreadable_.push_back({source, e});
    }
    void skipped(std::string const&, std::string const&) override {}
    // A card written to a file is split into pages beside it when it would pass
    // report_card_page_bytes; standard output and devices get one page, however long.
    void finish() override {
        if (out_.temporary().empty()) return put(out_, report_card_html(reports_, unreadable_));
        std::filesystem::path const first(o_.output);
        auto const pages = report_card_pages(
            reports_, unreadable_, "govinfo report card", report_card_page_bytes,
            [&](std::size_t k) { return page_path(first, k).filename().string(); });
        put(out_, pages[0]);
        for (std::size_t k = 1; k < pages.size(); ++k) {
            std::string const path = page_path(first, k).string();
            if (auto clash = output_clash(path, o_.paths)) throw WriteError(*clash);
            OutputFile page(path);
            put(page, pages[k]);
            page.commit();
        }
        if (pages.size() > 1 && !o_.quiet)
            std::fprintf(stderr, "govinfo: the card has %zu pages: %s … %s\n", pages.size(),
                         terminal_safe(o_.output).c_str(),
                         terminal_safe(page_path(first, pages.size() - 1).string()).c_str());
    }

private:
    Options const& o_;
    OutputFile& out_;
    std::vector<CheckedReport> reports_;
    std::vector<UnreadableFile> unreadable_;
};

class ConvertWriter final : public Writer {
public:
    ConvertWriter(OutputFormat f, OutputFile& out) : format_(f), out_(out) {}
    void report(std::string const&, Report const& r, std::vector<Finding> const&) override {
        switch (format_) {
            case OutputFormat::jsonl: put(out_, to_json(r) + "\n"); break;
            case OutputFormat::csv: put(out_, to_csv({r}, first_, count_ + 1)); break;
            default:
                put(out_, first_ ? "[\n" : ",\n");
                put(out_, to_json(r));
                break;
        }
        first_ = false;
        ++count_;
    }
    void unreadable(std::string const&, Error const&) override {}
    void skipped(std::string const&, std::string const&) override {}
    void finish() override {
        if (format_ == OutputFormat::json) put(out_, first_ ? "[]\n" : "\n]\n");
    }

private:
    OutputFormat format_;
    OutputFile& out_;
    bool first_ = true;
    std::size_t count_ = 0;
};

}  // namespace

std::unique_ptr<Writer> make_check_writer(Options const& o, OutputFile& out) {
    switch (o.format) {
        case OutputFormat::json: return std::make_unique<JsonWriter>(out, false);
        case OutputFormat::jsonl: return std::make_unique<JsonWriter>(out, true);
        case OutputFormat::csv: return std::make_unique<FindingsCsvWriter>(out);
        case OutputFormat::html: return std::make_unique<HtmlWriter>(o, out);
        case OutputFormat::text: break;
    }
    return std::make_unique<TextWriter>(o, out);
}

std::unique_ptr<Writer> make_convert_writer(Options const& o, OutputFile& out) {
    return std::make_unique<ConvertWriter>(o.format, out);
}

void write_rules(OutputFormat format, OutputFile& out) {
    if (format == OutputFormat::json) {
        std::string s = "[";
        for (auto const& r : rule_catalogue()) {
            s += s.size() == 1 ? "\n" : ",\n";
            s += "{\"code\":" + json_string(id(r.code)) + ",\"severity\":" + json_string(id(r.severity)) +
                 ",\"title\":" + json_string(r.title) + ",\"formula\":" + json_string(r.formula) + "}";
        }
        put(out, s + "\n]\n");
        return;
    }
    for (auto const& r : rule_catalogue())
        put(out, fit(id(r.code), 28) + "  " + fit(id(r.severity), 7) + "  " + std::string(r.title) +
                     ": " + std::string(r.formula) + "\n");
}

}  // namespace govinfo::cli
