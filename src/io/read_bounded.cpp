#include "io/read_bounded.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace govinfo::detail {
namespace {

Error read_error(ErrorCode code, std::string message, std::string const& source_name) {
    Error e;
    e.code = code;
    e.message = std::move(message);
    e.file = source_name;
    return e;
}

Error io_error(char const* what, int err, std::string const& source_name) {
    return read_error(ErrorCode::io_error, std::string(what) + ": " + std::strerror(err),
                      source_name);
}

// Closes the descriptor on every way out of try_read_bounded_file.
struct FdCloser {
    int fd;
    ~FdCloser() {
        if (fd >= 0) ::close(fd);
    }
};

// Reads on from `bytes` (what was read already) to the end of `fd` or to max_bytes + 1 bytes.
// The buffer grows by doubling from a size hint, so an input of unknown size never costs more
// than twice the limit and a file of known size is read with one allocation.
Result<std::string> read_to_end(int fd, std::size_t max_bytes, std::size_t size_hint,
                                std::string bytes, std::string const& source_name) {
    std::size_t const cap =
        max_bytes == std::numeric_limits<std::size_t>::max() ? max_bytes : max_bytes + 1;
    std::size_t used = bytes.size();
    bytes.resize(std::min(cap, std::max(used + size_hint + 1, std::size_t{65536})));
    for (;;) {
        if (used == bytes.size()) {
            if (used >= cap) break;  // one byte beyond the limit: enough to refuse the input
            bytes.resize(std::min(cap, used * 2));
        }
        ssize_t const n = ::read(fd, bytes.data() + used, bytes.size() - used);
        if (n > 0) {
            used += static_cast<std::size_t>(n);
        } else if (n == 0) {
            break;
        } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
            pollfd p{fd, POLLIN, 0};  // a descriptor left non-blocking by whoever opened it
            ::poll(&p, 1, -1);
        } else if (errno != EINTR) {
            return io_error("cannot read", errno, source_name);
        }
    }
    if (used > max_bytes)
        return read_error(ErrorCode::input_too_large,
                          "input exceeds the limit of " + std::to_string(max_bytes) +
                              " bytes (reading stopped after " + std::to_string(used) + " bytes)",
                          source_name);
    bytes.resize(used);
    return bytes;
}

// A FIFO opened with O_NONBLOCK: waits until a writer is there. A read on it gives 0 while no
// writer has the FIFO open and EAGAIN once one has it open without having written yet, so a
// probing read every 100 ms tells "nobody yet" from "a writer, slow". Returns the byte the probe
// read, if any, or an Error once `wait` has passed with nobody.
Result<std::string> wait_for_writer(int fd, std::chrono::milliseconds wait,
                                    std::string const& source_name) {
    using clock = std::chrono::steady_clock;
    auto const deadline = clock::now() + wait;
    for (;;) {
        char c;
        ssize_t const n = ::read(fd, &c, 1);
        if (n == 1) return std::string(1, c);
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return std::string();
        if (n < 0 && errno != EINTR) return io_error("cannot read", errno, source_name);
        if (n < 0) continue;
        auto const left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - clock::now());
        if (left.count() <= 0)
            return read_error(ErrorCode::io_error,
                              "no process opened this FIFO for writing within " +
                                  std::to_string(wait.count()) + " ms",
                              source_name);
        pollfd p{fd, POLLIN, 0};
        int const ready = ::poll(&p, 1, static_cast<int>(std::min<long long>(left.count(), 100)));
        // A writer came and went without writing: the input is empty.
        if (ready > 0 && (p.revents & POLLHUP) && !(p.revents & POLLIN)) return std::string();
    }
}

}  // namespace

Result<std::string> try_read_bounded(int fd, std::size_t max_bytes,
                                     std::string const& source_name) {
    struct stat st {};
    std::size_t hint = 0;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
        auto const size = static_cast<std::size_t>(st.st_size);
        if (size > max_bytes)
            return read_error(ErrorCode::input_too_large,
                              "file of " + std::to_string(size) + " bytes exceeds the limit of " +
                                  std::to_string(max_bytes) + " bytes",
                              source_name);
        hint = size;
    }
    return read_to_end(fd, max_bytes, hint, std::string(), source_name);
}

Result<std::string> try_read_bounded_file(std::filesystem::path const& path, std::size_t max_bytes,
                                          std::string const& source_name,
                                          std::chrono::milliseconds writer_wait) {
    struct stat st {};
    bool const fifo = ::stat(path.c_str(), &st) == 0 && S_ISFIFO(st.st_mode);
    int const flags = O_RDONLY | O_CLOEXEC | (fifo ? O_NONBLOCK : 0);
    int fd;
    do fd = ::open(path.c_str(), flags);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) return io_error("cannot open file", errno, source_name);
    FdCloser closer{fd};
    if (!fifo) return try_read_bounded(fd, max_bytes, source_name);
    auto first = wait_for_writer(fd, writer_wait, source_name);
    if (!first) return first.error();
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);  // a writer is there: block now
    return read_to_end(fd, max_bytes, 0, std::move(*first), source_name);
}

}  // namespace govinfo::detail
