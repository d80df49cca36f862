#!/usr/bin/env python3
"""docs/tutorial.md is compiled and run: its ```cpp blocks, in order, are one program, and its
```output block is what that program prints.

  tests/tutorial/tutorial.py extract docs/tutorial.md OUT.cpp   # write the program
  tests/tutorial/tutorial.py check docs/tutorial.md PROGRAM     # run it; fail if the output differs
  tests/tutorial/tutorial.py write docs/tutorial.md PROGRAM     # rewrite the ```output block
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

CPP = re.compile(r"```cpp\n(.*?)```", re.S)
OUTPUT = re.compile(r"(```output\n)(.*?)(```)", re.S)


def run(program: str) -> str | None:
    p = subprocess.run([program], capture_output=True, text=True)
    if p.returncode != 0:
        print(f"FAIL: {program} exited {p.returncode}\n{p.stdout}{p.stderr}")
        return None
    return p.stdout


def main() -> int:
    if len(sys.argv) != 4 or sys.argv[1] not in ("extract", "check", "write"):
        print(__doc__)
        return 2
    mode, doc, target = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    text = doc.read_text(encoding="utf-8")
    if mode == "extract":
        blocks = CPP.findall(text)
        if not blocks:
            print(f"FAIL: no ```cpp block in {doc}")
            return 1
        Path(target).write_text(f"// Generated from {doc.name}: every ```cpp block, in order.\n"
                                + "\n".join(blocks), encoding="utf-8")
        return 0
    printed = run(target)
    if printed is None:
        return 1
    shown = OUTPUT.search(text)
    if not shown:
        print(f"FAIL: no ```output block in {doc}")
        return 1
    if mode == "write":
        doc.write_text(text[:shown.start(2)] + printed + text[shown.end(2):], encoding="utf-8")
        print(f"tutorial: the output block of {doc} rewritten ({printed.count(chr(10))} lines)")
        return 0
    if shown.group(2) == printed:
        print(f"tutorial: the program prints what {doc.name} shows ({printed.count(chr(10))} lines)")
        return 0
    want, got = shown.group(2).splitlines(), printed.splitlines()
    for i in range(max(len(want), len(got))):
        w = want[i] if i < len(want) else "<none>"
        g = got[i] if i < len(got) else "<none>"
        if w != g:
            print(f"FAIL: line {i + 1}\n  shown:   {w}\n  printed: {g}")
    print(f"run tests/tutorial/tutorial.py write {doc} PROGRAM if the new output is right")
    return 1


if __name__ == "__main__":
    sys.exit(main())
