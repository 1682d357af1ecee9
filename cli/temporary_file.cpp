#include "temporary_file.hpp"

#include <atomic>
#include <csignal>
#include <cstring>
#include <string>
#include <utility>

#include <unistd.h>

namespace govinfo::cli {
namespace {

// The temporary file for the signal handler to remove: unlink() is async-signal-safe, so a run
// stopped with Ctrl-C or SIGTERM leaves nothing behind.
char pending_temporary[4096];
std::atomic<bool> pending{false};

extern "C" void remove_temporary_and_die(int sig) {
    if (pending.load()) ::unlink(pending_temporary);
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

void watch_for_signals(std::filesystem::path const& temporary) {
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

}  // namespace

TemporaryFile::TemporaryFile(std::filesystem::path path) : path_(std::move(path)) {
    watch_for_signals(path_);
}

TemporaryFile::TemporaryFile(TemporaryFile&& other) noexcept : path_(std::exchange(other.path_, {})) {}

TemporaryFile& TemporaryFile::operator=(TemporaryFile&& other) noexcept {
    if (this != &other) {
        remove();
        path_ = std::exchange(other.path_, {});
    }
    return *this;
}

TemporaryFile::~TemporaryFile() { remove(); }

void TemporaryFile::renamed() noexcept {
    path_.clear();
    pending.store(false);
}

void TemporaryFile::remove() noexcept {
    if (path_.empty()) return;
    ::unlink(path_.c_str());
    path_.clear();
    pending.store(false);
}

}  // namespace govinfo::cli
