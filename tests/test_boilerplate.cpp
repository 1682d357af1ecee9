// What the narrative sections say (boilerplate.hpp): every section_* rule on every bundled report
// (each hit read and confirmed, listed below), and each rule made to fire, and not to fire, on
// the clean base report and on seed 002 with one thing changed.
#include "govinfo/boilerplate.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "govinfo/labels.hpp"
#include "govinfo/parse.hpp"
#include "test_files.hpp"

using namespace govinfo;

namespace {

std::string const data = GOVINFO_TEST_DATA;

std::string read(std::string const& relative) {
    return govinfo::test::read_file(data + "/" + relative);
}

std::string replaced(std::string text, std::string const& from, std::string const& to) {
    auto const at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    return text.replace(at, from.size(), to);
}

Report only_report(std::string const& text) {
    auto parsed = parse(text);
    REQUIRE(parsed.reports.size() == 1);
    return std::move(parsed.reports.front());
}

// The base report: a small clean 2021-format report (tests/data/bad/base_report.txt).
std::string base() { return read("bad/base_report.txt"); }

std::vector<std::string> codes(std::vector<Finding> const& findings) {
    std::vector<std::string> out;
    for (auto const& f : findings) out.push_back(std::string(id(f.code)));
    return out;
}

std::vector<Report> seed_002() {
    auto r = parse_file(data + "/seeds/002_6174489a5f7162cb.txt").reports;
    REQUIRE(r.size() == 5);
    return r;  // 2023, 2022, 2021, 2020, 2019
}

Section& section(Report& r, int number) {
    auto it = std::find_if(r.sections.begin(), r.sections.end(),
                           [&](Section const& s) { return s.number == number; });
    REQUIRE(it != r.sections.end());
    return *it;
}

}  // namespace

TEST_SUITE("boilerplate") {

// Each hit below was read in the report's text: 001's section 六 says nothing about fees (its
// section 二 mentions 行政事业性收费, a different fee); the variants are made-up layouts whose
// sections 五 and 六 say 无。 or 略。 and whose Markdown ones end after section 五.
TEST_CASE("the section checks on every bundled report find exactly what the text says") {
    std::map<std::string, std::multiset<std::string>> const expected{
        {"seeds/001_6f73e57e54ca5cf9.txt", {"section_fees_silent"}},
        {"variants/inline_group_labels.txt", {"section_problems_empty", "section_fees_silent"}},
        {"variants/markdown_blank_cells.txt", {"section_missing", "section_problems_empty"}},
        {"variants/markdown_label_columns.txt", {"section_missing", "section_problems_empty"}},
        {"variants/pdftotext_bare_page_numbers.txt", {"section_problems_empty", "section_fees_silent"}},
        {"variants/pipe_per_line_blank_cells.txt", {"section_problems_empty"}},
        {"variants/pipe_per_line_extra_row.txt", {"section_problems_empty", "section_fees_silent"}},
        {"variants/tab_per_line_blank_cells.txt", {"section_problems_empty", "section_fees_silent"}},
        {"variants/tab_per_line_spanned_cells.txt", {"section_problems_empty", "section_fees_silent"}},
    };
    std::size_t reports = 0;
    for (std::string folder : {"seeds", "corpus", "variants", "encodings"}) {
        for (auto const& entry : std::filesystem::directory_iterator(data + "/" + folder)) {
            auto const ext = entry.path().extension();
            if (ext != ".txt" && ext != ".html") continue;
            std::string const name = folder + "/" + entry.path().filename().string();
            CAPTURE(name);
            std::multiset<std::string> found;
            for (auto const& r : parse_file(entry.path()).reports) {
                ++reports;
                for (auto const& f : check_sections(r)) {
                    found.insert(std::string(id(f.code)));
                    CHECK(f.severity == Severity::warning);
                    CHECK(f.evaluable);
                }
            }
            auto const it = expected.find(name);
            CHECK(found == (it == expected.end() ? std::multiset<std::string>{} : it->second));
        }
    }
    CHECK(reports >= 27);
}

TEST_CASE("no cross-year section finding on any two consecutive bundled reports") {
    auto const reports = seed_002();
    for (std::size_t i = 0; i + 1 < reports.size(); ++i) {
        CAPTURE(*reports[i].year);
        CHECK(check_sections_across_years(reports[i + 1], reports[i]).empty());
    }
    // 平潭 2019, 2021, 2023 (corpus c04–c06) are two years apart; compared anyway, nothing.
    auto const c04 = parse_file(data + "/corpus/c04.txt").reports.at(0);
    auto const c05 = parse_file(data + "/corpus/c05.txt").reports.at(0);
    auto const c06 = parse_file(data + "/corpus/c06.txt").reports.at(0);
    CHECK(check_sections_across_years(c04, c05).empty());
    CHECK(check_sections_across_years(c05, c06).empty());
    CHECK(check_series_sections(make_series(seed_002())).empty());
}

TEST_CASE("section 五 that says only 无, or nothing, is a finding") {
    std::string const clean = base();
    CHECK(check_sections(only_report(clean)).empty());
    std::string const five = "五、存在的主要问题及改进情况\n公开内容还不够全面，下一步将加强培训。";
    auto const findings = check_sections(only_report(replaced(clean, five, "五、存在的主要问题及改进情况\n无。")));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].code == FindingCode::section_problems_empty);
    CHECK(findings[0].column == "5");
    CHECK(findings[0].actual == "无。");
    CHECK(findings[0].message == "五、存在的主要问题及改进情况只写了“无。”，未说明存在的主要问题及改进情况");
    for (std::string text : {"暂无", " 没有 ", "略。", ""}) {
        CAPTURE(text);
        auto const f = check_sections(only_report(replaced(clean, five, "五、存在的主要问题及改进情况\n" + text)));
        CHECK(codes(f) == std::vector<std::string>{"section_problems_empty"});
    }
    // More than 无 is something, however short.
    auto const some = replaced(clean, five, "五、存在的主要问题及改进情况\n无明显问题，将继续改进。");
    CHECK(check_sections(only_report(some)).empty());
}

TEST_CASE("the closing signature after a last section 五 is not its content") {
    std::string text = base();
    text = text.substr(0, text.find("五、存在的主要问题及改进情况"));
    text += "五、存在的主要问题及改进情况\n无。\n测试县人民政府\n2024年1月20日\n- 6 -\n";
    auto const f = check_sections(only_report(text));
    CHECK(codes(f) == std::vector<std::string>{"section_missing", "section_problems_empty"});
    CHECK(f[0].column == "6");
    CHECK(f[0].message == "报告缺少第六部分“六、其他需要报告的事项”");
}

TEST_CASE("a 2021-format section 六 silent about information-processing fees is a finding") {
    std::string const clean = base();
    auto const silent = replaced(clean, "本年度未收取信息处理费。", "本年度无其他需要报告的事项。");
    auto const f = check_sections(only_report(silent));
    REQUIRE(codes(f) == std::vector<std::string>{"section_fees_silent"});
    CHECK(f[0].column == "6");
    CHECK(f[0].severity == Severity::warning);
    // Stated in another section: reported, if not where the format puts it.
    auto const elsewhere = replaced(silent, "全年主动公开政府信息120条。",
                                    "全年主动公开政府信息120条，未收取信息处理费。");
    CHECK(check_sections(only_report(elsewhere)).empty());
    CHECK(check_sections(only_report(replaced(clean, "本年度未收取信息处理费。",
                                              "全年收取费用共计380元。")))
              .empty());
}

TEST_CASE("years in the text that contradict the report year") {
    std::string const clean = base();  // a 2023 report by its title
    auto text = replaced(clean, "2023年，我县认真贯彻", "2022年，我县认真贯彻");
    CHECK(check_sections(only_report(text)).empty());  // one mention is not "throughout"
    text = replaced(text, "公开内容还不够全面", "2022年度公开内容还不够全面");
    auto const f = check_sections(only_report(text));
    REQUIRE(codes(f) == std::vector<std::string>{"section_year_mismatch"});
    CHECK(f[0].expected == "2023");
    CHECK(f[0].actual == "2022");
    CHECK(f[0].message == "报告年度为2023年，但正文（一、五、六部分）2 处写“2022年”，没有一处写“2023年”");
    // One mention of the report year anywhere in 一, 五, 六 settles it.
    CHECK(check_sections(only_report(replaced(text, "本年度未收取", "2023年未收取"))).empty());
    // A year in Chinese numerals counts.
    auto const chinese = replaced(replaced(clean, "2023年，我县认真贯彻", "二〇二二年，我县认真贯彻"),
                                  "公开内容还不够全面", "二〇二二年公开内容还不够全面");
    CHECK(codes(check_sections(only_report(chinese))) == std::vector<std::string>{"section_year_mismatch"});
}

TEST_CASE("dates, document titles and 以来 are not the year the text speaks of") {
    std::string const clean = base();
    auto const text = replaced(replaced(clean, "2023年，我县认真贯彻", "按照《2022年政务公开工作要点》，我县认真贯彻"),
                               "公开内容还不够全面",
                               "2022年12月31日前公开内容还不够全面，2022年以来");
    // No year mention is left but those, and none of them counts.
    CHECK(check_sections(only_report(text)).empty());
}

TEST_CASE("a section heading numbered out of order") {
    std::string const clean = base();
    auto const text = replaced(clean, "三、收到和处理政府信息公开申请情况", "四、收到和处理政府信息公开申请情况");
    auto const f = check_sections(only_report(text));
    REQUIRE(codes(f) == std::vector<std::string>{"section_out_of_order"});  // not also missing
    CHECK(f[0].column == "3");
    CHECK(f[0].expected == "三");
    CHECK(f[0].actual == "四");
    CHECK(f[0].message ==
          "章节标题“四、收到和处理政府信息公开申请情况”编号为四，按格式应为第三部分（三、收到和处理政府信息公开申请情况）");
    auto const seven = replaced(clean, "六、其他需要报告的事项", "七、其他需要报告的事项");
    auto const g = check_sections(only_report(seven));
    REQUIRE(codes(g) == std::vector<std::string>{"section_out_of_order"});
    CHECK(g[0].actual == "七");
}

TEST_CASE("sub-headings and table rows that start with a numeral are not section headings") {
    std::string const clean = base();
    auto const text = replaced(clean, "全年主动公开政府信息120条。",
                               "全年主动公开政府信息120条。\n四、基本情况\n五、工作成效");
    CHECK(check_sections(only_report(text)).empty());
}

TEST_CASE("a missing section, and a report whose headings cannot be found") {
    std::string const clean = base();
    auto const text = replaced(clean, "五、存在的主要问题及改进情况\n公开内容还不够全面，下一步将加强培训。\n", "");
    auto const f = check_sections(only_report(text));
    REQUIRE(codes(f) == std::vector<std::string>{"section_missing"});
    CHECK(f[0].column == "5");
    CHECK(f[0].actual == "missing");

    Report none = only_report(clean);
    none.sections.clear();
    auto const g = check_sections(none);
    REQUIRE(g.size() == 1);  // one note, not six missing sections
    CHECK(g[0].code == FindingCode::section_missing);
    CHECK(g[0].severity == Severity::info);
    CHECK_FALSE(g[0].evaluable);
}

TEST_CASE("a section copied from last year's report, numbers and dates aside") {
    auto reports = seed_002();
    Report y2022 = reports[1];
    Report y2023 = reports[0];
    std::string copied = section(y2022, 1).text;
    for (auto at = copied.find("2022"); at != std::string::npos; at = copied.find("2022", at))
        copied.replace(at, 4, "2023");
    section(y2023, 1).text = copied + "\n全年共发布信息56条。";  // one sentence added
    auto const f = check_sections_across_years(y2022, y2023);
    REQUIRE(codes(f) == std::vector<std::string>{"section_copied"});
    CHECK(f[0].column == "1");
    CHECK(f[0].year == 2023);
    CHECK(f[0].previous_year == 2022);
    CHECK(f[0].expected == "< 80.0%");
    CHECK(f[0].actual.ends_with("%"));
    CHECK(f[0].actual == "99.4%");
    CHECK(f[0].message == "聊城市机关事务管理局 一、总体情况与2022年报告的同一部分相似度 99.4%（数字和日期不计），"
                          "25 句中 24 句与上年逐字相同");

    // In a series, the finding lands on the pair of years concerned and nowhere else.
    reports[0] = y2023;
    auto const series = check_series_sections(make_series(reports));
    REQUIRE(series.size() == 1);
    CHECK(series[0].year == 2023);

    // A short stock answer repeated ("无。") is not a copied section.
    Report a = reports[3], b = reports[4];  // 2020, 2019: 六 is 无。 / 无其他需要报告的事项。
    section(a, 6).text = section(b, 6).text;
    CHECK(check_sections_across_years(b, a).empty());
}

TEST_CASE("last year's problems repeated without a word on what was done") {
    auto reports = seed_002();
    Report y2022 = reports[1];
    Report y2023 = reports[0];
    std::string const problem =
        "存在的主要问题:政府信息公开的内容还不够全面、形式不够丰富,网站功能建设需进一步优化完善,"
        "解读材料质量还不够高、效果不够好等。";
    REQUIRE(section(y2022, 5).text.find(problem) != std::string::npos);
    section(y2023, 5).text = problem + "\n下一步，我局将继续加强培训，提升公开质量。";
    auto const f = check_sections_across_years(y2022, y2023);
    REQUIRE(codes(f) == std::vector<std::string>{"section_problems_repeated"});
    CHECK(f[0].column == "5");
    CHECK(f[0].actual == problem);
    CHECK(f[0].year == 2023);
    // This year's own text saying what was done answers the rule.
    section(y2023, 5).text = problem + "\n针对上述问题，我局已开展专题培训。";
    CHECK(check_sections_across_years(y2022, y2023).empty());
    // A repeated sub-heading is not a repeated problem.
    section(y2023, 5).text = "(一)存在问题\n公开栏目更新不及时，需要持续跟进。";
    Report y2022_headed = y2022;
    section(y2022_headed, 5).text = "(一)存在问题\n" + problem;
    CHECK(check_sections_across_years(y2022_headed, y2023).empty());
}

}  // TEST_SUITE
