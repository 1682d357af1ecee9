// The bounded reader: the size limit applies while reading, for files, devices, pipes and FIFOs,
// and a FIFO nobody writes to gives up instead of blocking forever.
#include "io/read_bounded.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "govinfo/batch.hpp"
#include "govinfo/parse.hpp"

using namespace govinfo;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

// A fresh folder under the system's temporary folder, removed at the end of the test.
struct TempFolder {
    fs::path path;
    TempFolder() {
        std::string name = (fs::temp_directory_path() / "govinfo-read-bounded-XXXXXX").string();
        REQUIRE(::mkdtemp(name.data()) != nullptr);
        path = name;
    }
    ~TempFolder() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

// Writes `total` bytes into a pipe from another thread and counts what the pipe took before its
// reader went away. SIGPIPE is ignored for the test so that the write fails with EPIPE instead.
struct PipeWriter {
    int fds[2] = {-1, -1};
    std::size_t total;
    std::size_t written = 0;
    std::thread thread;
    explicit PipeWriter(std::size_t n) : total(n) {
        REQUIRE(::pipe(fds) == 0);
        std::signal(SIGPIPE, SIG_IGN);
        thread = std::thread([this] {
            std::string const chunk(65536, 'x');
            while (written < total) {
                std::size_t const want = std::min(chunk.size(), total - written);
                ssize_t const n = ::write(fds[1], chunk.data(), want);
                if (n <= 0) break;
                written += static_cast<std::size_t>(n);
            }
            ::close(fds[1]);
        });
    }
    void finish() {
        ::close(fds[0]);  // the reader is done: a blocked write fails now
        thread.join();
        std::signal(SIGPIPE, SIG_DFL);
    }
};

}  // namespace

TEST_SUITE("read_bounded") {

TEST_CASE("an endless device stops one byte beyond the limit") {
    for (char const* device : {"/dev/zero", "/dev/urandom"}) {
        CAPTURE(device);
        auto const r = detail::try_read_bounded_file(device, 1000, device);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::input_too_large);
        CHECK(r.error().file == device);
        CHECK(r.error().message ==
              "input exceeds the limit of 1000 bytes (reading stopped after 1001 bytes)");
        // The parser's own file entry point reads through it too.
        ParseOptions options;
        options.max_input_bytes = 1000;
        auto const parsed = try_parse_file(device, options);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().code == ErrorCode::input_too_large);
        FileResult const one = parse_one(device, options);
        REQUIRE(one.error.has_value());
        CHECK(one.error->code == ErrorCode::input_too_large);
    }
}

TEST_CASE("a pipe is read only up to the limit while its writer goes on") {
    PipeWriter writer(64u << 20);
    auto const r = detail::try_read_bounded(writer.fds[0], 1000, "-");
    writer.finish();
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::input_too_large);
    // The reader stopped long before the 64 MiB were written: at most the limit, the pipe's
    // buffer and one chunk went in.
    CHECK(writer.written < (4u << 20));
}

TEST_CASE("input of exactly the limit is read whole") {
    PipeWriter writer(1000);
    auto const r = detail::try_read_bounded(writer.fds[0], 1000, "-");
    writer.finish();
    REQUIRE(r.ok());
    CHECK(r->size() == 1000);
    CHECK(*r == std::string(1000, 'x'));
}

TEST_CASE("a regular file beyond the limit is refused before it is read") {
    TempFolder dir;
    fs::path const file = dir.path / "big.txt";
    std::ofstream(file) << std::string(5000, 'a');
    auto const r = detail::try_read_bounded_file(file, 1000, "big.txt");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::input_too_large);
    CHECK(r.error().message == "file of 5000 bytes exceeds the limit of 1000 bytes");
    auto const whole = detail::try_read_bounded_file(file, 5000, "big.txt");
    REQUIRE(whole.ok());
    CHECK(*whole == std::string(5000, 'a'));
}

TEST_CASE("a FIFO without a writer gives up after the wait") {
    TempFolder dir;
    fs::path const fifo = dir.path / "fifo";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    auto const r = detail::try_read_bounded_file(fifo, 1000, "fifo", 200ms);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::io_error);
    CHECK(r.error().message == "no process opened this FIFO for writing within 200 ms");
}

TEST_CASE("a FIFO whose writer is there but slow is read to its end") {
    TempFolder dir;
    fs::path const fifo = dir.path / "fifo";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    // The writer opens at once but writes only after more than the reader's wait for a writer.
    std::thread writer([&] {
        int const fd = ::open(fifo.c_str(), O_WRONLY);  // blocks until the reader opens
        CHECK(fd >= 0);  // CHECK, not REQUIRE: a throw on this thread would terminate
        std::this_thread::sleep_for(1500ms);
        CHECK(::write(fd, "hello", 5) == 5);
        ::close(fd);
    });
    auto const r = detail::try_read_bounded_file(fifo, 1000, "fifo", 1000ms);
    writer.join();
    REQUIRE(r.ok());
    CHECK(*r == "hello");
}

TEST_CASE("a FIFO whose writer left without writing is empty input") {
    TempFolder dir;
    fs::path const fifo = dir.path / "fifo";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    std::thread writer([&] {
        int const fd = ::open(fifo.c_str(), O_WRONLY);
        CHECK(fd >= 0);
        ::close(fd);
    });
    auto const r = detail::try_read_bounded_file(fifo, 1000, "fifo", 20000ms);
    writer.join();
    REQUIRE(r.ok());
    CHECK(r->empty());
}

TEST_CASE("errors name the reason") {
    auto const missing = detail::try_read_bounded_file("/nonexistent/govinfo/x.txt", 1000, "x.txt");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::io_error);
    CHECK(missing.error().message == "cannot open file: No such file or directory");
    CHECK(missing.error().file == "x.txt");

    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    ::close(fds[0]);
    ::close(fds[1]);
    auto const closed = detail::try_read_bounded(fds[0], 1000, "-");
    REQUIRE_FALSE(closed.ok());
    CHECK(closed.error().code == ErrorCode::io_error);
    CHECK(closed.error().message == "cannot read: Bad file descriptor");

    TempFolder dir;
    auto const folder = detail::try_read_bounded_file(dir.path, 1000, "dir");
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().message == "cannot read: Is a directory");
}

}  // TEST_SUITE
