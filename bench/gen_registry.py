#!/usr/bin/env python3
"""Generate a C++ translation unit with a synthetic registry of N nevfacts facts.

    python3 bench/gen_registry.py N out.cpp [--chunk K] [--restated P]

The TU defines a neutral vocabulary (a country and four provinces, four segments of "units"
defined by trait bits, ten metrics, three documents) and N facts, each its OWN variable

    inline constexpr auto f00042 = claim(d1, "s07.m03.2021.d1", e1 / g3, m03, y2021, ...);

so that each is its own constant evaluation (one giant initializer would exceed Clang's
default limit of 1,048,576 evaluation steps). The numbers come from consistent time series
(whole thousands of units; growth and shares computed from the printed figures):

  * d1 (a statistics office) gives each count of each year and, in the same sentence, its
    year-on-year growth; and the share of each segment within all units;
  * for P percent of those counts (default 30) another document gives the same figure:
    d2 (an association) to the same digits, or d3 (a wire agency) rounded ("about 12.35
    million units"). These facts share a key with d1's.

Relations, each checked at compile time:
  check_growth(value_d1[y], growth_d1[y], base[y - 1])   base: d2's figure if any, else d1's
  check_agreement(value_d1, value_d2 or value_d3)
  check_share(part_d1, whole_d1, share_d1)               part: a segment within all units
  check_part_of_whole(segment_d1, all_units_d1), check_part_of_whole(province_d1, country_d1)

Then std::array<fact, N> all_facts, registry<N> reg{all_facts},
static_assert(holds(check_registry(reg))), the relations in constexpr arrays of at most K
results each (default 500), each with static_assert(all_hold(...)), and main() returning 0
when reg.size() == N.

What it costs (GCC 12.2, Clang 14.0.6, -std=c++20 -O0, 10,000 facts, 11,971 relations,
measured 2026-11-23; bench/RESULTS.md has the current run): GCC ~14 s and 1.2 GB, Clang
~16 s and 0.44 GB. Most of it is the 10,000 claims, about 1 ms each with either compiler:
~0.3 ms of front end for the declaration and ~0.6 ms of constant evaluation, mostly parsing
the words (parse_phrase("7.062 million units") is ~470 Clang steps) and finding them in the
quote (bench/NOTES.md breaks it down). registry<10000> is one evaluation of ~13 Clang steps a
fact plus ~100 for each fact whose key an earlier fact already has; P defaults to 30 (11 %
of the facts share a key), and at that rate 30,000 facts take ~742,000 of Clang's 1,048,576.

Two further choices in the generated code:

  * The facts are declared at GLOBAL scope; only the small vocabulary lives in namespace
    synth. GCC 12 saves the bindings of every name declared so far in the enclosing
    namespace each time it deduces template arguments there (push_to_top_level ->
    store_bindings, called from fn_type_unification via push_access_scope), so N template
    calls inside one namespace cost O(N^2): 10,000 derived() facts inside a namespace took
    20 s, at global scope 7 s.
  * all_facts is one std::array<fact, N>, which the registry copies in its constructor's
    initializer: no statement a fact for Clang to count.
"""

import argparse
import sys

ENTITIES = [  # (id, name, parent index or None, size in thousands of units a year at the start)
    ("e0", "Freedonia", None, 0),
    ("e1", "North Province", 0, 2100),
    ("e2", "South Province", 0, 1700),
    ("e3", "East Province", 0, 1300),
    ("e4", "West Province", 0, 900),
]
SEGMENTS = [  # (id, name, traits, fraction of all units)
    ("units", "all units", 0, 1.0),
    ("premium", "premium units", 1, 0.31),
    ("electric", "electric units", 2, 0.22),
    ("premium_electric", "premium electric units", 3, 0.07),
]
COUNT_METRICS = [  # (index, id, name, factor)
    (0, "deliveries", "deliveries", 1.0),
    (1, "production", "production", 1.08),
    (2, "exports", "exports", 0.23),
    (3, "registrations", "registrations", 0.97),
]
GROWTH_OF = {0: 4, 1: 5, 2: 6, 3: 7}  # count metric -> growth metric
SHARE_OF = {0: 8, 1: 9}               # count metric -> share metric
METRICS = [
    ("m00", "deliveries", "delivery_count"),
    ("m01", "production", "delivery_count"),
    ("m02", "exports", "delivery_count"),
    ("m03", "registrations", "delivery_count"),
    ("m04", "deliveries growth", "growth"),
    ("m05", "production growth", "growth"),
    ("m06", "exports growth", "growth"),
    ("m07", "registrations growth", "growth"),
    ("m08", "share of deliveries", "share"),
    ("m09", "share of production", "share"),
]
FIRST_YEAR = 1978


class Lcg:
    """A small deterministic generator, so that the output depends on N only."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return self.state >> 11

    def uniform(self, lo, hi):
        return lo + (hi - lo) * (self.next() / float(1 << 53))


def subject_index(e, g):
    return e * len(SEGMENTS) + g


class Series:
    """Values in thousands of units, whole numbers, for every (entity, segment, metric, year)."""

    def __init__(self):
        self.rng = Lcg(20240115)
        self.province = {}  # (e, c, year) -> thousands, all units
        self.cache = {}

    def province_total(self, e, c, year):
        key = (e, c, year)
        if key not in self.province:
            if year == FIRST_YEAR - 1:
                base = ENTITIES[e][3] * COUNT_METRICS[c][3]
            else:
                base = self.province_total(e, c, year - 1) * self.rng.uniform(0.93, 1.19)
            self.province[key] = max(50.0, base)
        return self.province[key]

    def value(self, e, g, c, year):
        key = (e, g, c, year)
        if key not in self.cache:
            if e == 0:  # the country: its provinces and 12 % elsewhere
                total = sum(self.province_total(p, c, year) for p in range(1, len(ENTITIES))) * 1.12
            else:
                total = self.province_total(e, c, year)
            self.cache[key] = max(1, int(round(total * SEGMENTS[g][3])))
        return self.cache[key]


def million(thousands):
    return "%d.%03d" % divmod(thousands, 1000)


def cxx_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Generator:
    def __init__(self, n, chunk, restated):
        self.n = n
        self.chunk = chunk
        self.restated = restated
        self.series = Series()
        self.facts = []          # (variable, C++ initializer)
        self.by_key = {}         # (kind, e, g, metric, year, doc) -> variable
        self.relations = []      # C++ expressions
        self.quotes = []         # (variable, text)
        self.years_used = set()
        self.used_quotes = set()

    def full(self):
        return len(self.facts) >= self.n

    def quote(self, text):
        name = "q%05d" % len(self.quotes)
        self.quotes.append((name, text))
        return name

    def add(self, key, doc, e, g, m, year, quote, words):
        if self.full():
            return None
        var = "f%05d" % len(self.facts)
        fid = "s%02d.m%02d.%d.%s" % (subject_index(e, g), m, year, doc)
        self.years_used.add(year)
        self.used_quotes.add(quote)
        init = "claim(%s, %s, e%d / g%d, m%02d, y%d, status::actual, %s, %s)" % (
            doc, cxx_string(fid), e, g, m, year, quote, cxx_string(words))
        self.facts.append((var, init))
        self.by_key[key] = var
        return var

    def restates(self, e, g, c, year):
        """Whether d2 or d3 restates d1's figure for this key: `restated` percent of keys."""
        return ((e * 7 + g * 3 + c * 5 + year * 11) * 2654435761 >> 7) % 100 < self.restated

    def emit_year(self, year):
        s = self.series
        for c, _, cname, _ in COUNT_METRICS:
            for e in range(len(ENTITIES)):
                for g in range(len(SEGMENTS)):
                    v = s.value(e, g, c, year)
                    before = s.value(e, g, c, year - 1)
                    pct = round((v / before - 1.0) * 100.0, 1)
                    direction = "up" if pct >= 0 else "down"
                    who = "%s %s" % (ENTITIES[e][1], SEGMENTS[g][1])
                    words_v = "%s million units" % million(v)
                    words_g = "%s %.1f percent" % (direction, abs(pct))
                    q1 = self.quote("%s %s reached %s in %d, %s year on year." % (who, cname, words_v, year, words_g))
                    self.add(("v", e, g, c, year, "d1"), "d1", e, g, c, year, q1, words_v)
                    self.add(("g", e, g, c, year, "d1"), "d1", e, g, GROWTH_OF[c], year, q1, words_g)
                    if self.restates(e, g, c, year):  # another document gives the same figure
                        if (e + g + c + year) % 2 == 0:
                            q2 = self.quote("In %d, %s %s stood at %s." % (year, who, cname, words_v))
                            self.add(("v", e, g, c, year, "d2"), "d2", e, g, c, year, q2, words_v)
                        else:
                            words_about = "about %.2f million units" % (v / 1000.0)
                            q3 = self.quote("%s %s were %s last year, sources said." % (who, cname, words_about))
                            self.add(("v", e, g, c, year, "d3"), "d3", e, g, c, year, q3, words_about)
                    if g != 0 and c in SHARE_OF:
                        whole = s.value(e, 0, c, year)
                        pct_share = round(v / whole * 100.0, 1)
                        words_s = "%.1f percent" % pct_share
                        qs = self.quote("%s took %s of %s %s in %d." % (SEGMENTS[g][1].capitalize(), words_s, ENTITIES[e][1], cname, year))
                        self.add(("s", e, g, c, year, "d1"), "d1", e, g, SHARE_OF[c], year, qs, words_s)
                    if self.full():
                        return

    def relate(self):
        k = self.by_key
        for (kind, e, g, c, year, doc), var in list(k.items()):
            if kind != "v" or doc != "d1":
                continue
            grow = k.get(("g", e, g, c, year, "d1"))
            base = k.get(("v", e, g, c, year - 1, "d2")) or k.get(("v", e, g, c, year - 1, "d1"))
            if grow and base:
                self.relations.append("check_growth(%s, %s, %s)" % (var, grow, base))
            for other in ("d2", "d3"):
                same = k.get(("v", e, g, c, year, other))
                if same:
                    self.relations.append("check_agreement(%s, %s)" % (var, same))
            if g != 0:
                whole = k.get(("v", e, 0, c, year, "d1"))
                share_fact = k.get(("s", e, g, c, year, "d1"))
                if whole and share_fact:
                    self.relations.append("check_share(%s, %s, %s)" % (var, whole, share_fact))
                if whole:
                    self.relations.append("check_part_of_whole(%s, %s)" % (var, whole))
            if e != 0:
                country = k.get(("v", 0, g, c, year, "d1"))
                if country:
                    self.relations.append("check_part_of_whole(%s, %s)" % (var, country))

    def generate(self):
        year = FIRST_YEAR
        while not self.full():
            self.emit_year(year)
            year += 1
        self.relate()

    def write(self, out):
        w = out.write
        w("// Generated by bench/gen_registry.py %d: a synthetic registry of %d facts and %d relations.\n"
          % (self.n, self.n, len(self.relations)))
        w("// Do not edit; regenerate instead.\n")
        w("#include <nevfacts/nevfacts.hpp>\n\n#include <array>\n#include <cstddef>\n\n")
        w("// The vocabulary lives in a namespace; the facts do not (see bench/gen_registry.py: with\n"
          "// GCC, N template calls inside one namespace cost O(N^2)).\n")
        w("namespace synth {\nusing namespace nevfacts;\n\n")
        w("// The data set's own unit, as a data set brings it (nevfacts/units.hpp).\n"
          "struct delivery_tag {\n"
          "  static constexpr const char singular[] = \"unit\";\n"
          "  static constexpr const char plural[] = \"units\";\n"
          "};\n"
          "using delivery_base_unit = units::counted_base_unit<delivery_tag, 1901>;\n"
          "using delivery_unit = units::unit_of<delivery_base_unit,\n"
          "    boost::units::make_system<delivery_base_unit>::type>;\n"
          "inline constexpr const char* delivery_nouns[] = {\"cars\", \"vehicles\"};\n"
          "}  // namespace synth\n"
          "template <>\nstruct nevfacts::units::unit_traits<synth::delivery_unit> {\n"
          "  static constexpr unit_descriptor descriptor{.name = \"units\", .label = \"units\",\n"
          "      .whole_numbers = true, .counts_things = true, .nouns = synth::delivery_nouns};\n"
          "};\n"
          "namespace synth {\n"
          "using delivery_count = quantity<delivery_unit>;\n\n")
        for i, (eid, name, parent, _) in enumerate(ENTITIES):
            p = "" if parent is None else ", e%d" % parent
            w("inline constexpr entity e%d{%s, %s%s};\n" % (i, cxx_string(eid), cxx_string(name), p))
        for i, (gid, name, traits, _) in enumerate(SEGMENTS):
            w("inline constexpr segment g%d{%s, %s, %d};\n" % (i, cxx_string(gid), cxx_string(name), traits))
        level_of = {g: "m%02d" % c for c, g in GROWTH_OF.items()}  # a growth names what it changes
        for i, (mid, name, kind) in enumerate(METRICS):
            level = ", change_of(%s)" % level_of[i] if i in level_of else ""
            w("inline constexpr metric<%s> %s{%s, %s%s};\n" % (kind, mid, cxx_string(mid), cxx_string(name), level))
        w('inline constexpr document d1{"d1", "d1.txt", "Annual statistics", "Statistics Office", "", period::day(2025, 1, 15)};\n')
        w('inline constexpr document d2{"d2", "d2.txt", "Annual review", "Makers Association", "", period::day(2025, 2, 1)};\n')
        w('inline constexpr document d3{"d3", "d3.txt", "Markets wrap", "Wire Agency", "", period::day(2025, 2, 9)};\n')
        for y in sorted(self.years_used):
            w("inline constexpr period y%d = period::year(%d);\n" % (y, y))
        w("}  // namespace synth\n\nusing namespace nevfacts;\nusing namespace synth;\n\n")
        for name, text in self.quotes:
            if name in self.used_quotes:
                w("inline constexpr std::string_view %s = %s;\n" % (name, cxx_string(text)))
        w("\n")
        for var, init in self.facts:
            w("inline constexpr auto %s = %s;\n" % (var, init))
        w("\ninline constexpr std::size_t fact_count = %d;\n" % self.n)
        w("// A std::array, so that registry's std::array constructor copies it in one step.\n")
        w("inline constexpr std::array<fact, fact_count> all_facts{{\n")
        for i in range(0, len(self.facts), 10):
            w("    " + ", ".join(v for v, _ in self.facts[i:i + 10]) + ",\n")
        w("}};\n")
        w("inline constexpr registry<fact_count> reg{all_facts};\n")
        w("static_assert(holds(check_registry(reg)));\n\n")
        for i in range(0, len(self.relations), self.chunk):
            part = self.relations[i:i + self.chunk]
            name = "checks_%03d" % (i // self.chunk)
            w("inline constexpr check_result %s[] = {\n" % name)
            for r in part:
                w("    %s,\n" % r)
            w("};\nstatic_assert(all_hold(%s));\n\n" % name)
        w("inline constexpr std::size_t relation_count = %d;\n\n" % len(self.relations))
        w("int main() { return reg.size() == fact_count ? 0 : 1; }\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="number of facts")
    ap.add_argument("out", help="the C++ file to write")
    ap.add_argument("--chunk", type=int, default=500, help="check results per constexpr array (default 500)")
    ap.add_argument("--restated", type=int, default=30,
                    help="percent of d1's counts that d2 or d3 restate, i.e. facts that share a key with "
                         "an earlier one (default 30; see the cost note above)")
    args = ap.parse_args()
    if args.n < 1:
        sys.exit("gen_registry.py: N must be at least 1")
    gen = Generator(args.n, args.chunk, args.restated)
    gen.generate()
    with open(args.out, "w") as out:
        gen.write(out)
    print("gen_registry.py: %d facts, %d relations, %d years -> %s"
          % (len(gen.facts), len(gen.relations), len(gen.years_used), args.out))


if __name__ == "__main__":
    main()
