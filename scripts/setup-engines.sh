#!/usr/bin/env bash
# Installs what the text-input check in Firefox ESR and WebKitGTK needs
# (tests/engines/text-input.mjs), and nothing when all of it is there
# already. Only Debian's archive and the npm registry are used; no browser
# is downloaded: puppeteer-core drives Debian's firefox-esr, and
# selenium-webdriver drives WebKitGTK's MiniBrowser through WebKitWebDriver.
set -euo pipefail
cd "$(dirname "$0")/.."

# command or file that proves a package is installed -> the Debian package
declare -A wanted=(
  [node]=nodejs
  [npm]=npm
  [firefox-esr]=firefox-esr
  [WebKitWebDriver]=webkit2gtk-driver
  [xvfb-run]=xvfb
  [xauth]=xauth
  [xdotool]=xdotool
  [xclip]=xclip
  [/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf]=fonts-noto-core
  [/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc]=fonts-noto-cjk
)
missing=()
for probe in "${!wanted[@]}"; do
  if [[ $probe == /* ]]; then [ -e "$probe" ] && continue
  else command -v "$probe" >/dev/null 2>&1 && continue; fi
  missing+=("${wanted[$probe]}")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup-engines: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# WebKitGTK's MiniBrowser comes with the WebKit library, not with the driver.
if ! ls /usr/lib/*/webkit2gtk-4.1/MiniBrowser >/dev/null 2>&1; then
  echo "setup-engines: no MiniBrowser under /usr/lib/*/webkit2gtk-4.1 (libwebkit2gtk-4.1-0)" >&2
  exit 1
fi

# puppeteer-core and selenium-webdriver, pinned by tests/engines/package-lock.json.
lock=tests/engines/package-lock.json
stamp=tests/engines/node_modules/.installed-lock
if ! cmp -s "$lock" "$stamp" 2>/dev/null; then
  echo "setup-engines: installing the engine-test packages from npm"
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --prefix tests/engines --no-audit --no-fund --loglevel=error >/dev/null
  cp "$lock" "$stamp"
fi
