#pragma once
// Internal: Word's automatic list numbers. A heading typed as "总体情况" in a list whose level
// reads "%1、" in Chinese counting shows as "一、总体情况"; the number is not in the paragraph's
// text but in word/numbering.xml (w:abstractNum levels, w:num instances), chosen by the
// paragraph's w:numPr or by its style's. Section headings and table labels (（一）予以公开,
// 1.危及“三安全一稳定”) lose their numbers without this, so the reader computes them as Word
// shows them: counters per list, levels restarting under their parents, start overrides, and
// the number formats reports use (decimal, 一二三, 壹贰叁, ①②③, 甲乙丙, roman, letters).
#include <pugixml.hpp>

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "source/docx_xml.hpp"

namespace govinfo::detail {

// What numbering.xml and styles.xml say, kept by ListNumbering (plain values: the trees may go).
inline constexpr int kListLevels = 9;

struct ListLevel {
    int start = 0;
    std::string format = "decimal";
    std::string text;  // w:lvlText, with %1…%9 standing for the levels' numbers
    std::optional<int> restart;  // w:lvlRestart; absent: restart under any higher level
    bool legal = false;          // w:isLgl: the numbers of every level shown as decimal
    bool space_after = false;    // w:suff="space" (a tab or nothing adds no text)
    std::string style;           // w:pStyle: paragraphs of this style take this level
};
struct ListDefinition {
    std::array<ListLevel, kListLevels> levels;
    std::string style_link;  // w:numStyleLink: the levels live in another list
};
struct ListInstance {
    std::string abstract;
    std::array<std::optional<int>, kListLevels> start_override;
    std::array<std::optional<ListLevel>, kListLevels> level_override;
};
struct StyleList {
    std::string based_on;
    std::optional<std::string> num;  // w:numPr/w:numId ("0" switches numbering off)
    std::optional<int> level;        // w:numPr/w:ilvl
};
struct ListCounters {
    std::array<int, kListLevels> value{};
    std::array<bool, kListLevels> used{};
};

class ListNumbering {
public:
    ListNumbering() = default;  // a document without numbering.xml: no paragraph is numbered
    // Reads the levels from numbering.xml and the styles' list references from styles.xml
    // (either may be an empty node). Keeps what it needs; the trees may be freed afterwards.
    ListNumbering(pugi::xml_node numbering, pugi::xml_node styles);

    // The number Word shows before the paragraph whose w:pPr is `ppr` ("一、", "（三）", "2.",
    // with a space after when the level asks for one), or "" when it is no list item. Call it
    // for every paragraph in document order: it advances the list's counters.
    std::string label(pugi::xml_node ppr, WordNames const& names);

private:
    void read_numbering(pugi::xml_node root, WordNames const& names);
    void read_styles(pugi::xml_node root, WordNames const& names);
    ListDefinition const* abstract_of(ListInstance const& instance) const;
    // The list a style puts its paragraphs in, following w:basedOn.
    std::pair<std::optional<std::string>, std::optional<int>> style_list(std::string style) const;

    std::map<std::string, ListDefinition, std::less<>> abstracts_;
    std::map<std::string, ListInstance, std::less<>> instances_;
    std::map<std::string, StyleList, std::less<>> styles_;
    std::map<std::string, std::string, std::less<>> numbering_styles_;  // style id → w:numId
    std::string default_style_;
    std::map<std::string, ListCounters, std::less<>> counters_;
    std::map<std::string, bool, std::less<>> instance_started_;
};

// One number in a w:numFmt format ("chineseCounting" 12 → "十二", "decimalEnclosedCircle" 3 →
// "③"); formats govinfo does not know are written as decimal, "none" and "bullet" as nothing.
std::string list_number(int value, std::string_view format);

}  // namespace govinfo::detail
