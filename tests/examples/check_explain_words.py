#!/usr/bin/env python3
"""Runs examples/explain_words on words whose reading is known and checks what it prints.

usage: check_explain_words.py <path to explain_words>
"""
import re
import subprocess
import sys

SENTENCE = ("production and sales reached 12.89 million and 12.87 million units, "
            "up 34.4 percent and 35.5 percent")

# (arguments, exit status, lines that must appear (regular expressions))
CASES = [
    (["growth", "a 22.7% dip"], 0, [r"^interval: \[-22\.75, -22\.65\]$", r"^sign: +- \(a fall\)$", r"^how: +rounded$"]),
    (["growth", "35.5 percent", SENTENCE], 0, [r"^interval: \[35\.45, 35\.55\]$", r"^sign: .*from the sentence$"]),
    (["growth", "35.5 percent"], 1, [r"^refused: +change_without_direction$", r"^reason: +a change with no direction",
                                     r"^expected: +'up', 'rose'"]),
    (["vehicle_count", "12.87 million", SENTENCE], 0, [r"^interval: \[12\.865 million, 12\.875 million\]$",
                                                       r"^unit: +none$", r"^sign: +none \(a level\)$"]),
    (["vehicle_count", "13 companies"], 1, [r"^refused: +unknown_noun$"]),
    (["company_count", "40 companies"], 0, [r"^interval: 40$", r"^how: +exact$", r"^noun: +companies \(head: companies\)$"]),
    (["share", "1,5%"], 1, [r"^refused: +decimal_comma_is_ambiguous$", r"^expected: +a decimal point"]),
    (["cny_amount", "RMB10.95 billion"], 0, [r"^unit: +yuan$", r"^interval: \[10\.945 billion, 10\.955 billion\]$"]),
    (["rank", "top 3"], 0, [r"^interval: \[1, 3\]$", r"^how: +at most$"]),
    (["rank", "fell from the top spot"], 1, [r"^refused: +negated_or_lost_rank$"]),
    (["calendar_day", "Aug 4294967297, 2023"], 1, [r"^refused: +invalid_date$"]),
    (["growth", "doubled"], 0, [r"^interval: \[50, 150\]$", r"^unit: +multiplied"]),
    (["weekday", "on Wednesday"], 0, [r"^printed: +Wednesday$"]),
    (["no_such_kind", "5"], 2, []),
    (["--kinds"], 0, [r"^vehicle_count$", r"^growth$", r"^calendar_day$", r"^weekday$"]),
]


def main() -> int:
    tool = sys.argv[1]
    failures = 0
    for args, status, patterns in CASES:
        run = subprocess.run([tool, *args], capture_output=True, text=True, check=False)
        lines = run.stdout.splitlines()
        problems = []
        if run.returncode != status:
            problems.append(f"exit status {run.returncode}, expected {status}")
        for pattern in patterns:
            if not any(re.search(pattern, line) for line in lines):
                problems.append(f"no line matches {pattern!r}")
        if problems:
            failures += 1
            print(f"FAIL explain_words {args}:\n  " + "\n  ".join(problems) + "\n  output:\n    " +
                  "\n    ".join(lines + run.stderr.splitlines()))
    print(f"explain_words: {len(CASES) - failures} of {len(CASES)} cases as expected")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
