// The characters the interface's own font is built with up front: the
// letters of English, Spanish and Vietnamese, punctuation and the currency
// signs. The rest (Chinese, Korean, anything else) the browser draws as
// needed (glyph_atlas.h). The web build cuts its font file down to exactly
// these ranges, read from this file by CMakeLists.txt: one pair a line.
#pragma once

#include <imgui.h>

namespace fp::platform {

constexpr ImWchar kBaseGlyphs[] = {
    0x0020, 0x017F, // Basic Latin, Latin-1, Latin Extended-A
    0x01A0, 0x01B0, // O and U with horn (Vietnamese)
    0x1EA0, 0x1EF9, // Vietnamese letters with their tone marks
    0x2000, 0x206F, // general punctuation
    0x20A0, 0x20CF, // currency signs
    0,
};

} // namespace fp::platform
