#include "govinfo/parse.hpp"

#include <doctest/doctest.h>

#include <boost/json.hpp>
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "govinfo/cells.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/taxonomy.hpp"

using namespace govinfo;

namespace {

std::string const data_dir = GOVINFO_TEST_DATA;

std::string slurp(std::string const& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

boost::json::object load_expected(std::string const& path) {
    return boost::json::parse(slurp(path)).as_object();
}

// An expected value: a JSON number, null (blank), or a string such as "+17", "246900元", "/".
struct Want {
    CellState state = CellState::blank;
    double number = 0;
};

Want want_of(boost::json::value const& v) {
    Want w;
    if (v.is_null()) return w;
    w.state = CellState::value;
    if (v.is_int64()) w.number = static_cast<double>(v.as_int64());
    else if (v.is_uint64()) w.number = static_cast<double>(v.as_uint64());
    else if (v.is_double()) w.number = v.as_double();
    else if (v.is_string()) {
        std::string s(v.as_string());
        if (s == "/" || s == "-" || s == "—") {
            w.state = CellState::not_applicable;
            return w;
        }
        std::string digits;
        for (char c : s)
            if ((c >= '0' && c <= '9') || c == '.' || c == '-') digits += c;
        w.number = std::stod(digits);
    }
    return w;
}

bool same(Cell const& c, Want const& w) {
    if (c.state != w.state) return false;
    return c.state != CellState::value || static_cast<double>(c.value) == w.number;
}
bool same(MoneyCell const& c, Want const& w) {
    if (c.state != w.state) return false;
    if (c.state != CellState::value) return true;
    double const got = std::stod(c.money.amount.to_string());
    return std::fabs(got - w.number) <= 1e-9 * std::max(1.0, std::fabs(w.number));
}

// Compares every cell of `r` with the expected-values file; returns {matching, total}.
std::pair<int, int> compare_cells(Report const& r, boost::json::object const& want) {
    int ok = 0, total = 0;
    for (auto const& [row_label, cols] : want.at("article20").as_object()) {
        auto row = from_label<Article20Row>(std::string_view(row_label));
        REQUIRE_MESSAGE(row, "unknown Article 20 row " << std::string_view(row_label));
        for (auto const& [col_label, v] : cols.as_object()) {
            auto col = from_label<Article20Column>(std::string_view(col_label));
            REQUIRE_MESSAGE(col, "unknown Article 20 column " << std::string_view(col_label));
            auto ref = article20_cell(r.article20, *row, *col);
            REQUIRE(ref);
            bool const good = std::visit([&](auto const* c) { return same(*c, want_of(v)); }, *ref);
            CHECK_MESSAGE(good, "article20 " << id(*row) << "." << id(*col));
            ok += good;
            ++total;
        }
    }
    for (auto const& [row_label, values] : want.at("applications").as_object()) {
        auto row_id = from_label<ApplicationRow>(std::string_view(row_label));
        REQUIRE_MESSAGE(row_id, "unknown application row " << std::string_view(row_label));
        ApplicantRow const* row = find_row(r.applications, *row_id);
        REQUIRE_MESSAGE(row, "row missing from the table: " << id(*row_id));
        auto const& arr = values.as_array();
        REQUIRE(arr.size() == 7);
        auto cols = all_applicant_columns();
        for (std::size_t c = 0; c < 7; ++c) {
            bool const good = same(cell(*row, cols[c]), want_of(arr[c]));
            CHECK_MESSAGE(good, "applications " << id(*row_id) << "." << id(cols[c]));
            ok += good;
            ++total;
        }
    }
    auto const& rev = want.at("review_litigation").as_array();
    REQUIRE(rev.size() == 15);
    for (std::size_t i = 0; i < 15; ++i) {
        auto g = review_groups()[i / 5];
        auto c = review_columns()[i % 5];
        bool const good = same(cell(group(r.review_litigation, g), c), want_of(rev[i]));
        CHECK_MESSAGE(good, "review_litigation " << id(g) << "." << id(c));
        ok += good;
        ++total;
    }
    return {ok, total};
}

void check_metadata(Report const& r, boost::json::object const& want) {
    CHECK(r.agency == std::string_view(want.at("agency").as_string()));
    REQUIRE(r.year);
    CHECK(*r.year == want.at("year").as_int64());
    CHECK(id(r.format()) == std::string_view(want.at("format").as_string()));
    auto const& p = want.at("statistics_period");
    if (p.is_null()) {
        CHECK_FALSE(r.statistics_period);
    } else {
        REQUIRE(r.statistics_period);
        CHECK(r.statistics_period->text == std::string_view(p.as_string()));
        CHECK(r.statistics_period->start);
        CHECK(r.statistics_period->end);
    }
}

bool has_finding(Report const& r, FindingCode code, std::uint32_t line) {
    for (auto const& f : r.diagnostics)
        if (f.code == code && f.line == line) return true;
    return false;
}

std::size_t count_findings(Report const& r, FindingCode code) {
    std::size_t n = 0;
    for (auto const& f : r.diagnostics) n += f.code == code;
    return n;
}


// ---- synthetic reports: one statutory 2021 table set written in each layout family ----

enum class Layout { tabs, cell_per_line, pipes, markdown, spaced_columns, label_block };

std::vector<std::string> const app_labels_2021 = {
    "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（一）予以公开",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "1.属于国家秘密",
    "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
    "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷",
    "8.属于行政查询事项", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作",
    "3.补正后申请内容仍不明确", "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物",
    "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息",
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他",
    "（七）总计", "四、结转下年度继续办理"};

std::int64_t app_value(std::size_t row, std::size_t col) {
    if (col < 6) return static_cast<std::int64_t>((row * 7 + col * 3) % 13);
    std::int64_t sum = 0;
    for (std::size_t c = 0; c < 6; ++c) sum += app_value(row, c);
    return sum;
}

std::int64_t const review_values[15] = {1, 2, 3, 4, 10, 0, 1, 0, 0, 1, 2, 0, 0, 1, 3};

std::string row_text(Layout layout, std::string const& label, std::vector<std::string> const& values) {
    std::string out;
    switch (layout) {
        case Layout::tabs:
            out = label;
            for (auto const& v : values) out += "\t" + v;
            return out + "\n";
        case Layout::cell_per_line:
            out = "\t" + label + "\n";
            for (auto const& v : values) out += "\t" + v + "\u3000\n";
            return out + "\n";
        case Layout::pipes:
            out = label;
            for (auto const& v : values) out += " | " + v;
            return out + " |\n";
        case Layout::markdown:
            out = "| " + label;
            for (auto const& v : values) out += " | " + v;
            return out + " |\n";
        case Layout::spaced_columns:
        case Layout::label_block:
            out = "  " + label;
            for (auto const& v : values) out += "      " + v;
            return out + "\n";
    }
    return out;
}

std::string synthetic_report(Layout layout) {
    std::string t = "测试市测试局2022年政府信息公开工作年度报告\n";
    t += "本报告所列数据统计期限自2022年1月1日起至2022年12月31日止。\n";
    t += "一、总体情况\n2022年，我局认真贯彻落实条例。\n";
    t += "二、主动公开政府信息情况\n";
    if (layout == Layout::markdown) t += "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n";
    else t += row_text(layout, "信息内容", {"本年制发件数", "本年废止件数", "现行有效件数"});
    t += row_text(layout, "规章", {"1", "0", "5"});
    t += row_text(layout, "行政规范性文件", {"3", "1", "20"});
    t += row_text(layout, "第二十条第（五）项", {});
    t += row_text(layout, "行政许可", {"100"});
    t += row_text(layout, "行政处罚", {"2,000"});
    t += row_text(layout, "行政强制", {"７"});
    t += row_text(layout, "行政事业性收费", {"12.5"});
    t += "三、收到和处理政府信息公开申请情况\n";
    t += row_text(layout, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", {});
    if (layout == Layout::label_block) {
        // pdftotext default mode: every label first, then every value, one per line.
        for (auto const& l : app_labels_2021) t += l + "\n\n";
        for (std::size_t r = 0; r < app_labels_2021.size(); ++r)
            for (std::size_t c = 0; c < 7; ++c) t += std::to_string(app_value(r, c)) + "\n\n";
    } else {
        for (std::size_t r = 0; r < app_labels_2021.size(); ++r) {
            if (r == 2) t += row_text(layout, "三、本年度办理结果", {});
            if (r == 4) t += row_text(layout, "（三）不予公开", {});
            if (r == 20) t += row_text(layout, "（六）其他处理", {});
            std::vector<std::string> v;
            for (std::size_t c = 0; c < 7; ++c) v.push_back(std::to_string(app_value(r, c)));
            t += row_text(layout, app_labels_2021[r], v);
        }
    }
    t += "四、政府信息公开行政复议、行政诉讼情况\n";
    t += row_text(layout, "行政复议", {});
    t += row_text(layout, "结果维持", {});
    std::vector<std::string> rv;
    for (auto v : review_values) rv.push_back(std::to_string(v));
    if (layout == Layout::markdown) t += "| " + rv[0];
    else t += rv[0];
    for (std::size_t i = 1; i < 15; ++i) t += (layout == Layout::tabs ? "\t" : layout == Layout::cell_per_line || layout == Layout::label_block ? "\n" : " | ") + rv[i];
    t += layout == Layout::markdown ? " |\n" : "\n";
    t += "五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n测试市测试局\n2023年1月20日\n";
    return t;
}

void check_synthetic(Report const& r) {
    CHECK(r.agency == "测试市测试局");
    CHECK(r.year == 2022);
    CHECK(r.format() == FormatVersion::v2021);
    CHECK(r.sections.size() == 6);
    auto const& a = std::get<Article20v2021>(r.article20);
    CHECK(a.regulations.issued == Cell::of(1));
    CHECK(a.regulations.in_force == Cell::of(5));
    CHECK(a.normative_documents.in_force == Cell::of(20));
    CHECK(a.licensing.decisions == Cell::of(100));
    CHECK(a.penalty.decisions == Cell::of(2000));
    CHECK(a.coercion.decisions == Cell::of(7));
    CHECK(a.fees.amount == MoneyCell::of(Decimal{125, 1}, MoneyUnit::wan_yuan));
    auto rows = application_rows(FormatVersion::v2021);
    auto cols = all_applicant_columns();
    int ok = 0;
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (std::size_t c = 0; c < 7; ++c)
            ok += cell(*find_row(r.applications, rows[i]), cols[c]) == Cell::of(app_value(i, c));
    CHECK(ok == 175);
    for (std::size_t i = 0; i < 15; ++i)
        CHECK(cell(group(r.review_litigation, review_groups()[i / 5]), review_columns()[i % 5]) ==
              Cell::of(review_values[i]));
}

// A tiny 2019-format report around the given Article 20 lines, for cell quirks.
std::string report_2019_with(std::string const& article20_lines) {
    return "测试县测试局2020年政府信息公开工作年度报告\n一、总体情况\n略。\n"
           "二、主动公开政府信息情况\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n" +
           article20_lines +
           "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n"
           "四、政府信息公开行政复议、行政诉讼情况\n行政复议\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n"
           "五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n";
}

ParseResult parse_seed(std::string const& name) {
    return parse_file(data_dir + "/seeds/" + name);
}

}  // namespace

TEST_SUITE("parse") {
    TEST_CASE("seed 000: one cell per line with tab prefixes and wrapped headers") {
        auto const result = parse_seed("000_93777d88a2382c03.txt");
        REQUIRE(result.reports.size() == 1);
        auto const& r = result.reports[0];
        auto const want = load_expected(data_dir + "/seeds/expected/000_93777d88a2382c03.json");
        check_metadata(r, want);
        auto const [ok, total] = compare_cells(r, want);
        CHECK(ok == total);
        CHECK(r.sections.size() == 6);
        // 10524.26475万元 keeps every digit and its unit.
        auto const& a = std::get<Article20v2019>(r.article20);
        CHECK(a.procurement.amount.money.amount.to_string() == "10524.26475");
        CHECK(a.procurement.amount.money.unit == MoneyUnit::wan_yuan);
        CHECK(r.tables_found.size() == 3);
    }

    TEST_CASE("seed 001: tab rows with a table split over two pages") {
        auto const result = parse_seed("001_6f73e57e54ca5cf9.txt");
        REQUIRE(result.reports.size() == 1);
        auto const& r = result.reports[0];
        auto const want = load_expected(data_dir + "/seeds/expected/001_6f73e57e54ca5cf9.json");
        check_metadata(r, want);
        auto const [ok, total] = compare_cells(r, want);
        CHECK(ok == total);
        CHECK(r.sections.size() == 6);
        CHECK(has_finding(r, FindingCode::parse_extra_cells, 89));    // 16 values for 15 cells
        CHECK(has_finding(r, FindingCode::parse_label_variant, 28));  // 本年度止件数
    }

    TEST_CASE("seed 002: five reports after a guide in pipe rows packed left") {
        auto const result = parse_seed("002_6174489a5f7162cb.txt");
        REQUIRE(result.reports.size() == 5);
        for (int k = 0; k < 5; ++k) {
            CAPTURE(k);
            auto const& r = result.reports[static_cast<std::size_t>(k)];
            auto const want = load_expected(data_dir + "/seeds/expected/002_6174489a5f7162cb.r" +
                                            std::to_string(k + 1) + ".json");
            check_metadata(r, want);
            auto const [ok, total] = compare_cells(r, want);
            CHECK(ok == total);
            CHECK(r.sections.size() == 6);
        }
        auto const& r5 = result.reports[4];
        // "一、本年新收… | 1 | 1" → 自然人 and 总计, inferred from 总计 = row sum, and said so.
        CHECK(has_finding(r5, FindingCode::parse_missing_cells, 445));
        // 2021 report labelled with the 2019 row name.
        CHECK(has_finding(result.reports[2], FindingCode::parse_label_variant, 284));
    }

    TEST_CASE("seed 003: one cell per line ending in a pipe") {
        auto const result = parse_seed("003_efe2eca494f81be5.txt");
        REQUIRE(result.reports.size() == 1);
        auto const& r = result.reports[0];
        auto const want = load_expected(data_dir + "/seeds/expected/003_efe2eca494f81be5.json");
        check_metadata(r, want);
        auto const [ok, total] = compare_cells(r, want);
        CHECK(ok == total);
        CHECK(r.sections.size() == 6);
        // The period ends in the wrong year: the dates are read as printed.
        REQUIRE(r.statistics_period);
        CHECK(r.statistics_period->end == Date{2021, 12, 31});
        // 采购总金额(万元): the unit comes from the header.
        auto const& a = std::get<Article20v2019>(r.article20);
        CHECK(a.procurement.amount.money.unit == MoneyUnit::wan_yuan);
    }

    TEST_CASE("seed 004: tab rows with blank rows and label variants") {
        auto const result = parse_seed("004_435f754e219edab5.txt");
        REQUIRE(result.reports.size() == 1);
        auto const& r = result.reports[0];
        auto const want = load_expected(data_dir + "/seeds/expected/004_435f754e219edab5.json");
        check_metadata(r, want);
        auto const [ok, total] = compare_cells(r, want);
        CHECK(ok == total);
        CHECK(r.sections.size() == 6);
        CHECK(has_finding(r, FindingCode::parse_label_variant, 50));  // 其他法律法规禁止公开
    }

    TEST_CASE("corpus c01: Markdown tables scrambled by a converter") {
        auto const result = parse_file(data_dir + "/corpus/c01.txt");
        REQUIRE(result.reports.size() == 1);
        auto const& r = result.reports[0];
        auto const want = load_expected(data_dir + "/corpus/c01.expected.json");
        // The OCR text itself says 沐阳 (for 沭阳); the parser reports what the text says.
        CHECK(r.agency == "沐阳县人民政府");
        CHECK(r.year == 2025);
        CHECK(r.format() == FormatVersion::v2021);
        auto const [ok, total] = compare_cells(r, want);
        CHECK(ok == total);
        CHECK(r.sections.size() == 6);
    }

    TEST_CASE("corpus c02: pdftotext default mode with detached labels and page breaks") {
        auto const result = parse_file(data_dir + "/corpus/c02.txt");
        REQUIRE(result.reports.size() == 1);
        auto const& r = result.reports[0];
        auto const want = load_expected(data_dir + "/corpus/c02.expected.json");
        CHECK(r.agency == "淮安市人民政府");
        CHECK(r.year == 2024);
        CHECK(r.format() == FormatVersion::v2021);
        REQUIRE(r.statistics_period);
        CHECK(r.statistics_period->start == Date{2024, 1, 1});
        CHECK(r.statistics_period->end == Date{2024, 12, 31});
        auto const [ok, total] = compare_cells(r, want);
        CHECK(ok == total);
        CHECK(r.sections.size() == 6);
    }

    TEST_CASE("every layout family reads every cell") {
        for (auto layout : {Layout::tabs, Layout::cell_per_line, Layout::pipes, Layout::markdown,
                            Layout::spaced_columns, Layout::label_block}) {
            CAPTURE(static_cast<int>(layout));
            auto const result = parse(synthetic_report(layout));
            REQUIRE(result.reports.size() == 1);
            check_synthetic(result.reports[0]);
        }
    }

    TEST_CASE("cells say not applicable or carry signs units and full-width digits") {
        auto const text = report_2019_with(
            "规章\t/\t—\t-\n规范性文件\t１２\t1,036\t+3\n行政许可\t5\t-2\t+17\n"
            "政府集中采购\t2\t246900元\n");
        auto const r = parse(text).reports.at(0);
        auto const& a = std::get<Article20v2019>(r.article20);
        CHECK(a.regulations.new_made == Cell::not_applicable());
        CHECK(a.regulations.new_published == Cell::not_applicable());
        CHECK(a.regulations.total_published == Cell::not_applicable());
        CHECK(a.normative_documents.new_made == Cell::of(12));
        CHECK(a.normative_documents.new_published == Cell::of(1036));
        CHECK(a.normative_documents.total_published == Cell::of(3));
        CHECK(a.licensing.change == Cell::of(-2));
        CHECK(a.licensing.decisions == Cell::of(17));
        CHECK(a.procurement.amount == MoneyCell::of(Decimal{246900, 0}, MoneyUnit::yuan));
        CHECK(a.other_services.previous_items == Cell::blank());  // not printed at all
    }

    TEST_CASE("a number beyond 64 bits is a bad cell and stays blank") {
        auto const r = parse(report_2019_with("规章\t99999999999999999999999\t0\t0\n")).reports.at(0);
        auto const& a = std::get<Article20v2019>(r.article20);
        CHECK(a.regulations.new_made == Cell::blank());
        CHECK(a.regulations.new_published == Cell::of(0));
        CHECK(has_finding(r, FindingCode::parse_bad_cell, 6));
    }

    TEST_CASE("extra cells are ignored and reported with their line") {
        auto const r = parse(report_2019_with("规章\t1\t2\t3\t4\n")).reports.at(0);
        auto const& a = std::get<Article20v2019>(r.article20);
        CHECK(a.regulations.total_published == Cell::of(3));
        CHECK(has_finding(r, FindingCode::parse_extra_cells, 6));
    }

    TEST_CASE("a blank cell between values keeps its column") {
        auto const r = parse(report_2019_with("规章\t1\t\t3\n")).reports.at(0);
        auto const& a = std::get<Article20v2019>(r.article20);
        CHECK(a.regulations.new_made == Cell::of(1));
        CHECK(a.regulations.new_published == Cell::blank());
        CHECK(a.regulations.total_published == Cell::of(3));
    }

    TEST_CASE("values that fit no row are reported as unplaced lines") {
        std::string text = report_2019_with("规章\t0\t0\t0\n");
        // Three stray numbers after the last row of the application table.
        auto const pos = text.find("四、政府信息公开行政复议");
        text.insert(pos, "5\n6\n7\n");
        auto const r = parse(text).reports.at(0);
        CHECK(has_finding(r, FindingCode::parse_unplaced_line, 9));
        CHECK(count_findings(r, FindingCode::parse_unplaced_line) >= 1);
    }

    TEST_CASE("a misspelt row label is matched and reported as a variant") {
        std::string text = report_2019_with("规章\t0\t0\t0\n");
        auto const pos = text.find("四、政府信息公开行政复议");
        text.insert(pos, "5.属于三类内容事务信息\t0\t0\t0\t0\t0\t0\t2\n");
        auto const r = parse(text).reports.at(0);
        CHECK(cell(r.applications.withheld_internal_affairs, ApplicantColumn::total) == Cell::of(2));
        CHECK(has_finding(r, FindingCode::parse_label_variant, 9));
    }

    TEST_CASE("a missing table is reported") {
        std::string const text =
            "测试县测试局2021年政府信息公开工作年度报告\n一、总体情况\n略。\n"
            "二、主动公开政府信息情况\n规章\t0\t0\t0\n本年制发件数\n"
            "五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n";
        auto const r = parse(text).reports.at(0);
        std::size_t missing = count_findings(r, FindingCode::parse_table_missing);
        CHECK(missing == 2);
    }

    TEST_CASE("the format comes from the labels and a late 2019 format is flagged") {
        std::string text = report_2019_with("规章\t0\t0\t0\n");
        text.replace(text.find("2020年"), std::string("2020年").size(), "2022年");
        auto const r = parse(text).reports.at(0);
        CHECK(r.year == 2022);
        CHECK(r.format() == FormatVersion::v2019);
        CHECK(count_findings(r, FindingCode::parse_format_mismatch) == 1);
    }

    TEST_CASE("review cells scrambled by pdftotext are regrouped by their totals") {
        std::string text = synthetic_report(Layout::tabs);
        auto const begin = text.find("四、政府信息公开");
        auto const end = text.find("五、存在的主要问题");
        text.replace(begin, end - begin,
                     "四、政府信息公开行政复议、行政诉讼情况\n行政复议\n结果\n1\n2\n3\n4\n"
                     "复议后起诉\n尚未\n2\n0\n0\n1\n总计\n10\n维持\n0\n1\n0\n0\n1\n总计\n3\n");
        auto const r = parse(text).reports.at(0);
        for (std::size_t i = 0; i < 15; ++i)
            CHECK(cell(group(r.review_litigation, review_groups()[i / 5]), review_columns()[i % 5]) ==
                  Cell::of(review_values[i]));
    }

    TEST_CASE("bad input never crashes") {
        CHECK(parse("").reports.empty());
        CHECK(parse("   \n\t\n\u3000\n").reports.empty());
        std::string junk;
        for (int i = 0; i < 5000; ++i) junk += static_cast<char>((i * 131 + 7) % 256);
        CHECK_NOTHROW((void)try_parse(junk));
        std::string long_line(10u << 20, '9');
        CHECK_NOTHROW((void)try_parse("二、主动公开政府信息情况\n规章\t" + long_line + "\n"));
        ParseOptions small;
        small.max_input_bytes = 10;
        auto const too_big = try_parse("12345678901", small);
        REQUIRE_FALSE(too_big.ok());
        CHECK(too_big.error().code == ErrorCode::input_too_large);
    }

    TEST_CASE("crawler dumps reach the glued reader with their metadata set") {
        // Cells of c04-c06 are the glued reader's to split (tests/test_glued*.cpp); here: the
        // report around them. TODO: sections inside a one-line article are not split yet.
        struct Case {
            char const* file;
            int year;
            FormatVersion format;
        };
        for (auto const& c : {Case{"c04.txt", 2019, FormatVersion::v2019},
                              Case{"c05.txt", 2021, FormatVersion::v2021},
                              Case{"c06.txt", 2023, FormatVersion::v2021}}) {
            CAPTURE(c.file);
            auto const result = parse_file(data_dir + "/corpus/" + c.file);
            REQUIRE(result.reports.size() == 1);
            auto const& r = result.reports[0];
            CHECK(r.agency == "平潭综合实验区");
            CHECK(r.year == c.year);
            CHECK(r.format() == c.format);
            REQUIRE(r.statistics_period);
            CHECK(r.statistics_period->start == Date{c.year, 1, 1});
            CHECK(r.statistics_period->end == Date{c.year, 12, 31});
        }
    }
}
