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

#include <string>
#include <string_view>
#include <vector>

namespace fp {

struct TemplateSource {
    std::string_view key; // "launch", used by fpcli new --template
    // Whether the template is tied to its market's currency (a Chinese
    // platform sale keeps CNY in every language) rather than taking the
    // language's own.
    bool keeps_currency = false;
    std::string_view text; // the template's plan file, in English
};

// Generated at build time from assets/templates/ (scripts/embed-templates.cmake).
const std::vector<TemplateSource>& builtin_templates();

const TemplateSource* find_template(std::string_view key);

// The message keys of a template's title and summary: "template.launch.title".
std::string template_title_key(std::string_view key);
std::string template_summary_key(std::string_view key);

// A new plan from a template in `language` (its table's template_text): a
// fresh plan id, the given name (or the template's), every text translated,
// the language's currency unless the template keeps its own (amounts
// converted at rounded planning rates), and every date moved so that the
// plan starts today.
struct TemplateResult {
    bool ok = false;
    Plan plan;
    std::string error;
};
TemplateResult plan_from_template(const TemplateSource& source, const std::string& name,
                                  const Stamp& stamp, const Messages& language);

// Every text of a template that a language translates, once each, in order.
std::vector<std::string> template_texts(const Plan& plan);

} // namespace fp
