// Hand-written on purpose: no Debian library writes beside the target, syncs, and renames over
// it keeping a link a link and the old permissions (Boost.Filesystem and std::filesystem do not).
#include "output_file.hpp"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace govinfo::cli {
namespace fs = std::filesystem;
namespace {

// A hidden name beside the target, unique to this process and attempt.
fs::path temporary_name(fs::path const& target, unsigned attempt) {
    std::string name = target.filename().string();
    if (name.size() > 180) name.resize(180);  // the suffix must still fit in NAME_MAX
    name = "." + name + ".govinfo-" + std::to_string(::getpid()) + "-" + std::to_string(attempt) + ".tmp";
    return target.parent_path() / name;
}

}  // namespace

void OutputFile::Close::operator()(std::FILE* f) const noexcept {
    if (f != stdout) std::fclose(f);
}

OutputFile::OutputFile(std::string const& path) : name_(path.empty() ? "standard output" : path) {
    if (path.empty()) {
        f_.reset(stdout);
        return;
    }
    std::error_code ec;
    auto const status = fs::status(path, ec);
    bool const exists = fs::exists(status);
    if ((exists && !fs::is_regular_file(status)) || (!exists && fs::is_symlink(fs::symlink_status(path, ec)))) {
        // A device, a FIFO, or a link to a file yet to be made: written in place.
        f_.reset(std::fopen(path.c_str(), "wb"));
        if (!f_) fail("cannot write to", errno);
        return;
    }
    // A link to a regular file stays a link: the file it points to is replaced.
    target_ = exists ? fs::canonical(path, ec) : fs::path(path);
    if (ec) target_ = path;
    int fd = -1;
    fs::path name;
    for (unsigned attempt = 0; fd < 0 && attempt < 100; ++attempt) {
        name = temporary_name(target_, attempt);
        fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST) break;
    }
    if (fd < 0) fail("cannot write to", errno);
    temporary_ = TemporaryFile(std::move(name));  // from here on removed on every failure path
    struct stat st {};
    if (exists && ::stat(target_.c_str(), &st) == 0) ::fchmod(fd, st.st_mode & 07777);
    f_.reset(::fdopen(fd, "wb"));
    if (!f_) {
        int const err = errno;
        ::close(fd);
        fail("cannot write to", err);
    }
}

void OutputFile::fail(char const* what, int err) {
    throw WriteError(std::string(what) + " " + name_ + ": " + std::strerror(err));
}

bool OutputFile::on_terminal() const noexcept { return f_ && ::isatty(::fileno(f_.get())) == 1; }

void OutputFile::write(std::string_view bytes) {
    if (bytes.empty()) return;
    errno = 0;
    if (std::fwrite(bytes.data(), 1, bytes.size(), f_.get()) != bytes.size() || std::ferror(f_.get()))
        fail("cannot write to", errno ? errno : EIO);
}

void OutputFile::commit() {
    errno = 0;
    if (std::fflush(f_.get()) != 0 || std::ferror(f_.get())) fail("cannot write to", errno ? errno : EIO);
    if (!temporary_.path().empty() && ::fsync(::fileno(f_.get())) != 0) fail("cannot write to", errno);
    // Closed here so that the close is checked (standard output too); released first, so that
    // whatever fclose says the destructor does not close it again.
    if (std::fclose(f_.release()) != 0) fail("cannot write to", errno);
    if (!temporary_.path().empty()) {
        if (::rename(temporary_.path().c_str(), target_.c_str()) != 0) fail("cannot write to", errno);
        temporary_.renamed();
    }
}

}  // namespace govinfo::cli
