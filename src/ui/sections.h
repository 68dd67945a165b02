// The sections an open plan is shown in, and which section holds each part
// of the model, so that findings and search results can jump to an item.
#pragma once

#include "core/model.h"
#include "core/place.h"
#include "ui/text.h"

#include <array>
#include <cstdint>
#include <string>

namespace fp::ui {

enum class Section : std::uint8_t {
    Overview,
    Plan,
    Reach,
    Act,
    Convert,
    Engage,
    Execution,
    Timeline,
    Forecast,
    Measure,
    Risks
};
inline constexpr std::array<Section, 11> kSections = {
    Section::Overview, Section::Plan,    Section::Reach,     Section::Act,
    Section::Convert,  Section::Engage,  Section::Execution, Section::Timeline,
    Section::Forecast, Section::Measure, Section::Risks};

// "timeline": names the section in ids ("section-timeline") and texts.
const char* section_key(Section section);
const std::string& section_title(const Text& text, Section section);
Section section_of_stage(Stage stage);
// The RACE stage a section shows, for Plan to Engage.
bool section_stage(Section section, Stage* stage);

// The section that shows a place: an item of a list, or the plan's own
// field (("", "", "strategy/price"), ("", "", "budget_total")).
Section section_for(const Plan& plan, const Place& place);

} // namespace fp::ui
