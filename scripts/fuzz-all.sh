#!/usr/bin/env bash
# Runs every fuzz target for real (Jazzer, coverage-guided, 1,000,000 executions each), one after the other, and
# prints each target's execution count. Not part of CI: the normal build runs the same targets on their seeds.
#
#   scripts/fuzz-all.sh                 # every target
#   scripts/fuzz-all.sh RegistryFuzzTest#lookups
#
# Logs go to target/fuzz/<target>.log; Jazzer keeps its generated corpus in <module>/.cifuzz-corpus and writes
# any crashing input into the test resources beside the target's seeds, where the normal build then replays it.
set -euo pipefail
cd "$(dirname "$0")/.."

TARGETS=(
  runtime:RegistryFuzzTest#normalizeModelId
  runtime:RegistryFuzzTest#parseFineTuned
  runtime:RegistryFuzzTest#lookups
  runtime:RegistryFuzzTest#getOrCreate
  runtime:RegistryFuzzTest#search
  runtime:RegistryStateFuzzTest#operations
  runtime:DocumentFuzzTest#read
  examples:ServerInputFuzzTest#modelJson
  processor:ImporterFuzzTest#convert
  examples:ServerInputFuzzTest#httpRequest
)

if [[ $# -gt 0 ]]; then
  selected=()
  for want in "$@"; do
    for target in "${TARGETS[@]}"; do
      [[ "${target#*:}" == "$want" ]] && selected+=("$target")
    done
  done
  TARGETS=("${selected[@]}")
fi

mkdir -p target/fuzz
status=0
for target in "${TARGETS[@]}"; do
  module="${target%%:*}"
  test="${target#*:}"
  log="target/fuzz/${test/\#/.}.log"
  echo "== ${module} ${test}"
  if mvn -o -Pfuzz test -pl "$module" -am -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
      -DtrimStackTrace=false >"$log" 2>&1; then
    result="ok"
  else
    result="FAILED (see $log)"
    status=1
  fi
  # libFuzzer's closing line: "Done 1000000 runs in 312 second(s)".
  runs=$(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 || true)
  echo "   ${result}; ${runs:-no run count in the log}"
done
exit $status
