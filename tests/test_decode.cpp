#include "parse/decode.hpp"

#include <doctest/doctest.h>
#include <iconv.h>

#include <fstream>
#include <sstream>
#include <string>
#include "test_files.hpp"

namespace {

using govinfo::test::read_file;

using govinfo::ErrorCode;
using govinfo::detail::decode_to_utf8;

// The test's own encoder (glibc iconv), so the GBK bytes are made from readable UTF-8.
std::string encode(std::string const& utf8, char const* to) {
    iconv_t cd = iconv_open(to, "UTF-8");
    REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
    std::string out(utf8.size() * 4 + 16, '\0');
    char* src = const_cast<char*>(utf8.data());
    std::size_t src_left = utf8.size();
    char* dst = out.data();
    std::size_t dst_left = out.size();
    std::size_t const rc = iconv(cd, &src, &src_left, &dst, &dst_left);
    iconv_close(cd);
    REQUIRE(rc != static_cast<std::size_t>(-1));
    out.resize(out.size() - dst_left);
    return out;
}

std::string const kTitle = "政府信息公开工作年度报告";

}  // namespace

TEST_SUITE("decode") {
    TEST_CASE("UTF-8 passes through unchanged") {
        std::string const text = "2020年" + kTitle + "\n一、总体情况\n（一）主动公开 13件\n";
        auto r = decode_to_utf8(text);
        REQUIRE(r.ok());
        CHECK(r->text == text);
        CHECK(r->encoding == "UTF-8");
    }

    TEST_CASE("empty input decodes to empty UTF-8") {
        auto r = decode_to_utf8("");
        REQUIRE(r.ok());
        CHECK(r->text.empty());
        CHECK(r->encoding == "UTF-8");
    }

    TEST_CASE("UTF-8 byte-order mark is stripped") {
        auto r = decode_to_utf8("\xEF\xBB\xBF" + kTitle);
        REQUIRE(r.ok());
        CHECK(r->text == kTitle);
        CHECK(r->encoding == "UTF-8");
    }

    TEST_CASE("CRLF and lone CR become LF") {
        auto r = decode_to_utf8("第一行\r\n第二行\r第三行\r\n\r\n末行\r");
        REQUIRE(r.ok());
        CHECK(r->text == "第一行\n第二行\n第三行\n\n末行\n");
    }

    TEST_CASE("GBK bytes without a declaration are detected") {
        std::string const text = "2020年" + kTitle + "\n（一）予以公开\t258\r\n";
        std::string const gbk = encode(text, "GBK");
        REQUIRE(gbk != text);
        auto r = decode_to_utf8(gbk);
        REQUIRE(r.ok());
        CHECK(r->encoding == "GB18030");
        CHECK(r->text == "2020年" + kTitle + "\n（一）予以公开\t258\n");
    }

    TEST_CASE("a single GBK character is detected") {
        auto r = decode_to_utf8(encode("中", "GBK"));
        REQUIRE(r.ok());
        CHECK(r->text == "中");
    }

    TEST_CASE("GB18030 four-byte sequences decode") {
        std::string const text = kTitle + "€𠀀";  // U+20AC and U+20000: four bytes each in GB18030
        auto r = decode_to_utf8(encode(text, "GB18030"));
        REQUIRE(r.ok());
        CHECK(r->encoding == "GB18030");
        CHECK(r->text == text);
    }

    TEST_CASE("declared gb2312 meta charset decodes as GB18030") {
        std::string const html =
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
            "charset=gb2312\"></head><body><p>" +
            kTitle + "</p></body></html>";
        auto r = decode_to_utf8(encode(html, "GB2312"));
        REQUIRE(r.ok());
        CHECK(r->encoding == "GB18030");
        CHECK(r->text == html);
    }

    TEST_CASE("declared meta charset gbk in any letter case") {
        std::string const html = "<meta charset=\"GBK\"><p>" + kTitle + "</p>";
        auto r = decode_to_utf8(encode(html, "GBK"));
        REQUIRE(r.ok());
        CHECK(r->text == html);
    }

    TEST_CASE("declared GBK that does not decode is undecodable at the bad byte") {
        std::string bytes = "<meta charset=gbk><p>" + encode("政府", "GBK");
        std::size_t const bad = bytes.size();
        bytes += "\x81\x20 more";  // a lead byte followed by a byte no GBK trail can be
        auto r = decode_to_utf8(bytes);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::undecodable);
        CHECK(r.error().offset == bad);
    }

    TEST_CASE("UTF-8 content wins over a stale gb2312 declaration") {
        std::string const html = "<meta charset=gb2312><p>" + kTitle + "</p>";
        auto r = decode_to_utf8(html);
        REQUIRE(r.ok());
        CHECK(r->encoding == "UTF-8");
        CHECK(r->text == html);
    }

    TEST_CASE("invalid bytes give invalid_utf8 with the exact offset") {
        std::string const prefix = "报告 abc ";  // 6 + 5 bytes
        auto r = decode_to_utf8(prefix + "\xFF" + "def");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::invalid_utf8);
        CHECK(r.error().offset == prefix.size());
        CHECK(r.error().message.find("offset 11") != std::string::npos);
    }

    TEST_CASE("a truncated sequence at the end is reported where it starts") {
        std::string const prefix = "年度报告";
        auto r = decode_to_utf8(prefix + "\xE5\xB9");  // first two bytes of 年
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::invalid_utf8);
        CHECK(r.error().offset == prefix.size());
    }

    TEST_CASE("overlong encodings and surrogates are invalid") {
        // Each is followed by 0xFF, which no GBK text holds, so detection cannot rescue it.
        auto overlong = decode_to_utf8("ab\xC0\xAF\xFF");
        REQUIRE_FALSE(overlong.ok());
        CHECK(overlong.error().offset == 2);
        auto surrogate = decode_to_utf8("abc\xED\xA0\x80\xFF");
        REQUIRE_FALSE(surrogate.ok());
        CHECK(surrogate.error().offset == 3);
        auto too_big = decode_to_utf8("\xF4\x90\x80\x80\xFF");
        REQUIRE_FALSE(too_big.ok());
        CHECK(too_big.error().offset == 0);
    }

    TEST_CASE("bytes invalid as UTF-8 but valid GB2312 are read as GB18030") {
        auto r = decode_to_utf8("ab\xC0\xAF");  // an overlong '/' in UTF-8, 蜡 in GB2312
        REQUIRE(r.ok());
        CHECK(r->encoding == "GB18030");
        CHECK(r->text == "ab蜡");
    }

    TEST_CASE("UTF-8 Chinese text with one broken sequence is not taken for GBK") {
        std::string const head = "2020年政府信息公开";
        std::string const bytes = head + "\xE5" + "工作年度报告\n一、总体情况\n";
        auto r = decode_to_utf8(bytes);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::invalid_utf8);
        CHECK(r.error().offset == head.size());
    }

    TEST_CASE("invalid UTF-8 after a BOM is not taken for GBK") {
        std::string const bytes = "\xEF\xBB\xBF" + encode(kTitle, "GBK");
        auto r = decode_to_utf8(bytes);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::invalid_utf8);
        CHECK(r.error().offset == 3);
    }

    TEST_CASE("Latin-1 text is not mistaken for GBK") {
        // "résumés cafés" in Latin-1: every high byte is followed by an ASCII letter, so the
        // bytes are structurally GBK, but none of the pairs is in the GB2312 block.
        std::string const latin1 = "r\xE9sum\xE9s caf\xE9s";
        auto r = decode_to_utf8(latin1);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::invalid_utf8);
        CHECK(r.error().offset == 1);
    }

    TEST_CASE("NUL bytes are an error at their offset") {
        std::string const bytes = std::string("报告") + '\0' + "x";
        auto r = decode_to_utf8(bytes);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::invalid_utf8);
        CHECK(r.error().offset == 6);
        CHECK(r.error().message.find("NUL") != std::string::npos);
    }

    TEST_CASE("UTF-16LE and UTF-16BE with a BOM") {
        std::string const text = kTitle + "\r\n2020年\n";
        auto le = decode_to_utf8("\xFF\xFE" + encode(text, "UTF-16LE"));
        REQUIRE(le.ok());
        CHECK(le->encoding == "UTF-16LE");
        CHECK(le->text == kTitle + "\n2020年\n");
        auto be = decode_to_utf8("\xFE\xFF" + encode(text, "UTF-16BE"));
        REQUIRE(be.ok());
        CHECK(be->encoding == "UTF-16BE");
        CHECK(be->text == kTitle + "\n2020年\n");
    }

    TEST_CASE("UTF-16 with an odd byte count is undecodable") {
        std::string const bytes = "\xFF\xFE" + encode("报告", "UTF-16LE") + "\x41";
        auto r = decode_to_utf8(bytes);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::undecodable);
        CHECK(r.error().offset == 6);
    }

    TEST_CASE("UTF-16 with a lone surrogate is undecodable at its offset") {
        std::string bytes = "\xFF\xFE" + encode("报告", "UTF-16LE");
        bytes += std::string("\x00\xDC", 2);  // a low surrogate with no high one
        auto r = decode_to_utf8(bytes);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::undecodable);
        CHECK(r.error().offset == 6);
    }

    TEST_CASE("GBK copy of seed 004 decodes to exactly the UTF-8 original") {
        std::string const dir = GOVINFO_TEST_DATA;
        std::string const original = read_file(dir + "/seeds/004_435f754e219edab5.txt");
        std::string const gbk = read_file(dir + "/encodings/004_gbk.txt");
        REQUIRE(gbk != original);
        auto r = decode_to_utf8(gbk);
        REQUIRE(r.ok());
        CHECK(r->encoding == "GB18030");
        CHECK(r->text == original);
    }

    TEST_CASE("every seed and corpus text file is UTF-8") {
        std::string const dir = GOVINFO_TEST_DATA;
        for (char const* name : {"/seeds/000_93777d88a2382c03.txt", "/seeds/002_6174489a5f7162cb.txt",
                                 "/corpus/c02.txt", "/corpus/c03.html", "/corpus/c04.txt"}) {
            CAPTURE(name);
            std::string const bytes = read_file(dir + name);
            auto r = decode_to_utf8(bytes);
            REQUIRE(r.ok());
            CHECK(r->encoding == "UTF-8");
            CHECK(r->text.size() <= bytes.size());
        }
    }
}
