#!/usr/bin/env python3
"""Merge the run-time (Google Benchmark JSON) and compile-time (compile_time.py JSON) results
into bench/RESULTS.md, with the machine, the compilers and every target evaluated.

  python3 bench/write_results.py --runtime bench/build/runtime.json \
      --compile bench/build/compile_time.json --binary bench/build/bench/nevfacts_runtime_bench \
      --out bench/RESULTS.md

Every figure is a median over repetitions of one run of bench/run.sh, and every ratio divides
two medians of that same run. Times are CPU times (user + system) unless a column says
"wall": the machine may be shared, and CPU time is what an idle machine would show as wall
time for these single-threaded processes.

A compile-time run of several header trees (compile_time.py --tree ...) is reported for its
last tree, as any run, followed by the trees' before/after tables.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import re
import subprocess
from collections import Counter
from pathlib import Path

from compile_time import comparison_markdown

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent

# --------------------------------------------------------------------------------------------
# Targets (issue 5)
# --------------------------------------------------------------------------------------------
SEED_OVER_DEPS_MAX = 1.15     # seed registry with all checks: <= 15 % over baseline B
TEN_K_MAX_S = 10.0            # 10,000 facts: < 10 s per compiler
GROWTH_1K_10K_MAX = 12.0      # 1,000 -> 10,000 facts: <= 12x
TYPED_MAX = 1.02              # typed arithmetic within 1.02x of raw double
LOOKUP_MAX = 1.00             # run-time lookup no slower than std::unordered_map


def sh(cmd: list[str]) -> str:
    try:
        return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    osname = platform.system()
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                osname = line.split("=", 1)[1].strip('"')
    except OSError:
        pass
    return {"nproc": sh(["nproc"]) or str(os.cpu_count()), "cpu": cpu, "memory": mem, "os": osname,
            "kernel": platform.release(), "cmake": (sh(["cmake", "--version"]).splitlines() or ["?"])[0],
            "python": platform.python_version(), "load": " / ".join(f"{x:.2f}" for x in os.getloadavg())}


def fmt_s(x: float | None) -> str:
    return "–" if x is None else (f"{x:.3f}" if x < 1 else f"{x:.2f}")


def fmt_ratio(x: float | None) -> str:
    return "–" if x is None or math.isnan(x) else f"{x:.2f}x"


def yes(ok: bool | None) -> str:
    return "n/a" if ok is None else ("**met**" if ok else "**not met**")


# --------------------------------------------------------------------------------------------
# Compile time
# --------------------------------------------------------------------------------------------
class CompileResults:
    def __init__(self, data: dict):
        self.d = data
        self.main_tree = data.get("main_tree")   # several trees: the figures are the last one's
        self.trees = data.get("trees", [])
        self.jobs = {(j["tu"], j["compiler"], j["opt"]): j for j in data["jobs"]
                     if j.get("tree", self.main_tree) == self.main_tree}
        self.compilers = list(data["compilers"])
        self.opts = data["opts"]
        self.sizes = data["sizes"]

    def t(self, tu: str, cxx: str, opt: str, key: str = "median_cpu_s") -> float | None:
        j = self.jobs.get((tu, cxx, opt))
        return j.get(key) if j and j["status"] == "ok" and j.get("reps") else None

    def job(self, tu, cxx, opt):
        return self.jobs.get((tu, cxx, opt))


def tu_label(tu: str) -> str:
    return {"empty": "A: empty TU", "deps": "B: Boost.Units + date headers", "core": "`nevfacts/nevfacts.hpp`",
            "seed": "seed registry (all checks)"}.get(tu, tu.replace("synthetic_", "synthetic, ") + " facts"
                                                      if tu.startswith("synthetic_") else tu)


def compile_section(c: CompileResults, targets: list) -> list[str]:
    out = ["## Compile time", ""]
    out.append(f"Command: `<compiler> -O0|-O2 {c.d['flags_display']} tu.cpp -o /dev/null` under "
               "`/usr/bin/time -v`; no `-fconstexpr-*` flag. Time is CPU time (user + system) of the "
               "compiler, median of the repetitions shown; wall-clock medians are given alongside. "
               "Peak memory is the maximum resident set size.")
    out.append("")
    out.append("Baseline B includes exactly the headers nevfacts itself includes from Boost and date: "
               + ", ".join(f"`<{h}>`" for h in c.d["dependency_headers"]) + ".")
    out.append("")
    if not c.d.get("seed_present"):
        out.append(f"**Seed registry: pending** — `{c.d['seed_header']}` did not exist when this ran.")
        out.append("")
    if not c.d.get("generator_present"):
        out.append("**Synthetic registries: pending** — `bench/gen_registry.py` did not exist when this ran.")
        out.append("")
    for name, info in c.d.get("synthetic", {}).items():
        if "generator_error" in info:
            out.append(f"`gen_registry.py` failed for {name}: `{' '.join(info['generator_error'])}`")
            out.append("")

    tus = ["empty", "deps", "core", "seed"] + [f"synthetic_{n}" for n in c.sizes]
    for cxx in c.compilers:
        out.append(f"### {c.d['compilers'][cxx]}")
        out.append("")
        out.append("| translation unit | opt | runs | CPU s (median) | wall s (median) | wall min–max | "
                   "peak RSS MiB | vs A | vs B |")
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|")
        for tu in tus:
            for opt in c.opts:
                j = c.job(tu, cxx, opt)
                if j is None:
                    continue
                if j["status"] == "pending":
                    out.append(f"| {tu_label(tu)} | -{opt} | 0 | pending | | | | | |")
                    continue
                if j["status"] == "failed" and not j.get("reps"):
                    rss = j["failure"].get("maxrss_kb")
                    out.append(f"| {tu_label(tu)} | -{opt} | 1 | **fails** ({j['failure']['reason']}) | | | "
                               f"{'' if rss is None else f'{rss / 1024:.0f}'} | | |")
                    continue
                t = j["median_cpu_s"]
                a, b = c.t("empty", cxx, opt), c.t("deps", cxx, opt)
                out.append(f"| {tu_label(tu)} | -{opt} | {j['reps']} | {fmt_s(t)} | {fmt_s(j['median_wall_s'])} | "
                           f"{fmt_s(j['min_wall_s'])}–{fmt_s(j['max_wall_s'])} | {j['median_maxrss_kb'] / 1024:.0f} | "
                           f"{fmt_ratio(t / a) if a else '–'} | {fmt_ratio(t / b) if b else '–'} |")
        out.append("")

    # Seed over baseline B
    out.append("### Seed registry over baseline B")
    out.append("")
    out.append("| compiler | opt | B s | core s | seed s | seed / B | core / B | seed / core |")
    out.append("|---|---|---:|---:|---:|---:|---:|---:|")
    for cxx in c.compilers:
        for opt in c.opts:
            b, core, seed = c.t("deps", cxx, opt), c.t("core", cxx, opt), c.t("seed", cxx, opt)
            r = seed / b if seed and b else None
            out.append(f"| {cxx} | -{opt} | {fmt_s(b)} | {fmt_s(core)} | {fmt_s(seed)} | {fmt_ratio(r)} | "
                       f"{fmt_ratio(core / b) if core and b else '–'} | {fmt_ratio(seed / core) if seed and core else '–'} |")
            targets.append((f"seed registry ≤ {SEED_OVER_DEPS_MAX:.2f}x baseline B ({cxx} -{opt})",
                            fmt_ratio(r), None if r is None else r <= SEED_OVER_DEPS_MAX))
    out.append("")

    # Growth
    out.append("### Growth with the number of facts")
    out.append("")
    out.append("*net* = the TU's time minus the `nevfacts.hpp` TU's time with the same compiler and level: "
               "the cost of the facts, relations and checks alone. The exponent k in t ∝ n^k between "
               "consecutive sizes is log(t2/t1) / log(n2/n1).")
    out.append("")
    out.append("| compiler | opt | facts | CPU s | net s | peak RSS MiB | k (total) | k (net) |")
    out.append("|---|---|---:|---:|---:|---:|---:|---:|")
    for cxx in c.compilers:
        for opt in c.opts:
            core = c.t("core", cxx, opt)
            prev = None
            for n in c.sizes:
                j = c.job(f"synthetic_{n}", cxx, opt)
                if j is None:
                    continue
                t = c.t(f"synthetic_{n}", cxx, opt)
                if t is None:
                    state = "pending" if j["status"] == "pending" else "**fails**"
                    out.append(f"| {cxx} | -{opt} | {n:,} | {state} | | | | |")
                    prev = None
                    continue
                net = t - core if core is not None else None
                k = kn = None
                if prev:
                    pn, pt, pnet = prev
                    k = math.log(t / pt) / math.log(n / pn)
                    if net and pnet and net > 0 and pnet > 0:
                        kn = math.log(net / pnet) / math.log(n / pn)
                rss = j["median_maxrss_kb"] / 1024
                reps_note = f" ({j['reps']} runs)" if j["reps"] < 5 else ""
                out.append(f"| {cxx} | -{opt} | {n:,}{reps_note} | {fmt_s(t)} | {fmt_s(net)} | {rss:.0f} | "
                           f"{'–' if k is None else f'{k:.2f}'} | {'–' if kn is None else f'{kn:.2f}'} |")
                prev = (n, t, net)
    out.append("")

    out.append("| compiler | opt | 10,000 facts CPU s | 10,000 facts wall s | t(10,000) / t(1,000) | net ratio |")
    out.append("|---|---|---:|---:|---:|---:|")
    for cxx in c.compilers:
        for opt in c.opts:
            t1, t10 = c.t("synthetic_1000", cxx, opt), c.t("synthetic_10000", cxx, opt)
            w10 = c.t("synthetic_10000", cxx, opt, "median_wall_s")
            core = c.t("core", cxx, opt)
            g = t10 / t1 if t1 and t10 else None
            gn = (t10 - core) / (t1 - core) if t1 and t10 and core and t1 > core else None
            out.append(f"| {cxx} | -{opt} | {fmt_s(t10)} | {fmt_s(w10)} | {fmt_ratio(g)} | {fmt_ratio(gn)} |")
            targets.append((f"10,000 facts < {TEN_K_MAX_S:.0f} s ({cxx} -{opt})",
                            "–" if t10 is None else f"{t10:.2f} s", None if t10 is None else t10 < TEN_K_MAX_S))
            targets.append((f"growth 1,000 → 10,000 facts ≤ {GROWTH_1K_10K_MAX:.0f}x ({cxx} -{opt})",
                            f"{fmt_ratio(g)} (net {fmt_ratio(gn)})", None if g is None else g <= GROWTH_1K_10K_MAX))
    out.append("")

    fails = [j for j in c.jobs.values() if j["status"] == "failed"]
    if fails:
        out.append("### Failures")
        out.append("")
        out.append("A configuration that fails is compiled once. Configurations whose diagnostics start "
                   "alike are grouped; the first lines of the diagnostic follow.")
        out.append("")
        groups: dict = {}
        for j in fails:
            snap = c.d.get("snapshot_dir")
            diag = [(l.replace(snap + "/", "include/") if snap else l).replace(str(ROOT) + "/", "")[:300]
                    for l in j["failure"].get("diagnostic", [])]
            key = re.sub(r"\d+", "#", diag[0]) if diag else j["failure"]["reason"]
            key = re.sub(r"synthetic_#", "synthetic", key)
            groups.setdefault(key, []).append((j, diag))
        for members in groups.values():
            names = []
            for j, _ in members:
                f = j["failure"]
                rss = f.get("maxrss_kb")
                names.append(f"{tu_label(j['tu'])}, {j['compiler']} -{j['opt']} ({f['reason']}"
                             + (f", peak RSS {rss / 1024:.0f} MiB" if rss else "") + ")")
            out.append("**" + "; ".join(names) + "**:")
            out.append("")
            out.append("```")
            out.extend(members[0][1])
            out.append("```")
            out.append("")
    notes = [j for j in c.jobs.values() if j.get("note")]
    large = [j for j in c.jobs.values() if j.get("n") and j["n"] > 10000 and j["status"] != "pending"]
    if large:
        out.append(f"Sizes above 10,000 facts: {large[0]['reps_planned']} runs planned per configuration (not 5), "
                   f"{c.d.get('jobs_largest', 1)} configurations compiled at a time (one per core), so their CPU "
                   "times may be a little higher than on an otherwise idle machine.")
        out.append("")
    for j in notes:
        out.append(f"- {tu_label(j['tu'])}, {j['compiler']} -{j['opt']}: {j['note']}.")
    if notes:
        out.append("")
    start, end = c.d.get("headers_digest_start"), c.d.get("headers_digest_end")
    live_end = c.d.get("live_headers_digest_end", end)
    if c.d.get("snapshot"):
        out.append(f"Every compile above used one copy of the headers (`include/` and `data/include/`) taken when the compile-time benchmark started "
                   f"(digest `{start}`: sha256 of every `.hpp` under `include/nevfacts` and `data/include/nevfacts`, by path, first 16 hex digits)"
                   + ("." if live_end == start else
                      f"; the headers themselves changed while it ran (now `{live_end}`), so these figures are for the copy."))
        out.append("")
    elif start != end:
        out.append("**Warning: the headers (`include/`, `data/include/`) changed while this benchmark ran** (digest "
                   f"{start} → {end}); figures may mix versions.")
        out.append("")
    else:
        out.append(f"Headers digest (sha256 of every `.hpp` under `include/nevfacts` and `data/include/nevfacts`, by path, first 16 hex digits): `{start}`, "
                   "unchanged during the run.")
        out.append("")
    if c.d.get("partial"):
        out.append("**This compile-time run was interrupted; the figures are what it measured before that.**")
        out.append("")
    out.append(f"Compiling took {c.d['elapsed_s'] / 60:.1f} min in all.")
    out.append("")
    if len(c.trees) > 1:
        out += trees_section(c)
    return out


def trees_section(c: CompileResults) -> list[str]:
    names = [t["name"] for t in c.trees]
    out = ["### Header trees compared", "",
           f"This run compiled every translation unit against {len(names)} header trees ("
           + ", ".join(f"`{n}`" for n in names) + "), interleaved round by round; the figures above are "
           f"`{c.main_tree}`'s, and `{names[0]}` is the one the others are compared with.", ""]
    return out + comparison_markdown(c.d, level=4)


# --------------------------------------------------------------------------------------------
# Run time
# --------------------------------------------------------------------------------------------
# (benchmark, baseline, target: None | "typed" | "lookup" | "interval" | "share_scalar")
# The typed-arithmetic share target is the bulk share_of (one call for all values, checked
# once); the scalar share_of (checked in every call) is reported beside it, informational.
PAIRS = [
    ("a_growth_base/nevfacts", "a_growth_base/raw_double", "typed"),
    ("b_share_of/nevfacts_bulk", "b_share_of/raw_double", "typed"),
    ("b_share_of/nevfacts", "b_share_of/raw_double", "share_scalar"),
    ("b_share_of/raw_double_checked", "b_share_of/raw_double", None),
    ("b_share_of/nevfacts", "b_share_of/raw_double_checked", None),
    ("b_share_of/nevfacts_bulk", "b_share_of/nevfacts", None),
    ("c_interval_mul/nevfacts", "c_interval_mul/raw_interval", "interval"),
    ("c_interval_mul/raw_interval_bitstep", "c_interval_mul/raw_interval", None),
    ("c_interval_mul/nevfacts", "c_interval_mul/raw_interval_bitstep", None),
    ("c_interval_mul/nevfacts", "c_interval_mul/raw_double", None),
    ("d_lookup_id/registry", "d_lookup_id/unordered_map", "lookup"),
    ("d_lookup_key/registry", "d_lookup_id/unordered_map", "lookup"),
    ("d_lookup_id/map", "d_lookup_id/unordered_map", None),
    ("d_lookup_id/registry", "d_lookup_id/map", None),
]

DESCRIPTION = {
    "a_growth_base/nevfacts": "`base_from(vehicle_count, growth)`",
    "a_growth_base/raw_double": "`v / (1 + g / 100)`",
    "b_share_of/nevfacts_bulk": "`share_of(span<const vehicle_count>, span<const vehicle_count>, span<share>)`, "
                                "checked once for all values",
    "b_share_of/nevfacts": "`share_of(vehicle_count, vehicle_count)`, one call a value, each checked",
    "b_share_of/raw_double": "`part / whole * 100`",
    "b_share_of/raw_double_checked": "the same, with share_of's 0–100 % check (diagnostic)",
    "c_interval_mul/nevfacts": "`real_interval * real_interval`",
    "c_interval_mul/raw_interval": "hand-written lo/hi product, `std::nextafter` outward (fair baseline)",
    "c_interval_mul/raw_interval_bitstep": "hand-written, one ulp by bit pattern (diagnostic)",
    "c_interval_mul/raw_double": "plain `double` product",
    "d_lookup_id/registry": "`registry<1000>::find(id)`",
    "d_lookup_key/registry": "`registry<1000>::find(metric, subject, period)`",
    "d_lookup_id/unordered_map": "`std::unordered_map<std::string, fact>::find(id)`",
    "d_lookup_id/map": "`std::map<std::string, fact>::find(id)`",
}


def runtime_medians(data: dict) -> dict:
    med = {}
    cv = {}
    for b in data["benchmarks"]:
        if b.get("run_type") != "aggregate":
            continue
        name = b["run_name"]
        scale = {"ns": 1.0, "us": 1e3, "ms": 1e6, "s": 1e9}[b.get("time_unit", "ns")]
        if b["aggregate_name"] == "median":
            ops = b.get("ops", 1.0) or 1.0
            med[name] = {"cpu_ns_op": b["cpu_time"] * scale / ops, "real_ns_op": b["real_time"] * scale / ops,
                         "reps": b.get("repetitions"), "ops": ops}
        elif b["aggregate_name"] == "cv":
            cv[name] = b["cpu_time"]
    for name, c in cv.items():
        if name in med:
            med[name]["cv"] = c
    return med


def disassembly_summary(binary: str, functions: list[str]) -> dict:
    """Count the instructions that tell scalar from vector code in each benchmark function."""
    text = sh(["objdump", "-d", "--no-show-raw-insn", binary])
    if not text:
        return {}
    result = {}
    blocks = re.split(r"\n(?=[0-9a-f]+ <)", text)
    for fn in functions:
        counts = Counter()
        for blk in blocks:
            head = blk.split("\n", 1)[0]
            if f"{fn}ERN9benchmark5StateE" not in head:
                continue
            for line in blk.splitlines()[1:]:
                parts = line.split("\t")
                if len(parts) >= 2:
                    mnem = parts[1].split()[0] if parts[1].split() else ""
                    if re.fullmatch(r"v?(div|mul|add|min|max)[sp]d|v?u?comisd|v?cmp\w*[sp]d", mnem):
                        counts[mnem] += 1
                    elif mnem == "call" and "nextafter" in line:
                        counts["call nextafter"] += 1
        result[fn] = dict(counts)
    return result


def runtime_section(data: dict, binary: str | None, compiler: str, targets: list) -> list[str]:
    med = runtime_medians(data)
    ctx = data.get("context", {})
    out = ["## Run time", ""]
    reps = {m["reps"] for m in med.values()}
    out.append(f"`nevfacts_runtime_bench` ({compiler}, `-O2 -DNDEBUG`, Google Benchmark), "
               f"`--benchmark_repetitions={'/'.join(str(r) for r in sorted(reps))} --benchmark_report_aggregates_only=true`. "
               "Arithmetic runs over 1,000,000 values in `std::vector` (generated once, fixed seed); lookups "
               "look up all 1,000 facts' keys in a shuffled order. ns/op is the median over the repetitions "
               "of CPU time per iteration divided by the operations in one iteration.")
    if ctx.get("library_build_type") == "debug":
        out.append("")
        out.append("(The distribution's libbenchmark reports itself as a debug build; that affects the timing "
                   "loop's own overhead, not the code measured, which is compiled at -O2.)")
    out.append("")
    out.append("| benchmark | what | ns/op (CPU) | ns/op (wall) | cv |")
    out.append("|---|---|---:|---:|---:|")
    for name, m in med.items():
        cvs = f"{m['cv'] * 100:.1f} %" if "cv" in m else "–"
        out.append(f"| `{name}` | {DESCRIPTION.get(name, '')} | {m['cpu_ns_op']:.3f} | {m['real_ns_op']:.3f} | {cvs} |")
    out.append("")
    out.append("| ratio | CPU | wall | target |")
    out.append("|---|---:|---:|---|")
    for a, b, kind in PAIRS:
        if a not in med or b not in med:
            continue
        r = med[a]["cpu_ns_op"] / med[b]["cpu_ns_op"]
        rw = med[a]["real_ns_op"] / med[b]["real_ns_op"]
        tgt = {"typed": f"≤ {TYPED_MAX:.2f}x", "lookup": f"≤ {LOOKUP_MAX:.2f}x", "interval": "(fair baseline)",
               "share_scalar": "(informational: the target is the bulk form's)"}.get(kind, "")
        out.append(f"| `{a}` / `{b}` | {fmt_ratio(r)} | {fmt_ratio(rw)} | {tgt} |")
        if kind in ("typed", "lookup"):
            limit = TYPED_MAX if kind == "typed" else LOOKUP_MAX
            ok = r <= limit
            shown = f"{r:.3f}x"
            noise = max(med[a].get("cv", 0.0), med[b].get("cv", 0.0))
            if not ok and r - limit < noise:
                shown += f" (over by less than the run-to-run spread, cv {noise * 100:.1f} %)"
            what = (f"typed arithmetic within {TYPED_MAX:.2f}x of raw double: `{a}`" if kind == "typed"
                    else f"run-time lookup no slower than unordered_map: `{a}`")
            targets.append((what, shown, ok))
        elif kind == "interval":
            targets.append(("interval product vs hand-written interval (`std::nextafter`), informational",
                            fmt_ratio(r), None))
        elif kind == "share_scalar":
            targets.append((f"scalar `{a}` (checked in every call) vs raw double, informational", fmt_ratio(r), None))
    out.append("")

    if binary and Path(binary).exists():
        fns = ["a_growth_base_nevfacts", "a_growth_base_raw_double", "b_share_of_nevfacts_bulk", "b_share_of_nevfacts",
               "b_share_of_raw_double",
               "b_share_of_raw_double_checked", "c_interval_mul_nevfacts", "c_interval_mul_raw_interval",
               "c_interval_mul_raw_interval_bitstep"]
        dis = disassembly_summary(binary, fns)
        if dis:
            out.append("Floating-point instructions in each benchmark function of the binary "
                       "(`objdump -d`; `*sd` are scalar, `*pd` packed, i.e. vectorised):")
            out.append("")
            out.append("| function | instructions |")
            out.append("|---|---|")
            for fn in fns:
                counts = dis.get(fn, {})
                out.append(f"| `{fn}` | " + (", ".join(f"{k} ×{v}" for k, v in sorted(counts.items())) or "–") + " |")
            out.append("")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runtime", default=str(BENCH / "build" / "runtime.json"))
    ap.add_argument("--compile", default=str(BENCH / "build" / "compile_time.json"))
    ap.add_argument("--binary", default=str(BENCH / "build" / "bench" / "nevfacts_runtime_bench"))
    ap.add_argument("--cmake-cache", default=str(BENCH / "build" / "CMakeCache.txt"))
    ap.add_argument("--notes", default=str(BENCH / "NOTES.md"),
                    help="a hand-written analysis appended verbatim if it exists")
    ap.add_argument("--out", default=str(BENCH / "RESULTS.md"))
    ap.add_argument("--started", default="", help="when bench/run.sh started (shown)")
    ap.add_argument("--runtime-digest", default=str(BENCH / "build" / "runtime_headers_digest.txt"),
                    help="file holding the digest of the headers the run-time benchmark was built from")
    args = ap.parse_args()

    m = machine()
    runtime_cxx = "c++"
    try:
        for line in Path(args.cmake_cache).read_text().splitlines():
            if line.startswith("CMAKE_CXX_COMPILER:"):
                runtime_cxx = line.split("=", 1)[1]
    except OSError:
        pass
    runtime_cxx_version = (sh([runtime_cxx, "--version"]).splitlines() or [runtime_cxx])[0]

    compile_data = json.loads(Path(args.compile).read_text()) if Path(args.compile).exists() else None
    runtime_data = json.loads(Path(args.runtime).read_text()) if Path(args.runtime).exists() else None

    targets: list = []
    body: list[str] = []
    if compile_data:
        body += compile_section(CompileResults(compile_data), targets)
    else:
        body += ["## Compile time", "", "Not run.", ""]
    if runtime_data:
        body += runtime_section(runtime_data, args.binary, runtime_cxx_version, targets)
    else:
        body += ["## Run time", "", "Not run.", ""]

    now = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    head = ["# nevfacts benchmark results", "",
            f"Written by `bench/run.sh` ({now}{', started ' + args.started if args.started else ''}). "
            "Do not edit by hand: run `bench/run.sh` again. How to run and what is measured: "
            "[README.md](README.md).", "",
            "## Machine", "",
            f"- CPUs (nproc): {m['nproc']}; CPU: {m['cpu']}",
            f"- Memory: {m['memory']}",
            f"- OS: {m['os']}, Linux {m['kernel']}"]
    if runtime_data:
        ctx = runtime_data.get("context", {})
        head.append(f"- Load average (1/5/15 min) when the run-time benchmark started: "
                    + " / ".join(f"{x:.2f}" for x in ctx.get("load_avg", [])) + f"; {ctx.get('mhz_per_cpu', '?')} MHz per CPU "
                    "as Google Benchmark reads it. The machine was shared with other work; hence CPU times.")
    if compile_data:
        for cxx, ver in compile_data["compilers"].items():
            head.append(f"- `{cxx}`: {ver}")
    rt_digest = Path(args.runtime_digest).read_text().strip() if Path(args.runtime_digest).exists() else None
    head.append(f"- Run-time benchmark built with: {runtime_cxx_version}"
                + (f", from headers with digest `{rt_digest}`" if rt_digest else ""))
    if compile_data and rt_digest:
        same = rt_digest == compile_data.get("headers_digest_start")
        head.append(f"- Compile-time benchmark: headers with digest `{compile_data.get('headers_digest_start')}`"
                    + (" (the same headers)" if same else " (**not the same headers as the run-time benchmark**: "
                       "`include/` changed between the two)"))
    head.append(f"- {m['cmake']}; Python {m['python']}")
    head.append("")
    head.append("## Targets")
    head.append("")
    head.append("| target | measured | |")
    head.append("|---|---:|---|")
    for what, val, ok in targets:
        head.append(f"| {what} | {val} | {yes(ok)} |")
    head.append("")

    notes = []
    if Path(args.notes).exists():
        notes = ["", Path(args.notes).read_text().rstrip(), ""]
    Path(args.out).write_text("\n".join(head + body + notes).rstrip() + "\n")
    print(f"[write_results] wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
