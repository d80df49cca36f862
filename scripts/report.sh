#!/usr/bin/env bash
# Install deps, build the nev_report example (GCC, Release, build/report) and run it from
# the repository root. Extra arguments are passed to nev_report.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/install-deps.sh >&2
cmake -S . -B build/report -G Ninja -DCMAKE_CXX_COMPILER="${CXX_GCC:-g++}" \
  -DCMAKE_BUILD_TYPE=Release >&2
cmake --build build/report --target nev_report --parallel "${JOBS:-2}" >&2
exec build/report/examples/nev_report "$@"
