// A main for compilers without libFuzzer: feeds every file named on the command line, and every
// regular file inside a directory named there (recursively, in sorted order), to
// LLVMFuzzerTestOneInput. CTest runs it over fuzz/corpus/<target>/ so that a g++ build replays
// the corpus as an ordinary test. Exit status 0 when every input ran, 1 when a file could not be
// read or nothing was given.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size);

int main(int argc, char** argv) {
    namespace fs = std::filesystem;
    std::vector<fs::path> files;
    for (int i = 1; i < argc; ++i) {
        fs::path const arg(argv[i]);
        if (fs::is_directory(arg)) {
            for (auto const& entry : fs::recursive_directory_iterator(arg))
                if (entry.is_regular_file()) files.push_back(entry.path());
        } else {
            files.push_back(arg);
        }
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) {
        std::fprintf(stderr, "usage: %s FILE_OR_DIR...\n", argv[0]);
        return 1;
    }
    for (auto const& file : files) {
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "cannot read %s\n", file.string().c_str());
            return 1;
        }
        std::string const bytes((std::istreambuf_iterator<char>(in)),
                                std::istreambuf_iterator<char>());
        // An empty buffer gets a valid pointer, as libFuzzer gives.
        std::uint8_t const empty = 0;
        LLVMFuzzerTestOneInput(
            bytes.empty() ? &empty : reinterpret_cast<std::uint8_t const*>(bytes.data()),
            bytes.size());
    }
    std::printf("replayed %zu inputs\n", files.size());
    return 0;
}
