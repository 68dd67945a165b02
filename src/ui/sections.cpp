#include "ui/sections.h"

#include <algorithm>

namespace fp::ui {

const char* section_key(Section section) {
    static constexpr const char* kKeys[] = {"overview", "plan",    "reach",     "act",
                                            "convert",  "engage",  "execution", "timeline",
                                            "forecast", "measure", "risks"};
    static_assert(std::size(kKeys) == kSections.size());
    return kKeys[static_cast<std::size_t>(section)];
}

const std::string& section_title(const Text& text, Section section) {
    return text(std::string("section.") + section_key(section));
}

Section section_of_stage(Stage stage) {
    return static_cast<Section>(static_cast<int>(Section::Plan) + static_cast<int>(stage));
}

bool section_stage(Section section, Stage* stage) {
    const int i = static_cast<int>(section) - static_cast<int>(Section::Plan);
    if (i < 0 || i > static_cast<int>(Stage::Engage)) return false;
    *stage = static_cast<Stage>(i);
    return true;
}

namespace {
template <class T> const T* by_id(const std::vector<T>& list, const std::string& id) {
    auto it = std::find_if(list.begin(), list.end(), [&](const T& x) { return x.id == id; });
    return it == list.end() ? nullptr : &*it;
}
} // namespace

Section section_for(const Plan& plan, const std::string& list, const std::string& item_id,
                    const std::string& field) {
    if (list.empty()) {
        // The plan's own fields: details and the 4P on the Plan section, each
        // brand message with its stage, the budget total with Execution.
        if (field == "strategy/awareness_message") return Section::Reach;
        if (field == "strategy/familiarity_message") return Section::Act;
        if (field == "strategy/intent_message") return Section::Convert;
        if (field == "budget_total") return Section::Execution;
        if (field.rfind("forecast/", 0) == 0) return Section::Forecast;
        return Section::Plan;
    }
    if (list == "objectives")
        if (const Objective* o = by_id(plan.objectives, item_id)) return section_of_stage(o->stage);
    if (list == "channels")
        if (const Channel* c = by_id(plan.channels, item_id)) return section_of_stage(c->stage);
    if (list == "checklist")
        if (const ChecklistItem* c = by_id(plan.checklist, item_id))
            return section_of_stage(c->stage);
    if (list == "phases" || list == "tasks" || list == "resources" || list == "budget")
        return Section::Execution;
    if (list == "kpis" || list == "reviews") return Section::Measure;
    if (list == "scenarios") return Section::Forecast;
    if (list == "risks") return Section::Risks;
    return Section::Plan; // review, activities, competitors, swot, tows, segments, milestones
}

} // namespace fp::ui
