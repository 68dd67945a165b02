// window.planner, the automation API (documented in README.md). web/app.js
// sends each call here as {"method": ..., ...arguments} and gets JSON back.
#include "core/csv_export.h"
#include "core/templates.h"
#include "platform/platform.h"
#include "ui/app.h"

#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <iterator>

namespace fp::ui {

namespace {

using nlohmann::json;

std::string text_arg(const json& request, const char* name) {
    auto it = request.find(name);
    return it != request.end() && it->is_string() ? it->get<std::string>() : std::string();
}

json problems_json(const std::vector<Problem>& problems) {
    json out = json::array();
    for (const Problem& p : problems)
        out.push_back({{"path", readable_path(p.pointer)},
                       {"line", p.at.line},
                       {"column", p.at.column},
                       {"message", english(p.message)}});
    return out;
}

// Bytes as base64 (RFC 4648, with padding): a zip does not fit in JSON text.
std::string base64(std::string_view bytes) {
    static constexpr char kDigits[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        std::uint32_t group = static_cast<unsigned char>(bytes[i]) << 16;
        if (i + 1 < bytes.size()) group |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        if (i + 2 < bytes.size()) group |= static_cast<unsigned char>(bytes[i + 2]);
        out += kDigits[(group >> 18) & 63];
        out += kDigits[(group >> 12) & 63];
        out += i + 1 < bytes.size() ? kDigits[(group >> 6) & 63] : '=';
        out += i + 2 < bytes.size() ? kDigits[group & 63] : '=';
    }
    return out;
}

} // namespace

std::string App::api(std::string_view request_text, std::string_view text) {
    const json request = json::parse(request_text, nullptr, false);
    if (!request.is_object() || !request.contains("method") || !request["method"].is_string())
        return json{{"error", "a request is an object with a \"method\""}}.dump();
    const std::string method = request["method"].get<std::string>();
    // Calls that change what is shown wake the frame loop; reading calls (a
    // test polling stats, say) must not keep an idle app drawing.
    static constexpr std::string_view kReading[] = {
        "listPlans",    "listTemplates",   "currentPlanJson", "stats",    "itemRect",
        "limits",       "flush",           "languages",       "language", "cutOffLabels",
        "exportTables", "exportTablesZip", "notice"};
    if (std::find(std::begin(kReading), std::end(kReading), method) == std::end(kReading))
        platform::request_frames();
    json out;
    if (method == "listPlans") {
        out = json::array();
        for (const Plan& p : workspace().plans)
            out.push_back({{"id", p.id}, {"name", p.name}});
    } else if (method == "createPlan") {
        const std::string key =
            request.contains("template") ? text_arg(request, "template") : "blank";
        TemplateOptions options;
        if (request.contains("event")) {
            const std::string event = text_arg(request, "event");
            options.event = parse_event(event, platform::today());
            if (!options.event)
                return json{
                    {"error", "an event is YYYY-MM-DD, 11.11 or 6.18, not \"" + event + "\""}}
                    .dump();
        }
        const Created made = create(text_arg(request, "name"), key, options);
        out = made.id.empty() ? json{{"error", made.error}} : json{{"id", made.id}};
    } else if (method == "openPlan") {
        const std::string id = text_arg(request, "id");
        open(id);
        out = {{"ok", session_.current_id() == id}};
    } else if (method == "currentPlanJson") {
        const Plan* plan = current();
        out = {{"json", plan ? json(write_plan(*plan)) : json(nullptr)}};
    } else if (method == "shareLink") {
        const std::optional<std::string> link = share_link();
        out = {{"link", link ? json(*link) : json(nullptr)}};
    } else if (method == "exportTables") {
        json tables = nullptr;
        if (const Plan* plan = current()) {
            tables = json::array();
            for (const CsvFile& f : plan_csv_files(*plan))
                tables.push_back({{"name", f.name}, {"text", f.text}});
        }
        out = {{"tables", tables}};
    } else if (method == "exportTablesZip") {
        json zip = nullptr;
        if (const Plan* plan = current()) {
            const OfferedFile file = tables_file(*plan);
            zip = {{"filename", file.filename}, {"base64", base64(file.bytes)}};
        }
        out = {{"zip", zip}};
    } else if (method == "importPlanJson") {
        const std::string inline_text = text.empty() ? text_arg(request, "text") : std::string();
        ImportResult r = import_text(text.empty() ? std::string_view(inline_text) : text);
        std::string error;
        for (const Problem& p : r.problems)
            error += (error.empty() ? "" : "\n") + describe(p);
        out = {{"ok", r.ok},
               {"planId", r.ok ? json(r.plan_id) : json(nullptr)},
               {"error", r.ok ? json(nullptr) : json(error)},
               {"problems", problems_json(r.problems)}};
    } else if (method == "stats") {
        const platform::FrameStats s = platform::frame_stats();
        out = {{"frames", s.frames},
               {"firstFrameMs", s.first_frame_ms},
               {"lastFrameCpuMs", s.last_frame_cpu_ms},
               {"glyphMs", s.last_glyph_ms},
               {"plans", workspace().plans.size()},
               {"saving", saving()},
               {"saveMs", last_save_ms()},
               {"idle", s.idle},
               {"pendingInput", ImGui::GetCurrentContext()->InputEventsQueue.Size},
               {"missingGlyphs", s.missing_glyphs},
               {"fontsLoading", s.fonts_loading}};
    } else if (method == "languages") {
        out = json::array();
        for (const Language& l : kLanguages)
            out.push_back({{"code", l.code}, {"name", l.name}});
    } else if (method == "language") {
        out = {{"code", text_.language()}};
    } else if (method == "setLanguage") {
        if (!request.contains("code") || !request["code"].is_string())
            return json{{"error", "setLanguage needs a \"code\""}}.dump();
        out = {{"ok", set_language(request["code"].get<std::string>())}};
    } else if (method == "listTemplates") {
        out = json::array();
        for (const TemplateSource& t : builtin_templates())
            out.push_back({{"key", t.key},
                           {"title", text_(template_title_key(t.key))},
                           {"summary", text_(template_summary_key(t.key))}});
    } else if (method == "itemRect") {
        auto r = item_rects_.find(text_arg(request, "label"));
        out = {
            {"rect", r ? json{{"x", r->x}, {"y", r->y}, {"width", r->width}, {"height", r->height}}
                       : json(nullptr)}};
    } else if (method == "cutOffLabels") {
        out = json::array();
        for (const ItemRects::CutOff& c : item_rects_.cut_off())
            out.push_back({{"label", c.label}, {"width", c.width}, {"room", c.room}});
    } else if (method == "notice") {
        const std::optional<Notice>& n = ui_.notice;
        out = {{"notice", n ? json{{"error", n->error}, {"title", n->title}, {"lines", n->lines}}
                            : json(nullptr)}};
    } else if (method == "flush") {
        save_now();
        out = {{"ok", true}};
    } else if (method == "limits") {
        out = {{"maxImportBytes", platform::max_import_bytes()}};
    } else {
        out = {{"error", "unknown method \"" + method + "\""}};
    }
    return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

} // namespace fp::ui
