#include "govinfo/labels.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "govinfo/error.hpp"
#include "govinfo/taxonomy.hpp"

using namespace govinfo;

namespace {

// Labels are constant expressions, for other C++ tools as for the parser.
static_assert(label(ApplicationRow::outcome_total) == "（七）总计");
static_assert(label(application_rows(FormatVersion::v2021)[0]) == "一、本年新收政府信息公开申请数量");
static_assert(label(Article20Row::normative_documents, FormatVersion::v2019) == "规范性文件");
static_assert(label(Article20Column::amount, FormatVersion::v2021, Article20Row::fees) ==
              "本年收费金额（单位：万元）");
static_assert(label(Article20Column::amount, FormatVersion::v2021, Article20Row::penalty).empty());
static_assert(label(ApplicantColumn(99)).empty());
static_assert(wording::entry(Article20Column::repealed)->variants[0] == "本年度止件数");
static_assert(caption(Article20Row::fees) == "第二十条第（八）项");

// Every variant and short form of E's wording table, as written in the table.
template <class E>
void check_variants_documented(std::string const& doc) {
    for (auto const& w : *wording::table_of<E>()) {
        for (auto text : w.variants)
            if (!text.empty()) CHECK_MESSAGE(doc.find(text) != std::string::npos, text);
        for (auto text : w.short_forms)
            if (!text.empty()) CHECK_MESSAGE(doc.find(text) != std::string::npos, text);
    }
}

}  // namespace

// Not "labels": Debian's doctestAddTests.cmake collects suite names in a variable called
// `labels`, and its if() on a suite of that very name made CMake print a CMP0054 warning.
TEST_SUITE("label_tables") {
    TEST_CASE("docs/model.md lists every label variant of the wording tables") {
        std::ifstream in(GOVINFO_SOURCE_DIR "/docs/model.md", std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        std::string const doc = s.str();
        REQUIRE(!doc.empty());
        check_variants_documented<ApplicationRow>(doc);
        check_variants_documented<ApplicantColumn>(doc);
        check_variants_documented<ReviewGroup>(doc);
        check_variants_documented<ReviewColumn>(doc);
        check_variants_documented<Article20Row>(doc);
        check_variants_documented<Article20Column>(doc);
    }

    TEST_CASE("from_label knows every official label and no empty one") {
        for (auto f : {FormatVersion::v2019, FormatVersion::v2021})
            CHECK(try_from_label<FormatVersion>(label(f)) == f);
        CHECK(try_from_label<Severity>("警告") == Severity::warning);
        CHECK(try_from_label<TableKind>("主动公开政府信息情况") == TableKind::article20);
        CHECK_FALSE(try_from_label<MoneyUnit>("").has_value());  // unknown's label is ""
        CHECK_FALSE(try_from_label<ApplicationRow>("").has_value());
        CHECK(try_from_label<Article20Column>("采购总金额") == Article20Column::amount);
        CHECK(try_from_label<Article20Column>("本年新") == Article20Column::new_published);
        CHECK(try_from_label<ReviewColumn>("合计") == ReviewColumn::total);
        CHECK(try_from_label<ReviewGroup>("行政诉讼复议后起诉") == ReviewGroup::litigation_after_review);
    }

    TEST_CASE("every application row maps id to label and back") {
        for (auto f : {FormatVersion::v2019, FormatVersion::v2021}) {
            for (auto r : application_rows(f)) {
                CAPTURE(id(r));
                REQUIRE(!label(r).empty());
                CHECK(try_from_id<ApplicationRow>(id(r)) == r);
                if (r == ApplicationRow::other_handling) continue;  // "(六)其他处理" is the group label too
                CHECK(try_from_label<ApplicationRow>(label(r)) == r);
            }
        }
    }

    TEST_CASE("label variants from real reports are recognised") {
        CHECK(try_from_label<ApplicantColumn>("社会组织") == ApplicantColumn::public_interest_org);
        CHECK(try_from_label<ApplicationRow>("2.其他法律法规禁止公开") ==
              ApplicationRow::withheld_prohibited_by_law);
        CHECK(try_from_label<ApplicationRow>("(二)部分公开(区分处理的,只计这一情况,不计其他情形)") ==
              ApplicationRow::partially_disclosed);
        CHECK(try_from_label<ApplicationRow>("3.危及\"三安全一稳定\"") ==
              ApplicationRow::withheld_security_stability);
        CHECK(try_from_label<ApplicationRow>("（三）不予公开/1.属于国家秘密") ==
              ApplicationRow::withheld_state_secret);
        CHECK(try_from_label<Article20Column>("本年度止件数") == Article20Column::repealed);
        CHECK(try_from_label<Article20Row>("规范性文件") == Article20Row::normative_documents);
        CHECK(try_from_label<Article20Row>("行政规范性文件") == Article20Row::normative_documents);
    }

    TEST_CASE("from_id and from_label throw naming the text and what was expected") {
        CHECK(from_id<ApplicantColumn>("other_org") == ApplicantColumn::other_org);
        CHECK(from_label<ApplicantColumn>("自然人") == ApplicantColumn::natural_person);
        CHECK(from_id<FormatVersion>("2019") == FormatVersion::v2019);
        CHECK_FALSE(try_from_id<ReviewColumn>("totals").has_value());
        CHECK_FALSE(try_from_label<ReviewColumn>("总数").has_value());
        try {
            (void)from_id<ReviewColumn>("totals");
            FAIL("from_id did not throw");
        } catch (Exception const& e) {
            CHECK(e.error().code == ErrorCode::bad_id);
            CHECK(e.error().message ==
                  "\"totals\" is no ReviewColumn id; expected one of upheld, corrected, other, "
                  "pending, total");
            CHECK(std::string(e.what()) == "bad_id: " + e.error().message);
        }
        try {
            (void)from_id<FormatVersion>("v2019");
            FAIL("from_id did not throw");
        } catch (Exception const& e) {
            CHECK(e.error().message ==
                  "\"v2019\" is no FormatVersion id; expected one of 2019, 2021");
        }
        try {
            (void)from_label<ApplicantColumn>("无此列");
            FAIL("from_label did not throw");
        } catch (Exception const& e) {
            CHECK(e.error().code == ErrorCode::bad_id);
            CHECK(e.error().message ==
                  "\"无此列\" matches no ApplicantColumn label; expected an official label or a "
                  "variant of one, such as \"自然人\"");
        }
        try {
            (void)from_label<Article20Row>("");
            FAIL("from_label did not throw");
        } catch (Exception const& e) {
            CHECK(e.error().message ==
                  "\"\" matches no Article20Row label; expected an official label or a "
                  "variant of one, such as \"规章\"");
        }
    }

    TEST_CASE("format versions use their year as id") {
        CHECK(id(FormatVersion::v2019) == "2019");
        CHECK(try_from_id<FormatVersion>("2021") == FormatVersion::v2021);
        CHECK(!try_from_id<FormatVersion>("2020").has_value());
    }

    TEST_CASE("article 20 labels depend on the format") {
        CHECK(label(Article20Row::normative_documents, FormatVersion::v2021) == "行政规范性文件");
        CHECK(label(Article20Row::normative_documents, FormatVersion::v2019) == "规范性文件");
        CHECK(label(Article20Row::procurement, FormatVersion::v2021).empty());
        CHECK(label(Article20Column::amount, FormatVersion::v2021, Article20Row::fees) ==
              "本年收费金额（单位：万元）");
        CHECK(label(Article20Column::amount, FormatVersion::v2019, Article20Row::fees).empty());
    }
}
