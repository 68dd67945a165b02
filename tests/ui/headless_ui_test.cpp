// Drives the real interface natively, headless, through the platform's stand-in:
// widgets are found by label through the same registry as window.planner.itemRect.
#include "core/csv_export.h"
#include "core/date_format.h"
#include "core/edits.h"
#include "core/forecast.h"
#include "core/lists.h"
#include "core/model_json.h"
#include "core/plan_format.h"
#include "core/templates.h"
#include "platform/native_stand_in.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/item_table.h"
#include "ui/sections.h"

#include <catch2/catch.hpp>
#include <imgui.h>
#include <nlohmann/json.hpp>

namespace native = fp::platform::native;
using nlohmann::json;

namespace {

struct Session {
    fp::ui::App app;
    Session() {
        fp::platform::Hooks hooks;
        hooks.draw = [this] { app.draw(); };
        hooks.api = [this](std::string_view r, std::string_view text) { return app.api(r, text); };
        hooks.file_opened = [this](const std::string& n, const std::string* t, std::size_t s) {
            app.file_opened(n, t, s);
        };
        hooks.storage_failed = [this](const std::string& m) { app.storage_failed(m); };
        hooks.stored_elsewhere = [this](const fp::platform::StoredChange& c) {
            app.stored_elsewhere(c);
        };
        hooks.language_loaded = [this](const std::string& c, const std::string* t) {
            app.language_loaded(c, t);
        };
        fp::platform::run(std::move(hooks));
        native::step_frame();
        native::step_frame();
    }
    ~Session() { native::shutdown(); }

    json call(const json& request) { return json::parse(native::call_api(request.dump())); }

    void click(const std::string& label) {
        INFO("clicking " << label);
        json rect = call({{"method", "itemRect"}, {"label", label}})["rect"];
        REQUIRE_FALSE(rect.is_null());
        const float x = rect["x"].get<float>() + rect["width"].get<float>() / 2;
        const float y = rect["y"].get<float>() + rect["height"].get<float>() / 2;
        native::step_frame({x, y, false, {}});
        native::step_frame({x, y, true, {}});
        native::step_frame({x, y, false, {}});
        native::step_frame({x, y, false, {}});
    }

    void type(const std::string& text) {
        native::step_frame({-1, -1, false, text});
        native::step_frame();
    }
};

} // namespace

TEST_CASE("a plan is created by clicking the interface and stored at once") {
    native::set_stored_plans({});
    Session s;
    s.click("New plan name");
    s.type("Spring launch");
    s.click("Create plan");
    json plans = s.call({{"method", "listPlans"}});
    REQUIRE(plans.size() == 1);
    CHECK(plans[0]["name"] == "Spring launch");
    CHECK(native::storage().count(plans[0]["id"].get<std::string>()) == 1);
}

TEST_CASE("a plan is created from each template through the picker") {
    native::set_stored_plans({});
    Session s;
    json templates = s.call({{"method", "listTemplates"}});
    REQUIRE(templates.size() == 7);
    for (const json& t : templates) {
        const std::string key = t["key"];
        s.click("Template");
        s.click("template-" + key);
        s.click("Create plan");
        auto plan =
            fp::read_plan(s.call({{"method", "currentPlanJson"}})["json"].get<std::string>());
        REQUIRE(plan.ok);
        // An empty name field keeps the template's own name.
        CHECK(plan.plan.name == fp::read_plan(fp::find_template(key)->text).plan.name);
        CHECK(native::storage().count(plan.plan.id) == 1);
    }
    CHECK(s.call({{"method", "listPlans"}}).size() == 7);
}

namespace {
fp::Date burst_end(const fp::Plan& plan) {
    for (const fp::Phase& p : plan.phases)
        if (p.kind == fp::PhaseKind::Burst) return p.dates.end;
    FAIL("no burst phase");
    return {};
}
} // namespace

TEST_CASE("a mega-sale plan is made around the event picked beside the template") {
    native::set_stored_plans({});
    Session s;
    s.click("Template");
    s.click("template-mega-sale");
    s.click("event-6.18");
    s.click("Create plan");
    auto plan = fp::read_plan(s.call({{"method", "currentPlanJson"}})["json"].get<std::string>());
    REQUIRE(plan.ok);
    CHECK(burst_end(plan.plan) == fp::next_sale_day(fp::kSaleDays[1], fp::platform::today()));

    // Another date, from the calendar beside the field, which opens on the
    // next sale day.
    const fp::Date day = fp::add_days(fp::next_sale_event(fp::platform::today()), 1);
    s.click("event-date");
    s.click("pick-new-plan-event");
    s.click("day-" + fp::format_date(day));
    s.click("Create plan");
    plan = fp::read_plan(s.call({{"method", "currentPlanJson"}})["json"].get<std::string>());
    REQUIRE(plan.ok);
    CHECK(burst_end(plan.plan) == day);
}

TEST_CASE("createPlan takes an event for an event-anchored template only") {
    native::set_stored_plans({});
    Session s;
    s.call({{"method", "createPlan"},
            {"name", "Sale"},
            {"template", "mega-sale"},
            {"event", "2027-06-18"}});
    const auto made =
        fp::read_plan(s.call({{"method", "currentPlanJson"}})["json"].get<std::string>());
    REQUIRE(made.ok);
    CHECK(burst_end(made.plan) == fp::Date{2027, 6, 18});
    CHECK(s.call({{"method", "createPlan"},
                  {"name", "Launch"},
                  {"template", "launch"},
                  {"event", "2027-06-18"}})["error"] ==
          "the template \"launch\" is not tied to an event");
    CHECK(s.call({{"method", "createPlan"},
                  {"name", "Sale"},
                  {"template", "mega-sale"},
                  {"event", "soon"}})
              .contains("error"));
}

TEST_CASE("edits are saved after a short pause and undo restores them") {
    native::set_stored_plans({});
    Session s;
    std::string id = s.call({{"method", "createPlan"}, {"name", "Q4"}})["id"];
    s.type("");
    s.click("Reach##section-reach");
    s.click("add-objectives-stage");
    auto plan = fp::read_plan(s.call({{"method", "currentPlanJson"}})["json"].get<std::string>());
    REQUIRE(plan.ok);
    REQUIRE(plan.plan.objectives.size() == 1);
    CHECK(plan.plan.objectives[0].stage == fp::Stage::Reach);
    s.click("Undo");
    plan = fp::read_plan(s.call({{"method", "currentPlanJson"}})["json"].get<std::string>());
    CHECK(plan.plan.objectives.empty());
    s.call({{"method", "flush"}});
    CHECK(fp::read_plan(native::storage().at(id)).plan.objectives.empty());
}

TEST_CASE("stored plans come back; an unreadable record is set aside, its text offered") {
    fp::Plan p;
    p.id = "plan-keep";
    p.name = "Kept";
    p.created = p.modified = "2026-11-24T00:00:00Z";
    p.period = {{2026, 11, 1}, {2026, 11, 30}};
    const std::string damaged =
        "{\"format\": \"funnelplan.plan\", \"version\": 1, \"plan\": {\"id\": \"pl\u00e1n";
    native::set_stored_plans({{"plan-keep", fp::write_plan(p)}, {"plan-bad", damaged}});
    Session s;
    json plans = s.call({{"method", "listPlans"}});
    REQUIRE(plans.size() == 1);
    CHECK(plans[0]["id"] == "plan-keep");
    REQUIRE(s.app.ui().set_aside.size() == 1);
    CHECK(s.app.ui().set_aside[0].why.id == "plan-bad");
    s.click("set-aside-1");
    REQUIRE_FALSE(native::downloads().empty());
    CHECK(native::downloads().back().filename == "plan-bad.stored.txt");
    CHECK(native::downloads().back().text == damaged);
    CHECK(native::storage().count("plan-bad") == 0); // never written, never deleted
    // Edits to the other plans are stored as usual.
    s.click("Reach##section-reach");
    s.click("add-objectives-stage");
    s.call({{"method", "flush"}});
    CHECK(fp::read_plan(native::storage().at("plan-keep")).plan.objectives.size() == 1);
    s.click("set-aside-dismiss");
    CHECK(s.app.ui().set_aside.empty());
}

TEST_CASE("a broken file is refused with the place of the problem and nothing changes") {
    native::set_stored_plans({});
    Session s;
    s.call({{"method", "createPlan"}, {"name", "Only"}});
    native::choose_file("broken.plan.json",
                        "{\"format\": \"funnelplan.plan\",\n \"version\": 1,\n \"plan\": []}");
    native::step_frame();
    CHECK(s.call({{"method", "listPlans"}}).size() == 1);
    REQUIRE(s.app.ui().notice);
    CHECK(s.app.ui().notice->lines.at(0) ==
          "line 3, column 10, plan: must be an object, not a list");
}

TEST_CASE("delete asks first and removes the stored record") {
    native::set_stored_plans({});
    Session s;
    std::string id = s.call({{"method", "createPlan"}, {"name", "Temp"}})["id"];
    s.type("");
    s.click("Delete...");
    s.click("Delete plan");
    CHECK(s.call({{"method", "listPlans"}}).empty());
    CHECK(native::storage().count(id) == 0);
}

TEST_CASE("export downloads <name>.plan.json with the plan's exact text") {
    native::set_stored_plans({});
    Session s;
    s.call({{"method", "createPlan"}, {"name", "Mega sale: 11/11"}});
    s.type("");
    s.click("Export");
    REQUIRE_FALSE(native::downloads().empty());
    CHECK(native::downloads().back().filename == "Mega sale_ 11_11.plan.json");
    CHECK(native::downloads().back().text ==
          s.call({{"method", "currentPlanJson"}})["json"].get<std::string>());
}

TEST_CASE("Plan > Export tables downloads <name>-tables.zip, what exportTablesZip returns") {
    native::set_stored_plans({});
    Session s;
    CHECK(s.call({{"method", "exportTables"}})["tables"].is_null());
    CHECK(s.call({{"method", "exportTablesZip"}})["zip"].is_null());
    s.call({{"method", "createPlan"}, {"name", "雙十一: 11/11"}, {"template", "sample-double-11"}});
    s.type("");
    const std::size_t before = native::downloads().size();
    s.click("menu-plan");
    s.click("menu-export-tables");
    REQUIRE(native::downloads().size() == before + 1);
    const native::Download& zip = native::downloads().back();
    CHECK(zip.filename == "雙十一_ 11_11-tables.zip");
    CHECK(zip.media_type == "application/zip");
    CHECK(zip.text.substr(0, 4) == std::string("PK\x03\x04"));
    const json api = s.call({{"method", "exportTablesZip"}})["zip"];
    CHECK(api["filename"] == zip.filename);
    const std::string base64 = api["base64"];
    CHECK(base64.size() == (zip.text.size() + 2) / 3 * 4);
    CHECK(base64.substr(0, 8) == "UEsDBBQA"); // "PK\3\4" and version 20
    const json tables = s.call({{"method", "exportTables"}})["tables"];
    REQUIRE(tables.size() == std::size(fp::kCsvTables));
    for (const json& t : tables) {
        INFO(t["name"].get<std::string>());
        CHECK(zip.text.find(t["name"].get<std::string>()) != std::string::npos);
        CHECK(zip.text.find(t["text"].get<std::string>()) != std::string::npos);
    }
    // Export itself still offers the plan's JSON as such.
    s.click("Export");
    CHECK(native::downloads().back().media_type == "application/json");
}

namespace {
fp::Plan current_plan(Session& s) {
    auto read = fp::read_plan(s.call({{"method", "currentPlanJson"}})["json"].get<std::string>());
    REQUIRE(read.ok);
    return read.plan;
}
} // namespace

TEST_CASE("an amount typed in the plan's currency is stored exactly; a wrong one stays a draft") {
    native::set_stored_plans({});
    Session s;
    s.call({{"method", "createPlan"}, {"name", "Budget"}, {"template", "blank"}});
    s.type("");
    s.click("Execution##section-execution");
    s.click("add-budget");
    s.type(""); // the new row scrolls into view
    const std::string id = current_plan(s).budget.at(0).id;
    s.click("budget/" + id + "/amount");
    s.type("12,345.6");
    CHECK(current_plan(s).budget.at(0).amount == 1234560);
    s.type("x");
    // Not an amount: the plan keeps the last good value, the field keeps the text.
    CHECK(current_plan(s).budget.at(0).amount == 1234560);
    REQUIRE(s.app.ui().drafts.size() == 1);
    CHECK(s.app.ui().drafts.begin()->second.text == "12,345.6x");
}

namespace {
// A plan from `template_key` whose own language is Spanish (in euros), open,
// while the interface stays English.
void open_spanish_plan(Session& s, const std::string& template_key) {
    s.call({{"method", "createPlan"}, {"name", "Plan"}, {"template", template_key}});
    json file = json::parse(s.call({{"method", "currentPlanJson"}})["json"].get<std::string>());
    file["plan"]["id"] = "plan-es";
    file["plan"]["language"] = "es";
    file["plan"]["currency"] = "EUR";
    const json imported = s.call({{"method", "importPlanJson"}, {"text", file.dump()}});
    REQUIRE(imported["ok"].get<bool>());
    s.call({{"method", "openPlan"}, {"id", imported["planId"]}});
    s.type("");
}
} // namespace

TEST_CASE("an amount is typed as the plan's language writes it; an ambiguous one is refused") {
    native::set_stored_plans({});
    Session s;
    // A Spanish plan: 1.234,5 is one thousand two hundred and thirty-four and a half.
    open_spanish_plan(s, "blank");
    s.click("Execution##section-execution");
    s.click("add-budget");
    s.type("");
    const std::string id = current_plan(s).budget.at(0).id;
    s.click("budget/" + id + "/amount");
    s.type("1.234,5");
    CHECK(current_plan(s).budget.at(0).amount == 123450);
    // Written the English way, the same amount: the order of the two
    // separators says which is which.
    s.click("Overview##section-overview");
    s.click("Execution##section-execution");
    s.click("budget/" + id + "/amount");
    s.type("2,000.5");
    CHECK(current_plan(s).budget.at(0).amount == 200050);
    // One separator and three digits: a thousand in English, a fraction in
    // Spanish. Refused with the reason; the plan keeps the last good value.
    s.click("Overview##section-overview");
    s.click("Execution##section-execution");
    s.click("budget/" + id + "/amount");
    s.type("1,234");
    CHECK(current_plan(s).budget.at(0).amount == 200050);
    REQUIRE(s.app.ui().drafts.size() == 1);
    CHECK(s.app.ui().drafts.begin()->second.text == "1,234");
    CHECK_THAT(s.app.ui().drafts.begin()->second.problem, Catch::Contains("a thousand where"));
}

TEST_CASE("a date is shown and typed as the plan's language writes it; the file keeps ISO") {
    native::set_stored_plans({});
    Session s;
    open_spanish_plan(s, "launch");
    s.click("Execution##section-execution");
    const std::string id = current_plan(s).tasks.at(0).id;
    const std::string cell = "tasks/" + id + "/dates/end";
    // Day first in Spanish: 03/04/2027 is the third of April.
    s.click(cell);
    s.type("03/04/2027");
    CHECK(current_plan(s).tasks.at(0).dates.end == fp::Date{2027, 4, 3});
    // ISO is understood in every language.
    s.click("Overview##section-overview");
    s.click("Execution##section-execution");
    s.click(cell);
    s.type("2027-04-05");
    CHECK(current_plan(s).tasks.at(0).dates.end == fp::Date{2027, 4, 5});
    // Not a day: refused with an example in the plan's own form.
    s.click("Overview##section-overview");
    s.click("Execution##section-execution");
    s.click(cell);
    s.type("31/02/2027");
    CHECK(current_plan(s).tasks.at(0).dates.end == fp::Date{2027, 4, 5});
    REQUIRE(s.app.ui().drafts.size() == 1);
    CHECK_THAT(s.app.ui().drafts.begin()->second.problem, Catch::Contains("01/11/2026"));
}

TEST_CASE("removing a phase that tasks use clears them, and one undo brings all back") {
    native::set_stored_plans({});
    Session s;
    s.call({{"method", "createPlan"}, {"name", "Sale"}, {"template", "sample-double-11"}});
    s.type("");
    const fp::Plan before = current_plan(s);
    REQUIRE_FALSE(before.phases.empty());
    const std::string phase = before.phases[0].id;
    int users = 0;
    for (const fp::Task& t : before.tasks)
        users += t.phase_id == phase;
    REQUIRE(users > 0);
    s.click("Execution##section-execution");
    s.click("remove-" + phase);
    const fp::Plan after = current_plan(s);
    CHECK(after.phases.size() == before.phases.size() - 1);
    for (const fp::Task& t : after.tasks)
        CHECK(t.phase_id != phase);
    s.click("Undo");
    // All of it back; the time of the last change is when the undo happened,
    // which is a second later when the clock ticks over during the test.
    fp::Plan undone = current_plan(s);
    CHECK(undone.modified >= before.modified);
    undone.modified = before.modified;
    CHECK(fp::write_plan(undone) == fp::write_plan(before));
}

TEST_CASE("a table copies as tab-separated text, as shown, for a spreadsheet") {
    native::set_stored_plans({});
    Session s;
    s.call({{"method", "createPlan"}, {"name", "Sale"}, {"template", "sample-double-11"}});
    s.type("");
    const fp::Plan plan = current_plan(s);
    s.click("Execution##section-execution");
    s.click("copy-tasks");
    const std::string text = ImGui::GetClipboardText();
    std::vector<std::vector<std::string>> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        REQUIRE(end != std::string::npos); // every line ends with a line break
        std::vector<std::string> cells;
        std::size_t from = start;
        for (std::size_t tab; (tab = text.find('\t', from)) < end; from = tab + 1)
            cells.push_back(text.substr(from, tab - from));
        cells.push_back(text.substr(from, end - from));
        lines.push_back(cells);
        start = end + 1;
    }
    REQUIRE(lines.size() == plan.tasks.size() + 1);
    CHECK(lines[0].at(0) == "Task");
    CHECK(lines[0].at(6) == "Budget (" + plan.currency + ")");
    const fp::Task& task = plan.tasks[0];
    const auto& row = lines[1];
    REQUIRE(row.size() == lines[0].size());
    CHECK(row[0] == task.title);
    const auto phase = std::find_if(plan.phases.begin(), plan.phases.end(),
                                    [&](const fp::Phase& p) { return p.id == task.phase_id; });
    REQUIRE(phase != plan.phases.end());
    CHECK(row[1] == phase->name); // a reference by its name, not its id
    CHECK(row[2] == fp::format_local_date(task.dates.start, plan.language)); // "Dec 12, 2026"
    CHECK(row[6] == fp::format_money(task.budget, plan.currency));
}

TEST_CASE("a cell holding a tab, a line break or a quote is quoted for a spreadsheet") {
    CHECK(fp::ui::table_detail::tsv_line({"雙11", "더블11", "Việt"}) == "雙11\t더블11\tViệt\n");
    CHECK(fp::ui::table_detail::tsv_line({"a\tb", "line 1\nline 2", "say \"hi\""}) ==
          "\"a\tb\"\t\"line 1\nline 2\"\t\"say \"\"hi\"\"\"\n");
    CHECK(fp::ui::table_detail::tsv_line({}) == "\n");
}

TEST_CASE("the interface follows the browser's language and switches without losing an edit") {
    native::set_stored_plans({});
    native::set_preferred_languages({"zh-TW", "en-US"});
    Session s;
    CHECK(s.call({{"method", "language"}})["code"] == "zh-Hant");
    CHECK(native::document_language() == "zh-Hant");
    // The page's own screens (a lost display, a failure) speak it too.
    CHECK(native::page_words().failure_title == "Funnelplan 已停止");
    CHECK(native::page_words().failure_download == "下載「{name}」");
    s.call({{"method", "createPlan"}, {"name", "Sale"}, {"template", "sample-double-11"}});
    s.type("");
    // The tabs keep their ids; what they say is Traditional Chinese.
    const auto label = [&](const std::string& l) {
        return !s.call({{"method", "itemRect"}, {"label", l}})["rect"].is_null();
    };
    CHECK(label("總覽##section-overview"));
    CHECK_FALSE(label("Overview##section-overview"));
    // A name half typed survives the switch.
    s.click("New plan name");
    s.type("雙11");
    CHECK(s.call({{"method", "setLanguage"}, {"code", "ko"}})["ok"] == true);
    s.type("");
    CHECK(s.call({{"method", "language"}})["code"] == "ko");
    CHECK(label("개요##section-overview"));
    s.type(" 예열");
    CHECK(s.app.ui().new_plan_name == "雙11 예열");
    CHECK(s.call({{"method", "setLanguage"}, {"code", "tlh"}})["ok"] == false);
    CHECK(s.call({{"method", "language"}})["code"] == "ko");
    CHECK(s.call({{"method", "languages"}}).size() == 6);
    CHECK(s.call({{"method", "setLanguage"}, {"code", "en"}})["ok"] == true);
    s.type("");
    CHECK(label("Overview##section-overview"));
    native::set_preferred_languages({"en-US"});
}

TEST_CASE("a finding in the panel jumps to its section") {
    native::set_stored_plans({});
    Session s;
    s.call({{"method", "createPlan"}, {"name", "Goals"}, {"template", "blank"}});
    s.type("");
    s.click("Convert##section-convert");
    s.click("add-objectives-stage"); // an empty objective fails SMART
    s.click("Overview##section-overview");
    REQUIRE(s.app.ui().section == fp::ui::Section::Overview);
    s.click("findings-toggle");
    s.click("finding-0");
    CHECK(s.app.ui().section == fp::ui::Section::Convert);
    REQUIRE(s.app.ui().focus);
    CHECK(s.app.ui().focus->place.list == "objectives");
}

TEST_CASE("every list has a section that shows it, and an item goes to its stage's section") {
    using fp::ui::Section;
    native::set_stored_plans({});
    Session s;
    s.call({{"method", "createPlan"}, {"name", "Sale"}, {"template", "sample-double-11"}});
    const fp::Plan plan = current_plan(s);
    REQUIRE(!plan.channels.empty());
    for (const fp::ListInfo& list : fp::kLists) {
        INFO(list.key);
        if (std::string_view(list.section) == "stage") continue;
        bool known = false;
        for (Section section : fp::ui::kSections)
            known = known || std::string_view(fp::ui::section_key(section)) == list.section;
        CHECK(known);
    }
    CHECK(fp::ui::section_for(plan, {"tasks", "", "title"}) == Section::Execution);
    CHECK(fp::ui::section_for(plan, {"scenarios/sc-1/spends", "sp-1", "amount"}) ==
          Section::Forecast);
    CHECK(fp::ui::section_for(plan, {"kpis", "", "actual"}) == Section::Measure);
    for (const fp::Channel& c : plan.channels)
        CHECK(fp::ui::section_for(plan, {"channels", c.id, "name"}) ==
              fp::ui::section_of_stage(c.stage));
    CHECK(fp::ui::section_for(plan, {"", "", "strategy/intent_message"}) == Section::Convert);
}

TEST_CASE("a row added to a table takes its list's id prefix and its pickers list the target") {
    native::set_stored_plans({});
    Session s;
    s.call({{"method", "createPlan"}, {"name", "Ids"}, {"template", "blank"}});
    s.type("");
    s.click("Execution##section-execution");
    s.click("add-phases");
    s.type("");
    s.click("add-tasks");
    s.type("");
    s.click("add-budget");
    s.type("");
    const fp::Plan plan = current_plan(s);
    REQUIRE(plan.phases.size() == 1);
    CHECK(plan.phases[0].id.rfind("ph-", 0) == 0);
    REQUIRE(plan.tasks.size() == 1);
    CHECK(plan.tasks[0].id.rfind("task-", 0) == 0);
    REQUIRE(plan.budget.size() == 1);
    CHECK(plan.budget[0].id.rfind("bud-", 0) == 0);
    // The task's phase picker offers the phase, named as the list names it.
    CHECK(fp::ui::table_detail::target_of("tasks", "phase_id") == std::string("phases"));
    CHECK(fp::ui::table_detail::target_of("scenarios/sc-1/spends", "channel_id") ==
          std::string("channels"));
    CHECK(fp::ui::table_detail::target_of("tasks", "title") == std::string());
    const auto& names = s.app.names_of("phases");
    REQUIRE(names.count(plan.phases[0].id));
}

TEST_CASE("characters the font lacks are found where they are drawn and added as glyphs") {
    native::set_stored_plans({});
    Session s;
    auto stats = [&] { return s.call({{"method", "stats"}}); };
    CHECK(stats()["missingGlyphs"] == 0);
    // Chinese, Korean and Vietnamese in a plan's name, drawn in the sidebar.
    const std::string name = "Khuyến 雙11 더블11"; // short enough for the sidebar
    json created = s.call({{"method", "createPlan"}, {"name", name}});
    REQUIRE(created["id"].is_string());
    native::step_frame(); // draws placeholders, which the frame's vertices reveal
    CHECK(stats()["fontsLoading"] == false);
    const ImFont& font = *ImGui::GetIO().Fonts->Fonts[0];
    for (ImWchar c : {ImWchar(0x96D9), ImWchar(0xB354), ImWchar(0x1EBF)}) { // 雙 더 ế
        INFO(std::hex << unsigned(c));
        const ImFontGlyph* g = font.FindGlyph(c);
        REQUIRE(g);
        CHECK(g != font.FallbackGlyph);
        CHECK(g->X1 > g->X0); // a real bitmap, not a placeholder
        CHECK(g->U0 >= 0);
    }
    CHECK(stats()["missingGlyphs"] == 0);

    // A character no font has is counted once, however often it is drawn.
    s.call({{"method", "createPlan"}, {"name", "Private \xEE\x80\x80 use"}}); // U+E000
    native::step_frame();
    native::step_frame();
    CHECK(stats()["missingGlyphs"] == 1);
    CHECK(font.FindGlyph(0xE000)->AdvanceX == font.FallbackGlyph->AdvanceX);
}

TEST_CASE("a profit proposal that loses money at the margin is drawn with its warning") {
    native::set_stored_plans({});
    Session s;
    s.call({{"method", "createPlan"}, {"name", "Sale"}, {"template", "sample-double-11"}});
    s.type("");
    REQUIRE(s.app.edit(fp::edit::Set{"forecast/goal", fp::to_json(fp::Goal::Profit)}));
    const fp::Plan plan = current_plan(s);
    const fp::Forecast f = fp::forecast_plan(plan);
    // 200,000.00 is far past where the last unit pays for itself: the curves
    // of profit after spend fall below zero and the proposal warns.
    s.app.proposal() =
        fp::propose(plan, f, fp::Goal::Profit, fp::AllocationMode::FixedBudget, 20000000);
    const fp::AllocationResult& r = s.app.proposal()->result;
    REQUIRE(r.ok);
    CHECK(r.warning.key == "allocation.warning.net_loss");
    s.click("Forecast##section-forecast");
    s.type(""); // the curves, below zero, are drawn
    CHECK(s.app.ui().section == fp::ui::Section::Forecast);
    // With the parts above it folded, the proposal comes into view.
    for (const char* part :
         {"Settings##forecast-settings", "What the plan returns##forecast-returns",
          "Response to spend##forecast-curves"})
        s.click(part);
    // Its table, under the cards and the warning.
    CHECK_FALSE(
        s.call({{"method", "itemRect"}, {"label", "allocate-total-proposed"}})["rect"].is_null());
}

namespace {
// The open plan's file with `change` made, as another copy of it would hold it.
std::string changed_copy(Session& s, const std::function<void(fp::Plan&)>& change) {
    fp::Plan plan = current_plan(s);
    change(plan);
    return fp::write_plan(plan);
}
} // namespace

TEST_CASE("importing a plan that is here already asks: keep both adds a copy beside it") {
    native::set_stored_plans({});
    Session s;
    s.call({{"method", "createPlan"}, {"name", "双十一"}, {"template", "sample-double-11"}});
    s.type("");
    const std::string original = s.call({{"method", "currentPlanJson"}})["json"];
    native::choose_file("group.plan.json", changed_copy(s, [](fp::Plan& p) { p.name = "쌍십일"; }));
    s.type("");
    // Nothing changes until the user chooses.
    CHECK(s.call({{"method", "listPlans"}}).size() == 1);
    CHECK(s.call({{"method", "currentPlanJson"}})["json"] == original);
    s.click("import-keep-both");
    const json plans = s.call({{"method", "listPlans"}});
    REQUIRE(plans.size() == 2);
    CHECK(plans[1]["name"] == "쌍십일");
    CHECK(plans[0]["id"] != plans[1]["id"]);
    CHECK(native::storage().size() == 2);
}

TEST_CASE("replacing a plan with its imported copy is one undo step") {
    native::set_stored_plans({});
    Session s;
    s.call({{"method", "createPlan"}, {"name", "Tết 2027"}, {"template", "sample-double-11"}});
    s.type("");
    const std::string original = s.call({{"method", "currentPlanJson"}})["json"];
    const std::string copy = changed_copy(s, [](fp::Plan& p) {
        p.name = "Tết 2027 (bản của nhóm)";
        p.risks.clear();
        p.mission = "Quà Tết cho khách quen";
    });
    native::choose_file("nhom.plan.json", copy);
    s.type("");
    s.click("import-replace");
    CHECK(s.call({{"method", "listPlans"}}).size() == 1);
    // The same plan as the file, apart from when it was last changed.
    const auto unstamped = [&](fp::Plan p) {
        p.modified.clear();
        return fp::write_plan(p);
    };
    CHECK(unstamped(current_plan(s)) == unstamped(fp::read_plan(copy).plan));
    s.click("Undo");
    CHECK(unstamped(current_plan(s)) == unstamped(fp::read_plan(original).plan));
}

TEST_CASE("merging three groups' files settles the one conflict and is one undo step") {
    native::set_stored_plans({});
    Session s;
    s.call({{"method", "createPlan"}, {"name", "Workshop"}, {"template", "sample-double-11"}});
    s.type("");
    const std::string original = s.call({{"method", "currentPlanJson"}})["json"];
    const std::string reach = changed_copy(s, [](fp::Plan& p) {
        p.mission = "种草：让新客先认识我们";
        p.strategy.place = "天猫旗舰店";
    });
    const std::string convert = changed_copy(s, [](fp::Plan& p) {
        p.business = "전환 그룹의 사업 설명";
        p.strategy.place = "京东自营";
    });
    const std::string engage =
        changed_copy(s, [](fp::Plan& p) { p.risks.front().owner = "Nhóm giữ chân"; });

    // Plan > Merge opens the picker; the groups' files arrive through it.
    s.click("menu-plan");
    s.click("menu-merge");
    native::choose_file("reach.plan.json", reach);
    native::choose_file("convert.plan.json", convert);
    native::choose_file("engage.plan.json", engage);
    s.type("");
    const auto finish = s.call({{"method", "itemRect"}, {"label", "merge-finish"}});
    REQUIRE_FALSE(finish["rect"].is_null());
    // The place was changed two ways: take the second group's side.
    s.click("conflict-1-group-2");
    // The side not taken stays in view, and can still be taken.
    CHECK_FALSE(s.call({{"method", "itemRect"}, {"label", "settled-1-group-1"}})["rect"].is_null());
    s.click("merge-finish");
    const fp::Plan merged = current_plan(s);
    CHECK(merged.mission == "种草：让新客先认识我们");
    CHECK(merged.business == "전환 그룹의 사업 설명");
    CHECK(merged.strategy.place == "京东自营");
    CHECK(merged.risks.front().owner == "Nhóm giữ chân");
    CHECK(s.call({{"method", "listPlans"}}).size() == 1);
    s.click("Undo");
    CHECK(current_plan(s).mission == fp::read_plan(original).plan.mission);
    CHECK(current_plan(s).strategy.place == fp::read_plan(original).plan.strategy.place);
}

TEST_CASE("a file of another plan offered to a merge is refused and the merge goes on") {
    native::set_stored_plans({});
    Session s;
    s.call({{"method", "createPlan"}, {"name", "Other"}});
    const std::string other = s.call({{"method", "currentPlanJson"}})["json"];
    s.call({{"method", "createPlan"}, {"name", "Base"}, {"template", "sample-double-11"}});
    s.type("");
    s.click("menu-plan");
    s.click("menu-merge");
    native::choose_file("other.plan.json", other);
    native::choose_file("broken.plan.json", "{\"format\": ");
    s.type("");
    CHECK_FALSE(s.call({{"method", "itemRect"}, {"label", "merge-cancel"}})["rect"].is_null());
    s.click("merge-cancel");
    CHECK(s.call({{"method", "listPlans"}}).size() == 2);
}

TEST_CASE(
    "Plan > Print the plan and the Measure button show the reports in the interface's language") {
    native::set_stored_plans({});
    Session s;
    s.call({{"method", "createPlan"},
            {"name", "<script>alert(1)</script>"},
            {"template", "sample-double-11"}});
    s.type("");
    s.click("menu-plan");
    s.click("menu-print-plan");
    REQUIRE(native::printables().size() == 1);
    CHECK(native::printables()[0].text.find("<script>alert(1)") == std::string::npos);
    CHECK(native::printables()[0].text.find("&lt;script&gt;alert(1)") != std::string::npos);
    CHECK(native::printables()[0].filename == "_script_alert(1)__script_-plan.html");
    s.call({{"method", "setLanguage"}, {"code", "ko"}});
    s.type("");
    s.click("section-measure");
    s.click("print-review");
    REQUIRE(native::printables().size() == 2);
    CHECK(native::printables()[1].text.find("lang=\"ko\"") != std::string::npos);
}

TEST_CASE("a share link's plan is shown read-only, never stored, and imported on request") {
    native::set_stored_plans({});
    std::string link, plan_json;
    {
        Session s;
        s.call({{"method", "createPlan"},
                {"name", "分享 · 공유 · Chia sẻ"},
                {"template", "sample-double-11"}});
        s.type("");
        s.click("menu-plan");
        s.click("menu-share-link");
        link = native::copied_text();
        CHECK(link == s.call({{"method", "shareLink"}})["link"]);
        plan_json = s.call({{"method", "currentPlanJson"}})["json"];
    }
    REQUIRE(link.rfind("http://localhost/#plan=1.", 0) == 0);
    native::set_stored_plans({});
    native::set_opened_fragment(link.substr(link.find('#') + 1));
    Session s;
    s.type("");
    CHECK(s.call({{"method", "currentPlanJson"}})["json"] == plan_json);
    CHECK(native::storage().empty());
    // Its widgets take no input, and edits are refused.
    s.click("section-plan");
    s.click("mission");
    s.type("x");
    CHECK(s.call({{"method", "currentPlanJson"}})["json"] == plan_json);
    s.click("shared-import");
    CHECK(s.call({{"method", "listPlans"}}).size() == 1);
    CHECK(native::storage().size() == 1);
    CHECK(s.call({{"method", "currentPlanJson"}})["json"] == plan_json);
    CHECK(fp::platform::opened_fragment().empty());
}

TEST_CASE("a damaged share link is refused with why, and the app opens as usual") {
    native::set_stored_plans({});
    native::set_opened_fragment("plan=1.AAAA*");
    Session s;
    s.type("");
    CHECK(s.call({{"method", "listPlans"}}).empty());
    CHECK_FALSE(s.call({{"method", "itemRect"}, {"label", "Dismiss"}})["rect"].is_null());
    native::set_opened_fragment("");
}

namespace {
// A plan in the scripts that marketers write in, as another tab would
// store it.
fp::Plan asian_plan() {
    fp::Plan p;
    p.id = "plan-tet";
    p.name = "双十一 · 더블11 · Khuyến mãi Tết";
    p.created = p.modified = "2026-11-24T00:00:00Z";
    p.period = {{2026, 11, 1}, {2026, 11, 30}};
    p.mission = "让老客回购 · 단골 고객 재구매 · Khách quen quay lại";
    return p;
}

// A session with the plan stored and open, and one edit made here and not
// yet stored: an objective added through its button.
void edit_unsaved(Session& s) {
    s.click("section-reach");
    s.click("add-objectives-stage");
}
} // namespace

TEST_CASE("a plan another tab saved is taken at once when this tab has stored everything") {
    const fp::Plan stored = asian_plan();
    native::set_stored_plans({{stored.id, fp::write_plan(stored)}});
    Session s;
    fp::Plan newer = stored;
    newer.mission = "双十一 · 老客回购 30%";
    native::store_elsewhere(stored.id, fp::write_plan(newer), false);
    s.type("");
    CHECK(s.app.ui().conflicts.empty());
    CHECK(current_plan(s).mission == newer.mission);
    // Held writes are released: the next edit is stored on top of the newer copy.
    edit_unsaved(s);
    s.call({{"method", "flush"}});
    const fp::Plan saved = fp::read_plan(native::storage().at(stored.id)).plan;
    CHECK(saved.mission == newer.mission);
    CHECK(saved.objectives.size() == 1);
    // Deleted there: gone here too.
    native::store_elsewhere(stored.id, std::nullopt, false);
    s.type("");
    CHECK(s.call({{"method", "listPlans"}}).empty());
}

TEST_CASE("a newer save from another tab is never overwritten: the dialog reloads it") {
    const fp::Plan stored = asian_plan();
    native::set_stored_plans({{stored.id, fp::write_plan(stored)}});
    Session s;
    edit_unsaved(s);
    fp::Plan newer = stored;
    newer.name = "더블11 (팀장 수정본)";
    const std::string newer_text = fp::write_plan(newer);
    native::store_elsewhere(stored.id, newer_text, true);
    s.type("");
    REQUIRE(s.app.ui().conflicts.size() == 1);
    // Until the user chooses, nothing of this tab's reaches storage.
    s.call({{"method", "flush"}});
    CHECK(native::storage().at(stored.id) == newer_text);
    CHECK(current_plan(s).objectives.size() == 1);
    s.click("conflict-reload");
    CHECK(s.app.ui().conflicts.empty());
    CHECK(fp::write_plan(current_plan(s)) == newer_text);
    CHECK(s.call({{"method", "listPlans"}}).size() == 1);
    // What this tab undid belonged to the older copy.
    CHECK_FALSE(s.app.can_undo());
    edit_unsaved(s);
    s.call({{"method", "flush"}});
    const fp::Plan saved = fp::read_plan(native::storage().at(stored.id)).plan;
    CHECK(saved.name == newer.name);
    CHECK(saved.objectives.size() == 1);
}

TEST_CASE("keeping this tab's version makes it a new plan beside the newer copy") {
    const fp::Plan stored = asian_plan();
    native::set_stored_plans({{stored.id, fp::write_plan(stored)}});
    Session s;
    s.call({{"method", "setLanguage"}, {"code", "vi"}});
    s.type("");
    edit_unsaved(s);
    fp::Plan newer = stored;
    newer.mission = "双十一 · 新的使命";
    const std::string newer_text = fp::write_plan(newer);
    native::store_elsewhere(stored.id, newer_text, true);
    s.type("");
    REQUIRE(s.app.ui().conflicts.size() == 1);
    s.click("conflict-keep");
    CHECK(s.app.ui().conflicts.empty());
    const json plans = s.call({{"method", "listPlans"}});
    REQUIRE(plans.size() == 2);
    const fp::Plan mine = current_plan(s);
    CHECK(mine.id != stored.id);
    CHECK(mine.name == stored.name + " (bản của thẻ này)");
    CHECK(mine.objectives.size() == 1);
    CHECK(mine.mission == stored.mission);
    REQUIRE(native::storage().count(mine.id) == 1);
    CHECK(fp::read_plan(native::storage().at(mine.id)).plan.objectives.size() == 1);
    CHECK(native::storage().at(stored.id) == newer_text);
    s.call({{"method", "openPlan"}, {"id", stored.id}});
    CHECK(fp::write_plan(current_plan(s)) == newer_text);
}

TEST_CASE("a plan deleted in another tab while this one has changes asks before going") {
    const fp::Plan stored = asian_plan();
    native::set_stored_plans({{stored.id, fp::write_plan(stored)}});
    Session s;
    edit_unsaved(s);
    native::store_elsewhere(stored.id, std::nullopt, true);
    s.type("");
    REQUIRE(s.app.ui().conflicts.size() == 1);
    s.click("conflict-reload"); // "Remove it here too"
    CHECK(s.call({{"method", "listPlans"}}).empty());
    CHECK(native::storage().empty());
}

TEST_CASE("storage full: the user is told, the edit stays, Export works, nothing stored changes") {
    const fp::Plan stored = asian_plan();
    native::set_stored_plans({{stored.id, fp::write_plan(stored)}});
    Session s;
    native::set_storage_full(true);
    edit_unsaved(s);
    s.call({{"method", "flush"}});
    s.type("");
    REQUIRE(s.app.ui().storage_problem);
    CHECK(native::storage().count(stored.id) == 0); // nothing written over the stored record
    CHECK(current_plan(s).objectives.size() == 1);
    s.click("storage-export");
    REQUIRE_FALSE(native::downloads().empty());
    CHECK(fp::read_plan(native::downloads().back().text).plan.objectives.size() == 1);
    // Once there is room, the next change is stored with the one before.
    native::set_storage_full(false);
    s.click("storage-dismiss");
    CHECK_FALSE(s.app.ui().storage_problem);
    s.click("add-objectives-stage");
    s.call({{"method", "flush"}});
    CHECK(fp::read_plan(native::storage().at(stored.id)).plan.objectives.size() == 2);
}
