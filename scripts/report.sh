#!/usr/bin/env bash
# Install deps, build the nev_report example (GCC, build/gcc) and run it from
# the repository root. Extra arguments are passed to nev_report.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/install-deps.sh >&2
cmake -S . -B build/gcc -G Ninja -DCMAKE_CXX_COMPILER="${CXX_GCC:-g++}" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
cmake --build build/gcc --target nev_report --parallel "${JOBS:-2}" >&2
exec build/gcc/examples/nev_report "$@"
