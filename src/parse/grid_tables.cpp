#include "parse/grid_tables.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "govinfo/cells.hpp"
#include "govinfo/cell_address.hpp"
#include "govinfo/finding_builder.hpp"
#include "govinfo/label_tables.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/taxonomy.hpp"
#include "parse/flatten.hpp"
#include "parse/label_match.hpp"
#include "parse/numbers.hpp"
#include "parse/tables.hpp"
#include "text/normalize.hpp"
#include "text/search.hpp"

namespace govinfo::detail {
namespace {

// A statutory table has at most 17 columns (the review table with a label column); a grid far
// wider or longer is no statutory table, and a dense map of it would cost memory for nothing.
constexpr std::uint32_t kMaxGridColumns = 64;
constexpr std::uint64_t kMaxGridPositions = std::uint64_t{1} << 20;

enum class Statutory { none, article20, applications, review };

// One grid cell as the readers see it: its text on one line, read as a number or not.
struct GridCell {
    DocumentCell const* source = nullptr;
    std::string text;  // one_line(source->text)
    CellRead read;
};

// The grid as a dense map: which cell covers each position.
class Grid {
public:
    explicit Grid(DocumentTable const& t) : t_(t) {
        cells_.reserve(t.cells.size());
        cover_.assign(std::size_t{t.rows} * t.columns, -1);
        for (DocumentCell const& c : t.cells) {
            if (c.row >= t.rows || c.column >= t.columns) continue;
            auto const index = static_cast<std::int32_t>(cells_.size());
            GridCell& g = cells_.emplace_back();
            g.source = &c;
            g.text = one_line(c.text);
            g.read = read_trimmed_cell(trim(g.text));
            std::uint32_t const rows = std::min(c.row + std::max(c.row_span, 1u), t.rows);
            std::uint32_t const cols = std::min(c.column + std::max(c.column_span, 1u), t.columns);
            for (std::uint32_t r = c.row; r < rows; ++r)
                for (std::uint32_t k = c.column; k < cols; ++k) {
                    std::int32_t& at = cover_[std::size_t{r} * t.columns + k];
                    if (at < 0) at = index;  // overlapping spans: the first cell keeps it
                }
        }
    }
    std::uint32_t rows() const noexcept { return t_.rows; }
    std::uint32_t columns() const noexcept { return t_.columns; }
    GridCell const* at(std::uint32_t r, std::uint32_t c) const noexcept {
        std::int32_t const i = cover_[std::size_t{r} * t_.columns + c];
        return i < 0 ? nullptr : &cells_[static_cast<std::size_t>(i)];
    }
    // The distinct cells of row r in column order; `anchored`: only those whose top row is r.
    std::vector<GridCell const*> row(std::uint32_t r, bool anchored) const {
        std::vector<GridCell const*> out;
        for (std::uint32_t c = 0; c < t_.columns; ++c) {
            GridCell const* g = at(r, c);
            if (!g || (!out.empty() && out.back() == g)) continue;
            if (anchored && g->source->row != r) continue;
            out.push_back(g);
        }
        return out;
    }

private:
    DocumentTable const& t_;
    std::vector<GridCell> cells_;
    std::vector<std::int32_t> cover_;
};

bool is_value(CellKind k) noexcept {
    return k == CellKind::number || k == CellKind::not_applicable || k == CellKind::bad;
}

// ---- header labels ------------------------------------------------------------------------

std::optional<ApplicantColumn> applicant_column(std::string_view n) {
    using C = ApplicantColumn;
    if (n == "自然人") return C::natural_person;
    if (n == "商业企业") return C::commercial_enterprise;
    if (n == "科研机构") return C::research_institution;
    if (n == "社会公益组织" || n == "社会组织" || n == "公益组织") return C::public_interest_org;
    if (n == "法律服务机构") return C::legal_service_org;
    if (n == "其他" || n == "其他组织") return C::other_org;
    if (n == "总计" || n == "合计") return C::total;
    return std::nullopt;
}

std::optional<ReviewColumn> review_column(std::string_view n) {
    using C = ReviewColumn;
    if (n == "结果维持" || n == "维持") return C::upheld;
    if (n == "结果纠正" || n == "纠正") return C::corrected;
    if (n == "其他结果") return C::other;
    if (n == "尚未审结") return C::pending;
    if (n == "总计" || n == "合计") return C::total;
    return std::nullopt;
}

std::optional<Article20Column> article20_column(std::string_view n, FormatVersion format) {
    using C = Article20Column;
    auto has = [&](std::string_view s) { return contains(n, s); };
    if (has("本年制发件数")) return C::issued;
    // The misspelling of 本年废止件数 real reports print is spelled in label_tables.hpp only.
    auto const& repealed = *wording::entry(C::repealed);
    if (has(repealed.v2021) || has(repealed.variants[0])) return C::repealed;
    if (has("现行有效件数")) return C::in_force;
    if (has("处理决定数量")) return C::decisions;
    if (has("本年收费金额")) return C::amount;
    if (has("本年新制作数量")) return C::new_made;
    if (has("本年新公开数量")) return C::new_published;
    if (has("对外公开总数量")) return C::total_published;
    if (has("上一年项目数量")) return C::previous_items;
    if (has("本年增") && (has("减") || format == FormatVersion::v2019)) return C::change;
    if (has("采购项目数量")) return C::projects;
    if (has("采购总金额")) return C::amount;
    return std::nullopt;
}

// ---- the reader -----------------------------------------------------------------------------

class GridReader {
public:
    GridReader(Report& report, std::vector<Finding>& located)
        : report_(report), located_(located), format_(report.format()),
          app_rows_(rows_read(format_)), app_seen_(app_rows_.size(), false),
          a20_rows_(article20_rows_read(format_)), a20_seen_(a20_rows_.size(), false) {}

    void read(GridRef const& ref) {
        DocumentTable const& t = *ref.table;
        if (t.columns == 0 || t.columns > kMaxGridColumns ||
            std::uint64_t{t.rows} * t.columns > kMaxGridPositions || overlaps_much(t))
            return;  // no statutory table: the line readers see its rows
        Grid const grid(t);
        // A header carries over to a grid of the same width only (a table's next page).
        if (grid.columns() != width_) {
            app_map_.clear();
            a20_map_.clear();
            rev_group_.clear();
            rev_column_.clear();
        }
        width_ = grid.columns();
        columns_kept_ = ref.columns_kept;
        ++grid_number_;
        for (std::uint32_t r = 0; r < grid.rows(); ++r)
            read_row(grid, r, ref.row_lines && r < ref.row_lines->size() ? (*ref.row_lines)[r] : 0);
    }

    // Cells whose spans cover the grid many times over (overlapping spans, which a malformed page
    // can make) would cost that many steps to map: such a grid is no statutory table.
    static bool overlaps_much(DocumentTable const& t) {
        std::uint64_t area = 0;
        for (DocumentCell const& c : t.cells) {
            area += std::uint64_t{std::max(c.row_span, 1u)} * std::max(c.column_span, 1u);
            if (area > 4 * kMaxGridPositions) return true;
        }
        return false;
    }

    GridTablesFound finish() {
        bool const single_other = report_.applications.other_handling.has_value();
        for (std::size_t k = 0; k < app_rows_.size(); ++k)
            if (data_[1] && !app_seen_[k] && has_row(format_, app_rows_[k]) &&
                !(single_other && group_of(app_rows_[k]) == OutcomeGroup::other))
                add(FindingCode::parse_missing_cells, Severity::warning, TableKind::applications,
                    app_where_,
                    "未找到“" + std::string(label(app_rows_[k])) + "”一行，其单元格保留为空白",
                    id(app_rows_[k]));
        GridTablesFound found;
        found.article20 = record(TableKind::article20, extent_[0]);
        found.applications = record(TableKind::applications, extent_[1]);
        found.review_litigation = record(TableKind::review_litigation, extent_[2]);
        return found;
    }

    // Whether one grid held all of `table`'s rows that were read: its rows of values all in one
    // grid and, for Article 20, every row of the format's tables there.
    bool whole(TableKind table) const {
        auto const t = static_cast<std::size_t>(table);
        if (t > 2 || !data_[t] || split_[t]) return false;
        if (table == TableKind::article20)
            return std::all_of(a20_seen_.begin(), a20_seen_.end(), [](bool b) { return b; });
        return true;
    }

private:
    void note_grid(std::size_t t) {
        if (table_grid_[t] != 0 && table_grid_[t] != grid_number_) split_[t] = true;
        table_grid_[t] = grid_number_;
    }

    struct Extent {
        std::optional<std::size_t> first, last;
        void add(std::size_t line) {
            if (!first || line < *first) first = line;
            if (!last || line > *last) last = line;
        }
    };

    bool record(TableKind table, Extent const& e) {
        if (!e.first || !data_[static_cast<int>(table)]) return false;
        report_.tables_found.push_back({table, static_cast<std::uint32_t>(*e.first + 1),
                                        static_cast<std::uint32_t>(*e.last + 1)});
        return true;
    }

    void add(FindingCode code, Severity severity, TableKind table, SourceLocation const& where,
             std::string message, std::string_view row = {}, std::string_view column = {}) {
        located_.push_back(FindingBuilder(code, severity)
                               .at(CellAddress::from_ids(table, row, column))
                               .located(where)
                               .message(std::move(message))
                               .build());
    }

    // Findings a cell writer put into report.diagnostics take the cell's location.
    template <class Write>
    void write(GridCell const& g, Write&& w) {
        std::size_t const before = report_.diagnostics.size();
        w();
        for (std::size_t k = before; k < report_.diagnostics.size(); ++k) {
            Finding f = std::move(report_.diagnostics[k]);
            f.line = g.source->where.line;
            f.page = g.source->where.page;
            f.box = g.source->where.box;
            located_.push_back(std::move(f));
        }
        report_.diagnostics.resize(before);
    }

    void unplaced(GridCell const& g, TableKind table, std::string const& why) {
        add(FindingCode::parse_unplaced_line, Severity::warning, table, g.source->where,
            why + "：“" + g.text + "”");
    }

    // ---- rows ----

    void read_row(Grid const& grid, std::uint32_t r, std::size_t line) {
        std::vector<GridCell const*> const all = grid.row(r, false);
        // The row label: the rightmost anchored text cell that names a row, before any value.
        std::optional<std::size_t> label;
        AppLabel app;
        A20Label a20;
        for (std::size_t k = 0; k < all.size(); ++k) {
            GridCell const& g = *all[k];
            if (is_value(g.read.kind) && g.source->row == r) break;
            if (g.read.kind != CellKind::text || g.source->row != r) continue;
            AppLabel a = match_application_label(g.text, format_);
            // 2021's （六）其他处理 printed as one row: the label with values right of it.
            if (a.kind == AppLabelKind::group && a.row == ApplicationRow::other_handling &&
                format_ == FormatVersion::v2021)
                a.kind = AppLabelKind::row;
            if (a.kind == AppLabelKind::row) {
                label = k, app = a, a20 = {};
                continue;
            }
            A20Label const b = match_article20_label(g.text, format_);
            if (b.is_row) label = k, a20 = b, app = {};
        }
        std::vector<GridCell const*> values;  // anchored cells right of the label (or all)
        for (std::size_t k = label ? *label + 1 : 0; k < all.size(); ++k)
            if (all[k]->source->row == r) values.push_back(all[k]);
        bool const any_value = std::any_of(values.begin(), values.end(), [](GridCell const* g) {
            return is_value(g->read.kind);
        });
        if (label && app.kind == AppLabelKind::row) {
            app_row(*all[*label], app, values, line);
        } else if (label && a20.is_row) {
            a20_row(*all[*label], a20, values, line);
        } else if (!any_value) {
            header_row(grid, r, line);
        } else if (current_ == Statutory::review) {
            // Leading text cells (a label such as 件数) are no values of the row.
            std::vector<GridCell const*> cells;
            for (GridCell const* g : values)
                if (!(cells.empty() && g->read.kind == CellKind::text)) cells.push_back(g);
            review_row(cells, line);
        } else if (current_ != Statutory::none) {
            TableKind const table = current_ == Statutory::applications ? TableKind::applications
                                                                         : TableKind::article20;
            for (GridCell const* g : values)
                if (is_value(g->read.kind))
                    unplaced(*g, table, "表格中无法归入任何一行的数值");
        }
    }

    // A row of labels only: a caption or header of one of the tables, or something else.
    void header_row(Grid const& grid, std::uint32_t r, std::size_t line) {
        int app = 0, a20 = 0, rev = 0;
        std::vector<std::optional<ApplicantColumn>> app_cols(grid.columns());
        std::vector<std::optional<Article20Column>> a20_cols(grid.columns());
        std::vector<std::optional<ReviewGroup>> groups(grid.columns());
        std::vector<std::optional<ReviewColumn>> rev_cols(grid.columns());
        MoneyUnit unit = MoneyUnit::unknown;
        // Each distinct cell is matched once; what it names holds for every column it spans.
        GridCell const* previous = nullptr;
        std::optional<ApplicantColumn> app_col;
        std::optional<Article20Column> a20_col;
        std::optional<ReviewGroup> group;
        std::optional<ReviewColumn> rev_col;
        for (std::uint32_t c = 0; c < grid.columns(); ++c) {
            GridCell const* g = grid.at(r, c);
            if (!g || g->text.empty()) continue;
            if (g != previous) {
                previous = g;
                NormalizedLabel const normalized(g->text);
                std::string_view const n = normalized;
                app_col = applicant_column(n);
                app += app_col || match_application_label(g->text, format_).kind ==
                                      AppLabelKind::header;
                a20_col = article20_column(n, format_);
                a20 += a20_col || match_article20_label(g->text, format_).is_header;
                if (a20_col && contains(n, "采购总金额")) unit = unit_in_header(n);
                group = match_review_group(g->text, n);
                rev_col = review_column(n);
                rev += group.has_value() + (rev_col && n != "总计") + (n == "行政诉讼");
            }
            app_cols[c] = app_col;
            a20_cols[c] = a20_col;
            groups[c] = group;
            rev_cols[c] = rev_col;
        }
        if (app == 0 && a20 == 0 && rev == 0) return;  // a title, a note: nothing to read
        if (app >= a20 && app >= rev) {
            if (current_ != Statutory::applications || !last_was_header_) app_map_.clear();
            merge(app_map_, app_cols);
            current_ = Statutory::applications;
            extent_[1].add(line);
        } else if (a20 >= rev) {
            // Each caption or 信息内容 row opens a sub-table with its own columns.
            a20_map_ = a20_cols;
            if (unit != MoneyUnit::unknown) procurement_unit_ = unit;
            current_ = Statutory::article20;
            extent_[0].add(line);
        } else {
            if (current_ != Statutory::review || !last_was_header_) {
                rev_group_.clear();
                rev_column_.clear();
            }
            merge(rev_group_, groups);
            merge(rev_column_, rev_cols);
            current_ = Statutory::review;
            extent_[2].add(line);
        }
        last_was_header_ = true;
    }

    // Deeper header rows name the leaves: what they name replaces what the rows above said.
    template <class T>
    static void merge(std::vector<std::optional<T>>& map, std::vector<std::optional<T>> const& row) {
        if (map.size() != row.size()) map.assign(row.size(), std::nullopt);
        for (std::size_t c = 0; c < row.size(); ++c)
            if (row[c]) map[c] = row[c];
    }

    // The columns of `values` by the header in force: a cell belongs to the column its left
    // edge stands under. Empty when the header does not name each non-blank cell's column or
    // names one column twice.
    template <class T>
    static std::vector<std::pair<GridCell const*, T>> by_header(
        std::vector<std::optional<T>> const& map, std::vector<GridCell const*> const& values) {
        std::vector<std::pair<GridCell const*, T>> out;
        for (GridCell const* g : values) {
            if (g->read.kind == CellKind::blank) continue;
            std::uint32_t const c = g->source->column;
            if (c >= map.size() || !map[c]) return {};
            for (auto const& [other, column] : out)
                if (column == *map[c]) return {};
            out.emplace_back(g, *map[c]);
        }
        return out;
    }

    // By position: exactly as many cells (blank ones included) as the row has columns.
    template <class T>
    static std::vector<std::pair<GridCell const*, T>> by_position(
        std::span<T const> columns, std::vector<GridCell const*> const& values) {
        std::vector<std::pair<GridCell const*, T>> out;
        if (values.size() != columns.size()) return out;
        for (std::size_t k = 0; k < values.size(); ++k)
            if (values[k]->read.kind != CellKind::blank) out.emplace_back(values[k], columns[k]);
        return out;
    }

    // Text rows (GridRef::columns_kept false) are placed by position: a row of exactly its
    // table's cells. Text keeps no spans, so a row may have more blank fields than that at its
    // ends: a label spanning columns leaves empty fields after it, a copy may end each row with
    // a tab. Those are dropped, at the end, at the start, or both; when the ways that fit place
    // the values differently, the header in force must name one of them. A header that places
    // the values otherwise than every fitting way leaves the row unplaced: the header or the row
    // lost a position, and which one is not known.
    template <class T>
    static std::vector<std::pair<GridCell const*, T>> text_placement(
        std::vector<std::optional<T>> const& map, std::span<T const> columns,
        std::vector<GridCell const*> const& values) {
        using Placed = std::vector<std::pair<GridCell const*, T>>;
        auto blank = [](GridCell const* g) { return g->read.kind == CellKind::blank; };
        auto trimmed = [&](bool end, bool start) {
            std::size_t first = 0, last = values.size();
            while (end && last - first > columns.size() && blank(values[last - 1])) --last;
            while (start && last - first > columns.size() && blank(values[first])) ++first;
            return std::vector<GridCell const*>(values.begin() + static_cast<std::ptrdiff_t>(first),
                                                values.begin() + static_cast<std::ptrdiff_t>(last));
        };
        std::vector<Placed> fitting;
        for (auto const& [end, start] : {std::pair{false, false}, std::pair{true, false},
                                         std::pair{false, true}, std::pair{true, true}}) {
            Placed p = by_position(columns, trimmed(end, start));
            if (!p.empty() && std::find(fitting.begin(), fitting.end(), p) == fitting.end())
                fitting.push_back(std::move(p));
        }
        if (fitting.empty()) return {};
        Placed const header = by_header(map, values);
        if (header.empty()) return fitting.size() == 1 ? fitting.front() : Placed{};
        auto const same = std::find(fitting.begin(), fitting.end(), header);
        return same == fitting.end() ? Placed{} : *same;
    }

    static bool any_nonblank(std::vector<GridCell const*> const& values) {
        return std::any_of(values.begin(), values.end(),
                           [](GridCell const* g) { return g->read.kind != CellKind::blank; });
    }

    void app_row(GridCell const& label_cell, AppLabel const& m, std::vector<GridCell const*> const& values,
                 std::size_t line) {
        last_was_header_ = false;
        current_ = Statutory::applications;
        if (!extent_[1].first) app_where_ = label_cell.source->where;
        extent_[1].add(line);
        data_[1] = true;
        note_grid(1);
        auto const k = static_cast<std::size_t>(
            std::find(app_rows_.begin(), app_rows_.end(), m.row) - app_rows_.begin());
        if (k >= app_rows_.size()) return;
        if (m.match == MatchKind::variant)
            add(FindingCode::parse_label_variant, Severity::info, TableKind::applications,
                label_cell.source->where,
                "行标签“" + label_cell.text + "”与官方表述不同，已按近似标签识别");
        if (app_seen_[k] && any_nonblank(values)) {
            add(FindingCode::parse_unplaced_line, Severity::warning, TableKind::applications,
                label_cell.source->where,
                "“" + std::string(label(m.row)) + "”再次出现，第二次的数值未采用", id(m.row));
            return;
        }
        app_seen_[k] = true;
        auto placed = columns_kept_ ? by_header(app_map_, values)
                                    : text_placement(app_map_, all_applicant_columns(), values);
        if (columns_kept_ && placed.empty() && any_nonblank(values))
            placed = by_position(all_applicant_columns(), values);
        if (placed.empty() && any_nonblank(values)) {
            for (GridCell const* g : values)
                if (g->read.kind != CellKind::blank)
                    unplaced(*g, TableKind::applications,
                             "“" + std::string(label(m.row)) + "”一行中无法确定所在列的单元格");
            return;
        }
        for (auto const& [g, column] : placed)
            write(*g, [&, g = g, column = column] {
                put_grid_cell(report_, m.row, column, g->text, g->read);
            });
    }

    void a20_row(GridCell const& label_cell, A20Label const& m,
                 std::vector<GridCell const*> const& values, std::size_t line) {
        last_was_header_ = false;
        current_ = Statutory::article20;
        extent_[0].add(line);
        data_[0] = true;
        note_grid(0);
        auto const k = static_cast<std::size_t>(
            std::find(a20_rows_.begin(), a20_rows_.end(), m.row) - a20_rows_.begin());
        if (k >= a20_rows_.size()) return;
        if (m.match == MatchKind::variant)
            add(FindingCode::parse_label_variant, Severity::info, TableKind::article20,
                label_cell.source->where, article20_variant_note(label_cell.text, m.row));
        if (a20_seen_[k] && any_nonblank(values)) {
            add(FindingCode::parse_unplaced_line, Severity::warning, TableKind::article20,
                label_cell.source->where,
                "“" + std::string(label(m.row, format_)) + "”再次出现，第二次的数值未采用",
                id(m.row));
            return;
        }
        a20_seen_[k] = true;
        auto const columns = article20_columns(format_, m.row);
        auto placed = by_header(a20_map_, values);
        bool const fits = std::all_of(placed.begin(), placed.end(), [&](auto const& p) {
            return std::find(columns.begin(), columns.end(), p.second) != columns.end();
        });
        if (!columns_kept_)
            placed = text_placement(fits ? a20_map_ : decltype(a20_map_){}, columns, values);
        else if (!fits || (placed.empty() && any_nonblank(values)))
            placed = by_position(columns, values);
        if (placed.empty() && any_nonblank(values)) {
            for (GridCell const* g : values)
                if (g->read.kind != CellKind::blank)
                    unplaced(*g, TableKind::article20,
                             "“" + std::string(label(m.row, format_)) +
                                 "”一行中无法确定所在列的单元格");
            return;
        }
        MoneyUnit const fallback = m.row == Article20Row::fees && format_ == FormatVersion::v2021
                                       ? MoneyUnit::wan_yuan
                                       : procurement_unit_;
        for (auto const& [g, column] : placed)
            write(*g, [&, g = g, column = column] {
                put_grid_cell(report_, m.row, column, g->text, g->read, fallback);
            });
    }

    void review_row(std::vector<GridCell const*> const& values, std::size_t line) {
        last_was_header_ = false;
        extent_[2].add(line);
        data_[2] = true;
        note_grid(2);
        if (review_read_) {
            for (GridCell const* g : values)
                if (g->read.kind != CellKind::blank)
                    unplaced(*g, TableKind::review_litigation, "复议诉讼表中多出的一行数值未采用");
            return;
        }
        review_read_ = true;
        auto placed = columns_kept_ ? by_header(review_map(), values)
                                    : text_placement(review_map(), review_positions(), values);
        if (columns_kept_ && placed.empty() && values.size() == 15)
            placed = by_position(review_positions(), values);
        if (placed.empty() && any_nonblank(values)) {
            for (GridCell const* g : values)
                if (g->read.kind != CellKind::blank)
                    unplaced(*g, TableKind::review_litigation, "复议诉讼表中无法确定所在列的单元格");
            return;
        }
        for (auto const& [g, at] : placed)
            write(*g, [&, g = g, at = at] {
                put_grid_cell(report_, at.first, at.second, g->text, g->read);
            });
    }

    using ReviewCellAt = std::pair<ReviewGroup, ReviewColumn>;

    // The 15 cells of the review table's row in printed order.
    static std::span<ReviewCellAt const> review_positions() {
        static std::array<ReviewCellAt, 15> const at = [] {
            std::array<ReviewCellAt, 15> out{};
            auto const groups = review_groups();
            auto const columns = review_columns();
            for (std::size_t k = 0; k < 15; ++k) out[k] = {groups[k / 5], columns[k % 5]};
            return out;
        }();
        return at;
    }

    // The header in force as one map: grid column to (group, column).
    std::vector<std::optional<ReviewCellAt>> review_map() const {
        std::vector<std::optional<ReviewCellAt>> map(
            std::min(rev_group_.size(), rev_column_.size()));
        for (std::size_t c = 0; c < map.size(); ++c)
            if (rev_group_[c] && rev_column_[c]) map[c] = ReviewCellAt{*rev_group_[c], *rev_column_[c]};
        return map;
    }

    Report& report_;
    std::vector<Finding>& located_;
    FormatVersion format_;
    std::span<ApplicationRow const> app_rows_;
    std::vector<bool> app_seen_;
    std::span<Article20Row const> a20_rows_;
    std::vector<bool> a20_seen_;
    Statutory current_ = Statutory::none;
    bool last_was_header_ = false;
    bool review_read_ = false;
    std::uint32_t width_ = 0;
    bool columns_kept_ = true;  // GridRef::columns_kept of the grid being read
    std::size_t grid_number_ = 0;          // 1-based number of the grid being read
    std::size_t table_grid_[3] = {};       // the grid that held each table's rows of values
    bool split_[3] = {};                   // rows of values of the table in several grids
    std::vector<std::optional<ApplicantColumn>> app_map_;
    std::vector<std::optional<Article20Column>> a20_map_;
    std::vector<std::optional<ReviewGroup>> rev_group_;
    std::vector<std::optional<ReviewColumn>> rev_column_;
    MoneyUnit procurement_unit_ = MoneyUnit::unknown;
    SourceLocation app_where_;
    Extent extent_[3];  // article20, applications, review (TableKind order)
    bool data_[3] = {};   // a row of values was read: the table is there, not just its header
};

}  // namespace

namespace {

// Whether the grid read of `table` left a doubt: a parse warning (a cell unplaced, a row not
// found, a cell that is no number) about it.
bool doubted(TableKind table, std::vector<Finding> const& findings) {
    return std::any_of(findings.begin(), findings.end(), [&](Finding const& f) {
        return f.table == table && f.severity != Severity::info;
    });
}

// The parts of `trial` that the reading takes: every table of a grid that kept its columns,
// with all the reader made, in the order made; for text grids only the tables taken, one table
// after another.
class Taking {
public:
    Taking(Report& trial, std::vector<Finding>& located) : trial_(trial), located_(located) {}

    void all(GridTablesRead& out) {
        out.article20 = std::move(trial_.article20);
        out.applications = std::move(trial_.applications);
        out.review_litigation = std::move(trial_.review_litigation);
        append(out, [](TableKind) { return true; });
    }

    void table(TableKind table, GridTablesRead& out) {
        if (table == TableKind::article20) out.article20 = std::move(trial_.article20);
        else if (table == TableKind::applications) out.applications = std::move(trial_.applications);
        else out.review_litigation = std::move(trial_.review_litigation);
        append(out, [&](TableKind t) { return t == table; });
    }

private:
    template <class Of>
    void append(GridTablesRead& out, Of of) {
        for (CellProvenance const& p : trial_.provenance)
            if (of(p.table)) out.provenance.push_back(p);
        for (Finding const& f : trial_.diagnostics)
            if (of(f.table)) out.diagnostics.push_back(f);
        for (Finding const& f : located_)
            if (of(f.table)) out.located.push_back(f);
        for (TableLocation const& t : trial_.tables_found)
            if (of(t.table)) out.tables_found.push_back(t);
    }

    Report& trial_;
    std::vector<Finding> const& located_;
};

}  // namespace

GridTablesRead read_grid_tables(std::vector<GridRef> const& grids, Report const& report,
                                GridTablesFound const& values_outside_grids) {
    // The cell writers write into a Report: the reader's own, holding the tables as `report`
    // holds them (not its sections and findings, which a copy would duplicate for nothing); the
    // reading keeps what it takes.
    Report trial;
    trial.article20 = report.article20;
    trial.applications = report.applications;
    trial.review_litigation = report.review_litigation;
    std::vector<Finding> trial_located;
    GridReader reader(trial, trial_located);
    for (GridRef const& g : grids) reader.read(g);
    GridTablesFound const read = reader.finish();
    Taking taking(trial, trial_located);
    GridTablesRead out;
    bool const text = std::any_of(grids.begin(), grids.end(),
                                  [](GridRef const& g) { return !g.columns_kept; });
    if (!text) {
        taking.all(out);
        out.found = read;
        return out;
    }
    // Grids made from text rows: a statutory table is taken from them only when one grid held it
    // whole and without a doubt. Otherwise its layout did not give its rows and columns after
    // all (a header on rows of its own, cells left out, rows in lines of another layout or
    // split by lines between them), and the text-layout readers read its lines, which also
    // report whatever in them no row claims.
    auto take = [&](bool held, bool outside, TableKind table) {
        if (!held || outside || !reader.whole(table) || doubted(table, trial_located) ||
            doubted(table, trial.diagnostics))
            return false;
        taking.table(table, out);
        return true;
    };
    out.found.article20 =
        take(read.article20, values_outside_grids.article20, TableKind::article20);
    out.found.applications =
        take(read.applications, values_outside_grids.applications, TableKind::applications);
    out.found.review_litigation = take(read.review_litigation,
                                       values_outside_grids.review_litigation,
                                       TableKind::review_litigation);
    return out;
}

GridTablesFound merge(Report& report, std::vector<Finding>& located, GridTablesRead&& read) {
    if (read.article20) report.article20 = std::move(*read.article20);
    if (read.applications) report.applications = std::move(*read.applications);
    if (read.review_litigation) report.review_litigation = std::move(*read.review_litigation);
    for (auto& p : read.provenance) report.provenance.push_back(std::move(p));
    for (auto& f : read.diagnostics) report.diagnostics.push_back(std::move(f));
    for (auto& f : read.located) located.push_back(std::move(f));
    for (auto const& t : read.tables_found) report.tables_found.push_back(t);
    return read.found;
}

}  // namespace govinfo::detail
