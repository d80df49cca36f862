#!/usr/bin/env python3
"""nevfacts compile-time benchmark (issue 5). Not part of the test suite.

Compiles a set of translation units with each compiler at each optimisation level,
`<cxx> -std=c++20 -c -O<n> -I include -DONLY_C_LOCALE=1 -DHAS_STRING_VIEW=1 tu.cpp`,
under /usr/bin/time -v, and writes every run and the medians to a JSON file:

  empty        baseline A: an empty TU
  deps         baseline B: exactly the Boost.Units and date headers nevfacts includes
               (found by grepping include/nevfacts for #include <boost/...> and <date/...>)
  core         #include <nevfacts/nevfacts.hpp>
  seed         #include <nevfacts/data/china_nev/registry.hpp> (every seed check runs on
               include); "pending" when the header does not exist yet
  synthetic_N  python3 bench/gen_registry.py N: N facts, relations and static_asserts, at
               the compilers' default constexpr limits (no -fconstexpr-* flag is ever passed)

Up to 10,000 facts, runs are interleaved round-robin (rep 1 of every configuration, then rep
2, ...), one compile at a time, so that a slow moment of the machine does not land on one
configuration only. Sizes above 10,000 come last, --jobs-largest configurations at a time
(default 2, one per core), --reps-largest times each (default 3), except that a
configuration whose first compile takes more than --long-run-s CPU seconds is not repeated
(a 30,000-fact TU can take ten minutes). A configuration that fails to compile is not
repeated either: its first diagnostic lines are recorded instead. The JSON is rewritten
after every round, so an interrupted run still leaves what it measured.

  python3 bench/compile_time.py --out bench/build/compile_time.json
"""

from __future__ import annotations

import argparse
import concurrent.futures
import hashlib
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
INCLUDE = ROOT / "include"
DATA_INCLUDE = ROOT / "data" / "include"   # the china_nev data set, a target of its own
SEED_HEADER = DATA_INCLUDE / "nevfacts" / "data" / "china_nev" / "registry.hpp"
GEN = BENCH / "gen_registry.py"

FLAGS = ["-std=c++20", "-c", "-I", str(INCLUDE), "-I", str(DATA_INCLUDE), "-DONLY_C_LOCALE=1", "-DHAS_STRING_VIEW=1"]
INCLUDE_RE = re.compile(r"^\s*#\s*include\s*<((?:boost|date)/[^>]+)>", re.M)


def log(msg: str) -> None:
    print(f"[compile_time] {msg}", file=sys.stderr, flush=True)


def dependency_headers() -> list[str]:
    """The Boost and date headers nevfacts itself includes (not its data sets), in first-seen order."""
    seen: dict[str, None] = {}
    for hpp in sorted((INCLUDE / "nevfacts").rglob("*.hpp")):
        if "data" in hpp.relative_to(INCLUDE / "nevfacts").parts:
            continue
        for m in INCLUDE_RE.finditer(hpp.read_text(encoding="utf-8")):
            seen.setdefault(m.group(1))
    return list(seen)


def headers_digest(*roots: Path) -> str:
    """A digest of the nevfacts headers (core and data set, every .hpp), to tell versions apart.
    Files are taken by their path under their root, so the snapshot (one merged tree) and the
    live tree (include/ and data/include/) give the same digest for the same headers."""
    roots = roots or (INCLUDE, DATA_INCLUDE)  # what every compile sees (one tree if a snapshot)
    files: dict[str, Path] = {}
    for root in roots:
        for hpp in (root / "nevfacts").rglob("*.hpp"):
            files[str(hpp.relative_to(root))] = hpp
    h = hashlib.sha256()
    for rel in sorted(files):
        h.update(rel.encode())
        h.update(files[rel].read_bytes())
    return h.hexdigest()[:16]


def use_snapshot(workdir: Path) -> Path:
    """Copy include/ into the work directory and compile against the copy from now on, so that
    every figure of this run is for one version of the headers even if they are being edited."""
    global INCLUDE, DATA_INCLUDE, SEED_HEADER, FLAGS
    snap = workdir / "include"
    if snap.exists():
        shutil.rmtree(snap)
    shutil.copytree(INCLUDE, snap)
    shutil.copytree(DATA_INCLUDE, snap, dirs_exist_ok=True)  # one tree: core and data set
    INCLUDE = DATA_INCLUDE = snap
    SEED_HEADER = snap / "nevfacts" / "data" / "china_nev" / "registry.hpp"
    FLAGS = ["-std=c++20", "-c", "-I", str(snap), "-DONLY_C_LOCALE=1", "-DHAS_STRING_VIEW=1"]
    return snap


def compiler_version(cxx: str) -> str:
    try:
        out = subprocess.run([cxx, "--version"], capture_output=True, text=True, check=True).stdout
        return out.splitlines()[0].strip()
    except (OSError, subprocess.CalledProcessError) as e:
        return f"unavailable ({e})"


def parse_time_v(stderr: str) -> tuple[dict, str]:
    """Split /usr/bin/time -v's report (always last) from the compiler's own diagnostics."""
    lines = stderr.splitlines()
    start = max((i for i, l in enumerate(lines) if l.startswith("\tCommand being timed:")), default=len(lines))
    diag = lines[:start]
    if diag and diag[-1].startswith("Command exited with non-zero status"):
        diag = diag[:-1]
    stats: dict = {}
    for line in lines[start:]:
        key, _, val = line.strip().rpartition(": ")
        if key == "Maximum resident set size (kbytes)":
            stats["maxrss_kb"] = int(val)
        elif key == "User time (seconds)":
            stats["user_s"] = float(val)
        elif key == "System time (seconds)":
            stats["sys_s"] = float(val)
    return stats, "\n".join(diag)


def first_diagnostic_lines(diag: str, n: int = 12) -> list[str]:
    """The diagnostic's first lines, starting a little before its first error, and then the
    first few further lines that point into nevfacts' own headers (where a long chain of
    notes reaches the library)."""
    lines = [l.rstrip() for l in diag.splitlines() if l.strip()]
    first_error = next((i for i, l in enumerate(lines) if "error" in l), 0)
    start = max(0, first_error - 3)
    head = lines[start:start + n]
    rest = [l for l in lines[start + n:start + 200] if "include/nevfacts/" in l and "note:" in l][:6]
    return head + (["..."] + rest if rest else [])


class Job:
    def __init__(self, tu: str, src: Path | None, cxx: str, opt: str, reps: int, n: int | None):
        self.tu, self.src, self.cxx, self.opt, self.reps, self.n = tu, src, cxx, opt, reps, n
        self.runs: list[dict] = []
        self.failed: dict | None = None
        self.status = "ok" if src is not None else "pending"
        self.note: str | None = None

    def command(self) -> list[str]:
        return [self.cxx, f"-{self.opt}", *FLAGS, str(self.src), "-o", os.devnull]

    def run_once(self, timeout: float) -> None:
        cmd = ["/usr/bin/time", "-v", *self.command()]
        t0 = time.perf_counter()
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
        except subprocess.TimeoutExpired:
            self.failed = {"reason": f"timed out after {timeout:.0f} s", "diagnostic": []}
            self.status = "failed"
            return
        wall = time.perf_counter() - t0
        stats, diag = parse_time_v(p.stderr)
        if p.returncode != 0:
            self.failed = {
                "reason": f"exit status {p.returncode} after {wall:.1f} s",
                "wall_s": wall,
                "maxrss_kb": stats.get("maxrss_kb"),
                "diagnostic": first_diagnostic_lines(diag),
            }
            self.status = "failed"
            return
        self.runs.append({"wall_s": wall, "cpu_s": stats.get("user_s", 0.0) + stats.get("sys_s", 0.0),
                          "maxrss_kb": stats.get("maxrss_kb")})

    def summary(self) -> dict:
        d = {"tu": self.tu, "n": self.n, "compiler": self.cxx, "opt": self.opt, "status": self.status,
             "reps_planned": self.reps, "reps": len(self.runs), "runs": self.runs,
             "command": " ".join(self.command()) if self.src else None}
        if self.runs:
            d["median_wall_s"] = statistics.median(r["wall_s"] for r in self.runs)
            d["median_cpu_s"] = statistics.median(r["cpu_s"] for r in self.runs)
            d["median_maxrss_kb"] = statistics.median(r["maxrss_kb"] for r in self.runs)
            d["min_wall_s"] = min(r["wall_s"] for r in self.runs)
            d["max_wall_s"] = max(r["wall_s"] for r in self.runs)
        if self.failed:
            d["failure"] = self.failed
        if self.note:
            d["note"] = self.note
        return d


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(BENCH / "build" / "compile_time.json"))
    ap.add_argument("--workdir", default=str(BENCH / "build" / "compile_time"))
    ap.add_argument("--compilers", default="g++,clang++")
    ap.add_argument("--opts", default="O0,O2")
    ap.add_argument("--sizes", default="1000,3000,10000,30000")
    ap.add_argument("--reps", type=int, default=5, help="repetitions for every TU but the largest size")
    ap.add_argument("--reps-largest", type=int, default=3, help="repetitions for the largest synthetic size")
    ap.add_argument("--long-run-s", type=float, default=180.0,
                    help="sizes above 10,000 only: when a configuration's first compile takes longer than this "
                         "(CPU s), it is not repeated (the run would take hours); RESULTS.md says so")
    ap.add_argument("--jobs-largest", type=int, default=2,
                    help="sizes above 10,000 are compiled this many configurations at a time (default 2: one "
                         "per core); everything else runs one compile at a time")
    ap.add_argument("--no-snapshot", action="store_true",
                    help="compile against include/ itself rather than a copy taken at the start")
    ap.add_argument("--print-digest", action="store_true", help="print the digest of the headers (include/ and data/include/) and exit")
    ap.add_argument("--timeout", type=float, default=2400.0, help="seconds before one compile is given up")
    ap.add_argument("--gen-wait", type=float, default=0.0,
                    help="seconds to wait for bench/gen_registry.py to appear (polling) before skipping")
    args = ap.parse_args()

    if args.print_digest:
        print(headers_digest())
        return 0
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    live_include, live_data = INCLUDE, DATA_INCLUDE
    snapshot = None if args.no_snapshot else use_snapshot(workdir)
    compilers = [c for c in args.compilers.split(",") if c]
    opts = [o for o in args.opts.split(",") if o]
    sizes = sorted(int(s) for s in args.sizes.split(",") if s)

    # --- the translation units ------------------------------------------------------------
    digest_start = headers_digest()   # of the snapshot, if any: what every compile below sees
    deps = dependency_headers()
    tus: list[tuple[str, Path | None, int | None, int]] = []  # name, source, n, reps
    empty = workdir / "empty.cpp"
    empty.write_text("// baseline A: an empty translation unit\n")
    tus.append(("empty", empty, None, args.reps))
    deps_tu = workdir / "deps.cpp"
    deps_tu.write_text("// baseline B: the Boost.Units and date headers nevfacts includes, and nothing else\n"
                       + "".join(f"#include <{h}>\n" for h in deps))
    tus.append(("deps", deps_tu, None, args.reps))
    core = workdir / "core.cpp"
    core.write_text("#include <nevfacts/nevfacts.hpp>\n")
    tus.append(("core", core, None, args.reps))
    if SEED_HEADER.exists():
        seed = workdir / "seed.cpp"
        seed.write_text("// the seed data: every check in its headers runs in static_assert on include\n"
                        "#include <nevfacts/data/china_nev/registry.hpp>\n")
        tus.append(("seed", seed, None, args.reps))
    else:
        log("data/include/nevfacts/data/china_nev/registry.hpp does not exist yet: seed registry pending")
        tus.append(("seed", None, None, 0))

    deadline = time.monotonic() + args.gen_wait
    while not GEN.exists() and time.monotonic() < deadline:
        time.sleep(10)
    synthetic_info = {}
    for n in sizes:
        name = f"synthetic_{n}"
        if not GEN.exists():
            log(f"{GEN.relative_to(ROOT)} does not exist: {name} pending")
            tus.append((name, None, n, 0))
            continue
        out = workdir / f"{name}.cpp"
        p = subprocess.run([sys.executable, str(GEN), str(n), str(out)], capture_output=True, text=True, cwd=ROOT)
        if p.returncode != 0 or not out.exists():
            log(f"gen_registry.py {n} failed: {p.stderr.strip()[:500]}")
            tus.append((name, None, n, 0))
            synthetic_info[name] = {"generator_error": p.stderr.strip().splitlines()[-5:]}
            continue
        text = out.read_text(encoding="utf-8")
        synthetic_info[name] = {"bytes": len(text.encode()), "lines": text.count("\n"),
                                "static_asserts": len(re.findall(r"\bstatic_assert\s*\(", text))}
        tus.append((name, out, n, args.reps_largest if n == sizes[-1] and n > 10000 else args.reps))

    jobs = [Job(tu, src, cxx, opt, reps, n) for (tu, src, n, reps) in tus for cxx in compilers for opt in opts]

    # --- warm-up: load each compiler and the dependency headers into the page cache ------------
    for cxx in compilers:
        subprocess.run([cxx, "-O0", *FLAGS, str(deps_tu), "-o", os.devnull], capture_output=True, cwd=ROOT)

    # --- measure: sizes up to 10,000 round-robin, one compile at a time -------------------------
    started = time.monotonic()
    small = [j for j in jobs if j.n is None or j.n <= 10000]
    large = [j for j in jobs if j.n is not None and j.n > 10000]

    def report(j: Job, rep: int) -> None:
        last = j.runs[-1] if j.runs and not j.failed else None
        log(f"rep {rep + 1}/{j.reps} {j.tu:16s} {j.cxx:8s} -{j.opt}: "
            + (f"{last['cpu_s']:.2f} s CPU, {last['wall_s']:.2f} s wall, {last['maxrss_kb'] / 1024:.0f} MiB" if last
               else f"FAILED ({j.failed['reason']})"))

    def write(partial: bool) -> None:
        result = summary(partial)
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(result, indent=2))

    def summary(partial: bool) -> dict:
        return {
            "partial": partial,
            "flags": FLAGS[:],
            "flags_display": "-std=c++20 -c -I include -DONLY_C_LOCALE=1 -DHAS_STRING_VIEW=1",
            "compilers": {c: compiler_version(c) for c in compilers},
            "opts": opts,
            "sizes": sizes,
            "dependency_headers": deps,
            "seed_header": "data/include/nevfacts/data/china_nev/registry.hpp",
            "snapshot": snapshot is not None,
            "snapshot_dir": str(snapshot) if snapshot else None,
            "seed_present": SEED_HEADER.exists(),
            "generator_present": GEN.exists(),
            "synthetic": synthetic_info,
            "headers_digest_start": digest_start,
            "headers_digest_end": headers_digest(),
            "live_headers_digest_end": headers_digest(live_include, live_data),
            "long_run_s": args.long_run_s,
            "jobs_largest": args.jobs_largest,
            "elapsed_s": time.monotonic() - started,
            "jobs": [j.summary() for j in jobs],
        }

    max_reps = max((j.reps for j in small), default=0)
    for rep in range(max_reps):
        for j in small:
            if j.src is None or j.failed or rep >= j.reps:
                continue
            j.run_once(args.timeout)
            report(j, rep)
        write(partial=True)

    # --- sizes above 10,000: each configuration once, in parallel; repeated only when cheap ------
    def run_large(j: Job) -> None:
        for rep in range(j.reps):
            j.run_once(args.timeout)
            report(j, rep)
            if j.failed:
                return
            if rep == 0 and j.runs[-1]["cpu_s"] > args.long_run_s:
                j.note = (f"1 run: the first took {j.runs[-1]['cpu_s']:.0f} s CPU (over {args.long_run_s:.0f} s), "
                          f"so the other {j.reps - 1} planned were skipped to keep the whole run within its time budget")
                log(f"{j.tu} {j.cxx} -{j.opt}: {j.note}")
                return

    runnable = [j for j in large if j.src is not None]
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs_largest)) as pool:
        list(pool.map(run_large, runnable))
    elapsed = time.monotonic() - started
    write(partial=False)
    log(f"wrote {args.out} ({elapsed / 60:.1f} min of compiling)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
