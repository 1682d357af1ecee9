#pragma once
// A file being written under a temporary name, owned: it is removed when the owner goes, on
// every path (an exception, an early return, a failed write or rename), unless renamed() said
// it now has its real name. Ctrl-C, SIGTERM and SIGHUP remove it too. One at a time per process.
#include <filesystem>

namespace govinfo::cli {

class TemporaryFile {
public:
    TemporaryFile() = default;
    // Takes charge of `path`, which the caller has just created.
    explicit TemporaryFile(std::filesystem::path path);
    TemporaryFile(TemporaryFile&& other) noexcept;
    TemporaryFile& operator=(TemporaryFile&& other) noexcept;
    ~TemporaryFile();

    // The file was renamed into place: nothing is left to remove.
    void renamed() noexcept;
    // Empty when there is no temporary file.
    std::filesystem::path const& path() const noexcept { return path_; }

private:
    void remove() noexcept;
    std::filesystem::path path_;
};

}  // namespace govinfo::cli
