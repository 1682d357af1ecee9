#include "govinfo/batch.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
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

namespace {

// Parses files on several threads and hands the results to the sink in input order.
//
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
class OrderedParse {
public:
    OrderedParse(std::span<std::filesystem::path const> paths, unsigned threads,
                 ParseOptions const& options, std::function<void(FileResult&&)> const& sink)
        : paths_(paths), threads_(threads), options_(options), sink_(sink), n_(paths.size()),
          window_(std::size_t{threads} * 4), slots_(window_), leftovers_(threads) {}

    void run() {
        std::vector<std::jthread> pool;
        for (unsigned t = 1; t < threads_; ++t) pool.emplace_back([this, t] { work(t); });
        try {
            while (next_emit_ < n_) caller_step();
        } catch (...) {
            {
                std::lock_guard lock(m_);
                stop_ = true;
            }
            room_.notify_all();
            throw;  // the jthreads join on the way out
        }
    }

private:
    struct Slot {
        std::optional<FileResult> result;
        unsigned maker = 0;  // 0 for the calling thread, else the worker's number
    };

    bool can_claim() const { return next_claim_ < n_ && next_claim_ < next_emit_ + window_; }

    // Puts file i's result in its slot; true when the caller waits for exactly that one.
    bool store(std::size_t i, FileResult&& r, unsigned maker) {
        std::lock_guard lock(m_);
        slots_[i % window_] = {std::move(r), maker};
        return caller_waiting_ && i == next_emit_;
    }

    // A worker: claims the next file while the window allows, parses it, stores the result.
    void work(unsigned me) {
        for (;;) {
            std::size_t i;
            std::vector<FileResult> dead;  // destroyed here, in this thread, outside the lock
            {
                std::unique_lock lock(m_);
                dead.swap(leftovers_[me]);
                while (!stop_ && next_claim_ < n_ && !can_claim()) {
                    ++workers_waiting_;
                    room_.wait(lock);
                    --workers_waiting_;
                }
                if (stop_ || next_claim_ >= n_) return;
                i = next_claim_++;
            }
            dead.clear();
            if (store(i, parse_one(paths_[i], options_), me)) ready_.notify_one();
        }
    }

    // The caller: hands the next result to the sink when it is ready, else parses a file
    // itself, else waits.
    void caller_step() {
        std::unique_lock lock(m_);
        auto& slot = slots_[next_emit_ % window_];
        if (slot.result) {
            FileResult r = std::move(*slot.result);
            unsigned const maker = slot.maker;
            slot.result.reset();
            ++next_emit_;
            bool const wake = workers_waiting_ > 0;
            lock.unlock();
            if (wake) room_.notify_all();
            sink_(std::move(r));
            if (maker != 0) {  // whatever the sink did not move out of r
                lock.lock();
                leftovers_[maker].push_back(std::move(r));
            }
        } else if (can_claim()) {
            std::size_t const i = next_claim_++;
            lock.unlock();
            store(i, parse_one(paths_[i], options_), 0);
        } else {
            caller_waiting_ = true;
            ready_.wait(lock, [&] { return slot.result.has_value(); });
            caller_waiting_ = false;
        }
    }

    std::span<std::filesystem::path const> paths_;
    unsigned threads_;
    ParseOptions const& options_;
    std::function<void(FileResult&&)> const& sink_;
    std::size_t n_, window_;
    std::vector<Slot> slots_;
    std::vector<std::vector<FileResult>> leftovers_;  // per worker, to destroy
    std::mutex m_;
    std::condition_variable ready_, room_;
    std::size_t next_claim_ = 0, next_emit_ = 0;
    bool caller_waiting_ = false;
    unsigned workers_waiting_ = 0;
    bool stop_ = false;  // set when the caller fails, so workers end and the exception propagates
};

}  // namespace

void parse_stream(std::span<std::filesystem::path const> paths, unsigned threads,
                  ParseOptions const& options, std::function<void(FileResult&&)> const& sink) {
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(paths.size(), 1)));
    if (threads <= 1) {
        for (auto const& p : paths) sink(parse_one(p, options));
        return;
    }
    OrderedParse(paths, threads, options, sink).run();
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
