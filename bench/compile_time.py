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

Two or more header trees (--tree NAME=REV_OR_DIR, repeated): each tree is a snapshot, taken
when the run starts, of include/, data/include/ and bench/gen_registry.py, from a git
revision (git archive) or a directory as it is then ("." is the working tree). Baseline B
and the synthetic TUs are each tree's own (its includes grepped, its own generator). Every TU
is compiled against every tree, the trees back to back within each round, and the end
prints a markdown before/after table per compiler: B, core, core/B, seed, seed/B, ms a claim
= (synthetic_1000 - core) / 1000, instructions a claim, the 10,000-fact TU's time and peak
memory; then every later tree against the first: the ratio of each figure and, per TU, the
change in CPU time three ways (difference of the medians, of the minima, and the median of
the differences of the interleaved runs, paired by round).

--instructions also runs every configuration once under valgrind --tool=callgrind
--trace-children=yes and records the instructions of all its processes (driver, cc1plus or
clang's in-process cc1, assembler). They are nearly deterministic, so once suffices; it is
30-50x slower than a compile, so pair it with a short --sizes.

  python3 bench/compile_time.py --out bench/build/compile_time.json
  python3 bench/compile_time.py --tree old=main --tree new=. --sizes 1000 --reps 3
  python3 bench/compile_time.py --tree old=main --tree new=. --sizes 1000 --reps 1 --instructions
"""

from __future__ import annotations

import argparse
import concurrent.futures
import hashlib
import io
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
from pathlib import Path
from typing import NamedTuple

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
INCLUDE = ROOT / "include"
DATA_INCLUDE = ROOT / "data" / "include"   # the china_nev data set, a target of its own
SEED_REL = Path("nevfacts") / "data" / "china_nev" / "registry.hpp"   # under an include directory
GEN_REL = Path("bench") / "gen_registry.py"                           # under a tree's root
TREE_PATHS = ("include", "data/include", GEN_REL.as_posix())          # what a tree is made of
DEFINES = ["-DONLY_C_LOCALE=1", "-DHAS_STRING_VIEW=1"]
CURRENT = "current"                        # the one tree's name when no --tree is given
INCLUDE_RE = re.compile(r"^\s*#\s*include\s*<((?:boost|date)/[^>]+)>", re.M)
TREE_NAME_RE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")


def log(msg: str) -> None:
    print(f"[compile_time] {msg}", file=sys.stderr, flush=True)


def dependency_headers(include: Path) -> list[str]:
    """The Boost and date headers nevfacts itself includes (not its data sets), in first-seen order."""
    seen: dict[str, None] = {}
    for hpp in sorted((include / "nevfacts").rglob("*.hpp")):
        if "data" in hpp.relative_to(include / "nevfacts").parts:
            continue
        for m in INCLUDE_RE.finditer(hpp.read_text(encoding="utf-8")):
            seen.setdefault(m.group(1))
    return list(seen)


def headers_digest(*roots: Path) -> str:
    """A digest of the nevfacts headers (core and data set, every .hpp), to tell versions apart.
    Files are taken by their path under their root, so the snapshot (one merged tree) and the
    live tree (include/ and data/include/) give the same digest for the same headers."""
    files: dict[str, Path] = {}
    for root in roots:
        for hpp in (root / "nevfacts").rglob("*.hpp"):
            files[str(hpp.relative_to(root))] = hpp
    h = hashlib.sha256()
    for rel in sorted(files):
        h.update(rel.encode())
        h.update(files[rel].read_bytes())
    return h.hexdigest()[:16]


def file_digest(path: Path | None) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16] if path and path.exists() else None


def git(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True)


def run_bounded(cmd: list[str], timeout: float) -> subprocess.CompletedProcess | None:
    """Run cmd in a process group of its own; None if it took longer than timeout, and then the
    whole group is killed (the compiler proper is a child of the driver, under time or valgrind)."""
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                          start_new_session=True) as p:
        try:
            out, err = p.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, 9)
            p.communicate()
            return None
    return subprocess.CompletedProcess(cmd, p.returncode, out, err)


# --------------------------------------------------------------------------------------------
# Header trees
# --------------------------------------------------------------------------------------------
def wait_for(path: Path, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(10)


def extract_revision(rev: str, dest: Path) -> tuple[Path, str]:
    """The revision's include/, data/include/ and generator (those of them it has), extracted
    into dest by git archive; returns dest and the full commit id."""
    p = git("rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}")
    if p.returncode != 0:
        raise SystemExit(f"compile_time.py: --tree: {rev!r} is neither a directory nor a git revision")
    commit = p.stdout.decode().strip()
    paths = [path for path in TREE_PATHS if git("cat-file", "-e", f"{commit}:{path}").returncode == 0]
    archive = subprocess.run(["git", "archive", commit, *paths], cwd=ROOT, capture_output=True, check=True).stdout
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(dest, filter="data")
    return dest, commit


def snapshot(source: Path, dest: Path) -> tuple[Path, Path | None]:
    """Copy source's include/ and data/include/ into one tree, dest/include, and its generator to
    dest/gen_registry.py, so that every figure of the run is for one version of the headers even
    if they are being edited. Returns the two copies (no generator: None)."""
    snap, gen = dest / "include", dest / "gen_registry.py"
    if snap.exists():
        shutil.rmtree(snap)
    shutil.copytree(source / "include", snap)
    if (source / "data" / "include").is_dir():
        shutil.copytree(source / "data" / "include", snap, dirs_exist_ok=True)  # one tree: core and data set
    gen.unlink(missing_ok=True)
    if not (source / GEN_REL).exists():
        return snap, None
    shutil.copy2(source / GEN_REL, gen)
    return snap, gen


def checkout_state(source: Path) -> dict:
    """Where a directory tree stands in git, if it is a checkout: its HEAD and whether the tree's
    files differ from it."""
    head = git("rev-parse", "HEAD", cwd=source)
    if head.returncode != 0:
        return {}
    status = git("status", "--porcelain", "--", *TREE_PATHS, cwd=source)
    return {"head": head.stdout.decode().strip(), "modified": bool(status.stdout.strip())}


class TU(NamedTuple):
    name: str
    src: Path | None   # None: pending (no seed header, no generator, or the generator failed)
    n: int | None      # the number of facts of a synthetic TU
    reps: int


class Tree:
    """One version of the headers: what -I names, the generator its synthetic TUs come from,
    the directory its TUs are written to, and where it came from."""

    def __init__(self, name: str, spec: str, workdir: Path, copy: bool = True, gen_wait: float = 0.0):
        self.name, self.spec, self.workdir = name, spec, workdir
        workdir.mkdir(parents=True, exist_ok=True)
        if Path(spec).is_dir():
            self.commit, self.live = None, Path(spec).resolve()
            wait_for(self.live / GEN_REL, gen_wait)
            source = self.live
        else:
            self.live = None
            source, self.commit = extract_revision(spec, workdir / "source")
        if not (source / "include").is_dir():
            raise SystemExit(f"compile_time.py: --tree {name}={spec}: it has no include/")
        self.copied = copy
        if copy:
            snap, self.gen = snapshot(source, workdir)
            self.include_dirs = [snap]
        else:
            self.include_dirs = [source / "include", source / "data" / "include"]
            self.gen = source / GEN_REL if (source / GEN_REL).exists() else None
        self.state = checkout_state(self.live) if self.live else {}
        self.digest_start = self.digest()
        self.deps = dependency_headers(self.include_dirs[0])
        self.synthetic: dict = {}
        self.tus: list[TU] = []

    @property
    def flags(self) -> list[str]:
        return ["-std=c++20", "-c", *(a for d in self.include_dirs for a in ("-I", str(d))), *DEFINES]

    @property
    def seed_header(self) -> Path | None:
        return next((d / SEED_REL for d in self.include_dirs if (d / SEED_REL).exists()), None)

    def digest(self) -> str:
        return headers_digest(*self.include_dirs)

    def results(self) -> dict:
        """What the JSON says of this tree's headers (for one tree, at its top level, as always)."""
        return {
            "flags": self.flags,
            "dependency_headers": self.deps,
            "snapshot": self.copied,
            "snapshot_dir": str(self.include_dirs[0]) if self.copied else None,
            "seed_present": self.seed_header is not None,
            "generator_present": self.gen is not None,
            "synthetic": self.synthetic,
            "headers_digest_start": self.digest_start,
            "headers_digest_end": self.digest(),
            "live_headers_digest_end": (headers_digest(self.live / "include", self.live / "data" / "include")
                                        if self.live else self.digest_start),
        }

    def info(self) -> dict:
        return {"name": self.name, "source": self.spec, "commit": self.commit, **self.state,
                "generator_digest": file_digest(self.gen), **self.results()}

    def write_tus(self, sizes: list[int], reps: int, reps_largest: int) -> None:
        """Write the translation units: every tree has the same names in the same order."""
        def written(name: str, text: str) -> TU:
            src = self.workdir / f"{name}.cpp"
            src.write_text(text)
            return TU(name, src, None, reps)

        self.tus = [
            written("empty", "// baseline A: an empty translation unit\n"),
            written("deps", "// baseline B: the Boost.Units and date headers nevfacts includes, and nothing else\n"
                    + "".join(f"#include <{h}>\n" for h in self.deps)),
            written("core", "#include <nevfacts/nevfacts.hpp>\n"),
        ]
        if self.seed_header:
            self.tus.append(written("seed", "// the seed data: every check in its headers runs in static_assert on include\n"
                                            "#include <nevfacts/data/china_nev/registry.hpp>\n"))
        else:
            self.log("data/include/nevfacts/data/china_nev/registry.hpp does not exist: seed registry pending")
            self.tus.append(TU("seed", None, None, 0))
        for n in sizes:
            src = self.generate(n)
            self.tus.append(TU(f"synthetic_{n}", src, n, reps_largest if n == sizes[-1] and n > 10000 else reps))

    def generate(self, n: int) -> Path | None:
        """The tree's own generator's TU of n facts (None if there is none or it fails)."""
        name, out = f"synthetic_{n}", self.workdir / f"synthetic_{n}.cpp"
        if self.gen is None:
            self.log(f"{GEN_REL} does not exist: {name} pending")
            return None
        p = subprocess.run([sys.executable, str(self.gen), str(n), str(out)], capture_output=True, text=True, cwd=ROOT)
        if p.returncode != 0 or not out.exists():
            self.log(f"gen_registry.py {n} failed: {p.stderr.strip()[:500]}")
            self.synthetic[name] = {"generator_error": p.stderr.strip().splitlines()[-5:]}
            return None
        text = out.read_text(encoding="utf-8")
        self.synthetic[name] = {"bytes": len(text.encode()), "lines": text.count("\n"),
                                "static_asserts": len(re.findall(r"\bstatic_assert\s*\(", text)),
                                "digest": file_digest(out)}
        return out

    def tu(self, name: str) -> TU:
        return next(tu for tu in self.tus if tu.name == name)

    def log(self, msg: str) -> None:
        log(msg if self.name == CURRENT else f"tree {self.name}: {msg}")


# --------------------------------------------------------------------------------------------
# One configuration: a TU of a tree, a compiler, a level
# --------------------------------------------------------------------------------------------
def compiler_version(cxx: str) -> str:
    try:
        out = subprocess.run([cxx, "--version"], capture_output=True, text=True, check=True).stdout
        return (out.splitlines() or ["(no version)"])[0].strip()
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


def callgrind_counts(outdir: Path) -> dict[str, int]:
    """Instructions of every process callgrind wrote a file for, by program name (summed)."""
    counts: dict[str, int] = {}
    for f in sorted(outdir.glob("callgrind.*")):
        text = f.read_text(errors="replace")
        cmd = re.search(r"^cmd:\s*(\S+)", text, re.M)
        total = re.search(r"^(?:summary|totals):\s*(\d+)", text, re.M)
        if total:
            prog = Path(cmd.group(1)).name if cmd else f.name
            counts[prog] = counts.get(prog, 0) + int(total.group(1))
    return counts


class Job:
    def __init__(self, tree: Tree, tu: TU, cxx: str, opt: str):
        self.tree, self.tu, self.src, self.n, self.reps = tree, tu.name, tu.src, tu.n, tu.reps
        self.cxx, self.opt = cxx, opt
        self.runs: list[dict] = []
        self.failed: dict | None = None
        self.status = "ok" if tu.src is not None else "pending"
        self.note: str | None = None
        self.instructions: dict[str, int] | None = None   # by process
        self.instructions_error: str | None = None

    def command(self) -> list[str]:
        return [self.cxx, f"-{self.opt}", *self.tree.flags, str(self.src), "-o", os.devnull]

    def label(self, several_trees: bool) -> str:
        return (f"{self.tree.name:8s} " if several_trees else "") + f"{self.tu:16s} {self.cxx:8s} -{self.opt}"

    def run_once(self, timeout: float) -> None:
        cmd = ["/usr/bin/time", "-v", *self.command()]
        t0 = time.perf_counter()
        p = run_bounded(cmd, timeout)
        if p is None:
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

    def count_instructions(self, outdir: Path, timeout: float) -> None:
        """Compile once under callgrind, following the driver's children (cc1plus, as), and keep
        each process's instruction count."""
        shutil.rmtree(outdir, ignore_errors=True)
        outdir.mkdir(parents=True)
        cmd = ["valgrind", "--tool=callgrind", "--trace-children=yes",
               f"--callgrind-out-file={outdir}/callgrind.%p", *self.command()]
        p = run_bounded(cmd, timeout)
        counts = callgrind_counts(outdir)
        shutil.rmtree(outdir, ignore_errors=True)
        if p is None:
            self.instructions_error = f"timed out after {timeout:.0f} s"
        elif p.returncode != 0 or not counts:
            self.instructions_error = f"exit status {p.returncode}: " + " | ".join(p.stderr.strip().splitlines()[-3:])
        else:
            self.instructions = counts

    def summary(self) -> dict:
        d = {"tree": self.tree.name, "tu": self.tu, "n": self.n, "compiler": self.cxx, "opt": self.opt,
             "status": self.status, "reps_planned": self.reps, "reps": len(self.runs), "runs": self.runs,
             "command": " ".join(self.command()) if self.src else None}
        if self.runs:
            d["median_wall_s"] = statistics.median(r["wall_s"] for r in self.runs)
            d["median_cpu_s"] = statistics.median(r["cpu_s"] for r in self.runs)
            d["median_maxrss_kb"] = statistics.median(r["maxrss_kb"] for r in self.runs)
            d["min_wall_s"] = min(r["wall_s"] for r in self.runs)
            d["max_wall_s"] = max(r["wall_s"] for r in self.runs)
            d["min_cpu_s"] = min(r["cpu_s"] for r in self.runs)
        if self.instructions:
            d["instructions"] = sum(self.instructions.values())
            d["instructions_by_process"] = self.instructions
        if self.instructions_error:
            d["instructions_error"] = self.instructions_error
        if self.failed:
            d["failure"] = self.failed
        if self.note:
            d["note"] = self.note
        return d


# --------------------------------------------------------------------------------------------
# Derived figures and the comparison of trees (from the JSON alone: write_results.py uses them)
# --------------------------------------------------------------------------------------------
FIGURES = [  # (key, column heading, format of the value)
    ("deps_s", "B s", "{:.3f}"),
    ("core_s", "core s", "{:.3f}"),
    ("core_over_deps", "core/B", "{:.2f}x"),
    ("seed_s", "seed s", "{:.3f}"),
    ("seed_over_deps", "seed/B", "{:.2f}x"),
    ("ms_a_claim", "ms a claim", "{:.3f}"),
    ("minstr_a_claim", "M instr a claim", "{:.2f}"),
    ("facts_10000_s", "10k facts s", "{:.2f}"),
    ("facts_10000_peak_mib", "10k peak MiB", "{:.0f}"),
]


def ok(job: dict | None) -> bool:
    return bool(job and job["status"] == "ok" and job.get("reps"))


def value(job: dict | None, key: str = "median_cpu_s") -> float | None:
    return job.get(key) if ok(job) else None


def ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def difference(a: float | None, b: float | None) -> float | None:
    return a - b if a is not None and b is not None else None


def claims_size(sizes: list[int]) -> int | None:
    """The synthetic TU a claim's cost is taken from: 1,000 facts, else the smallest size."""
    return 1000 if 1000 in sizes else min(sizes, default=None)


def derived_figures(jobs: dict, sizes: list[int]) -> dict:
    """The figures of one tree, compiler and level; jobs maps a TU's name to its summary."""
    def get(tu: str, key: str = "median_cpu_s") -> float | None:
        return value(jobs.get(tu), key)

    n = claims_size(sizes)
    claims = f"synthetic_{n}"

    def per_claim(key: str, scale: float) -> float | None:
        d = difference(get(claims, key), get("core", key))
        return None if d is None else d / n * scale

    rss = get("synthetic_10000", "median_maxrss_kb")
    return {"deps_s": get("deps"), "core_s": get("core"), "core_over_deps": ratio(get("core"), get("deps")),
            "seed_s": get("seed"), "seed_over_deps": ratio(get("seed"), get("deps")),
            "claims_from": claims, "ms_a_claim": per_claim("median_cpu_s", 1e3),
            "minstr_a_claim": per_claim("instructions", 1e-6),
            "facts_10000_s": get("synthetic_10000"), "facts_10000_peak_mib": rss / 1024 if rss else None}


def cpu_change(old: dict | None, new: dict | None) -> dict | None:
    """new - old in CPU seconds: of the medians, of the minima, and the median of the paired
    differences (run k of one against run k of the other: they ran in the same round)."""
    if not (ok(old) and ok(new)):
        return None
    pairs = [b["cpu_s"] - a["cpu_s"] for a, b in zip(old["runs"], new["runs"])]
    return {"old_s": old["median_cpu_s"], "new_s": new["median_cpu_s"],
            "median_delta_s": new["median_cpu_s"] - old["median_cpu_s"],
            "min_delta_s": min(r["cpu_s"] for r in new["runs"]) - min(r["cpu_s"] for r in old["runs"]),
            "paired_delta_s": statistics.median(pairs), "pairs": len(pairs),
            "ratio": ratio(new["median_cpu_s"], old["median_cpu_s"]),
            "instructions_old": old.get("instructions"), "instructions_new": new.get("instructions"),
            "instructions_ratio": ratio(new.get("instructions"), old.get("instructions"))}


def analyse(data: dict) -> tuple[dict, list[dict]]:
    """Derived figures of every tree, compiler and level, and every later tree against the first."""
    trees = [t["name"] for t in data["trees"]]
    by_config: dict = {}
    for j in data["jobs"]:
        by_config.setdefault((j.get("tree", trees[0]), j["compiler"], j["opt"]), {})[j["tu"]] = j
    configs = [(cxx, opt) for cxx in data["compilers"] for opt in data["opts"]]
    tus = list(dict.fromkeys(j["tu"] for j in data["jobs"]))
    derived = {t: {cxx: {opt: derived_figures(by_config.get((t, cxx, opt), {}), data["sizes"]) for opt in data["opts"]}
                   for cxx in data["compilers"]} for t in trees}
    comparisons = []
    for t in trees[1:]:
        base = trees[0]
        figures, changes = {}, {}
        for cxx, opt in configs:
            old, new = derived[base][cxx][opt], derived[t][cxx][opt]
            figures.setdefault(cxx, {})[opt] = {k: ratio(new[k], old[k]) for k, _, _ in FIGURES}
            old_jobs, new_jobs = by_config.get((base, cxx, opt), {}), by_config.get((t, cxx, opt), {})
            changes.setdefault(cxx, {})[opt] = {tu: cpu_change(old_jobs.get(tu), new_jobs.get(tu)) for tu in tus}
        comparisons.append({"base": base, "tree": t, "figures": figures, "tus": changes})
    return derived, comparisons


def fmt(x: float | None, spec: str) -> str:
    return "–" if x is None else spec.format(x)


def giga(x: float | None) -> float | None:
    return None if x is None else x / 1e9


def fmt_delta(d: float | None, base: float | None) -> str:
    if d is None:
        return "–"
    return f"{round(d * 1e3):+d} ms" + (f" ({round(d / base * 100, 1) + 0.0:+.1f} %)" if base else "")  # no "-0"


def load_note(load: dict | None) -> str:
    if not load:
        return ""
    return (f" Load average (1 min) at the start {load['start'][0]:.1f}, at the end {load['now'][0]:.1f}, "
            f"on {load.get('cpus', '?')} CPUs.")


def comparison_markdown(data: dict, level: int = 3) -> list[str]:
    """The before/after tables of a run of several trees (markdown lines)."""
    h = "#" * level
    trees = data["trees"]
    comparisons = data.get("comparison", [])
    claims = f"synthetic_{claims_size(data['sizes'])}"
    out = ["| tree | source | commit | headers digest | generator digest | " + f"{claims} digest |",
           "|---|---|---|---|---|---|"]
    for t in trees:
        commit = t.get("commit") or t.get("head")
        state = " (with changes)" if t.get("modified") else ""
        out.append(f"| {t['name']} | `{t['source']}` | {commit[:10] + state if commit else '–'} | "
                   f"`{t['headers_digest_start']}` | `{t.get('generator_digest') or '–'}` | "
                   f"`{t['synthetic'].get(claims, {}).get('digest') or '–'}` |")
    out += ["", f"ms a claim = ({claims} − core) / {claims.split('_')[1]} in CPU ms (M instr a claim: the same in "
                "millions of instructions, callgrind, all processes of the compile); CPU times are medians; "
                "a ratio row is the later tree's figure over the first's."
                + load_note(data.get("load_average")), ""]
    for cxx, version in data["compilers"].items():
        out += [f"{h} {version}", "",
                "| opt | tree | " + " | ".join(head for _, head, _ in FIGURES) + " |",
                "|---|---|" + "---:|" * len(FIGURES)]
        for opt in data["opts"]:
            for t in trees:
                d = data["derived"][t["name"]][cxx][opt]
                out.append(f"| -{opt} | {t['name']} | " + " | ".join(fmt(d[k], spec) for k, _, spec in FIGURES) + " |")
            for c in comparisons:
                r = c["figures"][cxx][opt]
                out.append(f"| -{opt} | **{c['tree']} / {c['base']}** | "
                           + " | ".join(fmt(r[k], "{:.3f}x") for k, _, _ in FIGURES) + " |")
        out.append("")
        for c in comparisons:
            out += [f"CPU time per TU, {c['tree']} against {c['base']} ({cxx}); Δ = {c['tree']} − {c['base']}:", "",
                    f"| TU | opt | {c['base']} s | {c['tree']} s | Δ medians | Δ minima | median of paired Δ | "
                    f"{c['tree']} / {c['base']} | {c['base']} instr | {c['tree']} instr | instr ratio |",
                    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
            for opt in data["opts"]:
                for tu, d in c["tus"][cxx][opt].items():
                    if d is None:
                        out.append(f"| {tu} | -{opt} | – | – | | | | | | | |")
                        continue
                    out.append(f"| {tu} | -{opt} | {d['old_s']:.3f} | {d['new_s']:.3f} | "
                               f"{fmt_delta(d['median_delta_s'], d['old_s'])} | {fmt_delta(d['min_delta_s'], d['old_s'])} | "
                               f"{fmt_delta(d['paired_delta_s'], d['old_s'])} ({d['pairs']}) | {fmt(d['ratio'], '{:.3f}x')} | "
                               f"{fmt(giga(d['instructions_old']), '{:.3f} G')} | "
                               f"{fmt(giga(d['instructions_new']), '{:.3f} G')} | "
                               f"{fmt(d['instructions_ratio'], '{:.4f}x')} |")
            out.append("")
    return out


# --------------------------------------------------------------------------------------------
# The run
# --------------------------------------------------------------------------------------------
class Run:
    def __init__(self, args: argparse.Namespace, trees: list[Tree]):
        self.args, self.trees = args, trees
        self.compilers = [c for c in args.compilers.split(",") if c]
        self.opts = [o for o in args.opts.split(",") if o]
        self.sizes = sorted(int(s) for s in args.sizes.split(",") if s)
        self.versions = {c: compiler_version(c) for c in self.compilers}
        for t in trees:
            t.write_tus(self.sizes, args.reps, args.reps_largest)
        # tree innermost: the trees' compiles of one configuration run back to back
        self.jobs = [Job(t, tu, cxx, opt) for row in zip(*(t.tus for t in trees))
                     for cxx in self.compilers for opt in self.opts for t, tu in zip(trees, row)]
        self.started = time.monotonic()
        self.load_start = os.getloadavg()

    def report(self, j: Job, rep: int) -> None:
        last = j.runs[-1] if j.runs and not j.failed else None
        log(f"rep {rep + 1}/{j.reps} {j.label(len(self.trees) > 1)}: "
            + (f"{last['cpu_s']:.2f} s CPU, {last['wall_s']:.2f} s wall, {last['maxrss_kb'] / 1024:.0f} MiB" if last
               else f"FAILED ({j.failed['reason']})"))

    def summary(self, partial: bool) -> dict:
        main = self.trees[-1]
        data = {
            "partial": partial,
            "flags_display": "-std=c++20 -c -I include -DONLY_C_LOCALE=1 -DHAS_STRING_VIEW=1",
            "compilers": self.versions,
            "opts": self.opts,
            "sizes": self.sizes,
            "seed_header": "data/include/nevfacts/data/china_nev/registry.hpp",
            **main.results(),   # the last tree's (the only one's, without --tree)
            "main_tree": main.name,
            "trees": [t.info() for t in self.trees],
            "instructions": self.args.instructions,
            "long_run_s": self.args.long_run_s,
            "jobs_largest": self.args.jobs_largest,
            "elapsed_s": time.monotonic() - self.started,
            "load_average": {"start": self.load_start, "now": os.getloadavg(), "cpus": os.cpu_count()},  # 1, 5, 15 min
            "jobs": [j.summary() for j in self.jobs],
        }
        data["derived"], data["comparison"] = analyse(data)
        return data

    def write(self, partial: bool) -> dict:
        result = self.summary(partial)
        Path(self.args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(self.args.out).write_text(json.dumps(result, indent=2))
        return result

    def warm_up(self) -> None:
        """Load each compiler and each tree's dependency headers into the page cache."""
        for t in self.trees:
            for cxx in self.compilers:
                subprocess.run([cxx, "-O0", *t.flags, str(t.tu("deps").src), "-o", os.devnull], capture_output=True, cwd=ROOT)

    def measure_small(self) -> None:
        """Sizes up to 10,000 round-robin, one compile at a time."""
        small = [j for j in self.jobs if j.n is None or j.n <= 10000]
        for rep in range(max((j.reps for j in small), default=0)):
            for j in small:
                if j.src is None or j.failed or rep >= j.reps:
                    continue
                j.run_once(self.args.timeout)
                self.report(j, rep)
            self.write(partial=True)

    def measure_large(self) -> None:
        """Sizes above 10,000: each configuration once, --jobs-largest at a time; repeated only when cheap."""
        long_run_s = self.args.long_run_s

        def run_large(j: Job) -> None:
            for rep in range(j.reps):
                j.run_once(self.args.timeout)
                self.report(j, rep)
                if j.failed:
                    return
                if rep == 0 and j.runs[-1]["cpu_s"] > long_run_s:
                    j.note = (f"1 run: the first took {j.runs[-1]['cpu_s']:.0f} s CPU (over {long_run_s:.0f} s), "
                              f"so the other {j.reps - 1} planned were skipped to keep the whole run within its time budget")
                    log(f"{j.label(len(self.trees) > 1)}: {j.note}")
                    return

        large = [j for j in self.jobs if j.n is not None and j.n > 10000 and j.src is not None]
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, self.args.jobs_largest)) as pool:
            list(pool.map(run_large, large))

    def measure_instructions(self) -> None:
        """Every configuration that compiled, once under callgrind, one at a time."""
        todo = [j for j in self.jobs if j.src is not None and not j.failed]
        for i, j in enumerate(todo, 1):
            j.count_instructions(Path(self.args.workdir) / "callgrind", self.args.timeout)
            total = sum(j.instructions.values()) if j.instructions else None
            log(f"instructions {i}/{len(todo)} {j.label(len(self.trees) > 1)}: "
                + (f"{total / 1e9:.3f} G" if total else f"FAILED ({j.instructions_error})"))
            self.write(partial=True)


def parse_tree(arg: str) -> tuple[str, str]:
    name, sep, spec = arg.partition("=")
    if not sep or not spec or not TREE_NAME_RE.fullmatch(name):
        raise argparse.ArgumentTypeError(f"{arg!r}: expected NAME=REV_OR_DIR (NAME: letters, digits, _ . -)")
    return name, spec


def arguments() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(BENCH / "build" / "compile_time.json"))
    ap.add_argument("--workdir", default=str(BENCH / "build" / "compile_time"))
    ap.add_argument("--compilers", default="g++,clang++")
    ap.add_argument("--opts", default="O0,O2")
    ap.add_argument("--sizes", default="1000,3000,10000,30000",
                    help="synthetic registry sizes (default 1000,3000,10000,30000; --sizes 1000 for a quick run)")
    ap.add_argument("--reps", type=int, default=5, help="repetitions for every TU but the largest size")
    ap.add_argument("--reps-largest", type=int, default=3, help="repetitions for the largest synthetic size")
    ap.add_argument("--tree", action="append", type=parse_tree, default=[], metavar="NAME=REV_OR_DIR",
                    help="a header tree to measure, repeatable (e.g. --tree old=main --tree new=.): a directory "
                         "('.': the working tree) if one has that name, else a git revision (include/, "
                         "data/include/ and bench/gen_registry.py taken by git archive); copied when the run starts. Every TU is compiled against every "
                         "tree, interleaved; the end prints a before/after table (the first tree is the 'before'). "
                         "Without --tree: the working tree alone, as 'current', and no table")
    ap.add_argument("--instructions", action="store_true",
                    help="also compile every configuration once under valgrind --tool=callgrind "
                         "--trace-children=yes and record its instructions (all processes); 30-50x slower")
    ap.add_argument("--long-run-s", type=float, default=180.0,
                    help="sizes above 10,000 only: when a configuration's first compile takes longer than this "
                         "(CPU s), it is not repeated (the run would take hours); RESULTS.md says so")
    ap.add_argument("--jobs-largest", type=int, default=2,
                    help="sizes above 10,000 are compiled this many configurations at a time (default 2: one "
                         "per core); everything else runs one compile at a time")
    ap.add_argument("--no-snapshot", action="store_true",
                    help="compile against include/ itself rather than a copy taken at the start (not with --tree)")
    ap.add_argument("--print-digest", action="store_true", help="print the digest of the headers (include/ and data/include/) and exit")
    ap.add_argument("--timeout", type=float, default=2400.0,
                    help="seconds before one compile (or one compile under callgrind) is given up")
    ap.add_argument("--gen-wait", type=float, default=0.0,
                    help="seconds to wait for bench/gen_registry.py to appear (polling) before skipping")
    args = ap.parse_args()
    names = [name for name, _ in args.tree]
    if len(set(names)) != len(names):
        ap.error(f"--tree: each tree needs a name of its own (got {', '.join(names)})")
    if args.tree and args.no_snapshot:
        ap.error("--no-snapshot goes without --tree: every tree is a snapshot")
    return args


def main() -> int:
    args = arguments()
    if args.print_digest:
        print(headers_digest(INCLUDE, DATA_INCLUDE))
        return 0
    workdir = Path(args.workdir)
    if args.tree:
        trees = [Tree(name, spec, workdir / name, gen_wait=args.gen_wait) for name, spec in args.tree]
    else:
        trees = [Tree(CURRENT, str(ROOT), workdir, copy=not args.no_snapshot, gen_wait=args.gen_wait)]
    run = Run(args, trees)
    run.warm_up()
    run.measure_small()
    run.measure_large()
    if args.instructions:
        run.measure_instructions()
    result = run.write(partial=False)
    log(f"wrote {args.out} ({(time.monotonic() - run.started) / 60:.1f} min of compiling)")
    if args.tree:
        print("\n".join(comparison_markdown(result)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
