// Writes the large sample (tests/bench/plan_generator.h), or with --bytes N
// the large sample scaled until its file holds at least N bytes: the browser
// benchmark's 5 MB import and export. Prints the file's size and counts.
// Usage: fp_generate_plan [--bytes N] -o FILE
#include "core/plan_format.h"
#include "plan_generator.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

int main(int argc, char** argv) {
    std::string out;
    std::size_t bytes = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "-o")
            out = argv[i + 1];
        else if (arg == "--bytes")
            bytes = std::strtoull(argv[i + 1], nullptr, 10);
    }
    if (out.empty()) {
        std::fprintf(stderr, "usage: fp_generate_plan [--bytes N] -o FILE\n");
        return 2;
    }
    double scale = 1;
    std::string text = fp::write_plan(fp::large_sample(scale));
    if (bytes > text.size()) {
        // The file grows with the counts; start near the scale that fits,
        // then step up until it is large enough.
        scale = static_cast<double>(bytes) / static_cast<double>(text.size());
        while ((text = fp::write_plan(fp::large_sample(scale))).size() < bytes)
            scale *= 1.01;
    }
    const fp::PlanReadResult read = fp::read_plan(text);
    if (!read.ok) {
        std::fprintf(stderr, "the plan at scale %.2f is not valid: %s\n", scale,
                     fp::describe(read.problems.front()).c_str());
        return 1;
    }
    std::ofstream file(out, std::ios::binary);
    file << text;
    if (!file) {
        std::fprintf(stderr, "cannot write %s\n", out.c_str());
        return 2;
    }
    const fp::Plan& p = read.plan;
    std::printf("%s: %zu bytes, scale %.2f: %zu objectives, %zu tasks, %zu KPIs, %zu channels, "
                "%zu risks\n",
                out.c_str(), text.size(), scale, p.objectives.size(), p.tasks.size(), p.kpis.size(),
                p.channels.size(), p.risks.size());
    return 0;
}
