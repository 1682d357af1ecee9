#include "govinfo/labels.hpp"

#include <utility>
#include <vector>

#include "govinfo/error.hpp"
#include "govinfo/taxonomy.hpp"
#include "parse/label_match.hpp"
#include "text/normalize.hpp"

namespace govinfo {
namespace {

// Strips a leading group label ("（三）不予公开/") or numbering marker so that row labels match
// as printed in either a flat or a grouped layout.
std::string_view strip_group_prefix(std::string_view s) {
    auto const slash = s.find('/');
    if (slash != std::string_view::npos) return s.substr(slash + 1);
    return s;
}

// Every non-empty wording of E's table, normalised once, official ones first: the official
// labels of every enumerator, then variants, then short forms, so that an official label wins.
template <class E>
std::vector<std::pair<std::string, E>> normalized_wordings() {
    std::vector<std::pair<std::string, E>> out;
    auto add = [&](std::string_view text, E e) {
        if (!text.empty()) out.emplace_back(normalize_label(text), e);
    };
    auto const& table = *wording::table_of<E>();
    for (auto const& w : table) {
        if constexpr (requires { w.official; }) {
            add(w.official, w.value);
        } else {
            add(w.v2019, w.value);
            add(w.v2021, w.value);
        }
    }
    for (auto const& w : table)
        for (auto v : w.variants) add(v, w.value);
    for (auto const& w : table)
        for (auto v : w.short_forms) add(v, w.value);
    return out;
}

}  // namespace

std::string normalize_label(std::string_view text) {
    // Labels are short: normalise on the stack and allocate once, at the final size.
    char buffer[512];
    if (text.size() <= sizeof buffer / 2)
        return std::string(buffer, detail::normalize_label_to(text, buffer));
    std::string out(2 * text.size(), '\0');
    out.resize(detail::normalize_label_to(text, out.data()));
    return out;
}

template <class E>
    requires wording::has_table<E>
std::optional<E> try_from_label(std::string_view text) {
    static std::vector<std::pair<std::string, E>> const wordings = normalized_wordings<E>();
    std::string const n = normalize_label(text);
    std::string_view wanted = n;
    // "(六)其他处理/3.其他" is 2021's other_other; a 2019 "(六)其他处理" has no slash.
    if constexpr (std::is_same_v<E, ApplicationRow>) wanted = strip_group_prefix(n);
    if (wanted.empty()) return std::nullopt;
    for (auto const& [w, e] : wordings)
        if (w == wanted) return e;
    return std::nullopt;
}

template std::optional<ApplicationRow> try_from_label<ApplicationRow>(std::string_view);
template std::optional<ApplicantColumn> try_from_label<ApplicantColumn>(std::string_view);
template std::optional<OutcomeGroup> try_from_label<OutcomeGroup>(std::string_view);
template std::optional<ReviewGroup> try_from_label<ReviewGroup>(std::string_view);
template std::optional<ReviewColumn> try_from_label<ReviewColumn>(std::string_view);
template std::optional<Article20Row> try_from_label<Article20Row>(std::string_view);
template std::optional<Article20Column> try_from_label<Article20Column>(std::string_view);
template std::optional<TableKind> try_from_label<TableKind>(std::string_view);
template std::optional<FormatVersion> try_from_label<FormatVersion>(std::string_view);
template std::optional<MoneyUnit> try_from_label<MoneyUnit>(std::string_view);
template std::optional<Severity> try_from_label<Severity>(std::string_view);

namespace detail {

void throw_bad_id(std::string_view type, std::string_view text, std::string const& expected) {
    Error e;
    e.code = ErrorCode::bad_id;
    e.message = "\"" + std::string(text) + "\" is no " + std::string(type) +
                " id; expected one of " + expected;
    throw Exception(std::move(e));
}

void throw_bad_label(std::string_view type, std::string_view text, std::string_view example) {
    Error e;
    e.code = ErrorCode::bad_id;
    e.message = "\"" + std::string(text) + "\" matches no " + std::string(type) +
                " label; expected an official label or a variant of one, such as \"" +
                std::string(example) + "\"";
    throw Exception(std::move(e));
}

}  // namespace detail
}  // namespace govinfo
