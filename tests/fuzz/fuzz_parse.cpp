// tests/fuzz/fuzz_parse.cpp -- libFuzzer target over the run-time parser
//
// Every input is read by read_words and by reported<T>::parse for every kind (the kind_traits
// specialisations of nevfacts/kind.hpp), and, when the API has it, by parse(words, sentence).
// Input layout: the bytes up to the first '\n' are the words; the bytes after it, if any, are
// the sentence they are read in (without a '\n' the words are their own sentence).
//
// Invariants checked on every input (a violation prints the input as a C string literal, the
// kind and the invariant, then aborts so that libFuzzer saves the input):
//   1. no exception escapes read_words, parse, value(), operator<< or format_value;
//   2. a parsed interval has lo <= hi and no NaN (nor a NaN stated value or last place);
//   3. reported<T>: the interval lies within kind_traits<T>::info.bounds;
//   4. reported<T>: where the kind is integral, every finite end is a whole number;
//   5. the same input gives the same result twice (parse is a pure function);
//   6. printing the result (operator<< of reported<T>, format_value(kind, interval),
//      format_interval of a phrase) is defined behaviour (ASan/UBSan: a float-to-int overflow,
//      an out-of-bounds read) and does not throw.
//
// NEVFACTS_FUZZ_KEEP_GOING=1 in the environment reports each distinct (kind, invariant) once
// and goes on instead of aborting (for surveying a parser that still has known violations;
// UBSan reports go on too only with UBSAN_OPTIONS=halt_on_error=0, see scripts/fuzz.sh).

#include <nevfacts/kind.hpp>
#include <nevfacts/reader.hpp>
#include <nevfacts/reported.hpp>


#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include "../common/nev_kinds.hpp"

namespace {

using namespace nevfacts;

// ---------------------------------------------------------------------------------------------
// The adapter: the only place that knows what parse returns. Today std::optional<reported<T>>;
// an error-or-value type (has_value()/operator*, or ok()/value()) works unchanged.
// ---------------------------------------------------------------------------------------------
template <class R>
auto value_of(const R& result) {
  if constexpr (requires { result.has_value(); *result; }) {
    using value = std::remove_cvref_t<decltype(*result)>;
    return result.has_value() ? std::optional<value>(*result) : std::nullopt;
  } else {
    static_assert(requires { result.ok(); result.value(); }, "update value_of for parse's new result type");
    using value = std::remove_cvref_t<decltype(result.value())>;
    return result.ok() ? std::optional<value>(result.value()) : std::nullopt;
  }
}

// The same for the reader's reading, and the interval it makes for a kind of no special rules.
struct phrase_numbers {
  bool ok;
  real_interval value;
  double stated, last_place;
};
phrase_numbers numbers_of(const reading& r) {
  constexpr reader::kind_reading plain{};
  return {r.ok(), reader::interval_of(r, plain), reader::stated_of(r, plain), reader::last_place_of(r, plain)};
}

bool same_phrase(const reading& a, const reading& b) {
  const phrase_numbers x = numbers_of(a), y = numbers_of(b);
  return x.ok == y.ok && x.value == y.value && x.stated == y.stated && x.last_place == y.last_place &&
         a.how == b.how && a.unit == b.unit && a.sign == b.sign && a.noun == b.noun && a.head == b.head &&
         a.reason == b.reason;
}

// ---------------------------------------------------------------------------------------------
// Reporting a violation.
// ---------------------------------------------------------------------------------------------
bool keep_going() {
  static const bool on = [] {
    const char* v = std::getenv("NEVFACTS_FUZZ_KEEP_GOING");
    return v != nullptr && *v != '\0' && *v != '0';
  }();
  return on;
}

std::string c_literal(std::string_view bytes) {
  std::string out = "\"";
  for (const unsigned char c : bytes) {
    if (c == '"' || c == '\\') out.append(1, '\\').append(1, char(c));
    else if (c >= 0x20 && c < 0x7f) out += char(c);
    else {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\%03o", unsigned(c));  // octal: never eats a digit
      out += escaped;
    }
  }
  return out + "\"";
}

struct input {
  std::string_view words, sentence;
  bool has_sentence;
};

// What is being read now: named beside a sanitizer's report (UBSan names only the source line).
struct in_progress {
  const input* in = nullptr;
  std::string_view kind;
};
in_progress now;

void print_input(const input& in, std::string_view kind) {
  std::fprintf(stderr, "  kind: %.*s\n  words: %s\n", int(kind.size()), kind.data(), c_literal(in.words).c_str());
  if (in.has_sentence) std::fprintf(stderr, "  sentence: %s\n", c_literal(in.sentence).c_str());
}

void violated(const input& in, std::string_view kind, std::string_view invariant, std::string_view detail = {}) {
  static std::set<std::string> seen;
  if (keep_going() && !seen.insert(std::string(kind).append("|").append(invariant)).second) return;
  std::fprintf(stderr, "nevfacts fuzz: invariant violated: %.*s\n", int(invariant.size()), invariant.data());
  print_input(in, kind);
  if (!detail.empty()) std::fprintf(stderr, "  detail: %.*s\n", int(detail.size()), detail.data());
  if (!keep_going()) std::abort();
}

std::string what_of(std::exception_ptr e) {
  try {
    std::rethrow_exception(e);
  } catch (const std::exception& x) {
    return x.what();
  } catch (...) {
    return "an exception not derived from std::exception";
  }
}

// Runs f; an exception is a violation of invariant 1 (`where` names the call).
template <class F>
bool no_throw(const input& in, std::string_view kind, std::string_view where, F&& f) {
  try {
    std::forward<F>(f)();
    return true;
  } catch (...) {
    violated(in, kind, std::string("no exception escapes ").append(where), what_of(std::current_exception()));
    return false;
  }
}

std::string describe(real_interval i) {
  char text[96];
  std::snprintf(text, sizeof text, "[%.17g, %.17g]", i.lo, i.hi);
  return text;
}

// Invariant 2.
bool check_interval(const input& in, std::string_view kind, real_interval i, double stated, double last_place) {
  if (std::isnan(i.lo) || std::isnan(i.hi) || std::isnan(stated) || std::isnan(last_place)) {
    violated(in, kind, "no NaN", describe(i));
    return false;
  }
  if (!(i.lo <= i.hi)) {
    violated(in, kind, "lo <= hi", describe(i));
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// read_words
// ---------------------------------------------------------------------------------------------
void fuzz_phrase(const input& in) {
  constexpr std::string_view kind = "read_words";
  now = {&in, kind};
  nevfacts::reading first, second;
  if (!no_throw(in, kind, "read_words", [&] { first = read_words(in.words); })) return;
  if (!no_throw(in, kind, "read_words", [&] { second = read_words(in.words); })) return;
  if (!same_phrase(first, second)) violated(in, kind, "same result twice");
  const phrase_numbers n = numbers_of(first);
  if (!n.ok || !check_interval(in, kind, n.value, n.stated, n.last_place)) return;
  no_throw(in, kind, "format_interval", [&] {
    const std::string text = format_interval(n.value) + format_number(n.stated);
    if (text.empty()) violated(in, kind, "printing gives text");
  });
}

// ---------------------------------------------------------------------------------------------
// reported<T>::parse
// ---------------------------------------------------------------------------------------------
template <class T>
void check_reported(const input& in, std::string_view kind, const reported<T>& r) {
  const kind_info& k = kind_traits<T>::info;
  const real_interval i = r.interval();
  if (!check_interval(in, kind, i, r.stated(), r.last_place())) return;
  if (i.lo < k.bounds.lo || i.hi > k.bounds.hi)
    violated(in, kind, "within the kind's bounds", describe(i) + " not in " + describe(k.bounds));
  auto whole = [](double x) { return std::isinf(x) || std::trunc(x) == x; };
  if (k.integral && !(whole(i.lo) && whole(i.hi)))
    violated(in, kind, "whole numbers for an integral kind", describe(i));
  no_throw(in, kind, "value()", [&] { static_cast<void>(r.value()); });
  no_throw(in, kind, "operator<<", [&] {
    std::ostringstream out;
    out << r;
    if (out.str().empty()) violated(in, kind, "printing gives text");
  });
  no_throw(in, kind, "format_value", [&] {
    if (format_value(k, i).empty()) violated(in, kind, "printing gives text");
  });
}

template <class T, class Parse>
void fuzz_one(const input& in, std::string_view kind, Parse&& parse) {
  using value = decltype(value_of(parse()));
  value first, second;
  if (!no_throw(in, kind, "parse", [&] { first = value_of(parse()); })) return;
  if (!no_throw(in, kind, "parse", [&] { second = value_of(parse()); })) return;
  if (first.has_value() != second.has_value() || (first && !(*first == *second))) {
    violated(in, kind, "same result twice");
    return;
  }
  if (first) check_reported<T>(in, kind, *first);
}

template <class T>
void fuzz_kind(const input& in) {
  const std::string_view kind = kind_traits<T>::info.unit;
  now = {&in, kind};
  fuzz_one<T>(in, kind, [&] { return reported<T>::parse(in.words); });
  // The sentence-context parse, once the parser offers it (issue 10).
  if constexpr (requires(std::string_view w, std::string_view s) { reported<T>::parse(w, s); }) {
    static const std::string with_sentence = std::string(kind).append(" in a sentence");
    now = {&in, with_sentence};
    fuzz_one<T>(in, with_sentence, [&] { return reported<T>::parse(in.words, in.sentence); });
  }
}

template <class... T>
void fuzz_kinds(const input& in) {
  (fuzz_kind<T>(in), ...);
}

}  // namespace

// UBSan reports stop the run unless UBSAN_OPTIONS says otherwise; each names the input (UBSan
// reports each source location once, so with halt_on_error=0 this lists the distinct ones).
extern "C" const char* __ubsan_default_options() { return "halt_on_error=1:print_stacktrace=1"; }
extern "C" void __ubsan_on_report() {
  if (now.in == nullptr) return;
  std::fprintf(stderr, "nevfacts fuzz: UBSan report (invariant: printing is defined) while reading\n");
  print_input(*now.in, now.kind);
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const std::size_t newline = bytes.find('\n');
  const bool has_sentence = newline != std::string_view::npos;
  const input in{bytes.substr(0, newline), has_sentence ? bytes.substr(newline + 1) : bytes.substr(0, newline),
                 has_sentence};
  fuzz_phrase(in);
  fuzz_kinds<vehicle_count, company_count, cluster_count, platform_count, person_count, item_count, year_count,
             vehicle_rate, cny_amount, usd_amount, percentage_points, share, growth, multiple, cny_per_usd, rank,
             calendar_year, calendar_day, direction, date::weekday>(in);
  now = {};
  return 0;
}
