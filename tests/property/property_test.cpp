// Property test: figures printed the way a source prints them, parsed back, and combined with
// nevfacts operations, always give an interval that contains the exact result.
//
// Each case draws exact counts (this year's part P of a whole W, last year's part P0 of a whole
// W0). In turn, cases then print (a) P, W and P0, (b) P, P0 and the growth of P (in percent,
// "N times" or "N times as many"), or (c) the shares P/W and P0/W0 and their change in points,
// the way a report would (rounded to 2..5 significant digits or 0..2 decimals, with scale words,
// qualifiers and direction words); parse the words with nevfacts::read_words or
// reported<T>::parse; combine the intervals (share_of, growth_between, base_from, grow,
// base * multiple, share - share, share + points) and check that each result contains the
// exact value computed from the true counts in long double. One group per case keeps a
// Debug+ASan run under 20 s with a million cases.
//
// Prints a table per combination and "property: N passed, M failed" (N cases in which every
// derived interval contained its exact result, M cases with at least one miss); exits non-zero
// on any miss.
#include <nevfacts/growth.hpp>
#include <nevfacts/reader.hpp>
#include <nevfacts/reported.hpp>
#include <nevfacts/share.hpp>

#include <algorithm>
#include <cinttypes>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <iterator>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>
#include "../common/nev_kinds.hpp"

namespace {

using namespace nevfacts;
using u64 = std::uint64_t;
using i64 = std::int64_t;
__extension__ typedef unsigned __int128 u128;
__extension__ typedef __int128 i128;
using vehicles_between = quantity<nev::units::vehicle_unit, real_interval>;

constexpr u64 seed = 0x6e657666616374ULL;  // "nevfact"
constexpr long case_count = 1'000'000;

// ---------------------------------------------------------------------------------------------
// Random draws (our own mappings from raw 64-bit words, so every standard library agrees).
// ---------------------------------------------------------------------------------------------
class draw {
 public:
  explicit draw(u64 s) : rng_(s) {}
  double unit() { return double(rng_() >> 11) * 0x1.0p-53; }          // [0, 1)
  double between(double a, double b) { return a + (b - a) * unit(); }
  double log_between(double a, double b) { return std::exp(between(std::log(a), std::log(b))); }
  unsigned below(unsigned n) { return unsigned(rng_() % n); }
  bool chance(unsigned percent) { return below(100) < percent; }
  template <std::size_t N>
  const char* pick(const char* const (&options)[N]) { return options[below(N)]; }

 private:
  std::mt19937_64 rng_;
};

u64 pow10u(int n) {
  u64 p = 1;
  while (n-- > 0) p *= 10;
  return p;
}
int digit_count(u64 n) {
  int d = 1;
  while (n >= 10) n /= 10, ++d;
  return d;
}

enum class rounding { nearest, down, up };

// num / den rounded to an integer.
u128 divide(u128 num, u128 den, rounding how) {
  switch (how) {
    case rounding::nearest: return (2 * num + den) / (2 * den);
    case rounding::down: return num / den;
    case rounding::up: return (num + den - 1) / den;
  }
  return 0;
}

// Appends q * 10^-decimals, with a decimal point and, if asked, thousands separators.
void append_decimal(std::string& out, u128 q, int decimals, bool commas) {
  char digits[48];
  int n = 0;
  do {
    digits[n++] = char('0' + int(q % 10));
    q /= 10;
  } while (q != 0);
  while (n <= decimals) digits[n++] = '0';  // at least one digit before the point
  for (int i = n - 1; i >= 0; --i) {
    out += digits[i];
    if (i == decimals && decimals > 0) out += '.';
    else if (commas && i > decimals && (i - decimals) % 3 == 0) out += ',';
  }
}

// ---------------------------------------------------------------------------------------------
// Printing a count as a source would.
// ---------------------------------------------------------------------------------------------
enum class count_role { numerator, denominator, base };  // which qualifiers stay meaningful

struct scale_choice {
  const char* word;
  int power;
};
constexpr scale_choice scales[] = {{"thousand", 3}, {"wan", 4}, {"million", 6}, {"hundred million", 8},
                                   {"yi", 8},       {"billion", 9}};

void print_count(draw& d, std::string& out, u64 n, count_role role) {
  static constexpr const char* nouns[] = {"", " units", " vehicles", " NEVs"};
  static constexpr const char* lead_ins[] = {"", "", "", "reached ", "totaled ", "hit "};
  // Not "nearly": that is [x - unit, x] (just under), not a rounding either side.
  static constexpr const char* abouts[] = {"about ", "around ", "approximately ", "roughly ", "some "};
  static constexpr const char* more_thans[] = {"more than ", "over ", "exceeded ", "surpassed ", "at least "};
  out.clear();
  const int sig = 2 + int(d.below(4));  // 2..5 significant digits
  const int n_digits = digit_count(n);
  const int dropped = n_digits > sig ? n_digits - sig : 0;

  // How the figure is qualified.
  enum { rounded, exact, about, more_than } how = rounded;
  const unsigned r = d.below(100);
  if (r < 4) how = exact;
  else if (r < 14 && role == count_role::numerator) how = about;
  else if (r < 24 && role != count_role::base) how = more_than;

  u64 q = how == exact ? n : u64(divide(n, pow10u(dropped), how == more_than ? rounding::down : rounding::nearest));
  int power = how == exact ? 0 : dropped;  // printed value = q * 10^power
  // Below 1,000 a source counts exactly: "547 units", not "550 units" (a whole count is exact).
  if (how == rounded && n < 1000) q = n, power = 0;
  // "about 1 million" would reach down to zero: a source would not say it that way.
  if (how == about) {
    u64 t = q;
    while (t % 10 == 0) t /= 10;
    if (t == 1) how = rounded;
  }

  if (how == exact) out += "exactly ";
  else if (how == about) out += d.pick(abouts);
  else if (how == more_than) out += d.pick(more_thans);
  else out += d.pick(lead_ins);

  // Digits, or a scale word the value reaches.
  int scale_index = -1;
  if (how != exact && d.chance(50)) {
    const int at = int(d.below(std::size(scales)));
    if (n_digits - 1 >= scales[at].power) scale_index = at;
  }
  if (scale_index < 0) {
    append_decimal(out, u128(q) * pow10u(power), 0, true);
  } else {
    const int shift = scales[scale_index].power - power;  // value = q * 10^-shift scale
    if (shift > 0) append_decimal(out, q, shift, false);
    else append_decimal(out, u128(q) * pow10u(-shift), 0, false);
    out += ' ';
    out += scales[scale_index].word;
  }
  out += d.pick(nouns);
}

// ---------------------------------------------------------------------------------------------
// Printing percentages, growth, points and multiples as a source would.
// ---------------------------------------------------------------------------------------------
const char* percent_sign(draw& d) {
  static constexpr const char* signs[] = {"%", " percent", " per cent", "%"};
  return d.pick(signs);
}

// A share: 100 * num / den, which lies in [0, 100].
void print_share(draw& d, std::string& out, u64 num, u64 den) {
  static constexpr const char* lead_ins[] = {"", "", "reached ", "hit "};
  out.clear();
  const int decimals = int(d.below(3));
  const u128 scaled = u128(num) * 100 * pow10u(decimals);
  const unsigned r = d.below(100);
  rounding how = rounding::nearest;
  if (r < 8) { out += "more than "; how = rounding::down; }
  else if (r < 14) { out += d.chance(50) ? "less than " : "under "; how = rounding::up; }
  else if (r < 22) out += "about ";
  else out += d.pick(lead_ins);
  append_decimal(out, divide(scaled, den, how), decimals, false);
  out += percent_sign(d);
}

// The growth of value over base, in percent or as "an increase of N times".
void print_growth(draw& d, std::string& out, u64 value, u64 base) {
  static constexpr const char* ups[] = {"up ", "an increase of ", "grew ", "a year on year increase of ",
                                        "rose ", "growth of ", "increased by ", "surged "};  // a change is signed
  static constexpr const char* downs[] = {"down ", "a decrease of ", "fell ", "a decline of ",
                                          "decreased by ", "a year on year decrease of ", "a fall of "};
  out.clear();
  const bool up = value >= base;
  const u64 change = up ? value - base : base - value;
  if (up && change >= base && d.chance(35)) {  // +100 % or more: "an increase of 1.6 times"
    const int decimals = 1 + int(d.below(2));
    out += "an increase of ";
    append_decimal(out, divide(u128(change) * pow10u(decimals), base, rounding::nearest), decimals, false);
    out += " times";
    return;
  }
  const int decimals = int(d.below(3));
  const u128 scaled = u128(change) * 100 * pow10u(decimals);
  rounding how = rounding::nearest;
  out += up ? d.pick(ups) : d.pick(downs);
  if (up && d.chance(8)) { out += "more than "; how = rounding::down; }
  else if (d.chance(8)) out += "about ";
  append_decimal(out, divide(scaled, base, how), decimals, false);
  out += percent_sign(d);
}

// "1.6 times as many": value / base.
void print_multiple(draw& d, std::string& out, u64 value, u64 base) {
  static constexpr const char* tails[] = {" times as many", " times as much", " times that of"};
  out.clear();
  const int decimals = 1 + int(d.below(2));
  append_decimal(out, divide(u128(value) * pow10u(decimals), base, rounding::nearest), decimals, false);
  out += d.pick(tails);
}

// The change of a share, 100 * num / den percentage points, num signed.
void print_points(draw& d, std::string& out, i128 num, u64 den) {
  static constexpr const char* ups[] = {"an increase of ", "up ", "rose ", "increased by ", "gained "};
  static constexpr const char* downs[] = {"a decrease of ", "down ", "fell ", "decreased by "};
  static constexpr const char* units_words[] = {" percentage points", " pp", " percentage points"};
  out.clear();
  const bool up = num >= 0;
  const u128 magnitude = u128(up ? num : -num);
  const int decimals = int(d.below(3));
  out += up ? d.pick(ups) : d.pick(downs);
  if (d.chance(8)) out += "about ";
  const u128 q = divide(magnitude * 100 * pow10u(decimals), den, rounding::nearest);
  append_decimal(out, q, decimals, false);
  out += (q == pow10u(decimals)) && d.chance(50) ? " percentage point" : d.pick(units_words);
}

// ---------------------------------------------------------------------------------------------
// Bookkeeping.
// ---------------------------------------------------------------------------------------------
struct combination {
  const char* name;
  long checks = 0;
  long contained = 0;
  long missed = 0;
  std::vector<float> widths{};  // relative widths of the bounded results that contained it
};

enum combo_id { c_share_of, c_base_growth, c_base_multiple, c_grow, c_times_multiple, c_growth_between,
                c_points, c_share_plus_points, combo_count };

combination table[combo_count] = {{"share_of(part, whole) -> share"},
                                  {"base_from(value, growth) -> base"},
                                  {"base_from(value, multiple) -> base"},
                                  {"grow(base, growth) -> value"},
                                  {"base * multiple -> value"},
                                  {"growth_between(value, base)"},
                                  {"share - share -> points"},
                                  {"share + points -> share"}};

int misses_printed = 0;

struct phrases {
  std::string part, whole, base, change, share_now, share_before, points;
};

bool check(combo_id id, real_interval got, long double exact, const phrases& words) {
  combination& c = table[id];
  ++c.checks;
  const bool ok = (long double)got.lo <= exact && exact <= (long double)got.hi;
  if (ok) {
    ++c.contained;
    if (got.is_bounded() && exact != 0) c.widths.push_back(float(((long double)got.hi - got.lo) / std::fabs(exact)));
    return true;
  }
  ++c.missed;
  if (misses_printed++ < 10)
    std::printf("MISS %s: got [%.17g, %.17g], exact %.21Lg\n  part '%s' whole '%s' base '%s' change '%s'\n"
                "  shares '%s' / '%s' points '%s'\n",
                c.name, got.lo, got.hi, exact, words.part.c_str(), words.whole.c_str(), words.base.c_str(),
                words.change.c_str(), words.share_now.c_str(), words.share_before.c_str(), words.points.c_str());
  return false;
}

bool miss(combo_id id, const char* why, const phrases& words) {
  ++table[id].checks;
  ++table[id].missed;
  if (misses_printed++ < 10)
    std::printf("MISS %s: %s\n  part '%s' whole '%s' base '%s' change '%s' shares '%s' / '%s' points '%s'\n",
                table[id].name, why, words.part.c_str(), words.whole.c_str(), words.base.c_str(),
                words.change.c_str(), words.share_now.c_str(), words.share_before.c_str(), words.points.c_str());
  return false;
}

template <class T>
std::optional<reported<T>> parsed(std::string_view words) {
  // parse() never throws: a refusal is a value with its reason.
  const auto result = reported<T>::parse(words);
  if (!result) return std::nullopt;
  return *result;
}

}  // namespace

int main() {
  std::printf("property: seed 0x%" PRIx64 ", %ld cases\n", seed, case_count);
  draw d(seed);
  for (combination& c : table) c.widths.reserve(case_count / 3 + 1);
  phrases words;
  long passed = 0, failed = 0;

  for (long i = 0; i < case_count; ++i) {
    // The truth: this year's part and whole, last year's part and whole.
    const u64 whole = u64(std::llround(d.log_between(2e4, 5e7)));
    const u64 part = std::max<u64>(1, std::min<u64>(whole, u64(std::llround(double(whole) * d.between(0.01, 0.99)))));
    const u64 base = std::max<u64>(1, u64(std::llround(double(part) / d.log_between(0.35, 4.0))));
    const u64 whole_before = std::max<u64>(base, u64(std::llround(double(base) / d.between(0.01, 0.99))));

    // Exact results, from the integers.
    const i128 points_num = i128(part) * i128(whole_before) - i128(base) * i128(whole);
    const u64 points_den = whole * whole_before;
    const long double exact_share_now = 100.0L * (long double)part / (long double)whole;
    const long double exact_growth = 100.0L * ((long double)part - (long double)base) / (long double)base;
    const long double exact_points = 100.0L * (long double)points_num / (long double)points_den;

    words = phrases{};
    bool all = true;
    // One combination: a derived interval that must contain the exact result.
    auto attempt = [&](combo_id id, bool inputs_parsed, auto derive, long double exact) {
      if (!inputs_parsed) return miss(id, "a phrase did not parse", words);
      try {
        return check(id, derive(), exact, words);
      } catch (const std::exception& e) {
        return miss(id, e.what(), words);
      }
    };

    // Every case draws all the figures; to keep a sanitizer build fast, each case prints,
    // parses and checks one of three groups of combinations in turn.
    switch (i % 3) {
      case 0: {  // part of a whole; growth between two years
        print_count(d, words.part, part, count_role::numerator);
        print_count(d, words.whole, whole, count_role::denominator);
        print_count(d, words.base, base, count_role::base);
        const auto p = parsed<vehicle_count>(words.part);    // through reported<T>::parse
        const reading w = read_words(words.whole);             // through the reader itself
        const auto b = parsed<vehicle_count>(words.base);
        all &= attempt(c_share_of, p && w.ok() && w.unit == phrase_unit::none && w.sign == 0, [&] {
          return share_of(p->value(), vehicles_between::from_value(reader::interval_of(w, {})))
              .percent();
        }, exact_share_now);
        all &= attempt(c_growth_between, p && b,
                       [&] { return growth_between(p->value(), b->value()).percent(); }, exact_growth);
        break;
      }
      case 1: {  // last year's base from this year's value and the stated growth, and back
        print_count(d, words.part, part, count_role::numerator);
        print_count(d, words.base, base, count_role::base);
        const auto p = parsed<vehicle_count>(words.part);
        const auto b = parsed<vehicle_count>(words.base);
        if (part >= base + base / 5 && d.chance(25)) {
          print_multiple(d, words.change, part, base);
          const auto m = parsed<multiple>(words.change);
          all &= attempt(c_base_multiple, p && m, [&] { return base_from(p->value(), m->value()).value(); },
                         (long double)base);
          all &= attempt(c_times_multiple, b && m, [&] { return (b->value() * m->value()).value(); },
                         (long double)part);
        } else {
          print_growth(d, words.change, part, base);
          const auto g = parsed<growth>(words.change);
          all &= attempt(c_base_growth, p && g, [&] { return base_from(p->value(), g->value()).value(); },
                         (long double)base);
          all &= attempt(c_grow, b && g, [&] { return grow(b->value(), g->value()).value(); },
                         (long double)part);
        }
        break;
      }
      default: {  // shares in two years and their change in points
        print_share(d, words.share_now, part, whole);
        print_share(d, words.share_before, base, whole_before);
        print_points(d, words.points, points_num, points_den);
        const auto s_now = parsed<share>(words.share_now);
        const auto s_before = parsed<share>(words.share_before);
        const auto pts = parsed<percentage_points>(words.points);
        all &= attempt(c_points, s_now && s_before,
                       [&] { return (s_now->value() - s_before->value()).value(); }, exact_points);
        all &= attempt(c_share_plus_points, s_before && pts,
                       [&] { return (s_before->value() + pts->value()).percent(); }, exact_share_now);
        break;
      }
    }
    (all ? passed : failed) += 1;

    if (i < 6) {  // what the phrases look like
      std::string sample;
      for (const std::string* phrase : {&words.part, &words.whole, &words.base, &words.change, &words.share_now,
                                        &words.share_before, &words.points})
        if (!phrase->empty()) sample += (sample.empty() ? "'" : ", '") + *phrase + "'";
      std::printf("  sample %ld: %s\n", i, sample.c_str());
    }
  }

  // Containing is vacuous if the intervals are loose, so their tightness is asserted: the words
  // are given to three or four significant digits (a relative width of about 0.1 % to 5 %), and
  // one operation on two such figures adds their widths. So the median relative width of every
  // combination stays under 5 %, and at least half of the results that contained the exact
  // value are bounded (an unbounded result is not counted in the widths).
  constexpr double most_median_width = 0.05;
  constexpr double least_bounded_fraction = 0.5;
  std::printf("\n%-36s %10s %10s %8s %18s\n", "combination", "checks", "contained", "missed", "median rel. width");
  long checks = 0;
  for (combination& c : table) {
    checks += c.checks;
    double median = 0.0;
    if (!c.widths.empty()) {
      auto middle = c.widths.begin() + std::ptrdiff_t(c.widths.size() / 2);
      std::nth_element(c.widths.begin(), middle, c.widths.end());
      median = *middle;
    }
    std::printf("%-36s %10ld %10ld %8ld %18.3g\n", c.name, c.checks, c.contained, c.missed, median);
    const double bounded = c.contained > 0 ? double(c.widths.size()) / double(c.contained) : 0.0;
    if (median > most_median_width || bounded < least_bounded_fraction) {
      std::printf("LOOSE %s: median relative width %.3g (at most %.3g), bounded fraction %.3g (at least %.3g)\n",
                  c.name, median, most_median_width, bounded, least_bounded_fraction);
      ++failed;
    }
  }
  std::printf("%-36s %10ld\n", "all checks", checks);
  std::printf("property: %ld passed, %ld failed\n", passed, failed);
  return failed == 0 && passed == case_count ? 0 : 1;
}
