# Sourced by setup.sh and setup-engines.sh: installs what is missing and
# says nothing when all of it is there. Only Debian's archive and the npm
# registry are used.

# install_debian LABEL PROBE=PACKAGE...: a probe is a command or an absolute
# path whose presence proves its Debian package is installed.
install_debian() {
  local label=$1
  shift
  local missing=() pair probe
  for pair in "$@"; do
    probe=${pair%%=*}
    if [[ $probe == /* ]]; then [ -e "$probe" ] && continue
    else command -v "$probe" >/dev/null 2>&1 && continue; fi
    missing+=("${pair#*=}")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "$label: installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# install_npm LABEL DIR: the packages pinned by DIR/package-lock.json, again
# only when the lock file changed since the last install.
install_npm() {
  local lock=$2/package-lock.json stamp=$2/node_modules/.installed-lock
  cmp -s "$lock" "$stamp" 2>/dev/null && return 0
  echo "$1: installing packages from npm into $2"
  npm ci --prefix "$2" --no-audit --no-fund --loglevel=error >/dev/null
  cp "$lock" "$stamp"
}
