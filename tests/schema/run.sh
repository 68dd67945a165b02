#!/usr/bin/env bash
# Every template, the sample, the test data, a plan written by fpcli from
# each template and from large-sample (the benchmarks' large plan), and the
# next plan it starts from the sample validate against
# assets/schema/plan.schema.json, and the invalid test files do not.
# Usage: run.sh FPCLI SOURCE_DIR WORK_DIR
set -euo pipefail
fpcli=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
for key in $("$fpcli" templates | cut -f1); do
  "$fpcli" new --template "$key" -o "$work/$key.plan.json"
done
"$fpcli" new --template large-sample -o "$work/large-sample.plan.json"
"$fpcli" next "$work/sample-double-11.plan.json" -o "$work/sample-double-11-next.plan.json" >/dev/null
schema="$src/assets/schema/plan.schema.json"
/usr/bin/python3 "$src/tests/schema/check_schema.py" "$schema" \
  "$src"/assets/templates/*.plan.json "$src"/tests/data/schema/*.plan.json "$work"/*.plan.json
for bad in "$src"/tests/data/schema/invalid/*.json; do
  if /usr/bin/python3 "$src/tests/schema/check_schema.py" "$schema" "$bad" >/dev/null; then
    echo "the schema accepts $bad, which it must refuse" >&2
    exit 1
  fi
done
echo "the schema refuses every file in tests/data/schema/invalid/"
