# Counts GCC's constant-evaluation calls by function name (bench/NOTES.md, "The budget's third
# round"): a gdb breakpoint on retrieve_constexpr_fundef, which cc1plus runs for every call it
# evaluates, memo hits included. Not part of the tests; for GCC 12's cc1plus only (it reads
# DECL_NAME at offset 32 of the decl and the identifier's string at offset 24, GCC 12's layout).
#
#   g++ -std=c++20 -I include -E tu.cpp -o tu.ii
#   OUT=tu.counts gdb -q -batch -ex "set args -fpreprocessed -std=c++20 -O0 -quiet tu.ii -o /dev/null" \
#       -x bench/gcc_calls.py /usr/lib/gcc/x86_64-linux-gnu/12/cc1plus
#
# Writes "count name" lines, most called first. A claim's calls: the difference between a TU
# with N claims and the same TU with none, over N.
import collections
import os

import gdb  # pylint: disable=import-error

counts = collections.Counter()


def read_word(address, size=8):
    memory = gdb.selected_inferior().read_memory(address, size).tobytes()
    return int.from_bytes(memory, "little")


class CallCounter(gdb.Breakpoint):
    def stop(self):
        decl = int(gdb.parse_and_eval("$rdi"))
        name = read_word(decl + 32)
        if name == 0:
            counts["<anonymous>"] += 1
            return False
        text, size = read_word(name + 24), read_word(name + 32, 4)
        memory = gdb.selected_inferior().read_memory(text, min(size, 80)).tobytes()
        counts[memory.decode("latin1")] += 1
        return False


CallCounter("retrieve_constexpr_fundef(tree_node*)")
gdb.execute("run")
with open(os.environ.get("OUT", "calls.counts"), "w", encoding="utf-8") as out:
    for function, n in counts.most_common():
        out.write(f"{n} {function}\n")
