#include "ui/sections.h"

#include "core/lists.h"

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

Section section_for(const Plan& plan, const Place& place) {
    const std::string& list = place.list;
    const std::string& field = place.field;
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
    // Each list's home is in core/lists.h; "stage" sends an item to its stage's section.
    const ListInfo* info = find_list(list);
    if (!info) return Section::Plan;
    if (std::string_view(info->section) == "stage") {
        const std::optional<Stage> stage = item_stage(plan, info->key, place.item_id);
        return stage ? section_of_stage(*stage) : Section::Plan;
    }
    for (std::size_t i = 0; i < kSections.size(); ++i)
        if (std::string_view(section_key(kSections[i])) == info->section) return kSections[i];
    return Section::Plan;
}

} // namespace fp::ui
