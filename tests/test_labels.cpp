#include "govinfo/labels.hpp"

#include <doctest/doctest.h>

#include "govinfo/taxonomy.hpp"

using namespace govinfo;

TEST_SUITE("labels") {
    TEST_CASE("every application row maps id to label and back") {
        for (auto f : {FormatVersion::v2019, FormatVersion::v2021}) {
            for (auto r : application_rows(f)) {
                CAPTURE(id(r));
                REQUIRE(!label(r).empty());
                CHECK(from_id<ApplicationRow>(id(r)) == r);
                if (r == ApplicationRow::other_handling) continue;  // "(六)其他处理" is the group label too
                CHECK(from_label<ApplicationRow>(label(r)) == r);
            }
        }
    }

    TEST_CASE("label variants from real reports are recognised") {
        CHECK(from_label<ApplicantColumn>("社会组织") == ApplicantColumn::public_interest_org);
        CHECK(from_label<ApplicationRow>("2.其他法律法规禁止公开") ==
              ApplicationRow::withheld_prohibited_by_law);
        CHECK(from_label<ApplicationRow>("(二)部分公开(区分处理的,只计这一情况,不计其他情形)") ==
              ApplicationRow::partially_disclosed);
        CHECK(from_label<ApplicationRow>("3.危及\"三安全一稳定\"") ==
              ApplicationRow::withheld_security_stability);
        CHECK(from_label<ApplicationRow>("（三）不予公开/1.属于国家秘密") ==
              ApplicationRow::withheld_state_secret);
        CHECK(from_label<Article20Column>("本年度止件数") == Article20Column::repealed);
        CHECK(from_label<Article20Row>("规范性文件") == Article20Row::normative_documents);
        CHECK(from_label<Article20Row>("行政规范性文件") == Article20Row::normative_documents);
    }

    TEST_CASE("format versions use their year as id") {
        CHECK(id(FormatVersion::v2019) == "2019");
        CHECK(from_id<FormatVersion>("2021") == FormatVersion::v2021);
        CHECK(!from_id<FormatVersion>("2020").has_value());
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
