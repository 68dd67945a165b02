// The look: spacing, rounding and a calm palette, light or dark.
#pragma once

namespace fp::ui {

void apply_style(bool dark);

} // namespace fp::ui
