#!/usr/bin/env bash
# Configure, build and run every CTest case in three configurations:
#   gcc   : g++ (GCC 12),     RelWithDebInfo   -> build/gcc
#   clang : clang++ (Clang 14), RelWithDebInfo -> build/clang
#   asan  : g++ + NEVFACTS_SANITIZE=ON, Debug  -> build/asan
# Usage: scripts/test.sh [gcc] [clang] [asan]   (default: all three)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

JOBS=${JOBS:-2}
CXX_GCC=${CXX_GCC:-g++}
CXX_CLANG=${CXX_CLANG:-clang++}

run_config() {
  local name=$1; shift
  echo "=== [$name] configure ==="
  cmake -S . -B "build/$name" -G Ninja "$@"
  echo "=== [$name] build ==="
  cmake --build "build/$name" --parallel "$JOBS"
  echo "=== [$name] test ==="
  ctest --test-dir "build/$name" --output-on-failure -j"$JOBS"
}

configs=("$@")
[[ ${#configs[@]} -eq 0 ]] && configs=(gcc clang asan)

for c in "${configs[@]}"; do
  case $c in
    gcc)   run_config gcc   -DCMAKE_CXX_COMPILER="$CXX_GCC"   -DCMAKE_BUILD_TYPE=RelWithDebInfo ;;
    clang) run_config clang -DCMAKE_CXX_COMPILER="$CXX_CLANG" -DCMAKE_BUILD_TYPE=RelWithDebInfo ;;
    asan)  run_config asan  -DCMAKE_CXX_COMPILER="$CXX_GCC"   -DCMAKE_BUILD_TYPE=Debug -DNEVFACTS_SANITIZE=ON ;;
    *) echo "unknown configuration: $c (expected gcc, clang or asan)" >&2; exit 2 ;;
  esac
done
echo "=== all configurations passed: ${configs[*]} ==="
