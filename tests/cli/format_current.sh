#!/usr/bin/env bash
# The field tables in docs/plan-format.md and assets/schema/plan.schema.json
# are what scripts/format-from-fields.py makes of src/core/model_fields.h.
set -euo pipefail
src=$1
generate="$src/scripts/format-from-fields.py"
status=0

expected=$(python3 "$generate" "$src" docs)
actual=$(sed -n '/<!-- fields:begin -->/,/<!-- fields:end -->/p' "$src/docs/plan-format.md" | sed '1d;$d')
if [ "$expected" != "$actual" ]; then
  echo "docs/plan-format.md is out of date: paste the output of scripts/format-from-fields.py . docs" >&2
  diff <(echo "$expected") <(echo "$actual") >&2 || true
  status=1
fi

if ! diff <(python3 "$generate" "$src" schema) "$src/assets/schema/plan.schema.json" >&2; then
  echo "assets/schema/plan.schema.json is out of date:" \
       "scripts/format-from-fields.py . schema > assets/schema/plan.schema.json" >&2
  status=1
fi

[ $status -eq 0 ] && echo "the field tables and the JSON Schema are current"
exit $status
