#!/usr/bin/env bash
# Installs what the text-input check in Firefox ESR and WebKitGTK needs
# (tests/engines/text-input.mjs), and nothing when all of it is there
# already. Only Debian's archive and the npm registry are used; no browser
# is downloaded: puppeteer-core drives Debian's firefox-esr, and
# selenium-webdriver drives WebKitGTK's MiniBrowser through WebKitWebDriver.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/install.sh

install_debian setup-engines \
  node=nodejs npm=npm firefox-esr=firefox-esr WebKitWebDriver=webkit2gtk-driver xvfb-run=xvfb \
  xauth=xauth xdotool=xdotool xclip=xclip \
  /usr/share/fonts/truetype/noto/NotoSans-Regular.ttf=fonts-noto-core \
  /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc=fonts-noto-cjk

# WebKitGTK's MiniBrowser comes with the WebKit library, not with the driver.
if ! ls /usr/lib/*/webkit2gtk-4.1/MiniBrowser >/dev/null 2>&1; then
  echo "setup-engines: no MiniBrowser under /usr/lib/*/webkit2gtk-4.1 (libwebkit2gtk-4.1-0)" >&2
  exit 1
fi

# puppeteer-core and selenium-webdriver; no browser is downloaded.
export PUPPETEER_SKIP_DOWNLOAD=1
install_npm setup-engines tests/engines
