#include "output_file.hpp"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace govinfo::cli {
namespace fs = std::filesystem;
namespace {

// The temporary file for the signal handler to remove: unlink() is async-signal-safe, so a run
// stopped with Ctrl-C or SIGTERM leaves nothing behind. One output file per run.
char pending_temporary[4096];
std::atomic<bool> pending{false};

extern "C" void remove_temporary_and_die(int sig) {
    if (pending.load()) ::unlink(pending_temporary);
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

void watch_for_signals(fs::path const& temporary) {
    std::string const s = temporary.string();
    if (s.size() >= sizeof pending_temporary) return;  // an odd path: not removed on a signal
    std::memcpy(pending_temporary, s.c_str(), s.size() + 1);
    pending.store(true);
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
        struct sigaction sa {};
        sa.sa_handler = remove_temporary_and_die;
        sigemptyset(&sa.sa_mask);
        ::sigaction(sig, &sa, nullptr);
    }
}

// A hidden name beside the target, unique to this process and attempt.
fs::path temporary_name(fs::path const& target, unsigned attempt) {
    std::string name = target.filename().string();
    if (name.size() > 180) name.resize(180);  // the suffix must still fit in NAME_MAX
    name = "." + name + ".govinfo-" + std::to_string(::getpid()) + "-" + std::to_string(attempt) + ".tmp";
    return target.parent_path() / name;
}

}  // namespace

OutputFile::OutputFile(std::string const& path) : name_(path.empty() ? "standard output" : path) {
    if (path.empty()) {
        f_ = stdout;
        return;
    }
    std::error_code ec;
    auto const status = fs::status(path, ec);
    bool const exists = fs::exists(status);
    if ((exists && !fs::is_regular_file(status)) || (!exists && fs::is_symlink(fs::symlink_status(path, ec)))) {
        // A device, a FIFO, or a link to a file yet to be made: written in place.
        f_ = std::fopen(path.c_str(), "wb");
        if (!f_) fail("cannot write to", errno);
        return;
    }
    // A link to a regular file stays a link: the file it points to is replaced.
    target_ = exists ? fs::canonical(path, ec) : fs::path(path);
    if (ec) target_ = path;
    int fd = -1;
    for (unsigned attempt = 0; fd < 0 && attempt < 100; ++attempt) {
        temporary_ = temporary_name(target_, attempt);
        fd = ::open(temporary_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST) break;
    }
    if (fd < 0) {
        int const err = errno;
        temporary_.clear();
        fail("cannot write to", err);
    }
    struct stat st {};
    if (exists && ::stat(target_.c_str(), &st) == 0) ::fchmod(fd, st.st_mode & 07777);
    watch_for_signals(temporary_);
    f_ = ::fdopen(fd, "wb");
    if (!f_) {
        int const err = errno;
        ::close(fd);
        ::unlink(temporary_.c_str());
        pending.store(false);
        fail("cannot write to", err);
    }
}

OutputFile::~OutputFile() {
    if (committed_) return;
    if (f_ && f_ != stdout) std::fclose(f_);
    if (!temporary_.empty()) {
        ::unlink(temporary_.c_str());
        pending.store(false);
    }
}

void OutputFile::fail(char const* what, int err) {
    throw WriteError(std::string(what) + " " + name_ + ": " + std::strerror(err));
}

bool OutputFile::on_terminal() const noexcept { return f_ && ::isatty(::fileno(f_)) == 1; }

void OutputFile::write(std::string_view bytes) {
    if (bytes.empty()) return;
    errno = 0;
    if (std::fwrite(bytes.data(), 1, bytes.size(), f_) != bytes.size() || std::ferror(f_))
        fail("cannot write to", errno ? errno : EIO);
}

void OutputFile::commit() {
    errno = 0;
    if (std::fflush(f_) != 0 || std::ferror(f_)) fail("cannot write to", errno ? errno : EIO);
    if (!temporary_.empty() && ::fsync(::fileno(f_)) != 0) fail("cannot write to", errno);
    std::FILE* const f = f_;
    f_ = nullptr;  // closed below whatever happens: not again in the destructor
    if (std::fclose(f) != 0) fail("cannot write to", errno);
    if (!temporary_.empty()) {
        if (::rename(temporary_.c_str(), target_.c_str()) != 0) fail("cannot write to", errno);
        pending.store(false);
    }
    committed_ = true;
}

}  // namespace govinfo::cli
