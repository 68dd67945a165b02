#include "references.h"

#include "lists.h"
#include "model_json.h"
#include "place.h"

#include <algorithm>

namespace fp {

namespace {

// Calls `clear(edit)` for every edit that removes a reference to `id` in
// `list`, by the references core/lists.h describes.
template <class Clear>
void each_reference(const Plan& plan, const std::string& list, const std::string& id,
                    Clear&& clear) {
    for (const ReferenceSite& site : reference_sites(plan)) {
        if (site.info.target != list ||
            std::find(site.ids.begin(), site.ids.end(), id) == site.ids.end())
            continue;
        if (site.info.owned_by_target) {
            clear(edit::Remove{site.edit_list, site.item_id});
            continue;
        }
        const std::string path = edit_path(Place{site.edit_list, site.item_id, site.info.field});
        if (!site.many) {
            clear(edit::Set{path, ""});
            continue;
        }
        std::vector<std::string> kept;
        std::copy_if(site.ids.begin(), site.ids.end(), std::back_inserter(kept),
                     [&](const std::string& x) { return x != id; });
        clear(edit::Set{path, to_json(kept)});
    }
}

} // namespace

std::vector<Edit> removal_edits(const Plan& plan, const std::string& list, const std::string& id) {
    std::vector<Edit> out;
    bool found = false;
    for_each_item(plan,
                  [&](const std::string&, const std::string&, const std::string& edit_list,
                      const auto& item) { found = found || (item.id == id && edit_list == list); });
    // A missing item of a list inside items ("scenarios/sc-1/spends") is
    // left to apply_edit to report, as it names the list.
    if (!found && list.find('/') != std::string::npos) out.push_back(edit::Remove{list, id});
    if (!found) return out;
    each_reference(plan, list, id, [&](Edit e) { out.push_back(std::move(e)); });
    out.push_back(edit::Remove{list, id});
    return out;
}

int count_references(const Plan& plan, const std::string& list, const std::string& id) {
    int n = 0;
    each_reference(plan, list, id, [&](const Edit&) { ++n; });
    return n;
}

} // namespace fp
