// nevfacts/phrase.hpp -- a source's own words for a figure, parsed into an interval
//
// Synopsis (namespace nevfacts)
//   enum class statement { exact, rounded, more_than, at_least, less_than, at_most, about,
//                          nearly, just_over, between };
//   enum class phrase_unit { none, percent, points, times, times_as_many, yuan, us_dollars,
//                            multiplied };            // multiplied: "doubled", "tripled"
//   enum class noun_family { none, vehicles, companies, clusters, platforms, people, years,
//                            periods, money, measures, units };   // what the noun's head counts
//   struct parsed_phrase {
//     real_interval value;     // every value the words allow, in the unit they name
//     double stated;           // the number as written, scale applied
//     double last_place;       // the unit of the last significant digit, scale applied
//     statement how; phrase_unit unit; int sign; std::string_view noun, context_noun;
//     bool whole_count;        // a whole number below 1,000 with no scale word (a count is exact)
//     refusal reason; std::string_view error;   // why the words were refused (refusal.hpp)
//     bool ok() const;
//   };
//   constexpr parsed_phrase parse_phrase(std::string_view words);
//   constexpr parsed_phrase parse_phrase(std::string_view words, std::string_view sentence,
//                                        int occurrence = 0);   // read in its sentence (below)
//   constexpr noun_family family_of(const parsed_phrase&);   // what its noun's head word counts
//   constexpr std::size_t find_words(std::string_view sentence, std::string_view words,
//                                    int occurrence = 0);       // as whole words, or npos
//
// What the words mean: README.md, "What the words mean" (the table there is the reference).
// In short: a plain figure is rounded to its last digit ("9.5 million" [9.45, 9.55] million);
// trailing zeros of a whole number are not significant ("457,000" to the thousand), but a whole
// number below 1,000 with no scale word counts exactly when the kind counts things; a percentage
// is rounded to the unit at least; bounds ("more than", "under", "up to"), "about" (one unit of
// the last digit each side), "nearly" ([x - unit, x]), "just over" ([x, x + unit]); ranges ("15
// to 16 per cent", "20-30%", "between X and Y") are the hull; direction words before or after the
// figure sign a change; "doubled" is x2 rounded to the unit ([1.5, 2.5]); fractions only with a
// bound ("more than half"). What is ambiguous is refused with a reason.
//
// In a sentence, the words are found as whole words; what they leave unsaid is read from their
// clause: the direction of a compound ("fell 3.2% and 10.7%"), the unit or noun that follows
// ("12.89 million and 12.87 million units"), a currency written just before them.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/detail/text.hpp>
#include <nevfacts/real_interval.hpp>
#include <nevfacts/refusal.hpp>
#include <nevfacts/scale.hpp>

#include <array>
#include <cstdint>
#include <iterator>
#include <string_view>
#include <type_traits>
#include <utility>

namespace nevfacts {

enum class statement : unsigned char {
  exact,
  rounded,
  more_than,
  at_least,
  less_than,
  at_most,
  about,
  nearly,
  just_over,
  between
};
enum class phrase_unit : unsigned char {
  none,
  percent,
  points,
  times,
  times_as_many,
  yuan,
  us_dollars,
  multiplied
};
enum class noun_family : unsigned char {
  none,
  vehicles,
  companies,
  clusters,
  platforms,
  people,
  years,
  periods,
  money,
  measures,
  units
};  // units: "units", "sets", "pieces" of anything counted

constexpr std::string_view to_string(statement s) {
  constexpr std::string_view names[] = {"exact",   "rounded", "more than", "at least",  "less than",
                                        "at most", "about",   "nearly",    "just over", "between"};
  return names[static_cast<unsigned>(s)];
}
constexpr std::string_view to_string(phrase_unit u) {
  constexpr std::string_view names[] = {
      "none",          "percent", "percentage points", "times (a change)",
      "times as many", "yuan",    "US dollars",        "multiplied (doubled, tripled)"};
  return names[static_cast<unsigned>(u)];
}
constexpr std::string_view to_string(noun_family f) {
  constexpr std::string_view names[] = {"none",      "vehicles", "companies", "clusters",
                                        "platforms", "people",   "years",     "periods",
                                        "money",     "measures", "units"};
  return names[static_cast<unsigned>(f)];
}

struct parsed_phrase {
  real_interval value{};
  double stated = 0.0;
  double last_place = 0.0;
  statement how = statement::rounded;
  phrase_unit unit = phrase_unit::none;
  int sign = 0;                     // +1 "increase", "up"; -1 "decrease", "down"; 0 unsigned
  std::string_view noun{};          // the words after the figure
  std::string_view context_noun{};  // in a sentence, what follows a figure with no noun of its own
  std::string_view after_number{};  // every word after the number and its scale (unit, noun)
  bool whole_count = false;
  bool sign_from_sentence = false;
  bool level_stated = false;
  // The sign is a '-' or '+' on the number ("-2%", "US$-3.2 billion"). ("rose to 5.4 million",
  // "up from 9%" is a level, though a verb of change: level_stated.)
  bool signed_number = false;
  refusal reason = refusal::none;
  std::string_view error{};

  constexpr bool ok() const { return reason == refusal::none; }
};

namespace detail {

// Digits as written: "14.596" -> mantissa 14596, 3 decimals; "457,000" -> 457000, 3 trailing zeros.
struct decimal {
  std::uint64_t mantissa = 0;
  int decimals = 0;
  int trailing_zeros = 0;
  std::size_t length = 0;
  bool ok = false;
  bool glued = false;      // a letter or digit right after: "1.5e6", "9.5m", "10th"
  bool bad_comma = false;  // a comma that does not separate groups of three digits: "1,5", "0,5"
  bool too_long = false;   // more digits than a double holds exactly
};

constexpr decimal read_decimal(const char* s, std::size_t size) {
  decimal d;
  std::size_t point = size;  // where the decimal point is, if any
  int zeros_run = 0;
  int group = 0;  // digits since the last comma (or the start)
  bool comma = false;
  std::size_t i = 0;
  // A separator is read only when a digit follows, so reading anything means reading a digit.
  for (; i < size; ++i) {
    const char c = s[i];
    if (c >= '0' && c <= '9') {
      if (d.mantissa > 9'999'999'999'999'999ull) {
        d.too_long = true;
        return d;
      }
      d.mantissa = d.mantissa * 10 + std::uint64_t(c - '0');
      zeros_run = (c == '0') ? zeros_run + 1 : 0;
      ++group;
    } else if ((c == ',' || c == '.') && point == size && i + 1 < size && s[i + 1] >= '0' &&
               s[i + 1] <= '9') {
      // "1,500" groups thousands; "1,5", "0,5", "1,2,3" and "1234,567" may be decimal commas.
      if (comma ? group != 3 : (c == ',' && (group > 3 || s[0] == '0'))) d.bad_comma = true;
      if (c == '.')
        point = i;
      else
        comma = true;
      group = 0;
    } else {
      break;
    }
  }
  if (comma && point == size && group != 3) d.bad_comma = true;
  d.ok = i > 0;
  d.length = i;
  d.glued = i < size && !is_word_end(s[i]);
  d.decimals = point == size ? 0 : int(i - point - 1);
  d.trailing_zeros = (point == size && d.mantissa != 0) ? zeros_run : 0;
  return d;
}

// The words of a list entry: the entry itself, or its `text` (number, scale and unit words).
template <class Entry>
constexpr word word_of(const Entry& e) {
  if constexpr (std::is_same_v<Entry, word>)
    return e;
  else
    return e.text;
}

// A bit for each lower-case first letter (others share bits: a false match only costs a
// full compare).
constexpr std::uint64_t initial_bit(char lower) {
  return std::uint64_t(1) << (static_cast<unsigned char>(lower) & 63u);
}

template <class List>
constexpr std::uint64_t initials_of(const List& entries) {
  std::uint64_t bits = 0;
  for (const auto& e : entries) bits |= initial_bit(lower_ascii(word_of(e).text[0]));
  return bits;
}
// Computed once per word list, so most lists are passed over in one step: constant
// evaluation counts every step, and a phrase meets some eighty candidate words.
template <const auto& Words>
inline constexpr std::uint64_t initials_v = initials_of(Words);

// The entries of a list by bucket, in list order within a bucket (so the first match is the
// same): a word is compared only with the entries of its bucket. Two bucketings: by first
// letter (words that may run on past the entry), and by first letter and length (a whole
// token, which holds no space or hyphen).
template <std::size_t N, std::size_t Buckets>
struct word_index {  // plain arrays: std::array's operator[] is two more calls an access
  std::uint16_t order[N]{};
  std::uint16_t start[Buckets + 1]{};
};
constexpr std::size_t initial_bucket(char initial, std::size_t) {
  return static_cast<unsigned char>(initial) & 63u;
}
constexpr std::size_t token_bucket(char initial, std::size_t size) {
  return (static_cast<unsigned char>(initial) & 63u) * 16u + (size < 15 ? size : 15);
}
template <const auto& Words, std::size_t Buckets, auto bucket>
constexpr auto index_words() {
  word_index<std::size(Words), Buckets> index;
  auto bucket_of = [](const auto& e) {
    return bucket(lower_ascii(word_of(e).text[0]), word_of(e).size);
  };
  for (const auto& e : Words) ++index.start[bucket_of(e) + 1];
  std::uint16_t next[Buckets + 1]{};
  for (std::size_t b = 1; b <= Buckets; ++b)
    next[b] = index.start[b] = std::uint16_t(index.start[b] + index.start[b - 1]);
  std::uint16_t i = 0;
  for (const auto& e : Words) index.order[next[bucket_of(e)]++] = i++;
  return index;
}
template <const auto& Words>
inline constexpr auto initial_index_v = index_words<Words, 64, initial_bucket>();
template <const auto& Words>
inline constexpr auto token_index_v = index_words<Words, 64 * 16, token_bucket>();

// The index of the entry that is the whole token (case-insensitively), or size(Words).
template <const auto& Words>
constexpr std::size_t entry_of_token(std::string_view token) {
  constexpr std::size_t none = std::size(Words);  // a constant, not a call each time
  const std::size_t n = token.size();
  if (n == 0) return none;
  const char* t = token.data();
  const auto& index = token_index_v<Words>;
  const std::size_t bucket = token_bucket(lower_ascii(t[0]), n);
  for (std::size_t k = index.start[bucket], end = index.start[bucket + 1]; k < end; ++k) {
    const word w = word_of(Words[index.order[k]]);
    if (w.size != n) continue;
    std::size_t i = 1;
    while (i < n && (t[i] == w.text[i] ||
                     (w.text[i] >= 'a' && w.text[i] <= 'z' && t[i] == w.text[i] - ('a' - 'A'))))
      ++i;
    if (i == n) return index.order[k];
  }
  return none;
}

// Walks the words of a phrase; words are separated by spaces and hyphens.
class phrase_cursor {
 public:
  constexpr explicit phrase_cursor(std::string_view text) : text_(text.data()), size_(text.size()) {
    skip_blanks();
  }

  constexpr bool done() const { return at_ >= size_; }
  constexpr std::size_t position() const { return at_; }
  constexpr char raw(std::size_t offset) const {
    return at_ + offset < size_ ? text_[at_ + offset] : '\0';
  }
  constexpr char peek() const { return done() ? '\0' : text_[at_]; }
  constexpr std::string_view rest() const { return {text_ + at_, size_ - at_}; }
  constexpr decimal read_decimal() const { return detail::read_decimal(text_ + at_, size_ - at_); }
  constexpr void skip_word() {
    const std::size_t start = at_;
    while (at_ < size_ && !is_word_end(text_[at_])) ++at_;
    advance(at_ == start ? 1 : 0);  // a sign or a stray character counts as a word
  }
  constexpr void advance(std::size_t n) {
    at_ += n;
    skip_blanks();
  }

  // Matches the words (lower case) case-insensitively, as whole words, and moves past them.
  // No calls inside the loop: see nevfacts/detail/text.hpp.
  // `glued`: the words may run straight into digits ("RMB10.95 billion", "US$31.91").
  constexpr bool take(word w, bool glued = false) {
    if (initial_ != w.text[0] || size_ - at_ < w.size) return false;
    const char* here = text_ + at_;
    for (std::size_t i = 1; i < w.size; ++i) {
      const char want = w.text[i], got = here[i];
      if (got != want && !(want >= 'a' && want <= 'z' && got == want - ('a' - 'A')) &&
          !(want == ' ' && got == '-'))
        return false;
    }
    const std::size_t end =
        at_ + w.size;  // text_[end], not here[w.size]: GCC 12 -O3 -Warray-bounds
    if (end < size_ && !is_word_end(w.text[w.size - 1]) && !is_word_end(text_[end]) &&
        !(glued && is_digit(text_[end])))
      return false;  // "up" in "upward"
    advance(w.size);
    return true;
  }
  // The index of the first entry of the list whose words come next (taken), or `none`. An
  // index, not a pointer: GCC's -fsanitize=undefined refuses to compare a pointer with
  // nullptr in a constant expression.
  static constexpr std::size_t none = std::size_t(-1);
  template <const auto& Words>
  constexpr std::size_t take_first() {
    if ((initials_v<Words> & initial_bit(initial_)) == 0) return none;
    const auto& index = initial_index_v<Words>;
    const std::size_t bucket = initial_bucket(initial_, 0);
    for (std::size_t k = index.start[bucket], end = index.start[bucket + 1]; k < end; ++k) {
      const std::size_t i = index.order[k];
      if (take(word_of(Words[i]))) return i;
    }
    return none;
  }
  template <const auto& Words>
  constexpr bool take_any() {
    return take_first<Words>() != none;
  }
  // As take_any, the words may run straight into digits ("HK$5 billion", "EUR5 billion").
  template <const auto& Words>
  constexpr bool take_any_glued() {
    if ((initials_v<Words> & initial_bit(initial_)) == 0) return false;
    const auto& index = initial_index_v<Words>;
    const std::size_t bucket = initial_bucket(initial_, 0);
    for (std::size_t k = index.start[bucket], end = index.start[bucket + 1]; k < end; ++k)
      if (take(word_of(Words[index.order[k]]), true)) return true;
    return false;
  }

 private:
  constexpr void skip_blanks() {
    while (at_ < size_ &&
           (text_[at_] == ' ' || text_[at_] == '-' || text_[at_] == ',' || text_[at_] == '+'))
      ++at_;
    const char c = at_ < size_ ? text_[at_] : '\0';
    initial_ = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
  }
  const char* text_;
  std::size_t size_;
  std::size_t at_ = 0;
  char initial_ = '\0';
};

// Qualifiers: what the words say about the number before it.
inline constexpr word more_than_words[] = {
    "more than",  "over",      "exceeded",      "exceeding",      "exceeds",          "exceed",
    "above",      "surpassed", "surpassing",    "surpasses",      "surpass",          "topped",
    "topping",    "tops",      "top",           "in excess of",   "upwards of",       "well over",
    "well above", "beyond",    "broke through", "broken through", "breaking through", "crossed"};
inline constexpr word at_least_words[] = {"at least", "no less than", "not less than",
                                          "no fewer than", "a minimum of"};
inline constexpr word less_than_words[] = {"less than", "fewer than", "under", "below",
                                           "lower than"};
inline constexpr word at_most_words[] = {"at most",       "up to",       "no more than",
                                         "not more than", "as high as",  "as much as",
                                         "as many as",    "a maximum of"};
inline constexpr word about_words[] = {"around", "about",    "approximately", "roughly",
                                       "some",   "close to", "an estimated",  "or so"};
inline constexpr word nearly_words[] = {"nearly",      "almost",      "just under",
                                        "just below",  "nearing",     "neared",
                                        "approaching", "just shy of", "short of"};
inline constexpr word just_over_words[] = {"just over", "just above", "slightly more than",
                                           "slightly over"};
// Direction words before the number (verbs and nouns of change).
inline constexpr word up_words[] = {
    "rose",    "rise",       "rises",       "rising",       "risen",      "jumped",
    "jump",    "jumps",      "jumping",     "surged",       "surge",      "surges",
    "surging", "soared",     "soar",        "soars",        "soaring",    "climbed",
    "climb",   "climbs",     "climbing",    "grew",         "grow",       "grows",
    "growing", "grown",      "growth",      "gained",       "gain",       "gains",
    "gaining", "increased",  "increase",    "increases",    "increasing", "went up",
    "up",      "expanded",   "expand",      "expanding",    "advanced",   "rebounded",
    "spiked",  "higher by",  "skyrocketed", "skyrocketing", "leaped",     "leapt",
    "leaping", "escalation", "climbed by",  "swelled"};
inline constexpr word down_words[] = {
    "fell",      "fall",       "falls",      "falling",     "fallen",      "dropped",   "drop",
    "drops",     "dropping",   "declined",   "decline",     "declines",    "declining", "decreased",
    "decrease",  "decreases",  "decreasing", "slumped",     "slump",       "slumps",    "slumping",
    "plunged",   "plunge",     "plunges",    "plunging",    "sank",        "sink",      "sinks",
    "sinking",   "sunk",       "shrank",     "shrink",      "shrinks",     "shrinking", "shrunk",
    "slipped",   "slip",       "slips",      "slipping",    "dipped",      "dip",       "dips",
    "dipping",   "contracted", "contract",   "contracting", "contraction", "down",      "tumbled",
    "tumble",    "slid",       "slide",      "reduced by",  "lower by",    "gave up",   "giving up",
    "plummeted", "plummeting", "tumbling",   "went down",   "lost"};
// Direction words right after the figure: "a 22.7% dip", "13 percent lower", "32 percent less".
inline constexpr word post_up_words[] = {
    "increase", "increases", "rise", "rises",  "jump", "jumps", "gain",  "gains",
    "growth",   "surge",     "hike", "higher", "more", "up",    "climb", "rebound"};
inline constexpr word post_down_words[] = {
    "decline", "declines",    "drop",      "drops", "fall", "falls", "dip",
    "slump",   "decrease",    "decreases", "lower", "less", "fewer", "down",
    "plunge",  "contraction", "reduction", "cut",   "slide"};
// When the change was measured: says nothing about the number's size or sign.
inline constexpr word period_words[] = {"year on year",
                                        "year over year",
                                        "month on month",
                                        "month over month",
                                        "quarter on quarter",
                                        "on year",
                                        "yoy",
                                        "y/y",
                                        "m/m",
                                        "mom",
                                        "annually",
                                        "annual",
                                        "yearly",
                                        "monthly",
                                        "from a year earlier",
                                        "from a year ago",
                                        "respectively",
                                        "year to date"};
inline constexpr word filler_words[] = {
    "the", "a", "an", "by", "of", "at", "reached", "reaching", "reach", "reaches", "totaled",
    "totalled", "totaling", "totalling", "totals", "total", "hit", "hits", "hitting", "stood",
    "standing", "estimated", "was", "were", "is", "are", "both", "just", "only", "another",
    "further", "record", "modest", "slight", "slightly", "sharp", "sharply", "rapid", "rapidly",
    "steady", "steadily", "significant", "significantly", "strong", "strongly", "robust", "massive",
    "huge", "whopping", "marginal", "marginally", "substantial", "substantially", "dramatic",
    "dramatically", "combined", "cumulative", "cumulatively", "rate", "amounted to", "came in at",
    "comparable", "notable", "remarkable", "overall", "new", "its", "their", "have", "has", "had",
    "from", "to", "past", "next", "coming", "last", "consecutive", "straight",
    // Level verbs and the names of what is measured: they say nothing about the number.
    "accounted for", "accounting for", "accounts for", "account for", "contributing", "contributed",
    "captured", "capturing", "held", "holding", "controlled", "controlling", "took", "taking",
    "delivered", "delivering", "sold", "selling", "produced", "producing", "market share", "share",
    "penetration rate", "penetration", "revenue", "revenues", "sales", "retail sales", "exports",
    "imports", "production", "output", "deliveries", "registrations", "volume",
    "annual production capacity", "production capacity", "capacity", "a new high", "new high",
    "a record high", "record high", "starting price", "price", "priced at"};

// Bounds written after the figure: "20,000 units or more", "5% or less".
inline constexpr word or_more_words[] = {"or more",   "or higher", "or above",
                                         "and above", "or over",   "or greater"};
inline constexpr word or_less_words[] = {"or less",  "or fewer",  "or lower",
                                         "or below", "and below", "or under"};
// Currencies other than the yuan and the US dollar, as nouns ("1.2 trillion won") and before the
// number ("HK$5 billion", "A$1.38 billion", "EUR5 billion"): refused, never read as yuan or
// dollars.
inline constexpr word other_currency_words[] = {"hong kong dollars",
                                                "hong kong dollar",
                                                "hk dollars",
                                                "singapore dollars",
                                                "singapore dollar",
                                                "australian dollars",
                                                "australian dollar",
                                                "canadian dollars",
                                                "canadian dollar",
                                                "new taiwan dollars",
                                                "taiwan dollars",
                                                "nt dollars",
                                                "new zealand dollars",
                                                "euros",
                                                "euro",
                                                "eur",
                                                "yen",
                                                "jpy",
                                                "won",
                                                "krw",
                                                "pounds",
                                                "pound",
                                                "sterling",
                                                "gbp",
                                                "rupees",
                                                "rupee",
                                                "inr",
                                                "rubles",
                                                "ruble",
                                                "roubles",
                                                "rouble",
                                                "rub",
                                                "baht",
                                                "thb",
                                                "reais",
                                                "brl",
                                                "pesos",
                                                "peso",
                                                "francs",
                                                "franc",
                                                "chf",
                                                "ringgit",
                                                "myr",
                                                "rupiah",
                                                "idr",
                                                "lira",
                                                "liras",
                                                "dirhams",
                                                "dirham",
                                                "riyals",
                                                "riyal",
                                                "kronor",
                                                "krona",
                                                "kroner",
                                                "krone",
                                                "zloty",
                                                "rand",
                                                "dong",
                                                "hkd",
                                                "sgd",
                                                "aud",
                                                "cad",
                                                "twd",
                                                "nzd",
                                                "mop",
                                                "patacas"};
inline constexpr word other_currency_prefixes[] = {
    "hk$", "a$",  "au$", "c$",  "ca$", "s$",  "sg$", "nt$", "nz$", "r$", "mop$", "eur", "gbp",
    "jpy", "krw", "hkd", "sgd", "aud", "cad", "twd", "inr", "rs.", "rs", "rp",   "chf", "nzd"};
// Counting words the parser does not read: refused, never dropped ("12 crore" is not 12).
inline constexpr word unknown_scale_words[] = {"crore",   "crores", "lakh",  "lakhs", "lac",
                                               "decades", "decade", "score", "gross", "myriad"};

inline constexpr word ordinal_suffixes[] = {"st", "nd", "rd", "th"};

struct number_word {
  word text;
  double value;
};
inline constexpr number_word cardinal_words[] = {
    {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},
    {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},      {"ten", 10},
    {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
    {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},
    {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},    {"seventy", 70},
    {"eighty", 80},  {"ninety", 90},    {"a dozen", 12},  {"dozen", 12},    {"a decade", 10},
    {"decade", 10}};
inline constexpr number_word ordinal_words[] = {
    {"first", 1},        {"second", 2},      {"third", 3},       {"fourth", 4},
    {"fifth", 5},        {"sixth", 6},       {"seventh", 7},     {"eighth", 8},
    {"ninth", 9},        {"tenth", 10},      {"eleventh", 11},   {"twelfth", 12},
    {"thirteenth", 13},  {"fourteenth", 14}, {"fifteenth", 15},  {"sixteenth", 16},
    {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19}, {"twentieth", 20}};
// "a third", "two thirds", "half": the denominator.
inline constexpr number_word fraction_words[] = {{"half", 2},   {"halves", 2},   {"thirds", 3},
                                                 {"third", 3},  {"quarters", 4}, {"quarter", 4},
                                                 {"fifths", 5}, {"fifth", 5}};
// "doubled" is a change by a factor; "twice", "double" a multiple of another figure.
inline constexpr number_word multiplied_words[] = {
    {"doubled", 2},    {"doubling", 2},    {"tripled", 3},  {"tripling", 3},
    {"quadrupled", 4}, {"quadrupling", 4}, {"quadruple", 4}};
inline constexpr number_word multiple_words[] = {{"twice", 2}, {"double", 2}, {"triple", 3}};
// "thousands of": at least two of them, fewer than the next power of ten.
struct vague_count {
  word text;
  double lo, hi;
};
inline constexpr vague_count plural_counts[] = {{"tens of thousands of", 2e4, 99999},
                                                {"tens of thousands", 2e4, 99999},
                                                {"hundreds of thousands of", 2e5, 999999},
                                                {"hundreds of thousands", 2e5, 999999},
                                                {"thousands of", 2000, 9999},
                                                {"hundreds of", 200, 999},
                                                {"millions of", 2e6, 999999999}};
inline constexpr word vague_words[] = {"several",      "dozens",  "double digit", "single digit",
                                       "triple digit", "many",    "a few",        "few",
                                       "numerous",     "multiple"};

constexpr double power_of_ten(int n) {
  double p = 1.0;
  for (int i = 0; i < (n < 0 ? -n : n); ++i) p *= 10.0;  // exact up to 1e22
  return n < 0 ? 1.0 / p : p;
}

// The nearest double to mantissa * 10^exponent, and an interval that surely holds the exact value.
constexpr real_interval exact_value(std::uint64_t mantissa, int exponent) {
  const double m = double(mantissa);
  const bool m_exact = mantissa <= (1ull << 53);
  if (exponent >= 0 && exponent <= 22) {
    const double v = m * power_of_ten(exponent);
    const bool exact = m_exact && v <= 9007199254740992.0;
    return exact ? real_interval::point(v) : real_interval{next_down(v), next_up(v)};
  }
  const double v = m / power_of_ten(-exponent);
  return {next_down(next_down(v)), next_up(next_up(v))};  // two roundings: 10^-k and the quotient
}

constexpr int log10_of_scale(double scale) {
  int n = 0;
  for (double s = scale; s >= 10.0; s /= 10.0) ++n;
  return n;
}

// scale_words with the words in the parser's form and the power of ten worked out once,
// and the abbreviations news copy uses ("2 mln", "5 bn"; glued: "9.5m", "$5bn").
struct scale_entry {
  word text;
  int digits;
};
template <std::size_t... I>
constexpr std::array<scale_entry, sizeof...(I) + 5> scale_entries_of(std::index_sequence<I...>) {
  return {scale_entry{word(scale_words[I].word), log10_of_scale(scale_words[I].factor)}...,
          scale_entry{"mln", 6},
          scale_entry{"mn", 6},
          scale_entry{"bn", 9},
          scale_entry{"bln", 9},
          scale_entry{"tn", 12}};
}
inline constexpr auto scale_entries =
    scale_entries_of(std::make_index_sequence<std::size(scale_words)>{});
inline constexpr scale_entry glued_scales[] = {{"mln", 6}, {"mn", 6},  {"m", 6}, {"bn", 9},
                                               {"b", 9},   {"tn", 12}, {"k", 3}};

struct unit_word {
  word text;
  phrase_unit unit;
};
// Longer words first: "percentage points" before "percent", "times as many" before "times".
inline constexpr unit_word unit_words[] = {
    {"%", phrase_unit::percent},
    {"percentage points", phrase_unit::points},
    {"percentage point", phrase_unit::points},
    {"percent", phrase_unit::percent},
    {"per cent", phrase_unit::percent},
    {"pct points", phrase_unit::points},
    {"pct", phrase_unit::percent},
    {"pp", phrase_unit::points},
    {"ppt", phrase_unit::points},
    {"ppts", phrase_unit::points},
    {"points", phrase_unit::points},
    {"times as many", phrase_unit::times_as_many},
    {"times as much", phrase_unit::times_as_many},
    {"times that of", phrase_unit::times_as_many},
    {"times the", phrase_unit::times_as_many},
    {"times", phrase_unit::times},
    {"yuan", phrase_unit::yuan},
    {"rmb", phrase_unit::yuan},
    {"cny", phrase_unit::yuan},
    {"us dollars", phrase_unit::us_dollars},
    {"u.s. dollars", phrase_unit::us_dollars},
    {"dollars", phrase_unit::us_dollars},
    {"usd", phrase_unit::us_dollars},
};
// A currency written before the number ("US$31.91 billion", "RMB10.95 billion", "$5 billion").
inline constexpr unit_word currency_prefixes[] = {
    {"us$", phrase_unit::us_dollars}, {"u.s.$", phrase_unit::us_dollars},
    {"usd", phrase_unit::us_dollars}, {"us dollar", phrase_unit::us_dollars},
    {"$", phrase_unit::us_dollars},   {"rmb", phrase_unit::yuan},
    {"cny", phrase_unit::yuan},       {"yuan", phrase_unit::yuan}};
// "N times more", "N times higher": x N or x (N + 1)?
inline constexpr word comparative_words[] = {"more",   "higher", "larger",  "greater",
                                             "bigger", "faster", "as high", "as large"};

// What a noun counts, by its head word ("automobile companies" counts companies).
struct family_word {
  word text;
  noun_family family;
};
inline constexpr family_word family_words[] = {{"vehicles", noun_family::vehicles},
                                               {"vehicle", noun_family::vehicles},
                                               {"cars", noun_family::vehicles},
                                               {"car", noun_family::vehicles},
                                               {"nevs", noun_family::vehicles},
                                               {"nev", noun_family::vehicles},
                                               {"evs", noun_family::vehicles},
                                               {"ev", noun_family::vehicles},
                                               {"bevs", noun_family::vehicles},
                                               {"phevs", noun_family::vehicles},
                                               {"autos", noun_family::vehicles},
                                               {"automobiles", noun_family::vehicles},
                                               {"automobile", noun_family::vehicles},
                                               {"trucks", noun_family::vehicles},
                                               {"buses", noun_family::vehicles},
                                               {"suvs", noun_family::vehicles},
                                               {"sedans", noun_family::vehicles},
                                               {"plug ins", noun_family::vehicles},
                                               {"plug in", noun_family::vehicles},
                                               {"hybrids", noun_family::vehicles},
                                               {"phev", noun_family::vehicles},
                                               {"bev", noun_family::vehicles},
                                               {"suv", noun_family::vehicles},
                                               {"sedan", noun_family::vehicles},
                                               {"truck", noun_family::vehicles},
                                               {"pickups", noun_family::vehicles},
                                               {"vans", noun_family::vehicles},
                                               {"companies", noun_family::companies},
                                               {"company", noun_family::companies},
                                               {"firms", noun_family::companies},
                                               {"businesses", noun_family::companies},
                                               {"enterprises", noun_family::companies},
                                               {"automakers", noun_family::companies},
                                               {"carmakers", noun_family::companies},
                                               {"makers", noun_family::companies},
                                               {"manufacturers", noun_family::companies},
                                               {"brands", noun_family::companies},
                                               {"operators", noun_family::companies},
                                               {"suppliers", noun_family::companies},
                                               {"startups", noun_family::companies},
                                               {"automaker", noun_family::companies},
                                               {"carmaker", noun_family::companies},
                                               {"manufacturer", noun_family::companies},
                                               {"firm", noun_family::companies},
                                               {"producers", noun_family::companies},
                                               {"oems", noun_family::companies},
                                               {"competitors", noun_family::companies},
                                               {"rivals", noun_family::companies},
                                               {"players", noun_family::companies},
                                               {"dealers", noun_family::companies},
                                               {"dealerships", noun_family::companies},
                                               {"clusters", noun_family::clusters},
                                               {"cluster", noun_family::clusters},
                                               {"platforms", noun_family::platforms},
                                               {"platform", noun_family::platforms},
                                               {"people", noun_family::people},
                                               {"persons", noun_family::people},
                                               {"employees", noun_family::people},
                                               {"workers", noun_family::people},
                                               {"users", noun_family::people},
                                               {"residents", noun_family::people},
                                               {"consumers", noun_family::people},
                                               {"leaders", noun_family::people},
                                               {"professionals", noun_family::people},
                                               {"attendees", noun_family::people},
                                               {"participants", noun_family::people},
                                               {"experts", noun_family::people},
                                               {"visitors", noun_family::people},
                                               {"delegates", noun_family::people},
                                               {"engineers", noun_family::people},
                                               {"researchers", noun_family::people},
                                               {"staff", noun_family::people},
                                               {"customers", noun_family::people},
                                               {"buyers", noun_family::people},
                                               {"owners", noun_family::people},
                                               {"drivers", noun_family::people},
                                               {"years", noun_family::years},
                                               {"year", noun_family::years},
                                               {"months", noun_family::periods},
                                               {"month", noun_family::periods},
                                               {"weeks", noun_family::periods},
                                               {"week", noun_family::periods},
                                               {"days", noun_family::periods},
                                               {"quarters", noun_family::periods},
                                               {"euros", noun_family::money},
                                               {"euro", noun_family::money},
                                               {"yen", noun_family::money},
                                               {"won", noun_family::money},
                                               {"pounds", noun_family::money},
                                               {"rupees", noun_family::money},
                                               {"yuan", noun_family::money},
                                               {"dollars", noun_family::money},
                                               {"gwh", noun_family::measures},
                                               {"kwh", noun_family::measures},
                                               {"mwh", noun_family::measures},
                                               {"twh", noun_family::measures},
                                               {"gw", noun_family::measures},
                                               {"mw", noun_family::measures},
                                               {"kw", noun_family::measures},
                                               {"km", noun_family::measures},
                                               {"kilometers", noun_family::measures},
                                               {"kilometres", noun_family::measures},
                                               {"miles", noun_family::measures},
                                               {"tons", noun_family::measures},
                                               {"tonnes", noun_family::measures},
                                               {"kg", noun_family::measures},
                                               {"liters", noun_family::measures},
                                               {"litres", noun_family::measures},
                                               {"square meters", noun_family::measures},
                                               {"square metres", noun_family::measures},
                                               {"hectares", noun_family::measures},
                                               {"units", noun_family::units},
                                               {"unit", noun_family::units},
                                               {"sets", noun_family::units},
                                               {"pieces", noun_family::units}};
// Words that end the noun phrase whose head names what is counted ("units of NEVs").
// So do conjunctions and the verbs that follow a counted noun ("1.2 million sold").
inline constexpr word noun_phrase_ends[] = {
    "of",        "in",        "per",     "a",          "for",       "from",     "with",
    "to",        "than",      "on",      "at",         "by",        "that",     "which",
    "were",      "was",       "is",      "are",        "as",        "but",      "while",
    "during",    "since",     "over",    "above",      "below",     "under",    "across",
    "including", "within",    "into",    "near",       "around",    "among",    "after",
    "before",    "will",      "have",    "has",        "had",       "sold",     "delivered",
    "produced",  "exported",  "shipped", "registered", "worldwide", "globally", "overseas",
    "abroad",    "nationwide"};

// "nine point five million": the words after the figure must not hold another number.
constexpr bool names_a_number(std::string_view noun) {
  for (phrase_cursor words(noun); !words.done(); words.skip_word()) {
    if (is_digit(words.peek())) return true;
    if (words.take("point") || words.take("hundred") || words.take_any<cardinal_words>() ||
        words.take_any<scale_entries>())
      return true;
  }
  return false;
}

// The family of a noun phrase's head word: the last family word before the phrase ends, or,
// if there is none ("units of NEVs"), the first one after.
constexpr noun_family family_of_noun(std::string_view noun) {
  noun_family head = noun_family::none;
  bool ended = false;
  for (phrase_cursor words(noun); !words.done();) {
    if (const std::size_t f = words.take_first<family_words>(); f != phrase_cursor::none) {
      if (!ended || head == noun_family::none) head = family_words[f].family;
      if (ended) return head;
    } else if (words.take_any<noun_phrase_ends>()) {
      if (head != noun_family::none) return head;
      ended = true;
    } else {
      words.skip_word();
    }
  }
  return head;
}

// Whether the noun phrase before its first end word has a head the parser does not know:
// "120 countries and regions", "2,000 charging piles", "35 GWh" (the head is its last word:
// "hybrid models" are models). No noun at all ("in 2023", "") is no unknown noun.
// A word ending in "-ed" or "-ing" after a known noun ends its phrase: "companies involved".
constexpr bool ends_like_a_verb(std::string_view rest) {
  std::size_t n = 0;
  while (n < rest.size() && !is_word_end(rest[n])) ++n;
  auto ends = [&](std::string_view tail) {
    if (n <= tail.size() + 1) return false;
    for (std::size_t i = 0; i < tail.size(); ++i)
      if (lower_ascii(rest[n - tail.size() + i]) != tail[i]) return false;
    return true;
  };
  return ends("ed") || ends("ing");
}
constexpr bool head_noun_unknown(std::string_view noun) {
  bool known = true, named = false;  // named: a noun of a family stands before
  for (phrase_cursor words(noun); !words.done();) {
    if (words.take_any<noun_phrase_ends>() || words.take_any<period_words>() ||
        words.take_any<or_more_words>() || words.take_any<or_less_words>())
      break;
    if (is_word_end(words.peek())) {  // punctuation: "500,000 units."
      words.skip_word();
      continue;
    }
    if (words.take_first<family_words>() != phrase_cursor::none) {
      known = named = true;
      continue;
    }
    if (known && named && ends_like_a_verb(words.rest()))
      break;  // "leaders and professionals convened at"
    known = false;
    words.skip_word();
  }
  return !known;
}

// What a noun phrase counts, and whether its head is a word the parser does not know. A noun
// that is one family word ("units", "NEVs"), the common case, is looked up once; the unit tests
// check that every family word reads the same both ways.
struct noun_reading {
  noun_family family = noun_family::none;
  bool head_unknown = false;
};
constexpr noun_reading read_noun(std::string_view noun, bool read_head) {
  if (const std::size_t f = entry_of_token<family_words>(noun); f != std::size(family_words))
    return {family_words[f].family, false};
  return {family_of_noun(noun), read_head && head_noun_unknown(noun)};
}

constexpr bool names_another_currency(std::string_view noun) {
  for (phrase_cursor words(noun); !words.done(); words.skip_word())
    if (words.take_any<other_currency_words>()) return true;
  return false;
}

// A bound written after the figure ("or more", "or less"): where it stands in the text.
struct trailing_bound {
  statement how = statement::rounded;  // rounded: none
  std::size_t at = 0, end = 0;
  bool after_number = false;  // another figure stands before it ("1 and 2 million or more")
};
// Every bound written after a figure begins "or " or "and ": text without either word at a word
// start holds none, and is passed over without a cursor (a step a character, not a word).
constexpr bool starts_or_or_and(const word& w) {
  return (w.size > 3 && w.text[0] == 'o' && w.text[1] == 'r' && w.text[2] == ' ') ||
         (w.size > 4 && w.text[0] == 'a' && w.text[1] == 'n' && w.text[2] == 'd' &&
          w.text[3] == ' ');
}
template <const auto& Words>
constexpr bool all_start_or_or_and() {
  for (const word& w : Words)
    if (!starts_or_or_and(w)) return false;
  return true;
}
static_assert(all_start_or_or_and<or_more_words>() && all_start_or_or_and<or_less_words>(),
              "find_trailing_bound passes over text without \"or\" or \"and\": keep the bounds so");
constexpr bool may_hold_trailing_bound(std::string_view text) {
  const char* t = text.data();
  const std::size_t n = text.size();
  for (std::size_t i = 0, skip = 0; i + 2 < n; ++i) {
    if (spans_fold && folded_span_without(t + i, n - i, "oOaA", skip)) i += skip;  // candidate
    if (i + 2 >= n) break;
    const char c = t[i];
    if ((c != 'o' && c != 'O' && c != 'a' && c != 'A') || (i > 0 && !is_word_end(t[i - 1])))
      continue;
    const char c1 = lower_ascii(t[i + 1]), c2 = lower_ascii(t[i + 2]);
    if ((c1 == 'r' && is_word_end(c2)) || (c1 == 'n' && c2 == 'd')) return true;
  }
  return false;
}
constexpr trailing_bound find_trailing_bound(std::string_view text) {
  trailing_bound b;
  if (!may_hold_trailing_bound(text)) return b;
  bool number = false;
  for (phrase_cursor words(text); !words.done();) {
    const std::size_t at = words.position();
    const bool more = words.take_any<or_more_words>();
    if (more || words.take_any<or_less_words>()) {
      b = {more ? statement::at_least : statement::at_most, at, words.position(), number};
      return b;
    }
    if (is_digit(words.peek())) number = true;
    words.skip_word();
  }
  return b;
}

}  // namespace detail

// What the figure's noun (or, in a sentence, the noun that follows it) counts.
constexpr noun_family family_of(const parsed_phrase& p) {
  return detail::family_of_noun(p.noun.empty() ? p.context_noun : p.noun);
}

namespace detail {

constexpr bool names_a_currency(std::string_view noun) {
  for (phrase_cursor words(noun); !words.done(); words.skip_word()) {
    if (const std::size_t u = words.take_first<unit_words>(); u != phrase_cursor::none) {
      const phrase_unit named = unit_words[u].unit;
      if (named == phrase_unit::yuan || named == phrase_unit::us_dollars) return true;
    }
    if (const std::size_t f = words.take_first<family_words>(); f != phrase_cursor::none)
      if (family_words[f].family == noun_family::money) return true;
  }
  return false;
}

// In place (false: refused), for readers that fill in a phrase; fail() returns the refused copy.
constexpr bool refuse(parsed_phrase& p, refusal why) {
  p.reason = why;
  p.error = reason_of(why);
  return false;
}
constexpr parsed_phrase fail(parsed_phrase p, refusal why) {
  refuse(p, why);
  return p;
}

// Characters a figure's words may hold, and signs: '-' or '+' right before a digit, not inside
// a word ("year-on-year", "20-30%"), is a sign; "--5" and "- 5" are refused.
constexpr bool allowed_character(char c) {
  switch (c) {
    case ' ':
    case ',':
    case '.':
    case '%':
    case '$':
    case '-':
    case '+':
    case '\'':
    case '/':
    case '(':
    case ')':
    case '&':
    case ':':
      return true;
    default:
      return !is_word_end(c);
  }
}
// A '-' or '+' right before the number, not inside a word ("year-5"), is its sign; "--5" and
// "- 5" are refused (a doubled sign, or a dash that may be punctuation).
constexpr refusal sign_before(std::string_view words, std::size_t at, int& sign) {
  auto is_sign = [](char c) { return c == '-' || c == '+'; };
  const char* s = words.data();
  if (at >= 1 && is_sign(s[at - 1])) {
    const char before = at >= 2 ? s[at - 2] : ' ';
    if (is_sign(before)) return refusal::detached_or_doubled_sign;
    if (is_word_end(before)) sign = s[at - 1] == '-' ? -1 : +1;
  } else if (at >= 2 && s[at - 1] == ' ' && is_sign(s[at - 2]) &&
             (at == 2 || s[at - 3] == ' ' || is_sign(s[at - 3]))) {
    return refusal::detached_or_doubled_sign;
  }
  return refusal::none;
}

constexpr bool has_unexpected_character(std::string_view text) {
  for (const char c : text)
    if (!allowed_character(c)) return true;
  return false;
}

// What the words before the number say: a bound, a direction, a currency.
struct lead {
  int word_sign = 0;
  bool level_verb = false;  // "rose to", "up from": the figure is a level, not the change
  bool between = false;
  bool article = false;  // the last word was "a", "an" or "one": "a third" is a fraction
  bool bounded = false;
};

constexpr refusal read_qualifiers(phrase_cursor& at, parsed_phrase& p, lead& l) {
  auto bound = [&](statement s) {
    if (l.bounded) return false;
    l.bounded = true;
    p.how = s;
    return true;
  };
  auto direct = [&](int s) {
    if (l.word_sign != 0) return false;
    l.word_sign = s;
    if (at.take("to") || at.take("from"))
      l.level_verb = true;  // "rose to 5.4 million", "up from 9%"
    return true;
  };
  while (!at.done() && !is_digit(at.peek())) {
    const bool was_article = l.article;
    l.article = false;
    bool ok = true;
    if (at.take_any_glued<other_currency_prefixes>())
      return refusal::another_currency;  // before "a": "A$1.38"
    if (at.take_any<period_words>()) continue;
    if (at.take("exactly"))
      ok = bound(statement::exact);
    else if (at.take_any<at_least_words>())
      ok = bound(statement::at_least);
    else if (at.take_any<at_most_words>())
      ok = bound(statement::at_most);
    else if (at.take_any<just_over_words>())
      ok = bound(statement::just_over);
    else if (at.take_any<nearly_words>())
      ok = bound(statement::nearly);
    else if (at.take_any<more_than_words>())
      ok = bound(statement::more_than);
    else if (at.take_any<less_than_words>())
      ok = bound(statement::less_than);
    else if (at.take_any<about_words>())
      ok = bound(statement::about);
    else if (at.take("between"))
      ok = bound(statement::between);
    else if (at.take_any<down_words>()) {
      if (!direct(-1)) return refusal::two_directions;
    } else if (at.take_any<up_words>()) {
      if (!direct(+1)) return refusal::two_directions;
    } else if (at.take("a") || at.take("an")) {
      l.article = true;
    } else if (!at.take_any<filler_words>()) {
      l.article = was_article;
      break;
    }
    if (!ok) return refusal::two_bounds;
  }
  l.between = p.how == statement::between;
  if (at.done() || is_digit(at.peek())) return refusal::none;
  if (const std::size_t c = at.take_first<currency_prefixes>(); c != phrase_cursor::none) {
    p.unit = currency_prefixes[c].unit;
  } else {
    phrase_cursor glued = at;  // "RMB10.95 billion", "USD26 billion"
    for (const unit_word& u : currency_prefixes) {
      if (glued.take(u.text, true)) {
        p.unit = u.unit;
        at = glued;
        break;
      }
    }
  }
  return refusal::none;
}

// A number as words say it.
struct figure {
  std::uint64_t mantissa = 0;
  int exponent = 0;     // value = mantissa * 10^exponent
  int place = 0;        // the last significant digit is 10^place
  bool exact = false;   // an ordinal, a bare scale word naming a level
  bool whole = false;   // no decimals, no scale word
  int denominator = 0;  // a fraction: mantissa / denominator
  bool found = false;
};

constexpr refusal read_digits(phrase_cursor& at, figure& f) {
  const decimal d = at.read_decimal();
  if (d.too_long) return refusal::number_too_long;
  if (d.bad_comma) return refusal::decimal_comma_is_ambiguous;
  at.advance(d.length);
  f = {d.mantissa, -d.decimals,     d.decimals > 0 ? -d.decimals : d.trailing_zeros,
       false,      d.decimals == 0, 0,
       true};
  if (at.take_any<ordinal_suffixes>()) {  // "10th place"
    if (d.decimals > 0) return refusal::ordinal_with_decimals;
    f = {d.mantissa, 0, 0, true, true, 0, true};
    return refusal::none;
  }
  if (d.glued) {
    if (const std::size_t g = at.take_first<glued_scales>(); g != phrase_cursor::none) {
      f.exponent += glued_scales[g].digits;
      f.place += glued_scales[g].digits;
      f.whole = false;
      return refusal::none;
    }
    return refusal::letters_glued_to_number;  // "1.5e6", "9.5x"
  }
  return refusal::none;
}

constexpr refusal read_number_words(phrase_cursor& at, figure& f, const lead& l) {
  if (l.article) {  // "a third", "a quarter", "a half", "a hundred"
    if (const std::size_t d = at.take_first<fraction_words>(); d != phrase_cursor::none) {
      f = {1, 0, 0, true, false, int(fraction_words[d].value), true};
      return refusal::none;
    }
    if (at.take("hundred")) {
      f = {100, 0, 0, false, true, 0, true};
      return refusal::none;
    }
  }
  if (at.take("half")) {  // "half", "more than half"
    f = {1, 0, 0, true, false, 2, true};
    return refusal::none;
  }
  if (const std::size_t w = at.take_first<ordinal_words>(); w != phrase_cursor::none) {
    f = {std::uint64_t(ordinal_words[w].value), 0, 0, true, true, 0, true};
    return refusal::none;
  }
  const std::size_t c = at.take_first<cardinal_words>();
  if (c == phrase_cursor::none) return refusal::none;
  std::uint64_t n = std::uint64_t(cardinal_words[c].value);
  if (n >= 20 && n % 10 == 0) {  // "twenty-five", "forty two"
    if (const std::size_t u = at.take_first<cardinal_words>(); u != phrase_cursor::none) {
      if (cardinal_words[u].value >= 10) return refusal::number_after_figure;
      n += std::uint64_t(cardinal_words[u].value);
    }
  }
  f = {n, 0, 0, false, true, 0, true};
  if (at.take("hundred")) f.mantissa *= 100;
  if (n < 10) {
    if (const std::size_t d = at.take_first<fraction_words>();
        d != phrase_cursor::none)  // "two thirds"
      f = {n, 0, 0, true, false, int(fraction_words[d].value), true};
  }
  return refusal::none;
}

constexpr int read_scale(phrase_cursor& at) {
  const std::size_t named = at.take_first<scale_entries>();
  return named != phrase_cursor::none ? scale_entries[named].digits : 0;
}

// The interval a figure allows, as the words state it.
constexpr real_interval widen_as_stated(real_interval point, statement how, double place) {
  const double half = place / 2.0;
  switch (how) {
    case statement::exact:
      return point;
    case statement::rounded:
    case statement::between:
      return point + real_interval{-half, half};
    case statement::about:
      return point + real_interval{-place, place};
    case statement::nearly:
      return point + real_interval{-place, 0.0};
    case statement::just_over:
      return point + real_interval{0.0, place};
    case statement::more_than:
    case statement::at_least:
      return real_interval::at_least(point.lo);
    case statement::less_than:
    case statement::at_most:
      return real_interval::at_most(point.hi);
  }
  return point;
}

constexpr real_interval value_of(const figure& f) {
  if (f.denominator != 0) {
    const double v = double(f.mantissa) / double(f.denominator);
    if (v * double(f.denominator) == double(f.mantissa) && f.denominator != 3 && f.denominator != 5)
      return real_interval::point(v);  // halves and quarters are exact doubles
    return {next_down(v), next_up(v)};
  }
  return exact_value(f.mantissa, f.exponent);
}

// After the unit: when the change was measured, and a direction stated after the figure.
// A direction there when one was stated before ("up 5% less", "down 5% more") or a second unit
// ("up 5 percent points") contradicts the figure: refused.
constexpr refusal read_after_unit(phrase_cursor& at, parsed_phrase& p, int& post_sign) {
  if (p.unit != phrase_unit::none && at.take_first<unit_words>() != phrase_cursor::none)
    return refusal::two_units;
  for (bool more = true; more && !at.done();) {
    more = false;
    if (at.take_any<period_words>()) {
      more = true;
      continue;
    }
    phrase_cursor bound = at;  // "or more" is a bound, not a direction ("up 10% or more")
    if (bound.take_any<or_more_words>() || bound.take_any<or_less_words>()) break;
    int named = 0;
    if (at.take_any<post_down_words>())
      named = -1;
    else if (at.take_any<post_up_words>())
      named = +1;
    if (named == 0) break;
    if (post_sign != 0 || p.sign != 0) return refusal::contradictory_words;
    post_sign = named;
    more = true;
  }
  return refusal::none;
}

// The unit of a figure's last significant digit: a percentage is rounded to the unit at least.
constexpr int place_of(const figure& f, bool percentage) {
  return (percentage && f.place > 0) ? 0 : f.place;
}
// The value of a figure that is not a fraction, as the words state it.
constexpr void state_value(parsed_phrase& p, const figure& f, bool percentage) {
  const real_interval first = value_of(f);
  p.stated = first.mid();
  p.last_place = power_of_ten(place_of(f, percentage));
  if (f.exact && p.how == statement::rounded) p.how = statement::exact;
  p.value = widen_as_stated(first, p.how, p.last_place);
}
// A whole number below 1,000 with no scale word, nothing around it: a count, exact. Then the sign.
constexpr void sign_figure(parsed_phrase& p, const figure& f, bool single) {
  p.whole_count = f.whole && single && p.unit == phrase_unit::none && p.how == statement::rounded &&
                  f.exponent == 0 && f.mantissa < 1000;
  if (p.sign < 0) {
    p.value = -p.value;
    p.stated = -p.stated;
  }
}

// The shapes most figures take, read in one pass: "7.062 million units", "up 5.1 percent",
// "31.0%", "about 0.49 million units", "down 3 percent", "40 vehicles". Constant evaluation
// pays for every step, and the general reader spends over a thousand (Clang) looking for words
// these phrases do not hold. Anything else, or any other spelling (capitals, two spaces), is
// left to the general reader; where this one answers, its answer is the general reader's
// (tests/corpus compares the two on every phrase and sentence, the fuzz target on every input).
struct plain_word {
  word text;
  int value;  // a lead: the sign (about: 0); a scale: its power of ten
};
inline constexpr plain_word plain_leads[] = {{"up", +1}, {"down", -1}, {"about", 0}};
inline constexpr plain_word plain_scales[] = {{"thousand", log10_of_scale(thousand)},
                                              {"million", log10_of_scale(million)},
                                              {"billion", log10_of_scale(billion)},
                                              {"trillion", log10_of_scale(trillion)}};
inline constexpr word plain_nouns[] = {"units", "vehicles", "cars"};

// The entry stands at s[at...]: as the whole rest (`whole`), or followed by a space.
constexpr bool plain_at(const char* s, std::size_t size, std::size_t at, word w, bool whole) {
  if (size - at < w.size || s[at] != w.text[0] || !same_chars(s + at, w.text, w.size)) return false;
  return whole ? at + w.size == size : (at + w.size == size || s[at + w.size] == ' ');
}

constexpr bool read_plain(std::string_view words, parsed_phrase& p) {
  const char* s = words.data();
  const std::size_t size = words.size();
  std::size_t at = 0;
  if (size == 0) return false;
  if (!is_digit(s[0])) {
    std::size_t k = 0;
    while (k < std::size(plain_leads) && !plain_at(s, size, 0, plain_leads[k].text, false)) ++k;
    if (k == std::size(plain_leads)) return false;
    at = plain_leads[k].text.size + 1;
    p.sign = plain_leads[k].value;
    if (p.sign == 0) p.how = statement::about;
    if (at >= size || !is_digit(s[at])) return false;
  }
  const decimal d = read_decimal(s + at, size - at);
  if (d.too_long || d.bad_comma || d.glued) return false;
  at += d.length;
  figure f = {d.mantissa, -d.decimals,     d.decimals > 0 ? -d.decimals : d.trailing_zeros,
              false,      d.decimals == 0, 0,
              true};
  if (at < size && s[at] == '%') {
    if (++at != size) return false;
    p.unit = phrase_unit::percent;
  } else if (at < size) {
    if (s[at] != ' ') return false;
    ++at;
    for (const plain_word& scale : plain_scales) {
      if (!plain_at(s, size, at, scale.text, false)) continue;
      f.exponent += scale.value, f.place += scale.value;
      f.whole = false;
      at += scale.text.size;
      if (at < size) ++at;  // the space
      break;
    }
    if (plain_at(s, size, at, "percent", true)) {
      p.unit = phrase_unit::percent;
      at = size;
    } else if (at < size) {
      std::size_t n = 0;
      while (n < std::size(plain_nouns) && !plain_at(s, size, at, plain_nouns[n], true)) ++n;
      if (n == std::size(plain_nouns)) return false;
    }
  }
  p.after_number = p.noun = words.substr(at);
  state_value(p, f, p.unit == phrase_unit::percent);
  sign_figure(p, f, true);
  return true;
}

// The general reader: every word the README's table gives a meaning.
constexpr parsed_phrase parse_in_full(std::string_view words) {
  parsed_phrase p;
  int char_sign = 0;
  phrase_cursor at(words);
  lead l;
  if (const refusal r = read_qualifiers(at, p, l); r != refusal::none) return fail(p, r);
  if (is_digit(at.peek()))
    if (const refusal r = sign_before(words, at.position(), char_sign); r != refusal::none)
      return fail(p, r);
  if (l.word_sign != 0 && char_sign != 0) return fail(p, refusal::sign_and_direction_word);
  p.sign = l.level_verb ? 0 : (l.word_sign != 0 ? l.word_sign : char_sign);
  p.level_stated = l.level_verb;
  p.signed_number = l.word_sign == 0 && char_sign != 0;
  const phrase_unit currency = p.unit;

  // Vague plurals: "thousands of" is 2,000 to 9,999.
  for (const vague_count& v : plural_counts) {
    if (is_digit(at.peek())) break;
    if (at.take(v.text)) {
      if (p.how != statement::rounded) return fail(p, refusal::qualified_range);
      p.value = {v.lo, v.hi};
      p.stated = v.lo;
      p.last_place = power_of_ten(log10_of_scale(v.lo));
      p.how = statement::about;
      p.noun = at.rest();
      if (names_a_number(p.noun)) return fail(p, refusal::number_after_figure);
      if (p.sign < 0) p.value = -p.value, p.stated = -p.stated;
      return p;
    }
  }
  if (at.take_any<vague_words>()) return fail(p, refusal::vague_quantity);

  figure f;
  const std::size_t first_digit = at.position();
  if (is_digit(at.peek())) {
    if (const refusal r = read_digits(at, f); r != refusal::none) return fail(p, r);
  } else if (const std::size_t m = at.take_first<multiplied_words>(); m != phrase_cursor::none) {
    f = {std::uint64_t(multiplied_words[m].value), 0, 0, false, false, 0, true};
    p.unit = phrase_unit::multiplied;
  } else if (const std::size_t t = at.take_first<multiple_words>(); t != phrase_cursor::none) {
    f = {std::uint64_t(multiple_words[t].value), 0, 0, false, false, 0, true};
    p.unit = phrase_unit::times_as_many;
  } else if (const refusal r = read_number_words(at, f, l); r != refusal::none) {
    return fail(p, r);
  }
  // A fraction may scale: "a quarter of a million".
  if (f.denominator != 0) {
    phrase_cursor of = at;
    of.take("of");
    of.take("a");
    if (const int s = read_scale(of); s != 0) {  // "half a million", "a quarter of a million"
      at = of;
      f.exponent = s;
    }
  }
  int scale_digits = f.denominator == 0 ? read_scale(at) : 0;
  if (scale_digits == 0 && f.denominator == 0 && at.take("millionth")) {
    scale_digits = 6;
    f.exact = true;  // an ordinal counts exactly
  }
  if (!f.found && scale_digits != 0)
    f = {1, 0, 0, at.take("level") || at.take("mark"), false, 0, true};  // "the trillion-level"
  if (!f.found) {
    for (phrase_cursor rest(words); !rest.done(); rest.skip_word())
      if (contains(rest.rest().substr(0, 12), "fold"))
        return fail(p, refusal::fold_is_ambiguous);  // "sixfold"
    return fail(p, refusal::no_number);
  }
  at.take("level");
  // "1.2 million-plus", "5,000-plus units", "34M+", "1,000+ units", "50%+": at least the figure.
  const std::size_t figure_start = first_digit;
  bool plus = at.take("plus");
  if (f.denominator == 0) f.exponent += scale_digits, f.place += scale_digits;
  if (scale_digits != 0) f.whole = false;
  if (f.denominator != 0 && f.exponent != 0) {  // "a quarter of a million": scale the fraction
    const double v = double(f.mantissa) * power_of_ten(f.exponent) / double(f.denominator);
    const bool exact = f.denominator != 3 &&
                       v * double(f.denominator) == double(f.mantissa) * power_of_ten(f.exponent);
    f = {0, 0, 0, true, false, 0, true};
    p.value = exact ? real_interval::point(v) : real_interval{next_down(v), next_up(v)};
  }

  // A range: "20-30%", "15 to 16 per cent", "between 2 and 3 million".
  figure second;
  bool range = false;
  {
    phrase_cursor to = at;
    if ((l.between && to.take("and")) || (!l.between && to.take("to") && !l.level_verb)) {
      if (is_digit(to.peek())) {
        at = to;
        range = true;
      }
    } else if (!l.between && f.denominator == 0 && at.position() > 0 &&
               words[at.position() - 1] == '-' && is_digit(at.peek())) {
      range = true;  // "20-30%": the cursor has stepped over the hyphen
    }
    if (range) {
      if (const refusal r = read_digits(at, second); r != refusal::none) return fail(p, r);
      if (second.exact) return fail(p, refusal::number_after_figure);
      const int second_scale = read_scale(at);
      if (second_scale != 0 && scale_digits == 0) {
        f.exponent += second_scale, f.place += second_scale;
        scale_digits = second_scale;
      }
      if (second_scale != 0 && second_scale != scale_digits)
        return fail(p, refusal::number_after_figure);
      second.exponent += scale_digits, second.place += scale_digits;
      f.whole = false;
      if (p.how != statement::rounded && p.how != statement::between)
        return fail(p, refusal::qualified_range);
      p.how = statement::between;
    } else if (l.between) {
      return fail(p, refusal::no_number);
    }
  }

  // The unit.
  if (const std::size_t i = at.take_first<unit_words>(); i != phrase_cursor::none) {
    const phrase_unit named = unit_words[i].unit;
    const bool money = named == phrase_unit::yuan || named == phrase_unit::us_dollars;
    if (p.unit != phrase_unit::none && !(money && named == currency))
      return fail(p, refusal::two_units);
    if (named == phrase_unit::times && at.take_any<comparative_words>())
      return fail(p, refusal::fold_is_ambiguous);
    if (named == phrase_unit::times && p.sign == 0)
      return fail(p, refusal::bare_times_is_ambiguous);
    p.unit = named;
  } else if (at.take("fold")) {
    return fail(p, refusal::fold_is_ambiguous);
  }

  for (std::size_t i = figure_start; i < at.position(); ++i)  // a '+' the cursor stepped over
    if (words[i] == '+' && !(i + 1 < words.size() && is_digit(words[i + 1]))) plus = true;
  if (plus) {
    if (range || p.how != statement::rounded) return fail(p, refusal::two_bounds);
    p.how = statement::at_least;
  }
  p.after_number = at.rest();

  int post_sign = 0;
  if (const refusal r = read_after_unit(at, p, post_sign); r != refusal::none) return fail(p, r);
  if (post_sign != 0) {
    if (char_sign != 0) return fail(p, refusal::sign_and_direction_word);
    if (l.level_verb) return fail(p, refusal::two_directions);
    p.sign = post_sign;
    // "13 percent lower than", "32 percent less than": a change, not a bound.
  }

  p.noun = at.rest();
  if (has_unexpected_character(p.noun) || contains(p.noun, "+"))
    return fail(p, refusal::unexpected_character);
  if (names_a_number(p.noun)) return fail(p, refusal::number_after_figure);
  if (phrase_cursor first(p.noun); first.take_any<unknown_scale_words>())
    return fail(p, refusal::unknown_scale);
  if (names_another_currency(p.noun)) return fail(p, refusal::another_currency);
  if (const trailing_bound b = find_trailing_bound(p.noun); b.how != statement::rounded) {
    if (range || p.how != statement::rounded) return fail(p, refusal::two_bounds);
    p.how = b.how;  // the noun is what stands around the bound: "units or more", "or more units"
    p.noun = b.at == 0 ? p.noun.substr(b.end) : p.noun.substr(0, b.at);
  }
  const bool money_unit = p.unit == phrase_unit::yuan || p.unit == phrase_unit::us_dollars;
  if (!money_unit && p.unit != phrase_unit::none && names_a_currency(p.noun))
    return fail(p, refusal::two_units);
  if (money_unit && names_a_currency(p.noun)) {
    phrase_cursor noun(p.noun);
    const std::size_t u = noun.take_first<unit_words>();
    if (u == phrase_cursor::none || unit_words[u].unit != p.unit)
      return fail(p, refusal::two_units);
  }
  for (phrase_cursor tail(contains(p.noun, " so") ? p.noun : std::string_view{}); !tail.done();
       tail.skip_word()) {
    // "820,000 units or so"
    if (tail.take("or so")) {
      if (p.how != statement::rounded) return fail(p, refusal::two_bounds);
      p.how = statement::about;
      break;
    }
  }
  if (p.unit == phrase_unit::none && f.denominator != 0 && f.exponent == 0 && f.mantissa != 0) {
    // "more than half", "a third of the sales": a share of a whole.
    p.unit = phrase_unit::percent;
  }

  // The value.
  const bool percentage = p.unit == phrase_unit::percent || p.unit == phrase_unit::points;
  const bool fraction = f.denominator != 0 || (f.mantissa == 0 && f.exact && p.value.hi > 0);
  if (fraction) {
    if (f.denominator != 0) {
      const real_interval v = value_of(f);
      p.value = !percentage ? v : v.is_point() ? real_interval::point(v.lo * 100.0) : v * 100.0;
    }
    p.stated = p.value.mid();
    p.last_place = 0.0;
    const bool bound = p.how == statement::more_than || p.how == statement::at_least ||
                       p.how == statement::less_than || p.how == statement::at_most;
    if (!bound) return fail(p, refusal::fraction_without_bound);
    p.value = widen_as_stated(p.value, p.how, 0.0);
  } else {
    state_value(p, f, percentage);
    if (range) {
      const real_interval last = widen_as_stated(value_of(second), statement::rounded,
                                                 power_of_ten(place_of(second, percentage)));
      if (value_of(second).hi < value_of(f).lo) return fail(p, refusal::range_out_of_order);
      p.value = {p.value.lo, last.hi};
      p.stated = p.value.mid();
    }
  }
  sign_figure(p, f, !range && !fraction);
  return p;
}

}  // namespace detail

// The words alone. The common shapes take the short road (read_plain); the result is the same.
constexpr parsed_phrase parse_phrase(std::string_view words) {
  parsed_phrase p;
  if (!detail::read_plain(words, p)) p = detail::parse_in_full(words);
  return p;
}

namespace detail {

// Where the words stand in their sentence: as whole words, so "2.5 million" is not found in
// "12.5 million", "5%" not in "-5%" or "1.5%", "9.29 trillion" not in "RMB9.29 trillion".
constexpr bool starts_words(const char* s, std::size_t at, bool digit_first) {
  if (at == 0) return true;
  const char before = s[at - 1];
  if (!is_word_end(before)) return false;
  if (!digit_first) return true;
  if (before == '$' || before == '-' || before == '+') return false;
  return !((before == '.' || before == ',') && at >= 2 && is_digit(s[at - 2]));
}
constexpr bool ends_words(const char* s, std::size_t end, std::size_t size, bool digit_last) {
  if (end >= size) return true;
  const char after = s[end];
  if (!is_word_end(after)) return false;
  if (!digit_last) return true;
  if (after == '%') return false;
  return !((after == '.' || after == ',') && end + 1 < size && is_digit(s[end + 1]));
}

struct found_words {
  std::size_t at = std::string_view::npos;     // the occurrence asked for
  std::size_t count = 0;                       // how many occurrences there are
  std::size_t other = std::string_view::npos;  // another occurrence, if any
};

// The occurrence-th (1-based; 0: the first) place the words stand as whole words.
constexpr found_words find_words_in(std::string_view sentence, std::string_view words,
                                    int occurrence) {
  found_words found;
  const char* s = sentence.data();
  const char* w = words.data();
  const std::size_t n = words.size(), size = sentence.size();
  if (n == 0 || n > size) return found;
  const bool digit_first = is_digit(w[0]), digit_last = is_digit(w[n - 1]);
  const std::size_t wanted = occurrence <= 0 ? 1 : std::size_t(occurrence);
  for (std::size_t i = 0, last = size - n; i <= last; ++i) {
    i = std::size_t(next_char(s + i, size - i, w[0]) - s);
    if (i > last) break;
    if (!same_chars(s + i + 1, w + 1, n - 1) || !starts_words(s, i, digit_first) ||
        !ends_words(s, i + n, size, digit_last))
      continue;
    ++found.count;
    if (found.count == wanted)
      found.at = i;
    else if (found.other == std::string_view::npos)
      found.other = i;
    if (found.count > wanted && found.count >= 2) break;
  }
  return found;
}

// The words of a clause, read one at a time, backward or forward from a figure: a token is
// letters, digits, '%', '$' and '/', and a '.' or ',' between two digits ("1.5"). Raw pointers
// and a table, no call a character: GCC looks up (and memoises) every call, Clang builds a frame.
struct character_set {
  bool has[256];
};
inline constexpr character_set token_characters = [] {
  character_set set{};
  for (unsigned c = 0; c < 256; ++c) {
    const char x = static_cast<char>(c);
    set.has[c] = !is_word_end(x) || x == '%' || x == '$' || x == '/';
  }
  return set;
}();
constexpr bool digit_separator(const char* s, std::size_t size, std::size_t i) {
  return (s[i] == '.' || s[i] == ',') && i > 0 && i + 1 < size && is_digit(s[i - 1]) &&
         is_digit(s[i + 1]);
}

constexpr std::string_view token_before(std::string_view s, std::size_t& i) {
  const char* c = s.data();
  const std::size_t size = s.size();
  while (i > 0 && (c[i - 1] == ' ' || c[i - 1] == '-' || c[i - 1] == '\t' || c[i - 1] == '\n')) --i;
  const std::size_t end = i;
  while (i > 0 && (token_characters.has[static_cast<unsigned char>(c[i - 1])] ||
                   digit_separator(c, size, i - 1)))
    --i;
  return std::string_view(c + i, end - i);
}
constexpr std::string_view token_after(std::string_view s, std::size_t& i) {
  const char* c = s.data();
  const std::size_t size = s.size();
  while (i < size && (c[i] == ' ' || c[i] == '-' || c[i] == '\t' || c[i] == '\n')) ++i;
  const std::size_t start = i;
  while (i < size &&
         (token_characters.has[static_cast<unsigned char>(c[i])] || digit_separator(c, size, i)))
    ++i;
  return std::string_view(c + start, i - start);
}

constexpr std::size_t clause_end(std::string_view s, std::size_t from) {
  const char* c = s.data();
  const std::size_t size = s.size();
  std::size_t stop = from;
  for (std::size_t n = 0; stop < size && folded_span_without(c + stop, size - stop, ",;().", n);) {
    stop += n;  // a '.' ends the clause only before a space or at the end ("1.5", "U.S.")
    if (stop >= size || c[stop] != '.' || stop + 1 >= size || c[stop + 1] == ' ') return stop;
    ++stop;
  }
  for (; stop < size; ++stop) {
    const char x = c[stop];
    if (x == ',' || x == ';' || x == '(' || x == ')' ||
        (x == '.' && (stop + 1 >= size || c[stop + 1] == ' ')))
      break;
  }
  return stop;
}
// Words that may stand between a direction word and the figures it governs: "increase of
// 35.8% and 37.9%", "fell 3.2 percent year on year and 10.7 percent".
inline constexpr word compound_words[] = {
    "and", "or",     "by",       "of",         "respectively", "both",    "percent",
    "per", "cent",   "%",        "percentage", "points",       "point",   "pp",
    "pct", "year",   "on",       "over",       "month",        "quarter", "yoy",
    "y/y", "annual", "annually", "units",      "vehicles",     "yuan",    "respective"};
constexpr bool is_compound_token(std::string_view t) {
  if (t.empty()) return false;
  if (is_digit(t[0])) return true;
  phrase_cursor c(t);
  return (c.take_any<compound_words>() || c.take_any<scale_entries>()) && c.done();
}

// A bound a compound shares: "more than 70% and 40%".
struct bound_word {
  word text;
  statement how;
};
inline constexpr bound_word bound_tokens[] = {
    {"over", statement::more_than},      {"above", statement::more_than},
    {"exceeded", statement::more_than},  {"exceeding", statement::more_than},
    {"under", statement::less_than},     {"below", statement::less_than},
    {"about", statement::about},         {"around", statement::about},
    {"approximately", statement::about}, {"roughly", statement::about},
    {"nearly", statement::nearly},       {"almost", statement::nearly}};

// One table for the words of a clause, so each word is looked up once: a direction, a compound
// word (figures, units, "and"), a bound, or "than" (of "more than").
enum class clause_role : unsigned char { none, rise, fall, compound, bound, than };
struct clause_word {
  word text = "";
  clause_role role = clause_role::compound;
  statement how = statement::rounded;
};
template <std::size_t N>
struct clause_table {
  clause_word words[N];
  constexpr const clause_word& operator[](std::size_t i) const { return words[i]; }
  constexpr std::size_t size() const { return N; }
  constexpr const clause_word* begin() const { return words; }
  constexpr const clause_word* end() const { return words + N; }
};
inline constexpr word than_word[] = {"than"};
template <const auto& Rise, const auto& Fall>
constexpr auto clause_table_of() {
  constexpr std::size_t n = std::size(Rise) + std::size(Fall) + std::size(compound_words) +
                            std::size(scale_entries) + std::size(bound_tokens) + 1;
  clause_table<n> t{};
  std::size_t i = 0;
  for (const word& w : Rise) t.words[i++] = {w, clause_role::rise, statement::rounded};
  for (const word& w : Fall) t.words[i++] = {w, clause_role::fall, statement::rounded};
  for (const word& w : compound_words)
    t.words[i++] = {w, clause_role::compound, statement::rounded};
  for (const scale_entry& e : scale_entries)
    t.words[i++] = {e.text, clause_role::compound, statement::rounded};
  for (const bound_word& b : bound_tokens) t.words[i++] = {b.text, clause_role::bound, b.how};
  t.words[i] = {than_word[0], clause_role::than, statement::rounded};
  return t;
}
inline constexpr auto words_before_figure = clause_table_of<up_words, down_words>();
inline constexpr auto words_after_figure = clause_table_of<post_up_words, post_down_words>();

// The role of a token (none: it ends the compound); a number is a compound word. A copy, not a
// pointer: GCC's -fsanitize=undefined refuses pointer-to-null comparisons in constant expressions.
template <const auto& Table>
constexpr clause_word role_of(std::string_view t) {
  if (is_digit(t[0])) return {"0", clause_role::compound, statement::rounded};
  if (const std::size_t i = entry_of_token<Table>(t); i != Table.size()) return Table.words[i];
  return {"", clause_role::none, statement::rounded};
}

struct clause_reading {
  int sign = 0;
  statement bound = statement::rounded;  // rounded: no bound shared
  bool bound_by_another_figure =
      false;  // "nearly 1 million and 500,000": "nearly" stands by the 1 million
};

// The direction (and bound) a compound shares: the nearest direction word before the figure (or
// after it) with nothing but figures, compound words and one bound in between, within the clause.
// A bound shared backward is kept only when no other figure stands between it and this one: it
// belongs to the figure it stands by, and the others are refused (not guessed).
// `t` is the token just before the figure, read from `at` (token_before(s, at)).
constexpr clause_reading read_clause(std::string_view s, std::string_view t, std::size_t at,
                                     std::size_t end, std::size_t stop) {
  clause_reading out;
  bool figure_between = false;
  for (std::size_t i = at;; t = token_before(s, i)) {
    if (t.empty()) break;  // a clause ends: ',' ';' '(' or the start
    const clause_word w = role_of<words_before_figure>(t);
    if (w.role == clause_role::none) break;
    if (w.role == clause_role::rise || w.role == clause_role::fall) {
      out.sign = w.role == clause_role::rise ? +1 : -1;
      return out;
    }
    if (w.role == clause_role::compound) {
      if (is_digit(t[0])) figure_between = true;
      continue;
    }
    if (out.bound != statement::rounded) break;
    out.bound_by_another_figure = figure_between;
    if (w.role == clause_role::bound) {
      out.bound = w.how;
      continue;
    }
    std::size_t j = i;  // "than": the word before says which bound
    const std::string_view prev = token_before(s, j);
    phrase_cursor c(prev);
    const bool more = c.take("more") && c.done();
    c = phrase_cursor(prev);
    const bool less = (c.take("less") || c.take("fewer")) && c.done();
    if (!more && !less) break;
    out.bound = more ? statement::more_than : statement::less_than;
    i = j;
  }
  for (std::size_t i = end; i < stop;) {
    const std::string_view after = token_after(s, i);
    if (after.empty()) break;
    const clause_word w = role_of<words_after_figure>(after);
    if (w.role == clause_role::none || w.role == clause_role::bound || w.role == clause_role::than)
      break;
    if (w.role == clause_role::rise || w.role == clause_role::fall) {
      out.sign = w.role == clause_role::rise ? +1 : -1;
      break;
    }
  }
  return out;
}

// What follows the figure in its clause once the compound's other figures are passed:
// "12.89 million and 12.87 million units" -> "units ...".
constexpr std::string_view words_after_compound(std::string_view s, std::size_t end) {
  std::size_t i = end;
  for (;;) {
    const std::size_t before = i;
    const std::string_view t = token_after(s, i);
    if (t.empty()) return {};
    phrase_cursor c(t);
    const bool skip = is_digit(t[0]) || ((c.take("and") || c.take("or") || c.take("to") ||
                                          c.take("respectively") || c.take_any<scale_entries>()) &&
                                         c.done());
    if (!skip) return s.substr(before, clause_end(s, before) - before);
  }
}

// The currency written just before the words (t: the token there); multiplied: another
// currency ("HK$ 5 billion").
constexpr phrase_unit currency_before(std::string_view t) {
  if (t.empty()) return phrase_unit::none;
  if (const std::size_t u = entry_of_token<currency_prefixes>(t); u != std::size(currency_prefixes))
    return currency_prefixes[u].unit;
  if (entry_of_token<other_currency_prefixes>(t) != std::size(other_currency_prefixes))
    return phrase_unit::multiplied;
  return phrase_unit::none;
}

// The rest of the figure's clause: up to ',', ';', a parenthesis or the end of the sentence.
constexpr std::string_view rest_of_clause(std::string_view s, std::size_t end) {
  return s.substr(end, clause_end(s, end) - end);
}

// Fills in what the words leave to their sentence, in place (false: refused).
constexpr bool complete_from_sentence(parsed_phrase& p, std::string_view s, std::size_t begin,
                                      std::size_t end) {
  if (p.unit == phrase_unit::none && p.noun.empty()) {
    const std::string_view after = words_after_compound(s, end);
    phrase_cursor c(after);
    if (const std::size_t u = c.take_first<unit_words>(); u != phrase_cursor::none) {
      const phrase_unit named = unit_words[u].unit;
      if (named == phrase_unit::times) return refuse(p, refusal::bare_times_is_ambiguous);
      p.unit = named;
      p.whole_count = false;
      if ((named == phrase_unit::percent || named == phrase_unit::points) && p.last_place > 1.0) {
        if (p.how == statement::between) return refuse(p, refusal::qualified_range);
        p.last_place = 1.0;
        p.value = widen_as_stated(real_interval::point(p.stated), p.how, 1.0);
      }
    }
    p.context_noun = c.rest();
  }
  if (names_another_currency(p.context_noun)) return refuse(p, refusal::another_currency);
  std::size_t before_at = begin;
  const std::string_view before = token_before(s, before_at);
  if (const phrase_unit money = currency_before(before); money != phrase_unit::none) {
    if (money == phrase_unit::multiplied) return refuse(p, refusal::another_currency);
    if (p.unit == phrase_unit::none)
      p.unit = money;
    else if (p.unit != money)
      return refuse(p, refusal::two_units);
  }
  // A bound the sentence writes after the words: "1.2 million-plus units", "20,000 units or more".
  const std::string_view rest = rest_of_clause(s, end);
  std::size_t stop = std::string_view::npos;
  statement after = statement::rounded;
  if (phrase_cursor plus(rest);
      (!rest.empty() && rest[0] == '+' && !(rest.size() > 1 && is_digit(rest[1]))) ||
      ((rest.empty() || rest[0] == ' ' || rest[0] == '-') && plus.take("plus"))) {
    after = statement::at_least;
  } else if (const trailing_bound b = find_trailing_bound(rest); b.how != statement::rounded) {
    if (b.after_number) return refuse(p, refusal::bound_of_another_figure);
    after = b.how;
    stop = end + b.at;
  }
  if (after != statement::rounded) {
    if (p.how != statement::rounded) return refuse(p, refusal::two_bounds);
    p.how = after;
    p.value = widen_as_stated(real_interval::point(p.sign < 0 ? -p.stated : p.stated), after,
                              p.last_place);
    if (p.sign < 0) p.value = -p.value;
    p.whole_count = false;
  }
  if (p.sign == 0 && !p.level_stated) {
    const clause_reading c = read_clause(s, before, before_at, end, stop);
    if (c.bound != statement::rounded && c.bound_by_another_figure && p.how == statement::rounded)
      return refuse(p, refusal::bound_of_another_figure);
    if (c.bound != statement::rounded && p.how == statement::rounded) {  // "more than 70%" and 40%
      p.how = c.bound;
      p.value = widen_as_stated(real_interval::point(p.stated), p.how, p.last_place);
      p.whole_count = false;
    }
    if (c.sign != 0) {
      p.sign = c.sign;
      p.sign_from_sentence = true;
      if (c.sign < 0) p.value = -p.value, p.stated = -p.stated;
    }
  }
  return true;
}

}  // namespace detail

constexpr std::size_t find_words(std::string_view sentence, std::string_view words,
                                 int occurrence = 0) {
  return detail::find_words_in(sentence, words, occurrence).at;
}

// The words read in their sentence. occurrence: which place the words stand (1-based); 0 takes
// the first, and refuses words that stand twice and read differently there.
constexpr parsed_phrase parse_phrase(std::string_view words, std::string_view sentence,
                                     int occurrence = 0) {
  using namespace detail;
  const found_words found = find_words_in(sentence, words, occurrence);
  if (found.at == std::string_view::npos)
    return fail(parsed_phrase{}, refusal::words_not_in_sentence);
  parsed_phrase p = parse_phrase(words);
  if (!p.ok()) return p;
  if (occurrence != 0 || found.other == std::string_view::npos) {
    complete_from_sentence(p, sentence, found.at, found.at + words.size());
    return p;
  }
  parsed_phrase q = p;  // the words stand twice: both places must read alike
  if (complete_from_sentence(p, sentence, found.at, found.at + words.size()) &&
      (!complete_from_sentence(q, sentence, found.other, found.other + words.size()) ||
       !(q.value == p.value) || q.unit != p.unit || family_of(q) != family_of(p)))
    refuse(p, refusal::words_read_differently_in_sentence);
  return p;
}

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
