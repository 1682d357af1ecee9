#pragma once
// Internal: byte tests eight at a time on a 64-bit word ("SWAR", SIMD within a register), in
// portable C++. The text toolkit's fast paths use them where most words of a report hold none of
// the bytes looked for, so a whole word is skipped or copied at once; a per-byte loop still
// decides every word that does hold one. Every speed trick of this kind lives here, once.
#include <bit>
#include <cstdint>
#include <cstring>

namespace govinfo::detail::swar {

constexpr std::uint64_t every_byte(std::uint8_t b) noexcept { return 0x0101010101010101ULL * b; }

// The eight bytes at `p` as a word, p[k] in bits 8k..8k+7 whatever the machine's byte order, so
// that the lowest mark of the tests below belongs to the first byte.
inline std::uint64_t load(char const* p) noexcept {
    std::uint64_t w = 0;
    if constexpr (std::endian::native == std::endian::little) {
        std::memcpy(&w, p, sizeof w);
    } else {
        for (int k = 7; k >= 0; --k) w = (w << 8) | static_cast<unsigned char>(p[k]);
    }
    return w;
}

// Marks (the top bit of the byte) the bytes of `w` below `b` (0 < b <= 0x80). A byte >= 0x80 is
// masked by ~w; a byte from b up keeps its top bit clear after the subtraction. A borrow can
// only start at a byte below b, so the word has a mark exactly when it has such a byte, and the
// lowest mark is always right; a mark above it may be wrong.
constexpr std::uint64_t bytes_below(std::uint64_t w, std::uint8_t b) noexcept {
    return (w - every_byte(b)) & ~w & every_byte(0x80);
}

// Marks the bytes equal to `b`, on the terms of bytes_below (XOR maps them, and only them, to 0).
constexpr std::uint64_t bytes_equal(std::uint64_t w, std::uint8_t b) noexcept {
    return bytes_below(w ^ every_byte(b), 1);
}

// Marks the ASCII digits '0'..'9' (XOR with '0' maps them, and only them, to 0..9).
constexpr std::uint64_t digits(std::uint64_t w) noexcept {
    return bytes_below(w ^ every_byte('0'), 10);
}

// Whether the word holds a byte >= 0x80 (a byte that is not ASCII).
constexpr bool any_non_ascii(std::uint64_t w) noexcept { return (w & every_byte(0x80)) != 0; }

// The index (0..7) of the byte of the lowest mark; `marks` is not zero.
constexpr int first_marked(std::uint64_t marks) noexcept { return std::countr_zero(marks) / 8; }

}  // namespace govinfo::detail::swar
