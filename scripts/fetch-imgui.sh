#!/usr/bin/env bash
# Fetches Dear ImGui's sources from Debian's source package into DEST.
# Debian ships ImGui only as a native static library without its backends, so the
# sources come from the source package through a private apt configuration that
# leaves the machine's own apt sources untouched. The tarball is checked by hash.
set -euo pipefail
dest=${1:?usage: fetch-imgui.sh DEST}
version=1.90.1
debver=1.90.1+ds-1
sha256=ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c

[ -f "$dest/imgui.h" ] && exit 0

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial" "$work/parts"
echo "deb-src http://deb.debian.org/debian trixie main" > "$work/sources.list"
apt_opts=(-o "Dir::Etc::SourceList=$work/sources.list" -o "Dir::Etc::SourceParts=$work/parts"
  -o "Dir::State::Lists=$work/lists" -o "Debug::NoLocking=1" -o "APT::Sandbox::User=root" -qq)
apt-get "${apt_opts[@]}" update
(cd "$work" && apt-get "${apt_opts[@]}" source --download-only "imgui=$debver" >/dev/null)
tarball="$work/imgui_${version}+ds.orig.tar.xz"
[ -f "$tarball" ] || tarball=$(ls "$work"/imgui_*.orig.tar.* | head -n 1)
echo "$sha256  $tarball" | sha256sum --check --quiet
mkdir -p "$work/src"
tar -xf "$tarball" -C "$work/src" --strip-components=1
mkdir -p "$dest"
cp -r "$work/src/." "$dest/"
[ -f "$dest/imgui.h" ] || { echo "fetch-imgui: imgui.h missing after unpacking $tarball" >&2; exit 1; }
