// The HTML report card: a table of contents and one section per report, findings grouped by code
// with the not-evaluable ones collapsed, a severity filter, highlighted cells and row labels, and
// pages that stay under report_card_page_bytes for a batch of 200 real reports.
#include "govinfo/report_card.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "govinfo/batch.hpp"
#include "govinfo/labels.hpp"

using namespace govinfo;
namespace fs = std::filesystem;

namespace {

// Every report of the bundled seeds and corpus, checked as `govinfo html` checks them.
std::vector<CheckedReport> bundled() {
    std::vector<fs::path> files;
    for (auto folder : {"seeds", "corpus"})
        for (auto const& e : fs::directory_iterator(fs::path(GOVINFO_TEST_DATA) / folder)) {
            auto const ext = e.path().extension();
            if ((ext == ".txt" || ext == ".html") && e.path().filename() != "README.md")
                files.push_back(e.path());
        }
    std::sort(files.begin(), files.end());
    std::vector<CheckedReport> out;
    for (auto const& f : files) {
        auto r = parse_one(f);
        REQUIRE_MESSAGE(!r.error, f.string());
        for (auto& report : r.reports) {
            auto findings = check(report);
            out.push_back({f.filename().string(), std::move(report), std::move(findings)});
        }
    }
    REQUIRE(out.size() == 15);
    return out;
}

// The bundled reports over and over, `n` in all: a batch as an oversight office checks it.
std::vector<CheckedReport> batch_of(std::size_t n) {
    auto const one = bundled();
    std::vector<CheckedReport> out;
    for (std::size_t i = 0; i < n; ++i) out.push_back(one[i % one.size()]);
    return out;
}

std::size_t count(std::string const& s, std::string const& what) {
    std::size_t n = 0;
    for (auto p = s.find(what); p != std::string::npos; p = s.find(what, p + what.size())) ++n;
    return n;
}

// The part of `html` from `from` up to the next `to`.
std::string slice(std::string const& html, std::string const& from, std::string const& to) {
    auto const b = html.find(from);
    REQUIRE_MESSAGE(b != std::string::npos, from);
    return html.substr(b, html.find(to, b) - b);
}

Finding finding(FindingCode code, Severity s, TableKind t, std::string row, std::string column,
                std::string message, bool evaluable = true) {
    Finding f;
    f.code = code;
    f.severity = s;
    f.table = t;
    f.row = std::move(row);
    f.column = std::move(column);
    f.message = std::move(message);
    f.evaluable = evaluable;
    return f;
}

}  // namespace

TEST_SUITE("report_card") {

TEST_CASE("a table of contents links one section per report and the filter is in the page") {
    auto const reports = bundled();
    std::string const html = report_card_html(reports);
    std::string const toc = slice(html, "<nav id=\"toc\">", "</nav>");
    CHECK(count(toc, "<tr class=\"report-summary") == reports.size());
    CHECK(count(html, "<section class=\"report ") == reports.size());
    for (std::size_t i = 1; i <= reports.size(); ++i) {
        std::string const n = std::to_string(i);
        CHECK(count(toc, "<a href=\"#report-" + n + "\">") == 1);
        CHECK(count(html, "\" id=\"report-" + n + "\">") == 1);
    }
    // the severity filter: three radio buttons ahead of the content, worst severity as a class
    for (auto sev : {"all", "warning", "error"})
        CHECK(count(html, "<input type=\"radio\" name=\"sev\" class=\"sev\" id=\"sev-" +
                              std::string(sev) + "\"") == 1);
    CHECK(html.find("id=\"sev-all\" checked") != std::string::npos);
    CHECK(html.find("#sev-error:checked~main section.report:not(.worst-error){display:none}") !=
          std::string::npos);
    CHECK(html.find("<input") < html.find("<header>"));
    CHECK(count(html, "<section class=\"report worst-error\"") == 1);  // 003: period_outside_year
    CHECK(count(toc, "report-summary worst-error\"") == 1);
    CHECK(html.find("<p class=\"pages\">") == std::string::npos);  // one page: no page links
}

TEST_CASE("findings are grouped by code and the not evaluable ones are collapsed") {
    auto const reports = bundled();
    // 上海 2019 (c03.html): many blank cells, so many checks could not be evaluated
    auto const it = std::find_if(reports.begin(), reports.end(),
                                 [](auto const& c) { return c.source == "c03.html"; });
    REQUIRE(it != reports.end());
    std::set<FindingCode> evaluated, not_evaluable;
    for (auto const& f : it->findings) (f.evaluable ? evaluated : not_evaluable).insert(f.code);
    REQUIRE(!evaluated.empty());
    REQUIRE(!not_evaluable.empty());
    std::string const section =
        slice(report_card_html({*it}), "<section", "</section>");
    std::string const collapsed = slice(section, "<details class=\"not-evaluable f-info\">",
                                        "<h3>");
    std::string const open = slice(section, "<div class=\"findings\">", "<details class=\"not-");
    CHECK(count(open, "<details class=\"code ") == evaluated.size());
    CHECK(count(open, "\" open><summary>") == evaluated.size());
    CHECK(count(collapsed, "<details class=\"code ") == not_evaluable.size());
    CHECK(count(collapsed, " open>") == 0);
    for (auto code : evaluated)
        CHECK(count(open, "data-code=\"" + std::string(id(code)) + "\"") == 1);
    for (auto code : not_evaluable)
        CHECK(count(collapsed, "data-code=\"" + std::string(id(code)) + "\"") == 1);
    // every finding is listed once: in full, or by mark and place when its row's notes say it
    for (std::size_t k = 1; k <= it->findings.size(); ++k) {
        std::string const mark = "<sup>" + std::to_string(k) + "</sup>";
        CHECK_MESSAGE(count(slice(section, "<div class=\"findings\">", "<h3>"), mark) == 1, k);
    }
}

TEST_CASE("a sentence shown beside its row is not repeated in the list") {
    CheckedReport c{"a.txt", Report::blank(FormatVersion::v2021), {}};
    c.findings = {
        finding(FindingCode::app_row_total, Severity::error, TableKind::applications, "disclosed",
                "total", "ROW-SENTENCE"),
        finding(FindingCode::period_outside_year, Severity::error, TableKind::report, "", "",
                "REPORT-SENTENCE"),
        finding(FindingCode::app_balance, Severity::info, TableKind::applications, "", "total",
                "NOT-EVALUABLE-SENTENCE", false),
    };
    std::string const html = report_card_html({c});
    CHECK(count(html, "ROW-SENTENCE") == 1);
    CHECK(count(slice(html, "<td class=\"notes\">", "</td>"), "ROW-SENTENCE") == 1);
    CHECK(count(html, "REPORT-SENTENCE") == 1);  // no row to sit beside: in the list
    CHECK(count(html, "NOT-EVALUABLE-SENTENCE") == 1);
    CHECK(html.find("<sup>1</sup>applications/disclosed/total") != std::string::npos);
}

TEST_CASE("cells and whole rows a finding points at are highlighted") {
    CheckedReport c{"a.txt", Report::blank(FormatVersion::v2021), {}};
    c.findings = {
        // the parser names several cells of a row as "a,b,c"
        finding(FindingCode::parse_uncertain_cells, Severity::warning, TableKind::article20,
                "normative_documents", "issued,repealed,in_force", "uncertain split"),
        // a whole row: its label is marked, not its cells
        finding(FindingCode::app_blank_cells, Severity::warning, TableKind::applications,
                "carried_over", "", "blank cells"),
        // a review group has no label of its own: its five cells are marked
        finding(FindingCode::rev_blank_cells, Severity::warning, TableKind::review_litigation,
                "review", "", "blank review"),
    };
    std::string const html = report_card_html({c});
    for (auto col : {"issued", "repealed", "in_force"})
        CHECK(count(html, "flagged sev-warning\" data-row=\"normative_documents\" data-column=\"" +
                              std::string(col) + "\"><sup>1</sup>") == 1);
    CHECK(count(html, "<th class=\"flagged sev-warning\" data-row=\"carried_over\" "
                      "data-column=\"\">二、上年结转政府信息公开申请数量<sup>2</sup></th>") == 1);
    CHECK(count(html, "data-row=\"carried_over\" data-column=\"natural_person\"") == 0);
    CHECK(count(html, "data-row=\"review\" data-column=\"") == 5);
    CHECK(count(html, "class=\"b flagged") == 8);  // 3 + 5 cells, all blank in a new Report
}

TEST_CASE("a provincial row the report printed is shown in its Article 20 table") {
    // The Hubei template's 其他主动公开文件 (Article20v2019::other_documents): no check uses it,
    // but a card that left it out would hide cells the report published.
    auto r = parse_one(fs::path(GOVINFO_TEST_DATA) / "variants" / "c03_hubei_template.html");
    REQUIRE(!r.error);
    REQUIRE(r.reports.size() == 1);
    auto findings = check(r.reports[0]);
    std::vector<CheckedReport> one{{"hubei.html", r.reports[0], findings}};
    auto const html = report_card_html(one);
    auto const a20 = slice(html, "二、主动公开政府信息情况", "</table>");
    CHECK(a20.find("其他主动公开文件") != std::string::npos);
    auto const row = slice(a20, "其他主动公开文件", "</tr>");
    CHECK(count(row, ">25<") == 2);
    CHECK(count(row, ">140<") == 1);
}

TEST_CASE("names and text from the input are escaped") {
    CheckedReport c{"<b>&.txt", Report::blank(FormatVersion::v2021), {}};
    c.report.agency = "<script>x</script>";
    c.findings = {finding(FindingCode::period_outside_year, Severity::error, TableKind::report, "",
                          "", "a \"quoted\" <tag>")};
    std::string const html = report_card_html({c}, {{"<u>.txt", Error{}}});
    CHECK(html.find("<script>x") == std::string::npos);
    CHECK(html.find("<b>&") == std::string::npos);
    CHECK(html.find("&lt;b&gt;&amp;.txt") != std::string::npos);
    CHECK(html.find("a &quot;quoted&quot; &lt;tag&gt;") != std::string::npos);
    CHECK(html.find("&lt;u&gt;.txt") != std::string::npos);
}

TEST_CASE("200 reports stay within the page bound and every report is on exactly one page") {
    auto const reports = batch_of(200);
    auto const name = [](std::size_t k) {
        return k == 0 ? std::string("card.html") : "card-" + std::to_string(k + 1) + ".html";
    };
    auto const pages = report_card_pages(reports, {}, "card", report_card_page_bytes, name);
    REQUIRE(!pages.empty());
    std::size_t sections = 0;
    for (std::size_t k = 0; k < pages.size(); ++k) {
        CHECK_MESSAGE(pages[k].size() <= report_card_page_bytes, k);
        sections += count(pages[k], "<section class=\"report ");
        CHECK(count(pages[k], "<tr class=\"report-summary") == 200);  // the whole contents
    }
    CHECK(sections == 200);
    MESSAGE("pages: " << pages.size() << ", first " << pages[0].size() << " bytes");
    // each contents entry leads to the page that holds the report
    for (std::size_t k = 0; k < pages.size(); ++k) {
        static std::regex const link("<a href=\"([^\"#]*)#report-([0-9]+)\">");
        for (std::sregex_iterator m(pages[k].begin(), pages[k].end(), link), end; m != end; ++m) {
            std::string const target = (*m)[1].str(), number = (*m)[2].str();
            std::size_t holder = pages.size();
            for (std::size_t j = 0; j < pages.size(); ++j)
                if (pages[j].find("\" id=\"report-" + number + "\">") != std::string::npos)
                    holder = j;
            REQUIRE(holder < pages.size());
            if (target.empty()) CHECK(holder == k);
            else CHECK(target == name(holder));
        }
    }
}

TEST_CASE("pages hold whole reports and link each other") {
    auto const reports = batch_of(6);
    auto const name = [](std::size_t k) { return "p" + std::to_string(k) + ".html"; };
    // a budget smaller than any report: one report per page, none lost or cut
    auto const pages = report_card_pages(reports, {{"gone.txt", Error{}}}, "card", 1, name);
    REQUIRE(pages.size() == 6);
    for (std::size_t k = 0; k < pages.size(); ++k) {
        CHECK(count(pages[k], "<section class=\"report ") == 1);
        CHECK(count(pages[k], "\" id=\"report-" + std::to_string(k + 1) + "\">") == 1);
        CHECK(count(pages[k], "<b>" + std::to_string(k + 1) + "</b>") == 2);  // top and bottom
        for (std::size_t j = 0; j < pages.size(); ++j)
            if (j != k) CHECK(count(pages[k], "<a href=\"" + name(j) + "\">") == 2);
        CHECK(pages[k].find("</html>") != std::string::npos);
    }
    CHECK(count(pages[0], "gone.txt") == 1);  // the unreadable files: on the first page only
    CHECK(count(pages[1], "gone.txt") == 0);
    // a budget that holds everything: the single page of report_card_html
    CHECK(report_card_pages(reports, {}, "govinfo report card", SIZE_MAX, name) ==
          std::vector<std::string>{report_card_html(reports)});
}

}  // TEST_SUITE
