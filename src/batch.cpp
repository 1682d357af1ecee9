#include "govinfo/batch.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "govinfo/narrative.hpp"
#include "govinfo/utf8_name.hpp"
#include "govinfo/validate.hpp"
#include "checks.hpp"
#include "section_checks.hpp"

namespace govinfo {

FileResult parse_one(std::filesystem::path const& path, ParseOptions const& options) {
    FileResult out;
    out.path = path;
    try {
        ParseOptions o = options;
        if (o.source_name.empty()) o.source_name = utf8_name(path);
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
        e.file = utf8_name(path);
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
    // Files are claimed in input order; finished results wait in a ring of slots until everything
    // before them has gone to the sink. Nobody runs more than `window` files ahead of the sink,
    // which bounds memory. The calling thread is one of the `threads`: when the next result is not
    // ready it parses a file itself instead of sleeping, so the sink's own work (checking, writing)
    // is balanced against parsing, and threads wake each other only when one is actually waiting
    // (a wake-up costs a context switch, which on virtual machines is dear).
    //
    // What the sink leaves of a worker's result is destroyed by that worker, not by the caller:
    // glibc's malloc gives each thread its own arena, and freeing a block from another thread's
    // arena takes that arena's lock while its owner is allocating from it. Measured on two cores,
    // freeing on the caller cost 15% of the throughput of `govinfo check`.
    std::size_t const n = paths.size();
    std::size_t const window = std::size_t{threads} * 4;
    struct Slot {
        std::optional<FileResult> result;
        unsigned maker = 0;  // 0 for the calling thread, else the worker's number
    };
    std::vector<Slot> slots(window);
    std::vector<std::vector<FileResult>> leftovers(threads);  // per worker, to destroy
    std::mutex m;
    std::condition_variable ready, room;
    std::size_t next_claim = 0, next_emit = 0;
    bool caller_waiting = false;
    unsigned workers_waiting = 0;
    bool stop = false;  // set when the caller fails, so workers end and the exception propagates

    auto can_claim = [&] { return next_claim < n && next_claim < next_emit + window; };
    auto store = [&](std::size_t i, FileResult&& r, unsigned maker) {
        std::lock_guard lock(m);
        slots[i % window] = {std::move(r), maker};
        return caller_waiting && i == next_emit;
    };
    auto worker = [&](unsigned me) {
        for (;;) {
            std::size_t i;
            std::vector<FileResult> dead;  // destroyed here, in this thread, outside the lock
            {
                std::unique_lock lock(m);
                dead.swap(leftovers[me]);
                while (!stop && next_claim < n && !can_claim()) {
                    ++workers_waiting;
                    room.wait(lock);
                    --workers_waiting;
                }
                if (stop || next_claim >= n) return;
                i = next_claim++;
            }
            dead.clear();
            if (store(i, parse_one(paths[i], options), me)) ready.notify_one();
        }
    };
    std::vector<std::jthread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker, t);
    try {
        while (next_emit < n) {
            std::unique_lock lock(m);
            auto& slot = slots[next_emit % window];
            if (slot.result) {
                FileResult r = std::move(*slot.result);
                unsigned const maker = slot.maker;
                slot.result.reset();
                ++next_emit;
                bool const wake = workers_waiting > 0;
                lock.unlock();
                if (wake) room.notify_all();
                sink(std::move(r));
                if (maker != 0) {  // whatever the sink did not move out of r
                    lock.lock();
                    leftovers[maker].push_back(std::move(r));
                }
            } else if (can_claim()) {
                std::size_t const i = next_claim++;
                lock.unlock();
                store(i, parse_one(paths[i], options), 0);
            } else {
                caller_waiting = true;
                ready.wait(lock, [&] { return slot.result.has_value(); });
                caller_waiting = false;
            }
        }
    } catch (...) {
        {
            std::lock_guard lock(m);
            stop = true;
        }
        room.notify_all();
        throw;  // the jthreads join on the way out
    }
}

std::vector<FileResult> parse_many(std::span<std::filesystem::path const> paths, unsigned threads,
                                   ParseOptions const& options) {
    std::vector<FileResult> out;
    out.reserve(paths.size());
    parse_stream(paths, threads, options, [&](FileResult&& r) { out.push_back(std::move(r)); });
    return out;
}

std::size_t resolve_by_neighbouring_years(std::vector<FileResult>& results, SeriesKey const& key) {
    std::vector<Report> reports;
    for (auto& file : results)
        for (auto& r : file.reports) reports.push_back(std::move(r));
    std::size_t const decided = resolve_by_neighbouring_years(reports, key);
    std::size_t next = 0;  // back in the order they were taken
    for (auto& file : results)
        for (auto& r : file.reports) r = std::move(reports[next++]);
    return decided;
}

std::vector<Finding> check(Report const& report) {
    std::vector<Finding> out;
    // Room for the diagnostics and the findings a report with many blank cells gives, so the
    // findings are not moved again as the vector grows.
    out.reserve(report.diagnostics.size() + 64);
    out.insert(out.end(), report.diagnostics.begin(), report.diagnostics.end());
    detail::validate_into(report, out);
    detail::check_narrative_into(report, out);
    detail::check_sections_into(report, out);
    return out;
}

}  // namespace govinfo
