#pragma once
// Where the command's output goes, with every write checked. A file is written under a
// temporary name in its own folder and renamed over the real name only once every byte was
// written, flushed, synced and closed, so a failed or interrupted run never leaves a truncated
// file where a good one was (Ctrl-C and SIGTERM remove the temporary file too). A full disk or a
// closed or full standard output is a WriteError, never a silently short output. The stream and
// the temporary file are owned (std::unique_ptr, TemporaryFile): whatever fails, the stream is
// closed and the temporary file removed when the OutputFile goes.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include "temporary_file.hpp"

namespace govinfo::cli {

class WriteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class OutputFile {
public:
    // `path` empty means standard output. Something that exists and is not a regular file (a
    // device such as /dev/null or /dev/full, a FIFO) is written directly, since it cannot be
    // renamed over. Throws WriteError when the file cannot be created.
    explicit OutputFile(std::string const& path);
    OutputFile(OutputFile const&) = delete;
    OutputFile& operator=(OutputFile const&) = delete;
    ~OutputFile() = default;  // an uncommitted stream is closed, its temporary file removed

    // Throws WriteError naming the file and the reason.
    void write(std::string_view bytes);
    // Flushes and closes (and renames the temporary file into place); throws WriteError.
    void commit();

    // Whether what is written goes to a terminal (standard output, or a device such as /dev/tty).
    bool on_terminal() const noexcept;

    // The file as named in messages: the path given, or "standard output".
    std::string const& name() const noexcept { return name_; }
    // The temporary file being written, empty when there is none: the folder walk passes over it.
    std::filesystem::path const& temporary() const noexcept { return temporary_.path(); }

private:
    [[noreturn]] void fail(char const* what, int err);

    struct Close {
        void operator()(std::FILE* f) const noexcept;  // fclose, except standard output
    };
    std::string name_;
    std::filesystem::path target_;
    TemporaryFile temporary_;  // declared before the stream, so the stream is closed first
    std::unique_ptr<std::FILE, Close> f_;
};

}  // namespace govinfo::cli
