#!/usr/bin/env bash
# Installs what building and testing Funnelplan needs, and nothing when all of
# it is there already. Only Debian's archive and the npm registry are used.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/install.sh

# clang-14 builds the libFuzzer targets (make fuzz); libFuzzer and the
# sanitizers' runtimes are in libclang-rt-14-dev, which it only recommends.
# LibreOffice has no command of its own for Calc: the probe is Calc's import
# and export filters, which the CSV test needs (soffice alone would be there
# with Writer only).
install_debian setup \
  cmake=cmake g++=g++ make=make emcc=emscripten node=nodejs npm=npm xz=xz-utils chromium=chromium \
  /usr/include/nlohmann/json.hpp=nlohmann-json3-dev \
  /usr/include/catch2/catch.hpp=catch2 \
  /usr/share/fonts/truetype/noto/NotoSans-Regular.ttf=fonts-noto-core \
  /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc=fonts-noto-cjk \
  /usr/share/nodejs/acorn=node-acorn \
  /usr/lib/python3/dist-packages/fontTools=python3-fonttools \
  /usr/lib/python3/dist-packages/jsonschema=python3-jsonschema \
  /usr/lib/python3/dist-packages/scipy=python3-scipy \
  /usr/lib/libreoffice/program/libscfiltlo.so=libreoffice-calc-nogui \
  pdftoppm=poppler-utils \
  clang++-14=clang-14 \
  /usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a=libclang-rt-14-dev

# playwright-core drives Debian's Chromium and never downloads a browser.
install_npm setup tests/e2e

scripts/fetch-imgui.sh build/_deps/imgui
