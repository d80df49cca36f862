#!/usr/bin/env bash
# Apply .clang-format to the library, the data set and the examples, or (--check) fail on a file
# clang-format would change or on a line over 100 columns (UTF-8 characters, not bytes).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
CLANG_FORMAT=${CLANG_FORMAT:-clang-format}
mapfile -t files < <(git ls-files 'include/*.hpp' 'data/include/*.hpp' 'examples/*.hpp' 'examples/*.cpp')
if [[ ${1:-} == --check ]]; then
  "$CLANG_FORMAT" --dry-run --Werror "${files[@]}"
  python3 - "${files[@]}" <<'PY'
import sys
long = [(f, n, len(l)) for f in sys.argv[1:]
        for n, l in enumerate(open(f, encoding="utf-8").read().split("\n"), 1) if len(l) > 100]
for f, n, w in long:
    print(f"{f}:{n}: {w} columns (at most 100)")
sys.exit(1 if long else 0)
PY
  echo "format: ${#files[@]} files as .clang-format writes them, no line over 100 columns"
else
  "$CLANG_FORMAT" -i "${files[@]}"
fi
