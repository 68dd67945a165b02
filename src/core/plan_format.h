// The plan file: a self-describing JSON document, {"format", "version", "plan"}.
// Writing is deterministic (same plan, same bytes); reading checks everything
// and reports each problem with the place it concerns. Older versions are
// migrated on reading. See docs/plan-format.md and assets/schema/.
#pragma once

#include "json_reader.h"
#include "model.h"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace fp {

inline constexpr std::string_view kFormatName = "funnelplan.plan";
inline constexpr int kFormatVersion = 4;

struct FormatLimits {
    JsonLimits json;
    std::size_t max_name_chars = 200;
    std::size_t max_text_chars = 4000;
    std::size_t max_items = 5000; // per list (objectives, tasks, ...)
};

// One thing wrong with a file: where (JSON Pointer and text position) and what.
struct Problem {
    std::string pointer; // "/plan/objectives/2/stage"
    TextPosition at;
    Message message;
};

// "line 4, column 18, plan.objectives[2].stage: ..." for people reading it,
// in English (describe) or in any language (description).
Message description(const Problem& problem);
std::string describe(const Problem& problem);
// "plan.objectives[2].stage" from "/plan/objectives/2/stage".
std::string readable_path(std::string_view pointer);

struct PlanReadResult {
    bool ok = false;
    Plan plan;
    std::vector<Problem> problems; // empty when ok
};

std::string write_plan(const Plan& plan);
// The same document on one line, without indentation: for share links,
// where every byte counts.
std::string write_plan_compact(const Plan& plan);

// Writes write_plan's text a slice at a time, so that saving a large plan
// never holds up a frame. Between the first slice and the last the plan must
// be the same and unchanged (Session starts again when it changes).
class PlanFileWriter {
  public:
    PlanFileWriter();
    ~PlanFileWriter();
    PlanFileWriter(PlanFileWriter&&) noexcept;
    PlanFileWriter& operator=(PlanFileWriter&&) noexcept;

    // Writes on, a field or a list item at a time, until `bytes` more are
    // written or the file is whole; true once it is whole.
    bool write_some(const Plan& plan, std::size_t bytes);
    std::size_t written() const;
    // The whole file, once write_some has said so.
    std::string take();

  private:
    struct State;
    std::unique_ptr<State> state_;
};
PlanReadResult read_plan(std::string_view text, const FormatLimits& limits = {});

// The plan as the JSON value under "plan" in a file.
Json plan_json(const Plan& plan);

} // namespace fp
