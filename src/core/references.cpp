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
    for_each_reference(plan, [&](const ReferenceSite& site) {
        if (site.info.target != list || !site.names(id)) return;
        const std::string item_id(site.item_id);
        if (site.info.owned_by_target) {
            clear(edit::Remove{site.at.edit_list(), item_id});
            return;
        }
        const std::string path = edit_path(Place{site.at.edit_list(), item_id, site.info.field});
        if (!site.many) {
            clear(edit::Set{path, ""});
            return;
        }
        std::vector<std::string> kept;
        std::copy_if(site.ids, site.ids + site.count, std::back_inserter(kept),
                     [&](const std::string& x) { return x != id; });
        clear(edit::Set{path, to_json(kept)});
    });
}

} // namespace

std::vector<Edit> removal_edits(const Plan& plan, const std::string& list, const std::string& id) {
    std::vector<Edit> out;
    bool found = false;
    for_each_item(plan, [&](const ItemPosition& at, const auto& item) {
        found = found || (item.id == id && at.edit_list() == list);
    });
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
