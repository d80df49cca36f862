#!/usr/bin/env python3
"""Writes the README's ```cpp blocks into one translation unit, so that they are compiled."""
import re
import sys

readme, out = sys.argv[1], sys.argv[2]
blocks = re.findall(r"```cpp\n(.*?)```", open(readme, encoding="utf-8").read(), re.S)
if not blocks:
    sys.exit("no ```cpp block in " + readme)
with open(out, "w", encoding="utf-8") as f:
    f.write("// Generated from README.md: every ```cpp block, in order.\n")
    for block in blocks:
        f.write(block + "\n")
    f.write("int main() { return 0; }\n")
