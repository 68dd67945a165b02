// The printed plan and the effect-analysis report as HTML documents, for
// the browser's Print / Save as PDF and `fpcli report`. Each is complete and
// self-contained: an inline print style for A4, no script and no outside
// resource, so that a shared plan prints the same anywhere and nothing in it
// can run. They are also the accessible view of a plan (the canvas is not):
// real headings, tables with header cells and the plan's language.
//
// Labels come from `language`; dates and numbers are written as its market
// writes them. Every text from the plan goes through html_escape().
#pragma once

#include "messages.h"
#include "model.h"

#include <string>
#include <string_view>

namespace fp {

// Summary and mission, SMART objectives by stage, the 4P and key messages,
// Table 1 (KPI decomposition), Table 2 (resources and schedule) with a
// timeline, the budget by stage, channel and media type, the forecast with
// its ranges, and the risks.
std::string plan_report_html(const Plan& plan, const Messages& language);

// After the campaign: Table 3 (target, actual, achievement, problem,
// suggestion), each channel's cost per order and ROAS against its forecast,
// the review sessions' findings and decisions, and the split proposed for
// the next period.
std::string review_report_html(const Plan& plan, const Messages& language);

// Text as HTML shows it, in content and in quoted attributes alike: & < > "
// and ' as character references, everything else (any script) byte for byte.
std::string html_escape(std::string_view text);

} // namespace fp
