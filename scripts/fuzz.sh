#!/usr/bin/env bash
# Build the libFuzzer target (clang++, ASan+UBSan, -O1 -g) in build/fuzz and run it.
# Usage: scripts/fuzz.sh [--keep-going] [RUNS | SECONDSs] [-- libFuzzer flags...]
#   RUNS        number of inputs to run (default 1000000)
#   SECONDSs    run for that long instead, e.g. 600s
#   --keep-going  report each distinct (kind, invariant) once and go on (NEVFACTS_FUZZ_KEEP_GOING=1,
#               UBSan halt_on_error=0): a survey of a parser with known violations
# New corpus entries go to build/fuzz/corpus, crashes to build/fuzz/artifacts, the log to
# build/fuzz/fuzz.log; the seed corpus tests/fuzz/corpus is read, never written.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

JOBS=${JOBS:-2}
CXX_CLANG=${CXX_CLANG:-clang++}
BUILD=build/fuzz

keep_going=0
limit=(-runs=1000000)
while [[ $# -gt 0 ]]; do
  if [[ $1 == --keep-going ]]; then keep_going=1
  elif [[ $1 == -- ]]; then shift; break
  elif [[ $1 =~ ^[0-9]+s$ ]]; then limit=(-max_total_time="${1%s}")
  elif [[ $1 =~ ^[0-9]+$ ]]; then limit=(-runs="$1")
  else echo "usage: scripts/fuzz.sh [--keep-going] [RUNS | SECONDSs] [-- libFuzzer flags]" >&2; exit 2
  fi
  shift
done

cmake -S . -B "$BUILD" -G Ninja -DCMAKE_CXX_COMPILER="$CXX_CLANG" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g" -DNEVFACTS_FUZZ=ON -DNEVFACTS_WERROR=ON \
      -DNEVFACTS_BUILD_EXAMPLES=OFF >/dev/null
cmake --build "$BUILD" --parallel "$JOBS" --target fuzz_parse

mkdir -p "$BUILD/corpus" "$BUILD/artifacts"
export NEVFACTS_FUZZ_KEEP_GOING=$keep_going
if [[ $keep_going == 1 ]]; then export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=0:print_stacktrace=1}; fi
log=$BUILD/fuzz.log
started=$BUILD/.started
touch "$started"
status=0
"$BUILD/tests/fuzz_parse" "${limit[@]}" -max_len=256 -dict=tests/fuzz/dict.txt -print_final_stats=1 \
    -artifact_prefix="$BUILD/artifacts/" "$@" "$BUILD/corpus" tests/fuzz/corpus 2>"$log" || status=$?

echo "=== fuzz_parse summary (log: $log) ==="
grep -E '^#[0-9]+[[:space:]]+(DONE|INITED)' "$log" | tail -1 || true
grep -E '^stat::' "$log" || true
echo "violations reported:  $(grep -c 'invariant violated' "$log" || true)"
echo "UBSan reports (lines): $(grep -c 'runtime error:' "$log" || true)"
echo "new crash artifacts:  $(find "$BUILD/artifacts" -type f -newer "$started" | wc -l) in $BUILD/artifacts"
echo "corpus:               $(find "$BUILD/corpus" -type f | wc -l) entries in $BUILD/corpus"
exit $status
