#include "source/docx_zip.hpp"

#include <zip.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace govinfo::detail {
namespace {

Error error(ErrorCode code, std::string message) {
    Error e;
    e.code = code;
    e.message = std::move(message);
    return e;
}

std::uint64_t little_endian(std::string_view bytes, std::size_t at, std::size_t width) noexcept {
    std::uint64_t v = 0;
    for (std::size_t k = width; k-- > 0;) v = (v << 8) | static_cast<unsigned char>(bytes[at + k]);
    return v;
}

// The number of entries the archive's end-of-central-directory records declare (the largest,
// when the tail holds several candidates or a ZIP64 record), or 0 when none can be found:
// libzip then says what is wrong. Read here because libzip sizes its tables from this number.
std::uint64_t declared_entries(std::string_view bytes) noexcept {
    using namespace std::string_view_literals;
    constexpr std::size_t eocd_size = 22, max_comment = 0xFFFF;
    if (bytes.size() < eocd_size) return 0;
    std::size_t const tail_start =
        bytes.size() > eocd_size + max_comment ? bytes.size() - eocd_size - max_comment : 0;
    std::uint64_t most = 0;
    for (std::size_t at = bytes.size() - eocd_size + 1; at-- > tail_start;) {
        if (bytes.substr(at, 4) != "PK\x05\x06"sv) continue;
        most = std::max(most, little_endian(bytes, at + 10, 2));
        // A ZIP64 locator just before it points at the ZIP64 record with the 64-bit count.
        if (at < 20 || bytes.substr(at - 20, 4) != "PK\x06\x07"sv) continue;
        std::uint64_t const record = little_endian(bytes, at - 20 + 8, 8);
        if (record <= bytes.size() - 40 && bytes.substr(record, 4) == "PK\x06\x06"sv)
            most = std::max(most, little_endian(bytes, record + 32, 8));
    }
    return most;
}

Error corrupt(std::string_view what, char const* why) {
    return error(ErrorCode::corrupt_file,
                 std::string(what) + ": " + why +
                     " (the file is truncated or damaged; Word or LibreOffice may repair it if "
                     "it is opened there and saved again)");
}

// Why libzip could not open an entry, in the error vocabulary of govinfo.
Error open_error(std::string_view name, zip_error_t* why) {
    int const code = zip_error_code_zip(why);
    if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP)
        return error(ErrorCode::encrypted,
                     "the part " + std::string(name) +
                         " of this Word file is encrypted: remove the password in Word or WPS "
                         "(save a copy without one) and read that copy");
    if (code == ZIP_ER_COMPNOTSUPP)
        return error(ErrorCode::unsupported_format,
                     "the part " + std::string(name) + " is compressed with a method libzip "
                     "does not read: open the file in Word or LibreOffice and save it again");
    return corrupt("cannot unpack " + std::string(name), zip_error_strerror(why));
}

}  // namespace

void ZipArchive::Close::operator()(zip* archive) const noexcept { zip_discard(archive); }

Result<ZipArchive> ZipArchive::open(std::string_view bytes) {
    if (std::uint64_t const n = declared_entries(bytes); n > kMaxZipEntries)
        return error(ErrorCode::input_too_large,
                     "the ZIP archive declares " + std::to_string(n) + " entries, beyond the limit of " +
                         std::to_string(kMaxZipEntries) + " (a Word file holds tens of parts)");
    zip_error_t why;
    zip_error_init(&why);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &why);
    if (!source) {
        Error e = corrupt("not a readable ZIP archive", zip_error_strerror(&why));
        zip_error_fini(&why);
        return e;
    }
    zip* archive = zip_open_from_source(source, ZIP_RDONLY, &why);
    if (!archive) {
        zip_source_free(source);  // zip_open_from_source keeps it only when it succeeds
        Error e = corrupt("not a readable ZIP archive", zip_error_strerror(&why));
        zip_error_fini(&why);
        return e;
    }
    zip_error_fini(&why);
    return ZipArchive(archive);
}

Result<std::optional<std::string>> ZipArchive::read(std::string_view name, UnpackBudget& budget,
                                                    ChunkCost const& cost) const {
    std::string const zname(name);
    zip_int64_t const index = zip_name_locate(archive_.get(), zname.c_str(), ZIP_FL_NOCASE);
    if (index < 0) return std::optional<std::string>();
    auto const at = static_cast<zip_uint64_t>(index);
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive_.get(), at, 0, &stat) == 0 &&
        (stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
        zip_error_t why;
        zip_error_init_with_code(&why, ZIP_ER_NOPASSWD);
        Error e = open_error(name, &why);
        zip_error_fini(&why);
        return e;
    }
    zip_file_t* file = zip_fopen_index(archive_.get(), at, 0);
    if (!file) return open_error(name, zip_get_error(archive_.get()));
    std::string out;
    // The declared size is only a hint for the first allocation, never more than the budget.
    if ((stat.valid & ZIP_STAT_SIZE) != 0)
        out.reserve(static_cast<std::size_t>(
            std::min<zip_uint64_t>(stat.size, budget.limit() - budget.spent())));
    std::array<char, 1 << 16> chunk;
    for (;;) {
        zip_int64_t const n = zip_fread(file, chunk.data(), chunk.size());
        if (n < 0) {
            Error e = corrupt("cannot unpack " + zname, zip_error_strerror(zip_file_get_error(file)));
            zip_fclose(file);
            return e;
        }
        if (n == 0) break;
        std::string_view const bytes(chunk.data(), static_cast<std::size_t>(n));
        if (!budget.spend(bytes.size() + (cost ? cost(bytes) : 0))) {
            zip_fclose(file);
            return error(ErrorCode::input_too_large,
                         "the parts of this Word file unpack (with the memory to read them) to "
                         "more than " + std::to_string(budget.limit()) + " bytes: stopped in " +
                             zname + " (the limit is ReadOptions::max_unpacked_bytes)");
        }
        out.append(bytes);
    }
    zip_fclose(file);
    return std::optional<std::string>(std::move(out));
}

}  // namespace govinfo::detail
