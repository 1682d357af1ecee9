#pragma once
// Internal: the ZIP container of a DOCX file, read with libzip from memory. Only what the Word
// reader needs: find a part by name and unpack it under a budget. The budget is spent while the
// part is unpacked, chunk by chunk, on the bytes that actually come out (a declared size can
// lie), so a zip bomb stops at the limit instead of filling memory.
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "govinfo/result.hpp"

struct zip;

namespace govinfo::detail {

// What may still be unpacked and parsed: ReadOptions::max_unpacked_bytes, spent by the parts
// read from the archive and by the XML trees estimated for them (docx_xml.hpp).
class UnpackBudget {
public:
    explicit UnpackBudget(std::size_t limit) noexcept : limit_(limit) {}
    // False (and nothing spent) when `bytes` more would go beyond the limit.
    bool spend(std::size_t bytes) noexcept {
        if (bytes > limit_ - spent_) return false;
        spent_ += bytes;
        return true;
    }
    std::size_t limit() const noexcept { return limit_; }
    std::size_t spent() const noexcept { return spent_; }

private:
    std::size_t limit_;
    std::size_t spent_ = 0;
};

class ZipArchive {
public:
    // Errors: corrupt_file (not a complete ZIP archive: truncated, damaged), input_too_large
    // (a central directory of more entries than any Word file has).
    static Result<ZipArchive> open(std::string_view bytes);

    // What a chunk costs beyond its bytes (the tree an XML part will need), spent with them.
    using ChunkCost = std::function<std::size_t(std::string_view chunk)>;

    // The unpacked bytes of the part `name` (part names compare without regard to case, as Open
    // Packaging names do), or nullopt when the archive has none. Errors: input_too_large when
    // the budget runs out, encrypted (a password-protected entry), unsupported_format (a
    // compression method libzip lacks), corrupt_file (bad data, wrong checksum).
    Result<std::optional<std::string>> read(std::string_view name, UnpackBudget& budget,
                                            ChunkCost const& cost = {}) const;

private:
    struct Close {
        void operator()(zip* archive) const noexcept;
    };
    explicit ZipArchive(zip* archive) : archive_(archive) {}
    std::unique_ptr<zip, Close> archive_;
};

// A ZIP archive holds at most this many entries here. libzip allocates its entry table from the
// count the archive declares before any entry is read; a Word file has tens of parts (images
// included, a few hundred), so a central directory of millions is refused before it is loaded.
inline constexpr std::size_t kMaxZipEntries = 65535;

}  // namespace govinfo::detail
