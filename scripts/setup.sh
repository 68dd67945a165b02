#!/usr/bin/env bash
# Installs what building and testing Funnelplan needs, and nothing when all of
# it is there already. Only Debian's archive and the npm registry are used.
set -euo pipefail
cd "$(dirname "$0")/.."

# command or file that proves a package is installed -> the Debian package
declare -A wanted=(
  [cmake]=cmake
  [g++]=g++
  [make]=make
  [emcc]=emscripten
  [node]=nodejs
  [npm]=npm
  [xz]=xz-utils
  [chromium]=chromium
  [/usr/include/nlohmann/json.hpp]=nlohmann-json3-dev
  [/usr/include/catch2/catch.hpp]=catch2
  [/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf]=fonts-noto-core
  [/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc]=fonts-noto-cjk
  [/usr/share/nodejs/acorn]=node-acorn
  [/usr/lib/python3/dist-packages/jsonschema]=python3-jsonschema
  [/usr/lib/python3/dist-packages/scipy]=python3-scipy
)
missing=()
for probe in "${!wanted[@]}"; do
  if [[ $probe == /* ]]; then [ -e "$probe" ] && continue
  else command -v "$probe" >/dev/null 2>&1 && continue; fi
  missing+=("${wanted[$probe]}")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# playwright-core, pinned by tests/e2e/package-lock.json; it drives Debian's
# Chromium and never downloads a browser of its own.
lock=tests/e2e/package-lock.json
stamp=tests/e2e/node_modules/.installed-lock
if ! cmp -s "$lock" "$stamp" 2>/dev/null; then
  echo "setup: installing browser-test packages from npm"
  npm ci --prefix tests/e2e --no-audit --no-fund --loglevel=error >/dev/null
  cp "$lock" "$stamp"
fi

scripts/fetch-imgui.sh build/_deps/imgui
