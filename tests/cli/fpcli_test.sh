#!/usr/bin/env bash
# fpcli as documented in README: exit status and output of each command.
# Usage: fpcli_test.sh FPCLI SOURCE_DIR WORK_DIR
set -uo pipefail
fpcli=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
failures=0
check() { # description, then a command that must succeed
  local what=$1; shift
  if "$@"; then echo "ok: $what"; else echo "FAILED: $what"; failures=$((failures + 1)); fi
}
status_of() { "$@" >/dev/null 2>&1; echo $?; }

check "templates lists the six templates and the sample" \
  test "$("$fpcli" templates | wc -l)" -eq 7
check "new writes a plan from a template" \
  "$fpcli" new --template launch --name "Spring launch" -o "$work/launch.plan.json"
check "the new plan has the given name" grep -q '"name": "Spring launch"' "$work/launch.plan.json"
check "validate accepts it (exit 0)" test "$(status_of "$fpcli" validate "$work/launch.plan.json")" -eq 0
check "validate prints valid" grep -q "valid" <("$fpcli" validate "$work/launch.plan.json")
check "new with an unknown template exits 2" \
  test "$(status_of "$fpcli" new --template nope -o "$work/x.json")" -eq 2

sed 's/"currency": "[A-Z]*"/"currency": 12/' "$work/launch.plan.json" > "$work/broken.plan.json"
check "validate refuses a broken file (exit 1)" \
  test "$(status_of "$fpcli" validate "$work/launch.plan.json" "$work/broken.plan.json")" -eq 1
line=$(grep -n '"currency": 12' "$work/broken.plan.json" | cut -d: -f1)
check "validate names line, column and path" \
  grep -q "broken.plan.json: line $line, column 17, plan.currency: must be text, not a number" \
  <("$fpcli" validate "$work/broken.plan.json")
check "validate of a missing file exits 2" \
  test "$(status_of "$fpcli" validate "$work/missing.json")" -eq 2
head -c 9000000 /dev/zero | tr '\0' ' ' > "$work/huge.json"
check "validate refuses a file over the size limit without reading it" \
  grep -q "the limit is 8388608 bytes" <("$fpcli" validate "$work/huge.json")

"$fpcli" summary "$src/assets/templates/sample-double-11.plan.json" > "$work/summary.json"
check "summary exits 0 and prints JSON" /usr/bin/python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$work/summary.json"
check "summary shows the sample's achievement rates (85, 83, 120)" /usr/bin/python3 - "$work/summary.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
percents = sorted(k["percent"] for k in s["kpis"] if k.get("percent") is not None)
assert {83, 85, 120} <= set(percents), percents
PY
check "summary refuses a broken file (exit 1)" \
  test "$(status_of "$fpcli" summary "$work/broken.plan.json")" -eq 1
check "no command is a usage error (exit 2)" test "$(status_of "$fpcli")" -eq 2

echo "$((14 - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
