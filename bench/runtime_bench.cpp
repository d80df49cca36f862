// nevfacts run-time benchmark (issue 5): typed arithmetic and registry lookup against raw baselines.
//
// Every benchmark comes in a pair (or a triple) with one label, "<case>/<variant>":
//   a_growth_base/nevfacts       base_from(vehicle_count, growth)            over 1,000,000 values
//   a_growth_base/raw_double     v / (1 + g / 100)
//   b_share_of/nevfacts_bulk     share_of(span<const vehicle_count>, span<const vehicle_count>, span<share>)
//   b_share_of/nevfacts          share_of(vehicle_count, vehicle_count), one call a value
//   b_share_of/raw_double        part / whole * 100
//   c_interval_mul/nevfacts      real_interval * real_interval
//   c_interval_mul/raw_interval  hand-written lo/hi multiply, std::nextafter outward (the fair baseline)
//   c_interval_mul/raw_double    a plain double product
//   b_share_of/raw_double_checked, c_interval_mul/raw_interval_bitstep: diagnostics, not baselines
//   d_lookup_id/registry         registry<1000>::find(id), all ids in a shuffled order
//   d_lookup_key/registry        registry<1000>::find(metric, subject, period)
//   d_lookup_id/unordered_map    std::unordered_map<std::string, fact>::find(id)
//   d_lookup_id/map              std::map<std::string, fact>::find(id)
// The counter "ops" is the number of operations in one iteration; write_results.py divides by it.
// Inputs are generated once with a fixed seed. Not part of the test suite.
#include <nevfacts/nevfacts.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <array>
#include <cmath>
#include <cstddef>
#include <limits>
#include <map>
#include <memory>
#include <random>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>
#include "../tests/common/nev_kinds.hpp"

namespace {

using namespace nevfacts;

constexpr std::size_t n_values = 1'000'000;
constexpr std::uint64_t seed = 20240225;

// ---------------------------------------------------------------------------------------------
// Inputs, generated once.
// ---------------------------------------------------------------------------------------------
struct raw_interval {
  double lo, hi;
};

// Typed and raw copies of the same numbers are made here, so that each benchmark function holds
// nothing but its timed loop (and the disassembly summary in RESULTS.md shows only that loop).
struct arithmetic_inputs {
  std::vector<double> value, growth_pct, part, whole;
  std::vector<real_interval> ia, ib;
  std::vector<vehicle_count> value_q, part_q, whole_q;
  std::vector<growth> growth_q;
  std::vector<double> ia_mid, ib_mid;
  std::vector<raw_interval> ra, rb;

  arithmetic_inputs() {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> amount(1e3, 1e7), pct(-50.0, 200.0), frac(0.0, 1.0), mid(-10.0, 10.0),
        width(0.0, 2.0);
    value.resize(n_values);
    growth_pct.resize(n_values);
    part.resize(n_values);
    whole.resize(n_values);
    ia.resize(n_values);
    ib.resize(n_values);
    for (std::size_t i = 0; i < n_values; ++i) {
      value[i] = amount(rng);
      growth_pct[i] = pct(rng);
      whole[i] = amount(rng);
      part[i] = whole[i] * frac(rng);
      const double ma = mid(rng), wa = width(rng), mb = mid(rng), wb = width(rng);
      ia[i] = {ma - wa, ma + wa};
      ib[i] = {mb - wb, mb + wb};
    }
    for (std::size_t i = 0; i < n_values; ++i) {
      value_q.push_back(value[i] * nev::units::vehicles);
      growth_q.push_back(growth_percent(growth_pct[i]));
      part_q.push_back(part[i] * nev::units::vehicles);
      whole_q.push_back(whole[i] * nev::units::vehicles);
      ia_mid.push_back(ia[i].mid());
      ib_mid.push_back(ib[i].mid());
      ra.push_back({ia[i].lo, ia[i].hi});
      rb.push_back({ib[i].lo, ib[i].hi});
    }
  }
};

const arithmetic_inputs& inputs() {
  static const arithmetic_inputs in;
  return in;
}

void set_ops(benchmark::State& state, std::size_t ops) {
  state.counters["ops"] = double(ops);
  state.SetItemsProcessed(std::int64_t(state.iterations()) * std::int64_t(ops));
}

// Every arithmetic benchmark: its own copies of the inputs and its own result vector, so that
// the compiler sees three separate allocations (no overlap test in the loop), and a timed
// kernel that gets the whole arrays.
template <class A, class B, class R, class Kernel>
void run_arrays(benchmark::State& state, const std::vector<A>& a_in, const std::vector<B>& b_in, Kernel kernel) {
  std::vector<A> a = a_in;
  std::vector<B> b = b_in;
  std::vector<R> r(n_values);
  for (auto _ : state) {
    R* out = r.data();
    kernel(a.data(), b.data(), out);
    benchmark::DoNotOptimize(out);
    benchmark::ClobberMemory();
  }
  set_ops(state, n_values);
}

// The kernel of all but the bulk benchmark: one operation a value.
template <class Op>
auto each(Op op) {
  return [op](const auto* a, const auto* b, auto* out) {
    for (std::size_t i = 0; i < n_values; ++i) out[i] = op(a[i], b[i]);
  };
}

// ---------------------------------------------------------------------------------------------
// (a) growth back-calculation: base = value / (1 + g / 100)
// ---------------------------------------------------------------------------------------------
void a_growth_base_nevfacts(benchmark::State& state) {
  run_arrays<vehicle_count, growth, vehicle_count>(state, inputs().value_q, inputs().growth_q,
                                                   each([](vehicle_count v, growth g) { return base_from(v, g); }));
}

void a_growth_base_raw_double(benchmark::State& state) {
  run_arrays<double, double, double>(state, inputs().value, inputs().growth_pct,
                                     each([](double v, double g) { return v / (1.0 + g / 100.0); }));
}

// ---------------------------------------------------------------------------------------------
// (b) share of a part in a whole
// ---------------------------------------------------------------------------------------------
// All shares in one call, checked once after the divisions.
void b_share_of_nevfacts_bulk(benchmark::State& state) {
  run_arrays<vehicle_count, vehicle_count, share>(
      state, inputs().part_q, inputs().whole_q, [](const vehicle_count* p, const vehicle_count* w, share* out) {
        share_of(std::span<const vehicle_count>(p, n_values), std::span<const vehicle_count>(w, n_values),
                 std::span<share>(out, n_values));
      });
}

// One checked share a call: the check can throw in every iteration, so the loop stays scalar.
void b_share_of_nevfacts(benchmark::State& state) {
  run_arrays<vehicle_count, vehicle_count, share>(state, inputs().part_q, inputs().whole_q,
                                                  each([](vehicle_count p, vehicle_count w) { return share_of(p, w); }));
}

void b_share_of_raw_double(benchmark::State& state) {
  run_arrays<double, double, double>(state, inputs().part, inputs().whole,
                                     each([](double p, double w) { return p / w * 100.0; }));
}

// The same raw division with the range check share_of makes (a share lies in [0 %, 100 %]):
// not a target baseline, it shows what the check itself costs.
void b_share_of_raw_double_checked(benchmark::State& state) {
  run_arrays<double, double, double>(state, inputs().part, inputs().whole, each([](double p, double w) {
                                       const double s = p / w * 100.0;
                                       if (!(0.0 <= s && s <= 100.0)) throw std::domain_error("share outside 0 % to 100 %");
                                       return s;
                                     }));
}

// ---------------------------------------------------------------------------------------------
// (c) interval products
// ---------------------------------------------------------------------------------------------
// What a careful hand-written interval multiply looks like: four corner products, min and max,
// then one ulp outward with std::nextafter.
inline raw_interval raw_mul(raw_interval a, raw_interval b) {
  const double p0 = a.lo * b.lo, p1 = a.lo * b.hi, p2 = a.hi * b.lo, p3 = a.hi * b.hi;
  const double lo = std::min(std::min(p0, p1), std::min(p2, p3));
  const double hi = std::max(std::max(p0, p1), std::max(p2, p3));
  return {std::nextafter(lo, -std::numeric_limits<double>::infinity()),
          std::nextafter(hi, std::numeric_limits<double>::infinity())};
}

// The same by hand, stepping one ulp by bit pattern (as nevfacts::next_up does) instead of
// calling std::nextafter: not a target baseline, it separates the cost of the libm call.
inline double step_up(double x) {
  if (x != x || x == std::numeric_limits<double>::infinity()) return x;
  if (x == 0.0) return std::numeric_limits<double>::denorm_min();
  const auto bits = std::bit_cast<std::uint64_t>(x);
  return std::bit_cast<double>(x > 0.0 ? bits + 1 : bits - 1);
}
inline raw_interval raw_mul_bitstep(raw_interval a, raw_interval b) {
  const double p0 = a.lo * b.lo, p1 = a.lo * b.hi, p2 = a.hi * b.lo, p3 = a.hi * b.hi;
  const double lo = std::min(std::min(p0, p1), std::min(p2, p3));
  const double hi = std::max(std::max(p0, p1), std::max(p2, p3));
  return {-step_up(-lo), step_up(hi)};
}

void c_interval_mul_nevfacts(benchmark::State& state) {
  run_arrays<real_interval, real_interval, real_interval>(
      state, inputs().ia, inputs().ib, each([](const real_interval& a, const real_interval& b) { return a * b; }));
}

void c_interval_mul_raw_interval(benchmark::State& state) {
  run_arrays<raw_interval, raw_interval, raw_interval>(state, inputs().ra, inputs().rb,
                                                       each([](raw_interval a, raw_interval b) { return raw_mul(a, b); }));
}

void c_interval_mul_raw_interval_bitstep(benchmark::State& state) {
  run_arrays<raw_interval, raw_interval, raw_interval>(
      state, inputs().ra, inputs().rb, each([](raw_interval a, raw_interval b) { return raw_mul_bitstep(a, b); }));
}

void c_interval_mul_raw_double(benchmark::State& state) {
  run_arrays<double, double, double>(state, inputs().ia_mid, inputs().ib_mid,
                                     each([](double a, double b) { return a * b; }));
}

// ---------------------------------------------------------------------------------------------
// (d) lookup of facts by key at run time, 1,000 facts
// ---------------------------------------------------------------------------------------------
constexpr std::size_t n_facts = 1000;
constexpr int n_entities = 10, n_segments = 4, n_metrics = 5, n_years = 5;
static_assert(std::size_t(n_entities) * n_segments * n_metrics * n_years == n_facts);

// Short ids, so that fact ids come out as long as the seed data's (about 21 characters).
const std::array<entity, n_entities> entities{{
    {"cn", "China"}, {"bj", "Beijing"}, {"sh", "Shanghai"}, {"gd", "Guangdong"}, {"cq", "Chongqing"},
    {"js", "Jiangsu"}, {"zj", "Zhejiang"}, {"ah", "Anhui"}, {"hb", "Hubei"}, {"sn", "Shaanxi"},
}};
const std::array<segment, n_segments> segments{{
    {"all", "all vehicles", 0}, {"nev", "NEVs", 2}, {"pc", "passenger cars", 1}, {"pnev", "passenger NEVs", 3},
}};
const std::array<metric<vehicle_count>, n_metrics> metrics{{
    {"sales", "sales"}, {"output", "production"}, {"export", "exports"}, {"retail", "retail sales"},
    {"whsale", "wholesale"},
}};

struct lookup_key {
  std::string id;
  int metric_index;
  subject about;
  period when;
};

struct lookup_inputs {
  std::vector<std::string> ids;            // owns the text every fact's id points into
  struct fact_array {
    fact at[n_facts];                      // a plain array, as registry<N> takes one
  };
  std::unique_ptr<fact_array> facts;
  std::unique_ptr<registry<n_facts>> reg;  // ~0.3 MB, so on the heap
  std::unordered_map<std::string, fact> umap;
  std::map<std::string, fact> omap;
  std::vector<lookup_key> shuffled;

  lookup_inputs() {
    ids.reserve(n_facts);
    facts = std::make_unique<fact_array>();
    std::vector<lookup_key> keys;
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> amount(1e3, 1e7);
    std::size_t i = 0;
    for (int e = 0; e < n_entities; ++e)
      for (int s = 0; s < n_segments; ++s)
        for (int m = 0; m < n_metrics; ++m)
          for (int y = 0; y < n_years; ++y, ++i) {
            // ids shaped like the seed data's, "d000.nev_sales_growth": "d<doc>.<entity>_<segment>_<metric>_<yy>"
            ids.push_back("d" + std::to_string(100 + i % 97) + "." + std::string(entities[e].id) + "_" +
                          std::string(segments[s].id) + "_" + std::string(metrics[m].id) + "_" +
                          std::to_string(19 + y));
            const subject about = entities[e] / segments[s];
            const period when = period::year(2019 + y);
            const double v = amount(rng);
            facts->at[i] = derived<vehicle_count>(ids.back(), about, metrics[m], when, real_interval{v * 0.995, v * 1.005},
                                              "bench", provenance{});
            keys.push_back({ids.back(), m, about, when});
          }
    reg = std::make_unique<registry<n_facts>>(facts->at);
    for (std::size_t k = 0; k < n_facts; ++k) {
      umap.emplace(ids[k], facts->at[k]);
      omap.emplace(ids[k], facts->at[k]);
    }
    shuffled = keys;
    std::shuffle(shuffled.begin(), shuffled.end(), rng);
  }
};

const lookup_inputs& lookups() {
  static const lookup_inputs in;
  return in;
}

// Every lookup benchmark: all keys in the shuffled order, each found fact's value summed so
// that no lookup can be skipped.
template <class Find>
void run_lookups(benchmark::State& state, Find find) {
  const auto& in = lookups();
  for (auto _ : state) {
    double sum = 0.0;
    for (const lookup_key& k : in.shuffled) {
      const auto f = find(k);
      benchmark::DoNotOptimize(f);
      sum += f->value.lo;
    }
    benchmark::DoNotOptimize(sum);
  }
  set_ops(state, n_facts);
}

void d_lookup_id_registry(benchmark::State& state) {
  run_lookups(state, [&reg = *lookups().reg](const lookup_key& k) { return reg.find(std::string_view(k.id)); });
}

void d_lookup_key_registry(benchmark::State& state) {
  run_lookups(state, [&reg = *lookups().reg](const lookup_key& k) {
    return reg.find(metrics[std::size_t(k.metric_index)], k.about, k.when, status::derived);
  });
}

void d_lookup_id_unordered_map(benchmark::State& state) {
  run_lookups(state, [&umap = lookups().umap](const lookup_key& k) { return &umap.find(k.id)->second; });
}

void d_lookup_id_map(benchmark::State& state) {
  run_lookups(state, [&omap = lookups().omap](const lookup_key& k) { return &omap.find(k.id)->second; });
}

// Check once, before timing, that every variant finds what the others find.
bool lookups_agree() {
  const auto& in = lookups();
  for (const lookup_key& k : in.shuffled) {
    const fact* a = in.reg->find(std::string_view(k.id));
    // The facts are derived (no document), and a lookup by key asks for one status.
    const auto b = in.reg->find(metrics[std::size_t(k.metric_index)], k.about, k.when, status::derived);
    if (a == nullptr || !b || a->id != b->id || in.umap.at(k.id).id != a->id || in.omap.at(k.id).id != a->id)
      return false;
  }
  return true;
}

}  // namespace

BENCHMARK(a_growth_base_nevfacts)->Name("a_growth_base/nevfacts");
BENCHMARK(a_growth_base_raw_double)->Name("a_growth_base/raw_double");
BENCHMARK(b_share_of_nevfacts_bulk)->Name("b_share_of/nevfacts_bulk");
BENCHMARK(b_share_of_nevfacts)->Name("b_share_of/nevfacts");
BENCHMARK(b_share_of_raw_double)->Name("b_share_of/raw_double");
BENCHMARK(b_share_of_raw_double_checked)->Name("b_share_of/raw_double_checked");
BENCHMARK(c_interval_mul_nevfacts)->Name("c_interval_mul/nevfacts");
BENCHMARK(c_interval_mul_raw_interval)->Name("c_interval_mul/raw_interval");
BENCHMARK(c_interval_mul_raw_interval_bitstep)->Name("c_interval_mul/raw_interval_bitstep");
BENCHMARK(c_interval_mul_raw_double)->Name("c_interval_mul/raw_double");
BENCHMARK(d_lookup_id_registry)->Name("d_lookup_id/registry");
BENCHMARK(d_lookup_key_registry)->Name("d_lookup_key/registry");
BENCHMARK(d_lookup_id_unordered_map)->Name("d_lookup_id/unordered_map");
BENCHMARK(d_lookup_id_map)->Name("d_lookup_id/map");

int main(int argc, char** argv) {
  if (!lookups_agree()) return 2;
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
