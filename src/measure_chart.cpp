// The inline-SVG chart of measures per year (measure_chart.hpp). Pixel positions are the only
// floating-point numbers here; every value written into the page is exact.
#include "measure_chart.hpp"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <optional>
#include <string>
#include <utility>

namespace govinfo::detail {
namespace {

constexpr int left = 46, top = 24, plot_height = 140, step = 64, bottom_text = 18;

std::string px(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

int chart_width(std::size_t years) { return left + static_cast<int>(years) * step + 12; }
int chart_height() { return top + plot_height + bottom_text + 8; }
double x_of(std::size_t i) { return left + step * (static_cast<double>(i) + 0.5); }

std::string year_labels(std::vector<Indicators> const& years) {
    std::string out;
    for (std::size_t i = 0; i < years.size(); ++i)
        out += "<text x=\"" + px(x_of(i)) + "\" y=\"" + std::to_string(top + plot_height + 14) +
               "\" text-anchor=\"middle\">" + std::to_string(years[i].year.value_or(0)) + "</text>";
    return out;
}

std::string received_bars(std::vector<Indicators> const& years) {
    std::int64_t most = 0;
    for (auto const& m : years)
        if (m.received.value) most = std::max(most, *m.received.value);
    std::string out = "<svg class=\"chart received\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" +
                      std::to_string(chart_width(years.size())) + "\" height=\"" +
                      std::to_string(chart_height()) + "\"><text x=\"4\" y=\"14\">本年新收申请（件）</text>" +
                      "<line x1=\"" + std::to_string(left) + "\" y1=\"" + std::to_string(top + plot_height) +
                      "\" x2=\"" + std::to_string(chart_width(years.size()) - 8) + "\" y2=\"" +
                      std::to_string(top + plot_height) + "\" stroke=\"#999\"/>";
    for (std::size_t i = 0; i < years.size(); ++i) {
        auto const& v = years[i].received.value;
        double const x = x_of(i);
        std::string const year = std::to_string(years[i].year.value_or(0));
        if (!v) {  // a gap, labelled: the count is unknown, not 0
            out += "<text class=\"missing\" x=\"" + px(x) + "\" y=\"" + std::to_string(top + plot_height - 4) +
                   "\" text-anchor=\"middle\" fill=\"#888\">空</text>";
            continue;
        }
        double const h = most > 0 ? plot_height * static_cast<double>(*v) / static_cast<double>(most) : 0;
        out += "<rect class=\"bar\" data-measure=\"received\" data-year=\"" + year + "\" data-value=\"" +
               std::to_string(*v) + "\" x=\"" + px(x - 16) + "\" y=\"" + px(top + plot_height - h) +
               "\" width=\"32\" height=\"" + px(h) + "\" fill=\"#4a7bd0\"/>";
        out += "<text x=\"" + px(x) + "\" y=\"" + px(top + plot_height - h - 3) +
               "\" text-anchor=\"middle\">" + std::to_string(*v) + "</text>";
    }
    return out + year_labels(years) + "</svg>";
}

struct Line {
    RateMeasure Indicators::*measure;
    char const* id;
    char const* name;
    char const* colour;
};

constexpr Line lines[] = {
    {&Indicators::disclosed_share, "disclosed_share", "公开（含部分公开）", "#2a8a3a"},
    {&Indicators::not_held_share, "not_held_share", "本机关不掌握", "#c06000"},
    {&Indicators::carried_forward_share, "carried_forward_share", "结转下年度", "#4a7bd0"},
    {&Indicators::review_corrected_share, "review_corrected_share", "复议纠错", "#a030a0"},
};

double y_of(Ratio const& r) {
    double v = r.to_double();
    v = std::clamp(v, 0.0, 1.0);
    return top + plot_height * (1 - v);
}

std::string share_lines(std::vector<Indicators> const& years) {
    int const width = chart_width(years.size()) + 120;
    std::string out = "<svg class=\"chart shares\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" +
                      std::to_string(width) + "\" height=\"" + std::to_string(chart_height()) +
                      "\"><text x=\"4\" y=\"14\">比例（%）</text>";
    for (int pct : {0, 50, 100}) {
        double const y = top + plot_height * (1 - pct / 100.0);
        out += "<line x1=\"" + std::to_string(left) + "\" y1=\"" + px(y) + "\" x2=\"" +
               std::to_string(chart_width(years.size()) - 8) + "\" y2=\"" + px(y) +
               "\" stroke=\"#ddd\"/><text x=\"" + std::to_string(left - 4) + "\" y=\"" + px(y + 4) +
               "\" text-anchor=\"end\">" + std::to_string(pct) + "</text>";
    }
    for (std::size_t k = 0; k < std::size(lines); ++k) {
        auto const& line = lines[k];
        std::string path;  // polyline segments between consecutive known points only
        std::optional<std::pair<double, double>> last;
        for (std::size_t i = 0; i < years.size(); ++i) {
            auto const v = (years[i].*line.measure).value();
            if (!v) {
                last.reset();
                continue;
            }
            std::pair<double, double> const p{x_of(i), y_of(*v)};
            if (last)
                path += "<line x1=\"" + px(last->first) + "\" y1=\"" + px(last->second) + "\" x2=\"" +
                        px(p.first) + "\" y2=\"" + px(p.second) + "\" stroke=\"" + line.colour +
                        "\" stroke-width=\"2\"/>";
            path += "<circle class=\"point\" data-measure=\"" + std::string(line.id) +
                    "\" data-year=\"" + std::to_string(years[i].year.value_or(0)) +
                    "\" data-value=\"" + v->decimal() + "\" cx=\"" + px(p.first) + "\" cy=\"" +
                    px(p.second) + "\" r=\"3.5\" fill=\"" + line.colour + "\"><title>" +
                    line.name + " " + v->percent() + "（" + std::to_string(v->numerator) + "/" +
                    std::to_string(v->denominator) + "）</title></circle>";
            last = p;
        }
        int const ly = top + 12 + 16 * static_cast<int>(k);
        int const lx = chart_width(years.size()) + 4;
        out += path + "<rect x=\"" + std::to_string(lx) + "\" y=\"" + std::to_string(ly - 8) +
               "\" width=\"10\" height=\"10\" fill=\"" + line.colour + "\"/><text x=\"" +
               std::to_string(lx + 14) + "\" y=\"" + std::to_string(ly + 1) + "\">" + line.name +
               "</text>";
    }
    return out + year_labels(years) + "</svg>";
}

}  // namespace

std::string measures_chart_svg(std::vector<Indicators> const& years) {
    if (years.empty()) return {};
    return "<div class=\"charts\">" + received_bars(years) + share_lines(years) + "</div>";
}

}  // namespace govinfo::detail
