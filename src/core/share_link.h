// A share link: a whole plan carried in a URL's fragment, so that it can be
// sent in a chat and opened without a server (the fragment never leaves the
// browser). The fragment is "plan=1." and the plan file's compact JSON,
// raw-DEFLATEd and base64url-coded; reading it goes through read_plan, so a
// link's plan is checked exactly as a file is.
#pragma once

#include "plan_format.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace fp {

// The longest fragment made or read: links much longer are cut by chat
// apps and mail clients, and a plan that big is better sent as a file.
inline constexpr std::size_t kMaxShareLinkBytes = 32 * 1024;
inline constexpr int kShareLinkVersion = 1;

// The text after "#", or nothing when it would be longer than kMaxShareLinkBytes.
std::optional<std::string> share_fragment(const Plan& plan);

// Takes a whole URL ("https://host/#plan=1.…") or its fragment, with or
// without "#". The link's own problems (not a plan link, an unknown
// version, a character that does not belong, damaged or oversized data)
// come as problems of the whole file; unpacked, the plan is at most
// limits.json.max_bytes, as a file is.
PlanReadResult read_share_fragment(std::string_view fragment_or_url,
                                   const FormatLimits& limits = {});

} // namespace fp
