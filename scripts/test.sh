#!/usr/bin/env bash
# Configure, build and run every CTest case, with -Werror on nevfacts's own code
# (NEVFACTS_WERROR=ON; a user's build never gets it). Configurations:
#   gcc-release   : g++ (GCC 12),      Release (-O3)  -> build/gcc-release
#   clang-release : clang++ (Clang 14), Release (-O3) -> build/clang-release
#   gcc           : g++,     RelWithDebInfo (-O2)     -> build/gcc
#   clang         : clang++, RelWithDebInfo           -> build/clang
#   asan          : g++ + NEVFACTS_SANITIZE=ON, Debug -> build/asan
#   fuzz          : clang++ + NEVFACTS_FUZZ=ON, -O1 -g: builds fuzz_parse, runs fuzz.smoke
#                   and sanitizer.symbolized_report (label fuzz)
#                   (libFuzzer over the parser, bounded; long runs: scripts/fuzz.sh) -> build/fuzz
#   gcc-<type>, clang-<type> for any other build type: debug, minsizerel, none (no build type)
#   format        : scripts/format.sh --check (.clang-format, no line over 100 columns)
# Usage: scripts/test.sh [config ...]
#   default: format gcc-release clang-release gcc clang asan fuzz  (what CI runs)
#   every-build-type: all five build types with both compilers, then asan
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

JOBS=${JOBS:-2}
CXX_GCC=${CXX_GCC:-g++}
CXX_CLANG=${CXX_CLANG:-clang++}

run_config() {
  local name=$1; shift
  echo "=== [$name] configure ==="
  cmake -S . -B "build/$name" -G Ninja -DNEVFACTS_WERROR=ON "$@"
  echo "=== [$name] build ==="
  cmake --build "build/$name" --parallel "$JOBS"
  echo "=== [$name] test ==="
  ctest --test-dir "build/$name" --output-on-failure -j"$JOBS"
}

# Only the fuzz target and its smoke run: the other tests are the clang configurations' job.
run_fuzz_config() {
  echo "=== [fuzz] configure ==="
  cmake -S . -B build/fuzz -G Ninja -DNEVFACTS_WERROR=ON -DCMAKE_CXX_COMPILER="$CXX_CLANG" \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g" \
        -DNEVFACTS_FUZZ=ON -DNEVFACTS_BUILD_EXAMPLES=OFF
  echo "=== [fuzz] build ==="
  cmake --build build/fuzz --parallel "$JOBS" --target fuzz_parse sanitizer_symbolized_report
  echo "=== [fuzz] test ==="
  ctest --test-dir build/fuzz --output-on-failure -L fuzz
}

build_type_of() {
  case $1 in
    release) echo Release ;; relwithdebinfo) echo RelWithDebInfo ;; debug) echo Debug ;;
    minsizerel) echo MinSizeRel ;; none) echo "" ;;
    *) echo "unknown build type: $1 (expected release, relwithdebinfo, debug, minsizerel or none)" >&2; exit 2 ;;
  esac
}

configs=("$@")
[[ ${#configs[@]} -eq 0 ]] && configs=(format gcc-release clang-release gcc clang asan fuzz)
if [[ ${configs[*]} == every-build-type ]]; then
  configs=()
  for t in release relwithdebinfo debug minsizerel none; do configs+=("gcc-$t" "clang-$t"); done
  configs+=(asan)
fi

for c in "${configs[@]}"; do
  case $c in
    gcc)   run_config gcc   -DCMAKE_CXX_COMPILER="$CXX_GCC"   -DCMAKE_BUILD_TYPE=RelWithDebInfo ;;
    clang) run_config clang -DCMAKE_CXX_COMPILER="$CXX_CLANG" -DCMAKE_BUILD_TYPE=RelWithDebInfo ;;
    asan)  run_config asan  -DCMAKE_CXX_COMPILER="$CXX_GCC"   -DCMAKE_BUILD_TYPE=Debug -DNEVFACTS_SANITIZE=ON ;;
    fuzz)  run_fuzz_config ;;
    format) scripts/format.sh --check ;;
    gcc-*)   run_config "$c" -DCMAKE_CXX_COMPILER="$CXX_GCC"   -DCMAKE_BUILD_TYPE="$(build_type_of "${c#gcc-}")" ;;
    clang-*) run_config "$c" -DCMAKE_CXX_COMPILER="$CXX_CLANG" -DCMAKE_BUILD_TYPE="$(build_type_of "${c#clang-}")" ;;
    *) echo "unknown configuration: $c (expected format, gcc, clang, asan, fuzz, gcc-<type>, clang-<type>" \
            "or every-build-type)" >&2; exit 2 ;;
  esac
done
echo "=== all configurations passed: ${configs[*]} ==="
