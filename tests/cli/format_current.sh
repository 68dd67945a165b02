#!/usr/bin/env bash
# The field tables in docs/plan-format.md and assets/schema/plan.schema.json
# are what fpcli makes of the field tables in src/core/model_fields.h.
# Usage: format_current.sh FPCLI SOURCE_DIR
set -euo pipefail
fpcli=$1 src=$2
status=0

expected=$("$fpcli" format-doc)
actual=$(sed -n '/<!-- fields:begin -->/,/<!-- fields:end -->/p' "$src/docs/plan-format.md" | sed '1d;$d')
if [ "$expected" != "$actual" ]; then
  echo "docs/plan-format.md is out of date: paste the output of fpcli format-doc" \
       "between its fields:begin and fields:end marks" >&2
  diff <(echo "$expected") <(echo "$actual") >&2 || true
  status=1
fi

if ! diff <("$fpcli" schema) "$src/assets/schema/plan.schema.json" >&2; then
  echo "assets/schema/plan.schema.json is out of date:" \
       "fpcli schema > assets/schema/plan.schema.json" >&2
  status=1
fi

[ $status -eq 0 ] && echo "the field tables and the JSON Schema are current"
exit $status
