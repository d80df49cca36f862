// A sanitizer report must print a symbolized stack: the function and its file:line, not only
// module+offset. That needs llvm-symbolizer on the PATH (Debian's llvm package; the sanitizer
// runtimes do not fall back to addr2line by default). This program reads one element past the
// end of an array on purpose; its test passes only when ASan's report names this function and
// this file with a line number (tests/CMakeLists.txt, sanitizer.symbolized_report).
#include <cstdio>

namespace {
[[gnu::noinline]] int read_past_the_end(const int* values, int count) { return values[count]; }
} // namespace

int main(int argc, char**) {
    int* values = new int[4]{1, 2, 3, 4};
    const int value = read_past_the_end(values, 3 + argc); // argc is 1: index 4
    delete[] values;
    std::printf("no report: %d\n", value);
    return 0;
}
