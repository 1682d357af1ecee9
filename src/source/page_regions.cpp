#include "source/page_regions.hpp"

#include <algorithm>

#include "parse/segment.hpp"

namespace govinfo::detail {
namespace {

double width(TextLine const& line) noexcept { return line.box.right - line.box.left; }

double median(std::vector<double> v, double otherwise) {
    if (v.empty()) return otherwise;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
    return v[v.size() / 2];
}

class Regions {
public:
    explicit Regions(std::vector<TextLine const*> const& lines) : lines_(lines) {
        double left = 0, right = 0;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            left = i ? std::min(left, lines[i]->box.left) : lines[i]->box.left;
            right = i ? std::max(right, lines[i]->box.right) : lines[i]->box.right;
        }
        body_width_ = right - left;
        heading_.resize(lines.size());
        for (std::size_t i = 0; i < lines.size(); ++i)
            heading_[i] = !multi(i) && section_number(lines[i]->text()) != 0;
    }

    std::vector<Region> find() {
        std::vector<Region> tables;
        for (std::size_t i = 0; i < lines_.size();) {
            if (!multi(i)) {
                ++i;
                continue;
            }
            Region r = group_from(i);
            i = r.end;
            if (!r.table) continue;
            tables.push_back(widened(r, tables.empty() ? 0 : tables.back().end));
            i = std::max(i, tables.back().end);
        }
        std::vector<Region> out;
        std::size_t at = 0;
        for (Region const& t : tables) {
            if (t.first > at) out.push_back(Region{at, t.first, false});
            out.push_back(t);
            at = t.end;
        }
        if (at < lines_.size()) out.push_back(Region{at, lines_.size(), false});
        return out;
    }

private:
    bool multi(std::size_t i) const noexcept { return lines_[i]->chunks() >= 2; }
    bool wide_text(std::size_t i) const noexcept {
        return !multi(i) && width(*lines_[i]) > 0.75 * body_width_;
    }

    // Lines of several chunks and the lines between them, while no line is more than four and a
    // half sizes below the one before (a wrapped label between two rows is no gap; a header row
    // with deep padding is none either).
    Region group_from(std::size_t start) const {
        std::size_t last = start, multis = 1, most_chunks = lines_[start]->chunks();
        for (std::size_t j = start + 1; j < lines_.size(); ++j) {
            if (heading_[j] || wide_text(j)) break;
            double const em = std::max(lines_[j]->em, lines_[j - 1]->em);
            if (lines_[j]->box.top - lines_[j - 1]->box.bottom > 4.5 * em) break;
            if (!multi(j)) continue;
            last = j;
            ++multis;
            most_chunks = std::max(most_chunks, lines_[j]->chunks());
        }
        return Region{start, last + 1, multis >= 2 || most_chunks >= 3};
    }

    // Takes in the short lines just above and below the table that sit as close as its rows
    // (a header row, a title row spanning the table), not lines of running text or headings.
    Region widened(Region r, std::size_t floor) const {
        std::vector<double> gaps, ems;  // gaps: between consecutive rows of several chunks
        double left = lines_[r.first]->box.left, right = lines_[r.first]->box.right;
        std::size_t previous = r.first;
        for (std::size_t i = r.first; i < r.end; ++i) {
            ems.push_back(lines_[i]->em);
            left = std::min(left, lines_[i]->box.left);
            right = std::max(right, lines_[i]->box.right);
            if (i == r.first || !multi(i)) continue;
            gaps.push_back(lines_[i]->box.top - lines_[previous]->box.bottom);
            previous = i;
        }
        double const em = median(ems, 10);
        double const allowed = std::max(1.5 * median(gaps, em), 0.5 * em);
        auto fits = [&](std::size_t k, double gap) {
            TextLine const& line = *lines_[k];
            return !heading_[k] && !wide_text(k) && gap <= allowed &&
                   line.em >= 0.75 * em && line.em <= 1.34 * em && line.box.left < right &&
                   line.box.right > left;
        };
        while (r.first > floor && fits(r.first - 1, lines_[r.first]->box.top - lines_[r.first - 1]->box.bottom))
            --r.first;
        while (r.end < lines_.size() && fits(r.end, lines_[r.end]->box.top - lines_[r.end - 1]->box.bottom))
            ++r.end;
        return r;
    }

    std::vector<TextLine const*> const& lines_;
    std::vector<bool> heading_;
    double body_width_ = 0;
};

}  // namespace

std::vector<Region> find_regions(std::vector<TextLine const*> const& lines) {
    return Regions(lines).find();
}

}  // namespace govinfo::detail
