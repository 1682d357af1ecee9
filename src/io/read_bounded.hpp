#pragma once
// Reading input with the size limit applied WHILE reading: a file, a device or a pipe is read
// until its end or until one byte beyond the limit, never further, so /dev/zero, /dev/urandom or
// an endless pipe cost at most the limit in memory and stop with input_too_large. Every file
// and standard input go through here (try_parse_file, the govinfo command's "-").
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <string>

#include "govinfo/result.hpp"

namespace govinfo::detail {

// How long try_read_bounded_file waits for a process to open a FIFO for writing. A FIFO that
// nobody writes to would otherwise block the open() forever; a FIFO whose writer is there (even
// a slow one) is read to its end without any time limit.
inline constexpr std::chrono::milliseconds fifo_writer_wait{5000};

// Reads `fd` to its end. More than `max_bytes` bytes give ErrorCode::input_too_large after
// reading max_bytes + 1 of them; a regular file whose size already exceeds the limit is refused
// before any byte is read. A read that fails gives ErrorCode::io_error naming the reason.
// `source_name` goes into Error::file. Does not close `fd`.
Result<std::string> try_read_bounded(int fd, std::size_t max_bytes,
                                     std::string const& source_name);

// Opens `path` and reads it as above. A FIFO is opened without blocking and gets `writer_wait`
// for a writer to appear before the read gives up with ErrorCode::io_error.
Result<std::string> try_read_bounded_file(std::filesystem::path const& path, std::size_t max_bytes,
                                          std::string const& source_name,
                                          std::chrono::milliseconds writer_wait = fifo_writer_wait);

}  // namespace govinfo::detail
