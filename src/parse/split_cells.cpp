#include "parse/split_cells.hpp"

namespace govinfo::detail {
namespace {

constexpr std::string_view count_units[] = {"件", "个", "项", "条"};
constexpr std::string_view money_units[] = {"万元", "元"};

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// One character of the run: an ASCII byte or a whole UTF-8 unit character.
std::vector<std::string_view> atoms_of(std::string_view s) {
    std::vector<std::string_view> atoms;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t const n = article20_run_char(s.substr(i));
        std::size_t const len = n == 0 ? 1 : n;
        std::string_view const a = s.substr(i, len);
        if (a != " ") atoms.push_back(a);
        i += len;
    }
    return atoms;
}

// Digits with no leading zero ("0" itself allowed); returns the length consumed.
std::size_t integer_part(std::string_view s) noexcept {
    std::size_t n = 0;
    while (n < s.size() && is_digit(s[n])) ++n;
    if (n == 0 || (n > 1 && s[0] == '0')) return 0;
    return n;
}

bool ends_with_one_of(std::string_view s, std::span<std::string_view const> units,
                      std::string_view& body) noexcept {
    for (auto u : units) {
        if (s.size() > u.size() && s.substr(s.size() - u.size()) == u) {
            body = s.substr(0, s.size() - u.size());
            return true;
        }
    }
    body = s;
    return false;
}

bool valid_piece(std::string_view piece, PieceKind kind) noexcept {
    if (is_not_applicable(piece)) return true;
    std::string_view body;
    if (kind == PieceKind::money) {
        ends_with_one_of(piece, money_units, body);
        std::size_t const n = integer_part(body);
        if (n == 0) return false;
        if (n == body.size()) return n <= 18;
        if (body[n] != '.' || n + 1 == body.size()) return false;
        for (std::size_t i = n + 1; i < body.size(); ++i)
            if (!is_digit(body[i])) return false;
        return body.size() <= 19;
    }
    ends_with_one_of(piece, count_units, body);
    if (kind == PieceKind::signed_count && !body.empty() && (body[0] == '+' || body[0] == '-'))
        body.remove_prefix(1);
    std::size_t const n = integer_part(body);
    return n != 0 && n == body.size() && n <= 12;
}

void enumerate(std::vector<std::string_view> const& atoms, std::span<PieceKind const> kinds,
               std::size_t from, std::vector<std::string>& current, CellSplits& out) {
    std::size_t const cell = current.size();
    if (cell == kinds.size()) {
        if (from == atoms.size()) out.candidates.push_back(current);
        return;
    }
    std::size_t const cells_after = kinds.size() - cell - 1;
    std::string piece;
    for (std::size_t end = from + 1; end + cells_after <= atoms.size(); ++end) {
        piece += atoms[end - 1];
        if (cells_after == 0 && end != atoms.size()) continue;
        if (!valid_piece(piece, kinds[cell])) continue;
        current.push_back(piece);
        enumerate(atoms, kinds, end, current, out);
        current.pop_back();
    }
}

}  // namespace

std::size_t article20_run_char(std::string_view s) noexcept {
    if (s.empty()) return 0;
    char const c = s[0];
    if (is_digit(c) || c == '.' || c == '+' || c == '-' || c == ' ' || c == '/') return 1;
    for (auto u : {std::string_view("—"), std::string_view("元"), std::string_view("万"), std::string_view("件"),
                   std::string_view("个"), std::string_view("项"), std::string_view("条")})
        if (s.substr(0, u.size()) == u) return u.size();
    return 0;
}

bool is_not_applicable(std::string_view piece) noexcept {
    return piece == "/" || piece == "-" || piece == "—";
}

CellSplits split_typed(std::string_view printed, std::span<PieceKind const> kinds,
                       std::size_t max_chars) {
    CellSplits out;
    auto const atoms = atoms_of(printed);
    if (kinds.empty() || atoms.empty()) return out;
    if (atoms.size() > max_chars) {
        out.complete = false;  // C(n-1, k-1) grows fast; no real cell needs that many characters
        return out;
    }
    std::vector<std::string> current;
    enumerate(atoms, kinds, 0, current, out);
    return out;
}

}  // namespace govinfo::detail
