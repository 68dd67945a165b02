#!/usr/bin/env bash
# Runs each libFuzzer target in build/fuzz for SECONDS (make fuzz, make test),
# one after another, each from a fresh copy of its committed seed corpus in
# build/fuzz/corpus/<target>/, so tests/fuzz/corpus/ stays small and every
# run starts from the same place. A crash's input goes to
# build/fuzz/artifacts/; the run goes on with the next target and fails at
# the end. Each target's whole log is in build/fuzz/logs/<target>.log.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:?usage: scripts/fuzz.sh SECONDS [TARGET...]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(json_reader plan_import edits merge share_link)

out=build/fuzz
mkdir -p "$out/logs" "$out/artifacts"
# UBSan already stops at the first report (-fno-sanitize-recover); its stack
# tells where.
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
failed=()
for target in "${targets[@]}"; do
  corpus=$out/corpus/$target
  rm -rf "$corpus"
  mkdir -p "$corpus"
  cp tests/fuzz/corpus/"$target"/* "$corpus"/
  log=$out/logs/$target.log
  echo "fuzz $target: ${seconds}s from $(ls "$corpus" | wc -l) seeds"
  if "$out/fuzz_$target" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$out/artifacts/$target-" "$corpus" >"$log" 2>&1; then
    # libFuzzer's last status line (executions, coverage, features, corpus)
    # and its count of runs.
    grep -E '^#[0-9]+' "$log" | tail -1 || true
    grep -E '^Done [0-9]+ runs' "$log" || true
  else
    failed+=("$target")
    tail -40 "$log"
    echo "fuzz $target: FAILED; the input is in $out/artifacts/, the log in $log"
  fi
done
[ ${#failed[@]} -eq 0 ] || { echo "fuzz: failed: ${failed[*]}"; exit 1; }
