// Issue 17 item 4: what Boost.Regex would cost for the narrative patterns of src/narrative.cpp,
// against the hand-written matchers. Not built by default (Boost.Regex costs a compile of its
// own): cmake --build --preset ci --target narrative_regex, then compare the instructions of
//   valgrind --tool=callgrind build/ci/bench/narrative_regex hand|regex ROUNDS examples/reports/*
// for ROUNDS = 0 and 20 (the difference is 20 passes). `hand` runs check_narrative on every
// report; `regex` runs the patterns (ECMAScript on UTF-8 bytes, as narrative.cpp documents them)
// over each sentence, squeezed, that has a cue as narrative.cpp's cues() finds them: a digit
// before 件 or 份, or 结转 or 维持. The regex side leaves out everything else the check does.
#include <boost/regex.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "govinfo/narrative.hpp"
#include "govinfo/parse.hpp"

namespace {

char const* const patterns[] = {
    "(?:收到|受理|接收).{0,45}?信息公开申请(?:共计|共)?([0-9]+)(?:件|份)",
    "(?:收到|受理|接收)(?:了)?([0-9]+)件(?:政府)?(?:信息公开)?申请",
    "([0-9]+)件(?:(?!，|；|,|;)[^0-9]){0,30}?(?:顺延|结转)(?:到|至)?下(?:一)?年",
    "结转(?:到|至)?下(?:一)?年(?:度)?(?:继续办理)?([0-9]+)件",
    "(?:均|全部).{0,60}?(?:答复|办结|处理|反馈)",
    "现行有效(?:的)?(行政规范性文件|规范性文件|规章)(?:共)?([0-9]+)件",
    "(?:没有|无)(?:上年)?结转",
    "均(?:获|被|予以|已)?维持"};

std::string squeezed(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char const c = text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
        if (text.substr(i).starts_with("\u3000")) {
            i += 2;
            continue;
        }
        if (text.substr(i).starts_with("\u00A0")) {
            i += 1;
            continue;
        }
        out += c;
    }
    return out;
}

bool has_cue(std::string_view s) {
    if (s.find("结转") != s.npos || s.find("维持") != s.npos) return true;
    for (std::string_view w : {"件", "份"})
        for (auto p = s.find(w); p != s.npos; p = s.find(w, p + 1))
            if (p > 0 && s[p - 1] >= '0' && s[p - 1] <= '9') return true;
    return false;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: narrative_regex hand|regex ROUNDS FILE...\n");
        return 2;
    }
    std::string const mode = argv[1];
    int const rounds = std::stoi(argv[2]);
    std::vector<govinfo::Report> reports;
    for (int a = 3; a < argc; ++a) {
        std::ifstream in(argv[a], std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        if (auto r = govinfo::try_parse(ss.str()))
            for (auto& report : r->reports) reports.push_back(std::move(report));
    }
    std::vector<boost::regex> res;
    for (auto p : patterns) res.emplace_back(p, boost::regex::ECMAScript);
    std::size_t found = 0, sentences = 0;
    for (int k = 0; k < rounds; ++k) {
        for (auto const& r : reports) {
            if (mode == "hand") {
                found += govinfo::check_narrative(r).size();
                continue;
            }
            for (auto const& section : r.sections) {
                std::string const text = squeezed(section.text);
                std::string_view const stop = "。";
                for (std::size_t start = 0; start < text.size();) {
                    std::size_t end = text.find(stop, start);
                    if (end == std::string::npos) end = text.size();
                    if (has_cue(std::string_view(text).substr(start, end - start))) {
                        ++sentences;
                        auto const b = text.cbegin() + static_cast<std::ptrdiff_t>(start);
                        auto const e = text.cbegin() + static_cast<std::ptrdiff_t>(end);
                        for (auto const& re : res)
                            for (boost::sregex_iterator it(b, e, re), last; it != last; ++it) ++found;
                    }
                    start = end + stop.size();
                }
            }
        }
    }
    std::printf("%s: %zu reports, %zu sentences with a cue, %zu found\n", mode.c_str(),
                reports.size(), sentences, found);
}
