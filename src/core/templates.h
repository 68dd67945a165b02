// The templates a plan can start from (assets/templates/, built into the
// program): a blank RACE plan, one per scenario, and a worked sample. They
// are written in English; a language's table (core/messages.h) carries their
// texts in that language, so figures live in one file and stay the same in
// every language. Each template file holds the whole RACE checklist (the
// blank template's, repeated) rather than sharing one list spliced in at
// build time: a template stays a complete plan that reads, validates and
// exports on its own, in the exporter's own form, and needs no loader
// logic; templates_test holds every copy equal to the blank's.
#pragma once

#include "messages.h"
#include "workspace.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fp {

// How a plan made from a template is dated (templates.json's "dates").
enum class TemplateDates : std::uint8_t {
    Today, // every date moved so that the plan starts today
    Own,   // kept as written: a worked example of a past campaign
    Event, // placed around a sale day: the burst phase ends on the event
};

struct TemplateSource {
    std::string_view key; // "launch", used by fpcli new --template
    // Whether the template is tied to its market's currency (a Chinese
    // platform sale keeps CNY in every language) rather than taking the
    // language's own.
    bool keeps_currency = false;
    TemplateDates dates = TemplateDates::Today;
    std::string_view text; // the template's plan file, in English
};

// Generated at build time from assets/templates/ (scripts/embed-templates.cmake).
const std::vector<TemplateSource>& builtin_templates();

const TemplateSource* find_template(std::string_view key);

// The message keys of a template's title and summary: "template.launch.title".
std::string template_title_key(std::string_view key);
std::string template_summary_key(std::string_view key);

// The platform sale days an event-anchored template is offered for, by the
// names people use for them.
struct SaleDay {
    std::string_view name; // "11.11"
    int month, day;
};
inline constexpr SaleDay kSaleDays[] = {{"11.11", 11, 11}, {"6.18", 6, 18}};

// The first `sale` day after `today`: on the day itself it is too late to
// warm up, so that gives next year's.
Date next_sale_day(const SaleDay& sale, const Date& today);
// The sale day that comes first after today, and its date: an
// event-anchored template's event when none is given.
const SaleDay& next_sale(const Date& today);
Date next_sale_event(const Date& today);
// An event as typed: a sale day's name ("11.11", its next occurrence after
// today) or a date "YYYY-MM-DD"; empty when it is neither.
std::optional<Date> parse_event(std::string_view text, const Date& today);

struct TemplateOptions {
    // For an event-anchored template: the sale day its burst ends on
    // (next_sale_event() when empty). Other templates refuse one.
    std::optional<Date> event;
};

// A new plan from a template in `language` (its table's template_text): a
// fresh plan id, the given name (or the template's), every text translated,
// the language's currency unless the template keeps its own (amounts
// converted at rounded planning rates), and its dates as the template's
// TemplateDates says: moved to start today, kept, or moved so that the burst
// ends on the event; its market's public holidays over those dates as its
// non-working days (core/holidays.h). A milestone or review session on the
// template's review date (review_due) moves to the plan's, so that it stays
// on a working day.
struct TemplateResult {
    bool ok = false;
    Plan plan;
    std::string error;
};
TemplateResult plan_from_template(const TemplateSource& source, const std::string& name,
                                  const Stamp& stamp, const Messages& language,
                                  const TemplateOptions& options = {});

// Every text of a template that a language translates, once each, in order.
std::vector<std::string> template_texts(const Plan& plan);

} // namespace fp
