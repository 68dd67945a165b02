// fpcli: the planning core from the command line, for facilitators and scripts.
//   fpcli templates [--language CODE]                list the built-in templates
//   fpcli new --template KEY [--name NAME] [--language CODE] [--event DAY] -o FILE
//                                                    write a new plan from a template; KEY
//                                                    large-sample: the benchmarks' large
//                                                    plan (tests/bench/plan_generator.h)
//   fpcli validate FILE...                           exit 0 only when every file is valid
//   fpcli summary FILE                               totals, achievement, findings as JSON
//   fpcli format FILE [-o OUT]                       the plan in the current format, canonical
//   fpcli forecast FILE                              the forecast as JSON
//   fpcli allocate FILE [--goal G] [--budget AMOUNT | --target-roas X | --marginal-roas X]
//                                                    the best split of the budget as JSON
//   fpcli next FILE -o OUT [--start YYYY-MM-DD] [--name NAME]
//                                                    the next plan, refitted through the
//                                                    actuals; the refits as JSON
//   fpcli merge BASE GROUP... -o OUT [--prefer GROUPFILE]
//                                                    a workshop's group files merged into
//                                                    their base; the conflicts as JSON
//   fpcli csv FILE [-o DIR] [--zip OUT.zip]          every table as CSV, one file each
//   fpcli report FILE -o OUT.html [--review] [--language CODE]
//                                                    the printed plan, or the effect-analysis
//                                                    report, as one HTML page
//   fpcli share-link FILE [--base URL]               the plan as a share link (URL#plan=1....)
//   fpcli open-link LINK -o OUT                      the plan a share link carries, as a file
// Exit status: 0 success, 1 a file is not a valid plan, 2 usage or I/O error.
#include "core/csv_export.h"
#include "core/forecast_report.h"
#include "core/format_description.h"
#include "core/merge.h"
#include "core/money.h"
#include "core/next_plan.h"
#include "core/plan_format.h"
#include "core/report_html.h"
#include "core/share_link.h"
#include "core/summary.h"
#include "core/templates.h"
#include "core/validation.h"
#include "core/vocabulary.h"
#include "plan_generator.h"
#include "platform/platform.h"

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <iostream>
#include <sstream>
#include <sys/stat.h>

namespace fp {
std::string_view cli_language_table(std::string_view code);
} // namespace fp

namespace {

using fp::Json;

constexpr const char* kUsage = "usage: fpcli templates [--language CODE]\n"
                               "       fpcli new --template KEY [--name NAME] [--language CODE]\n"
                               "                 [--event YYYY-MM-DD|11.11|6.18] -o FILE\n"
                               "       fpcli validate FILE...\n"
                               "       fpcli summary FILE\n"
                               "       fpcli format FILE [-o OUT]\n"
                               "       fpcli forecast FILE\n"
                               "       fpcli allocate FILE [--goal revenue|orders|profit]\n"
                               "                      [--budget AMOUNT | --target-roas X | "
                               "--marginal-roas X]\n"
                               "       fpcli next FILE -o OUT [--start YYYY-MM-DD] [--name NAME]\n"
                               "       fpcli merge BASE GROUP.plan.json... -o OUT\n"
                               "                   [--prefer GROUPFILE]\n"
                               "       fpcli csv FILE [-o DIR] [--zip OUT.zip]\n"
                               "       fpcli report FILE -o OUT.html [--review] [--language CODE]\n"
                               "       fpcli share-link FILE [--base URL]\n"
                               "       fpcli open-link LINK -o OUT.plan.json\n"
                               "       fpcli schema\n"
                               "       fpcli format-doc\n";

int usage(const std::string& problem) {
    std::cerr << "fpcli: " << problem << "\n" << kUsage;
    return 2;
}

// Reads a whole file, refusing one over the import limit before reading it.
bool read_file(const std::string& path, std::string& text, std::string& error) {
    struct stat info {};
    if (stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) {
        error = "cannot read the file";
        return false;
    }
    const std::size_t limit = fp::FormatLimits{}.json.max_bytes;
    if (static_cast<std::size_t>(info.st_size) > limit) {
        error = fp::english(fp::size_limit_message(static_cast<std::size_t>(info.st_size), limit));
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (!in && !in.eof()) {
        error = "cannot read the file";
        return false;
    }
    text = buffer.str();
    return true;
}

fp::Stamp stamp_now() {
    return fp::Stamp{fp::platform::now_utc(), fp::platform::today(), fp::platform::entropy()};
}

bool write_text(const std::string& path, const std::string& text) {
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << text;
    file.close();
    if (!file) std::cerr << "fpcli: cannot write " << path << "\n";
    return static_cast<bool>(file);
}

// A language's table, built into fpcli (scripts/embed-languages.cmake).
std::optional<fp::Messages> language_table(const std::string& code) {
    const std::string_view text = fp::cli_language_table(code);
    if (text.empty()) return std::nullopt;
    return fp::read_messages(text).messages;
}

std::string language_codes() {
    std::string out;
    for (const fp::Language& l : fp::kLanguages)
        out += std::string(out.empty() ? "" : ", ") + l.code;
    return out;
}

int cmd_templates(int argc, char** argv) {
    std::string code = "en";
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg != "--language" || i + 1 >= argc) return usage("unknown option \"" + arg + "\"");
        code = argv[++i];
    }
    const auto table = language_table(code);
    if (!table)
        return usage("there is no language \"" + code + "\"; these exist: " + language_codes());
    for (const fp::TemplateSource& t : fp::builtin_templates()) {
        const std::string* title = fp::find_pattern(*table, fp::template_title_key(t.key));
        std::cout << t.key << "\t" << (title ? *title : std::string(t.key)) << "\n";
    }
    return 0;
}

int cmd_new(int argc, char** argv) {
    std::string key, name, out, code = "en", event;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc) return usage("\"" + arg + "\" needs a value");
        if (arg == "--template")
            key = argv[++i];
        else if (arg == "--name")
            name = argv[++i];
        else if (arg == "--language")
            code = argv[++i];
        else if (arg == "--event")
            event = argv[++i];
        else if (arg == "-o" || arg == "--output")
            out = argv[++i];
        else
            return usage("unknown option \"" + arg + "\"");
    }
    if (key.empty() || out.empty()) return usage("new needs --template and -o");
    // Generated, not a template: the app's picker and `templates` leave it
    // out, and it is the same file on every run.
    if (key == fp::kLargeSampleKey) {
        if (code != "en" || !event.empty())
            return usage("large-sample is written in four languages on fixed dates; it takes "
                         "no --language or --event");
        fp::Plan plan = fp::large_sample();
        if (!name.empty()) plan.name = name;
        return write_text(out, fp::write_plan(plan)) ? 0 : 2;
    }
    const fp::TemplateSource* source = fp::find_template(key);
    if (!source) {
        std::cerr << "fpcli: there is no template \"" << key << "\"; these exist:\n";
        for (const fp::TemplateSource& t : fp::builtin_templates())
            std::cerr << "  " << t.key << "\n";
        return 2;
    }
    const auto table = language_table(code);
    if (!table)
        return usage("there is no language \"" + code + "\"; these exist: " + language_codes());
    const fp::Stamp stamp = stamp_now();
    fp::TemplateOptions options;
    if (!event.empty()) {
        options.event = fp::parse_event(event, stamp.today);
        if (!options.event)
            return usage("--event takes YYYY-MM-DD, 11.11 or 6.18, not \"" + event + "\"");
    }
    fp::TemplateResult made = fp::plan_from_template(*source, name, stamp, *table, options);
    if (!made.ok) {
        std::cerr << "fpcli: " << made.error << "\n";
        return 2;
    }
    return write_text(out, fp::write_plan(made.plan)) ? 0 : 2;
}

int cmd_validate(int argc, char** argv) {
    if (argc < 3) return usage("validate needs at least one file");
    int status = 0;
    for (int i = 2; i < argc; ++i) {
        const std::string path = argv[i];
        std::string text, error;
        if (!read_file(path, text, error)) {
            std::cout << path << ": " << error << "\n";
            status = std::max(status, 2);
            continue;
        }
        fp::PlanReadResult read = fp::read_plan(text);
        if (read.ok) {
            std::cout << path << ": valid\n";
            continue;
        }
        for (const fp::Problem& p : read.problems)
            std::cout << path << ": " << fp::describe(p) << "\n";
        status = std::max(status, 1);
    }
    return status;
}

// Reads a valid plan from `path`; otherwise prints why and returns the exit
// status (1 not a valid plan, 2 unreadable).
int load_plan(const std::string& path, fp::Plan& plan) {
    std::string text, error;
    if (!read_file(path, text, error)) {
        std::cerr << path << ": " << error << "\n";
        return 2;
    }
    fp::PlanReadResult read = fp::read_plan(text);
    if (!read.ok) {
        for (const fp::Problem& p : read.problems)
            std::cerr << path << ": " << fp::describe(p) << "\n";
        return 1;
    }
    plan = std::move(read.plan);
    return 0;
}

int cmd_summary(int argc, char** argv) {
    if (argc != 3) return usage("summary needs exactly one file");
    fp::Plan plan;
    if (int status = load_plan(argv[2], plan)) return status;
    std::cout << fp::summary_json(plan).dump(2) << "\n";
    return 0;
}

// Older files come out migrated; every file comes out as the exporter writes it.
int cmd_format(int argc, char** argv) {
    std::string in, out;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "-o" || arg == "--output") {
            if (i + 1 >= argc) return usage("\"" + arg + "\" needs a value");
            out = argv[++i];
        } else if (in.empty()) {
            in = arg;
        } else {
            return usage("format takes one file");
        }
    }
    if (in.empty()) return usage("format needs a file");
    fp::Plan plan;
    if (int status = load_plan(in, plan)) return status;
    const std::string text = fp::write_plan(plan);
    if (out.empty()) {
        std::cout << text;
        return 0;
    }
    return write_text(out, text) ? 0 : 2;
}

int cmd_forecast(int argc, char** argv) {
    if (argc != 3) return usage("forecast needs exactly one file");
    fp::Plan plan;
    if (int status = load_plan(argv[2], plan)) return status;
    std::cout << fp::forecast_json(plan).dump(2) << "\n";
    return 0;
}

// A number for a ROAS option: finite and not negative.
bool parse_ratio(const std::string& text, double& out) {
    const std::optional<double> v = fp::parse_number(text);
    if (!v || *v < 0) return false;
    out = *v;
    return true;
}

int cmd_allocate(int argc, char** argv) {
    if (argc < 3) return usage("allocate needs a file");
    fp::Plan plan;
    if (int status = load_plan(argv[2], plan)) return status;
    fp::Goal goal = plan.forecast.goal;
    std::optional<fp::AllocationMode> mode;
    double amount = 0;
    for (int i = 3; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc) return usage("\"" + arg + "\" needs a value");
        const std::string value = argv[++i];
        if (arg == "--goal") {
            const auto g = fp::enum_from_key<fp::Goal>(value);
            if (!g) return usage("--goal is one of " + fp::enum_choices<fp::Goal>());
            goal = *g;
            continue;
        }
        if (mode) return usage("give one of --budget, --target-roas and --marginal-roas");
        if (arg == "--budget") {
            mode = fp::AllocationMode::FixedBudget;
            const std::optional<fp::Money> m = fp::parse_money(value, plan.currency);
            if (!m)
                return usage("--budget is an amount in " + plan.currency +
                             " such as 50000 or 50,000.00");
            amount = static_cast<double>(*m);
        } else if (arg == "--target-roas" || arg == "--marginal-roas") {
            mode = arg == "--target-roas" ? fp::AllocationMode::TargetRoas
                                          : fp::AllocationMode::MarginalRoas;
            if (!parse_ratio(value, amount)) return usage(arg + " is a number such as 2.5");
        } else {
            return usage("unknown option \"" + arg + "\"");
        }
    }
    const fp::Forecast forecast = fp::forecast_plan(plan);
    fp::AllocationRequest request = fp::allocation_request(
        plan, forecast, goal, mode.value_or(fp::AllocationMode::FixedBudget), amount);
    // Its messages are English: amounts as English writes them.
    request.spend_text = fp::spend_text_of(plan, fp::kPlainNumbers);
    if (!mode) // by default, the spend the plan has now, split afresh
        for (const fp::AllocationChannel& c : request.channels)
            request.amount += c.current;
    const fp::AllocationResult result = fp::allocate(request);
    std::cout << fp::allocation_json(plan, forecast, request, result, goal).dump(2) << "\n";
    return result.ok ? 0 : 1;
}

// The next plan from a finished one, each channel refitted through its
// actuals. Everything is checked before OUT is opened, so a refusal leaves
// no file behind.
int cmd_next(int argc, char** argv) {
    std::string in, out, name;
    std::optional<fp::Date> start;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "-o" || arg == "--output" || arg == "--start" || arg == "--name") {
            if (i + 1 >= argc) return usage("\"" + arg + "\" needs a value");
            const std::string value = argv[++i];
            if (arg == "--start") {
                start = fp::parse_date(value);
                if (!start)
                    return usage("--start is a date YYYY-MM-DD such as 2027-01-04, not \"" + value +
                                 "\"");
            } else {
                (arg == "--name" ? name : out) = value;
            }
        } else if (arg.rfind('-', 0) == 0) {
            return usage("unknown option \"" + arg + "\"");
        } else if (!in.empty()) {
            return usage("next takes one file");
        } else {
            in = arg;
        }
    }
    if (in.empty() || out.empty()) return usage("next needs a file and -o");
    fp::Plan plan;
    if (int status = load_plan(in, plan)) return status;
    const fp::NextPlanResult next =
        fp::next_plan(plan, start.value_or(fp::next_plan_start(plan)), name, stamp_now());
    if (!next.ok) {
        std::cerr << "fpcli: no next plan from " << in << ": " << fp::english(next.error) << "\n";
        return 1;
    }
    if (!write_text(out, fp::write_plan(next.plan))) return 2;
    std::cout << fp::next_plan_json(next).dump(2) << "\n";
    return 0;
}

// Whether two paths name one file (as typed, or through links).
bool same_file(const std::string& a, const std::string& b) {
    if (a == b) return true;
    struct stat x {};
    struct stat y {};
    return stat(a.c_str(), &x) == 0 && stat(b.c_str(), &y) == 0 && x.st_dev == y.st_dev &&
           x.st_ino == y.st_ino;
}

// A workshop's group files merged into the base they started from
// (core/merge.h). Nothing is written while a conflict remains: a file with
// the base's values in place of the groups' clashing ones would pass for
// the finished plan. --prefer settles every conflict as that group's file has it.
int cmd_merge(int argc, char** argv) {
    std::string out, prefer;
    std::vector<std::string> files;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "-o" || arg == "--output" || arg == "--prefer") {
            if (i + 1 >= argc) return usage("\"" + arg + "\" needs a value");
            (arg == "--prefer" ? prefer : out) = argv[++i];
        } else if (arg.rfind('-', 0) == 0) {
            return usage("unknown option \"" + arg + "\"");
        } else {
            files.push_back(arg);
        }
    }
    if (files.size() < 2 || out.empty())
        return usage("merge needs the base, at least one group's file and -o");
    const std::vector<std::string> groups(files.begin() + 1, files.end());
    std::optional<std::size_t> preferred;
    if (!prefer.empty()) {
        for (std::size_t g = 0; g < groups.size() && !preferred; ++g)
            if (same_file(prefer, groups[g])) preferred = g;
        if (!preferred)
            return usage("--prefer names one of the group files, not \"" + prefer + "\"");
    }
    // Every file is read before any is refused, so all their problems show at once.
    std::vector<fp::Plan> plans(files.size());
    int status = 0;
    for (std::size_t i = 0; i < files.size(); ++i)
        status = std::max(status, load_plan(files[i], plans[i]));
    if (status) return status;

    fp::Merge merge = fp::merge_plans(std::move(plans[0]), {plans.begin() + 1, plans.end()});
    if (preferred) fp::prefer_group(merge, *preferred);
    Json report = fp::merge_report_json(merge, groups);
    report["output"] = nullptr;
    status = 0;
    if (!merge.conflicts.empty()) {
        std::cerr << "fpcli: " << merge.conflicts.size()
                  << " conflict(s) remain; nothing written (--prefer GROUPFILE settles them)\n";
        status = 1;
    } else if (const std::vector<fp::Problem> problems = fp::validate_plan(merge.plan);
               !problems.empty()) {
        for (const fp::Problem& p : problems)
            std::cerr << "fpcli: the merged plan: " << fp::describe(p) << "\n";
        std::cerr << "fpcli: the groups' changes do not fit together; nothing written\n";
        status = 1;
    } else if (!write_text(out, fp::write_plan(merge.plan))) {
        status = 2;
    } else {
        report["output"] = out;
    }
    std::cout << report.dump(2) << "\n";
    return status;
}

// Makes the folder `path` and any missing above it, like mkdir -p.
bool make_directories(const std::string& path) {
    for (std::size_t slash = path.find('/', 1);; slash = path.find('/', slash + 1)) {
        const std::string part = path.substr(0, slash);
        if (mkdir(part.c_str(), 0777) != 0 && errno != EEXIST) break;
        if (slash == std::string::npos) break;
    }
    struct stat info {};
    return stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

// Every table of the plan as a CSV file in DIR, and/or all of them in one
// zip. Both are written only once the plan has been read and checked.
int cmd_csv(int argc, char** argv) {
    std::string in, dir, zip;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "-o" || arg == "--output" || arg == "--zip") {
            if (i + 1 >= argc) return usage("\"" + arg + "\" needs a value");
            (arg == "--zip" ? zip : dir) = argv[++i];
        } else if (arg.rfind('-', 0) == 0) {
            return usage("unknown option \"" + arg + "\"");
        } else if (!in.empty()) {
            return usage("csv takes one file");
        } else {
            in = arg;
        }
    }
    if (in.empty() || (dir.empty() && zip.empty()))
        return usage("csv needs a file and -o DIR or --zip OUT.zip");
    fp::Plan plan;
    if (int status = load_plan(in, plan)) return status;
    if (!dir.empty()) {
        if (!make_directories(dir)) {
            std::cerr << "fpcli: cannot make the folder " << dir << "\n";
            return 2;
        }
        for (const fp::CsvFile& f : fp::plan_csv_files(plan))
            if (!write_text(dir + "/" + f.name, f.text)) return 2;
    }
    if (!zip.empty() && !write_text(zip, fp::plan_csv_zip(plan))) return 2;
    return 0;
}

// The printed plan, or with --review the effect-analysis report, as one
// self-contained HTML page to print from a browser. Labels are in the plan's
// language unless --language names another.
int cmd_report(int argc, char** argv) {
    std::string in, out, code;
    bool review = false;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "-o" || arg == "--output" || arg == "--language") {
            if (i + 1 >= argc) return usage("\"" + arg + "\" needs a value");
            (arg == "--language" ? code : out) = argv[++i];
        } else if (arg == "--review") {
            review = true;
        } else if (arg.rfind('-', 0) == 0) {
            return usage("unknown option \"" + arg + "\"");
        } else if (!in.empty()) {
            return usage("report takes one file");
        } else {
            in = arg;
        }
    }
    if (in.empty() || out.empty()) return usage("report needs a file and -o OUT.html");
    if (!code.empty() && !language_table(code))
        return usage("there is no language \"" + code + "\"; these exist: " + language_codes());
    fp::Plan plan;
    if (int status = load_plan(in, plan)) return status;
    // The plan's tag as the interface reads a browser's ("zh-TW" is
    // Traditional Chinese); English when no table fits it.
    if (code.empty()) code = fp::pick_language({plan.language});
    const std::optional<fp::Messages> table = language_table(code);
    if (!table) return usage("there is no language \"" + code + "\"");
    const std::string html =
        review ? fp::review_report_html(plan, *table) : fp::plan_report_html(plan, *table);
    return write_text(out, html) ? 0 : 2;
}

// The plan as a share link (core/share_link.h): the fragment after --base,
// or alone ("#plan=1....") without it, for the reader to put after the
// address the app is served from.
int cmd_share_link(int argc, char** argv) {
    std::string in, base;
    bool has_base = false;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--base") {
            if (i + 1 >= argc) return usage("\"" + arg + "\" needs a value");
            base = argv[++i];
            has_base = true;
        } else if (arg.rfind('-', 0) == 0) {
            return usage("unknown option \"" + arg + "\"");
        } else if (!in.empty()) {
            return usage("share-link takes one file");
        } else {
            in = arg;
        }
    }
    if (in.empty()) return usage("share-link needs a file");
    if (has_base && base.empty())
        return usage("--base needs an address such as https://example.org/");
    fp::Plan plan;
    if (int status = load_plan(in, plan)) return status;
    const std::optional<std::string> fragment = fp::share_fragment(plan);
    if (!fragment) {
        std::cerr << in << ": the plan is too large for a share link (packed, it is over "
                  << fp::kMaxShareLinkBytes
                  << " characters, more than chat apps and mail pass on whole); send the plan "
                     "file instead\n";
        return 1;
    }
    // A base that has a fragment of its own loses it: a URL has only one.
    std::cout << base.substr(0, base.find('#')) << "#" << *fragment << "\n";
    return 0;
}

// The plan a share link carries, checked as a file is, written as a file.
int cmd_open_link(int argc, char** argv) {
    std::string link, out;
    bool has_link = false;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "-o" || arg == "--output") {
            if (i + 1 >= argc) return usage("\"" + arg + "\" needs a value");
            out = argv[++i];
        } else if (has_link) {
            return usage("open-link takes one link");
        } else {
            link = arg;
            has_link = true;
        }
    }
    if (!has_link || out.empty()) return usage("open-link needs a link and -o OUT.plan.json");
    const fp::PlanReadResult read = fp::read_share_fragment(link);
    if (!read.ok) {
        for (const fp::Problem& p : read.problems)
            std::cerr << "link: " << fp::describe(p) << "\n";
        return 1;
    }
    return write_text(out, fp::write_plan(read.plan)) ? 0 : 2;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) return usage("a command is needed");
    const std::string command = argv[1];
    if (command == "templates") return cmd_templates(argc, argv);
    if (command == "new") return cmd_new(argc, argv);
    if (command == "validate") return cmd_validate(argc, argv);
    if (command == "summary") return cmd_summary(argc, argv);
    if (command == "format") return cmd_format(argc, argv);
    if (command == "forecast") return cmd_forecast(argc, argv);
    if (command == "allocate") return cmd_allocate(argc, argv);
    if (command == "next") return cmd_next(argc, argv);
    if (command == "merge") return cmd_merge(argc, argv);
    if (command == "csv") return cmd_csv(argc, argv);
    if (command == "report") return cmd_report(argc, argv);
    if (command == "share-link") return cmd_share_link(argc, argv);
    if (command == "open-link") return cmd_open_link(argc, argv);
    // The plan format as the field tables describe it: the JSON Schema and
    // the field tables of docs/plan-format.md.
    if (command == "schema" || command == "format-doc") {
        if (argc != 2) return usage(command + " takes no arguments");
        std::cout << (command == "schema" ? fp::format_json_schema() : fp::format_field_tables());
        return 0;
    }
    if (command == "--help" || command == "-h" || command == "help") {
        std::cout << kUsage;
        return 0;
    }
    return usage("unknown command \"" + command + "\"");
}
