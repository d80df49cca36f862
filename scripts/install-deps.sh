#!/usr/bin/env bash
# Install the build/test dependencies of nevfacts (Debian 12 / Ubuntu packages).
# Skips apt entirely when every package is already installed
# (set NEVFACTS_FORCE_APT=1 to run apt-get anyway).
set -euo pipefail

packages=(
  build-essential g++ clang cmake ninja-build pkg-config
  libboost-dev libhowardhinnant-date-dev doctest-dev python3
  chromium   # tests/html: nev_report --html's pages rendered headless
  libclang-rt-14-dev   # the fuzz configuration: libFuzzer and Clang's ASan/UBSan runtimes
  llvm   # llvm-symbolizer on the PATH: symbolized sanitizer stacks (asan, fuzz)
  clang-format   # scripts/format.sh --check
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [[ ${#missing[@]} -eq 0 && "${NEVFACTS_FORCE_APT:-0}" != 1 ]]; then
  echo "install-deps: all packages already installed"
  exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
  SUDO=()
else
  SUDO=(sudo)
fi

"${SUDO[@]}" apt-get update
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y --no-install-recommends "${packages[@]}"
