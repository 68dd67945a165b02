// A filter for the interoperability check (tests/cli/deflate_interop.py):
//   fp_deflate_tool deflate   raw DEFLATE of standard input
//   fp_deflate_tool inflate   standard input inflated (limit 64 MiB)
// Exit status 0, or 1 with the error on standard error.
#include "core/deflate.h"

#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
    const std::string mode = argc == 2 ? argv[1] : "";
    if (mode != "deflate" && mode != "inflate") {
        std::cerr << "usage: fp_deflate_tool deflate|inflate < IN > OUT\n";
        return 2;
    }
    std::freopen(nullptr, "rb", stdin);
    const std::string in((std::istreambuf_iterator<char>(std::cin)),
                         std::istreambuf_iterator<char>());
    if (mode == "deflate") {
        std::cout << fp::deflate_raw(in);
        return 0;
    }
    const fp::InflateResult r = fp::inflate_raw(in, 64u << 20);
    if (!r.ok) {
        std::cerr << r.error.key << " at byte " << r.offset << "\n";
        return 1;
    }
    std::cout << r.data;
    return 0;
}
