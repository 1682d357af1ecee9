#pragma once
// Internal: the text toolkit of the section checks and the comparison (boilerplate.cpp,
// compare.cpp). A section is cut into sentences; each sentence gets a comparison key in which
// only the words count: whitespace and punctuation are dropped, full-width ASCII is folded, and
// every number or year (2023, ２０２３, 二〇二三) stands as one '#', so "2022年…" and "2023年…"
// compare equal. docs/compare.md describes these rules for users.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "govinfo/ratio.hpp"

namespace govinfo::detail {

// Sections longer than this many bytes are not compared (similarity and sentences), so a
// pathological input cannot make the comparison slow or large. Real sections are under 20 KB.
inline constexpr std::size_t max_compared_section_bytes = std::size_t{1} << 20;

// The comparison key of a piece of text.
std::u32string comparison_key(std::string_view text);

struct Sentence {
    std::string_view text;  // as written, trimmed; a view into the section text
    std::u32string key;     // comparison_key(text), never empty
};

// Sentences end at 。！？；!?; and at line ends. Pieces whose key is empty (only punctuation,
// spaces) are dropped.
std::vector<Sentence> split_sentences(std::string_view text);

// The Dice coefficient of the character-trigram multisets of two keys, exactly:
// {2 · trigrams in common, trigrams of a + trigrams of b}. Keys shorter than three characters
// have no trigrams; two such keys are {1, 1} when equal and {0, 1} otherwise.
Ratio trigram_similarity(std::u32string const& a, std::u32string const& b);

// Keys of the text joined (sentence keys concatenated in order).
std::u32string joined_key(std::vector<Sentence> const& sentences);

// For each sentence of `of`, whether a sentence with the same key occurs in `in` (as a
// multiset: a sentence written twice this year is kept twice only if it was there twice).
std::vector<bool> kept_sentences(std::vector<Sentence> const& of, std::vector<Sentence> const& in);

// The section text without the closing lines a report puts after its last section: the
// agency's name, the date, bare page numbers ("6", "-6-") and web-page footers (主办单位…).
std::string_view without_closing_lines(std::string_view text, std::string_view agency);

bool key_contains(std::u32string const& key, std::u32string_view what) noexcept;

}  // namespace govinfo::detail
