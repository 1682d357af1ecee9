// The measures evaluators use (indicators.hpp, docs/indicators.md).
#include "govinfo/indicators.hpp"

#include <array>
#include <map>
#include <utility>

#include "govinfo/cells.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/series.hpp"
#include "govinfo/taxonomy.hpp"

namespace govinfo {
namespace {

using Row = ApplicationRow;

MissingReason reason_of(Cell const& c) {
    return c.state == CellState::not_applicable ? MissingReason::not_applicable
                                                : MissingReason::blank;
}

CountMeasure known(std::int64_t v) { return {v, MissingReason::none}; }
CountMeasure missing(MissingReason why) { return {std::nullopt, why}; }

// The sum of counts, overflow-checked; the first missing input decides the reason ("/" before
// blank, so a "/" is not reported as merely unknown).
CountMeasure sum(std::initializer_list<CountMeasure> parts) {
    std::int64_t total = 0;
    MissingReason why = MissingReason::none;
    for (auto const& p : parts) {
        if (!p.value) {
            if (why == MissingReason::none || p.missing == MissingReason::not_applicable)
                why = p.missing;
            continue;
        }
        if (__builtin_add_overflow(total, *p.value, &total) && why == MissingReason::none)
            why = MissingReason::overflow;
    }
    return why == MissingReason::none ? known(total) : missing(why);
}

// The count of an application row: its 总计, or the sum of the six applicant columns when 总计
// is blank and all six hold numbers (the SH19 convention leaves 总计 blank on detail rows).
CountMeasure row_count(ApplicationTable const& t, Row row) {
    ApplicantRow const* r = find_row(t, row);
    if (!r) return missing(MissingReason::blank);
    if (r->total.has_value()) return known(r->total.value);
    if (r->total.state == CellState::not_applicable) return missing(MissingReason::not_applicable);
    std::int64_t total = 0;
    for (auto col : applicant_columns()) {
        Cell const& c = cell(*r, col);
        if (!c.has_value()) return missing(MissingReason::blank);  // 总计 blank: blank decides
        if (__builtin_add_overflow(total, c.value, &total)) return missing(MissingReason::overflow);
    }
    return known(total);
}

CountMeasure cell_count(Cell const& c) { return c.has_value() ? known(c.value) : missing(reason_of(c)); }

RateMeasure rate(CountMeasure const& numerator, CountMeasure const& denominator) {
    RateMeasure r;
    r.numerator = numerator.value;
    r.denominator = denominator.value;
    if (!numerator.value) r.missing = numerator.missing;
    else if (!denominator.value) r.missing = denominator.missing;
    else if (*denominator.value == 0) r.missing = MissingReason::zero_denominator;
    return r;
}

// 纠正 / (维持 + 纠正 + 其他) over the given groups: the share of concluded cases that
// corrected the agency (pending cases have no result yet).
RateMeasure corrected_share(ReviewLitigationTable const& t, std::initializer_list<ReviewGroup> groups) {
    CountMeasure corrected = known(0), concluded = known(0);
    for (auto g : groups) {
        auto const& x = group(t, g);
        corrected = sum({corrected, cell_count(x.corrected)});
        concluded = sum({concluded, cell_count(x.upheld), cell_count(x.corrected), cell_count(x.other)});
    }
    return rate(corrected, concluded);
}

void application_measures(Report const& r, Indicators& m) {
    auto const& t = r.applications;
    m.received = row_count(t, Row::new_received);
    m.carried_over = row_count(t, Row::carried_over);
    m.handled = row_count(t, Row::outcome_total);
    m.carried_forward = row_count(t, Row::carried_forward);

    m.disclosed_share = rate(sum({row_count(t, Row::disclosed), row_count(t, Row::partially_disclosed)}),
                             m.handled);
    std::array<std::pair<Row, RateMeasure Indicators::*>, 8> const withheld{{
        {Row::withheld_state_secret, &Indicators::withheld_state_secret_share},
        {Row::withheld_prohibited_by_law, &Indicators::withheld_prohibited_by_law_share},
        {Row::withheld_security_stability, &Indicators::withheld_security_stability_share},
        {Row::withheld_third_party_rights, &Indicators::withheld_third_party_rights_share},
        {Row::withheld_internal_affairs, &Indicators::withheld_internal_affairs_share},
        {Row::withheld_process_info, &Indicators::withheld_process_info_share},
        {Row::withheld_enforcement_file, &Indicators::withheld_enforcement_file_share},
        {Row::withheld_administrative_query, &Indicators::withheld_administrative_query_share},
    }};
    CountMeasure all_withheld = known(0);
    for (auto const& [row, member] : withheld) {
        CountMeasure const n = row_count(t, row);
        m.*member = rate(n, m.handled);
        all_withheld = sum({all_withheld, n});
    }
    m.withheld_share = rate(all_withheld, m.handled);
    m.not_held_share = rate(row_count(t, Row::unavailable_not_held), m.handled);
    m.carried_forward_share = rate(m.carried_forward, sum({m.received, m.carried_over}));
}

void article20_counts(Report const& r, Indicators& m) {
    for (auto row : article20_rows(r.format()))
        for (auto col : article20_columns(r.format(), row))
            if (auto ref = article20_cell(r.article20, row, col))
                if (auto const* const* c = std::get_if<Cell const*>(&*ref))
                    m.article20.push_back({row, col, **c});
}

void set_change(Indicators& m, CountMeasure const& previous) {
    if (!m.received.value || !previous.value) {
        m.received_change = missing(!m.received.value ? m.received.missing : previous.missing);
        m.received_change_relative = rate(m.received_change, previous);
        return;
    }
    std::int64_t diff = 0;
    m.received_change = __builtin_sub_overflow(*m.received.value, *previous.value, &diff)
                            ? missing(MissingReason::overflow)
                            : known(diff);
    m.received_change_relative = rate(m.received_change, previous);
}

}  // namespace

std::optional<Ratio> RateMeasure::value() const noexcept {
    if (missing != MissingReason::none || !numerator || !denominator) return std::nullopt;
    return make_ratio(*numerator, *denominator);
}

Indicators indicators(Report const& report) {
    Indicators m;
    m.source = report.source;
    m.agency = report.agency;
    m.year = report.year;
    m.format = report.format();
    application_measures(report, m);
    m.review_corrected_share = corrected_share(report.review_litigation, {ReviewGroup::review});
    m.litigation_corrected_share =
        corrected_share(report.review_litigation,
                        {ReviewGroup::litigation_direct, ReviewGroup::litigation_after_review});
    article20_counts(report, m);
    m.received_change = missing(MissingReason::no_previous_year);
    m.received_change_relative.missing = MissingReason::no_previous_year;
    return m;
}

std::vector<Indicators> indicators(std::vector<Report> const& reports) {
    std::vector<Indicators> out;
    out.reserve(reports.size());
    // N of every (agency, year) in the batch; reports that disagree make it ambiguous.
    struct Previous {
        CountMeasure received;
        bool ambiguous = false;
    };
    std::map<std::pair<std::string, int>, Previous> by_year;
    for (auto const& r : reports) out.push_back(indicators(r));
    for (std::size_t i = 0; i < reports.size(); ++i) {
        std::string key = agency_key(reports[i].agency);
        if (key.empty() || !reports[i].year) continue;
        auto [it, fresh] = by_year.try_emplace({std::move(key), *reports[i].year});
        if (fresh) it->second.received = out[i].received;
        else if (it->second.received.value != out[i].received.value ||
                 it->second.received.missing != out[i].received.missing)
            it->second.ambiguous = true;
    }
    for (std::size_t i = 0; i < reports.size(); ++i) {
        std::string const key = agency_key(reports[i].agency);
        if (key.empty() || !reports[i].year) continue;
        auto const it = by_year.find({key, *reports[i].year - 1});
        if (it == by_year.end()) continue;
        if (it->second.ambiguous) {
            out[i].received_change = missing(MissingReason::ambiguous_previous_year);
            out[i].received_change_relative = RateMeasure{};
            out[i].received_change_relative.missing = MissingReason::ambiguous_previous_year;
            continue;
        }
        set_change(out[i], it->second.received);
    }
    return out;
}

}  // namespace govinfo
