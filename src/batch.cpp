#include "govinfo/batch.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "govinfo/narrative.hpp"
#include "govinfo/validate.hpp"
#include "checks.hpp"

namespace govinfo {

FileResult parse_one(std::filesystem::path const& path, ParseOptions const& options) {
    FileResult out;
    out.path = path;
    try {
        ParseOptions o = options;
        if (o.source_name.empty()) o.source_name = path.string();
        auto parsed = try_parse_file(path, std::move(o));
        if (!parsed) {
            out.error = parsed.error();
            return out;
        }
        out.reports = std::move(parsed->reports);
        out.diagnostics = std::move(parsed->diagnostics);
        out.encoding = std::move(parsed->encoding);
    } catch (std::bad_alloc const&) {
        Error e;
        e.code = ErrorCode::input_too_large;
        e.message = "out of memory while parsing";
        e.file = path.string();
        out.error = std::move(e);
    }
    return out;
}

void parse_stream(std::span<std::filesystem::path const> paths, unsigned threads,
                  ParseOptions const& options, std::function<void(FileResult&&)> const& sink) {
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(paths.size(), 1)));
    if (threads <= 1) {
        for (auto const& p : paths) sink(parse_one(p, options));
        return;
    }
    // Workers claim indices in order; finished results wait in a ring of slots until the caller
    // has emitted everything before them. A worker does not run more than `window` ahead of the
    // caller, which bounds memory.
    std::size_t const n = paths.size();
    std::size_t const window = std::size_t{threads} * 4;
    std::vector<std::optional<FileResult>> slots(window);
    std::mutex m;
    std::condition_variable ready, room;
    std::size_t next_claim = 0, next_emit = 0;
    bool stop = false;  // set when the sink throws, so workers end and the exception propagates

    auto worker = [&] {
        for (;;) {
            std::size_t i;
            {
                std::unique_lock lock(m);
                room.wait(lock, [&] {
                    return stop || next_claim >= n || next_claim < next_emit + window;
                });
                if (stop || next_claim >= n) return;
                i = next_claim++;
            }
            FileResult r = parse_one(paths[i], options);
            {
                std::lock_guard lock(m);
                slots[i % window] = std::move(r);
            }
            ready.notify_all();
        }
    };
    std::vector<std::jthread> pool;
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
    while (next_emit < n) {
        FileResult r;
        {
            std::unique_lock lock(m);
            ready.wait(lock, [&] { return slots[next_emit % window].has_value(); });
            r = std::move(*slots[next_emit % window]);
            slots[next_emit % window].reset();
            ++next_emit;
        }
        room.notify_all();
        try {
            sink(std::move(r));
        } catch (...) {
            {
                std::lock_guard lock(m);
                stop = true;
            }
            room.notify_all();
            throw;  // the jthreads join on the way out
        }
    }
}

std::vector<FileResult> parse_many(std::span<std::filesystem::path const> paths, unsigned threads,
                                   ParseOptions const& options) {
    std::vector<FileResult> out;
    out.reserve(paths.size());
    parse_stream(paths, threads, options, [&](FileResult&& r) { out.push_back(std::move(r)); });
    return out;
}

std::vector<Finding> check(Report const& report) {
    std::vector<Finding> out;
    // Room for the diagnostics and the findings a report with many blank cells gives, so the
    // findings are not moved again as the vector grows.
    out.reserve(report.diagnostics.size() + 64);
    out.insert(out.end(), report.diagnostics.begin(), report.diagnostics.end());
    detail::validate_into(report, out);
    detail::check_narrative_into(report, out);
    return out;
}

}  // namespace govinfo
