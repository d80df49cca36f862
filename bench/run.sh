#!/usr/bin/env bash
# nevfacts benchmarks (issue 5): builds and runs the run-time and compile-time benchmarks and
# writes bench/RESULTS.md. Not part of the test suite. About 20-30 minutes on 2 cores.
#
#   bench/run.sh                 # everything
#   BENCH_SKIP_COMPILE=1 bench/run.sh   # run-time benchmark only (keeps an earlier compile_time.json)
#   BENCH_SKIP_RUNTIME=1 bench/run.sh   # compile-time benchmark only
#
# Environment: CXX picks the compiler of the run-time benchmark (default: CMake's choice);
# BENCH_COMPILERS (default g++,clang++), BENCH_SIZES (default 1000,3000,10000,30000) and
# BENCH_REPS (default 5) tune the compile-time benchmark.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
build="$here/build"
started="$(date '+%Y-%m-%d %H:%M %Z')"
cd "$root"

say() { printf '\n== %s\n' "$*" >&2; }

# /usr/bin/time -v measures the compilers' peak memory (Debian/Ubuntu package "time").
if [[ ! -x /usr/bin/time ]]; then
  say "installing /usr/bin/time (apt package 'time')"
  sudo_cmd=""
  if [[ $(id -u) -ne 0 ]]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time
fi
for tool in cmake python3 g++ clang++ objdump; do
  command -v "$tool" >/dev/null || { echo "bench/run.sh: $tool is required" >&2; exit 1; }
done

mkdir -p "$build"

if [[ -z "${BENCH_SKIP_RUNTIME:-}" ]]; then
  say "configuring and building the run-time benchmark (Release, -O2) in bench/build"
  cmake -S "$root" -B "$build" \
    -DCMAKE_BUILD_TYPE=Release \
    -DNEVFACTS_BUILD_BENCHMARKS=ON \
    -DNEVFACTS_BUILD_TESTS=OFF \
    -DNEVFACTS_BUILD_EXAMPLES=OFF \
    -DNEVFACTS_INSTALL=OFF >/dev/null
  python3 "$here/compile_time.py" --print-digest >"$build/runtime_headers_digest.txt"
  cmake --build "$build" --target nevfacts_runtime_bench -j "$(nproc)"

  say "running the run-time benchmark (5 repetitions, medians)"
  "$build/bench/nevfacts_runtime_bench" \
    --benchmark_repetitions=5 \
    --benchmark_report_aggregates_only=true \
    --benchmark_format=json >"$build/runtime.json"
fi

if [[ -z "${BENCH_SKIP_COMPILE:-}" ]]; then
  say "running the compile-time benchmark (bench/compile_time.py)"
  python3 "$here/compile_time.py" \
    --out "$build/compile_time.json" \
    --workdir "$build/compile_time" \
    --compilers "${BENCH_COMPILERS:-g++,clang++}" \
    --sizes "${BENCH_SIZES:-1000,3000,10000,30000}" \
    --reps "${BENCH_REPS:-5}"
fi

say "writing bench/RESULTS.md"
python3 "$here/write_results.py" \
  --runtime "$build/runtime.json" \
  --compile "$build/compile_time.json" \
  --binary "$build/bench/nevfacts_runtime_bench" \
  --cmake-cache "$build/CMakeCache.txt" \
  --runtime-digest "$build/runtime_headers_digest.txt" \
  --out "$here/RESULTS.md" \
  --started "$started"
