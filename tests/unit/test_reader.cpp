// Tests for nevfacts/reader.hpp: a source's own words, read into one reading, then an interval.
#include <nevfacts/reader.hpp>

#include <doctest/doctest.h>

#include <array>
#include <string>
#include <string_view>

using nevfacts::next_down;
using nevfacts::next_up;
using nevfacts::phrase_unit;
using nevfacts::real_interval;
using nevfacts::statement;
using nevfacts::unbounded;

namespace {
// A reading and what the reader makes of it for a kind of no special rules (reader/interval.hpp):
// the fields these tests look at.
struct parsed_phrase {
  nevfacts::reading r;
  real_interval value;
  double stated, last_place;
  statement how;
  phrase_unit unit;
  int sign;
  std::string_view noun, head;
  nevfacts::refusal reason;
  bool whole_count, sign_from_sentence;
  constexpr bool ok() const { return r.ok(); }
};
constexpr parsed_phrase made(const nevfacts::reading& r) {
  constexpr nevfacts::reader::kind_reading plain{};
  return {r,      nevfacts::reader::interval_of(r, plain), nevfacts::reader::stated_of(r, plain),
          nevfacts::reader::last_place_of(r, plain),      r.how,  r.unit, r.sign, r.noun, r.head,
          r.reason, nevfacts::reader::whole_count(r),      r.sign_in_sentence};
}
constexpr parsed_phrase parse_phrase(std::string_view words) {
  return made(nevfacts::read_words(words));
}
constexpr parsed_phrase parse_phrase(std::string_view words, std::string_view sentence,
                                     int occurrence = 0) {
  return made(nevfacts::read_words(words, sentence, occurrence));
}

// The bounds a phrase must allow, with a little room for outward rounding (a few ulps) but
// not for a wrong convention: `tight` fails if the interval is wider than the bounds by more
// than a relative 1e-12.
constexpr bool tight(real_interval got, double lo, double hi) {
  const double slack_lo = (lo < 0 ? -lo : lo) * 1e-12 + 1e-300;
  const double slack_hi = (hi < 0 ? -hi : hi) * 1e-12 + 1e-300;
  return got.contains(real_interval{lo, hi}) && got.lo >= lo - slack_lo && got.hi <= hi + slack_hi;
}
constexpr bool is_error(std::string_view words) { return !parse_phrase(words).ok(); }
}  // namespace

TEST_CASE("reader: a rounded figure with a scale word") {
  constexpr parsed_phrase p = parse_phrase("9.5 million units");
  static_assert(p.ok());
  static_assert(p.how == statement::rounded);
  static_assert(p.unit == phrase_unit::none);
  static_assert(p.sign == 0);
  static_assert(p.value.contains(9.45e6) && p.value.contains(9.55e6));
  static_assert(tight(p.value, 9.45e6, 9.55e6));
  static_assert(!p.value.contains(9.44e6) && !p.value.contains(9.56e6));
  static_assert(p.stated == 9.5e6);
  static_assert(p.last_place == 1e5);
  static_assert(p.noun == "units");

  constexpr parsed_phrase q = parse_phrase("14.596 million units");
  static_assert(tight(q.value, 14.5955e6, 14.5965e6));
  static_assert(q.stated == 14.596e6 && q.last_place == 1e3);

  CHECK(p.value.lo <= 9.45e6);
  CHECK(p.value.hi >= 9.55e6);
  CHECK(parse_phrase("reached 9.5 million").value == p.value);
  CHECK(tight(parse_phrase("1.2 wan").value, 11500, 12500));
  CHECK(tight(parse_phrase("3 yi").value, 2.5e8, 3.5e8));
  CHECK(tight(parse_phrase("2 hundred million").value, 1.5e8, 2.5e8));
  CHECK(tight(parse_phrase("5 ten thousand").value, 4.5e4, 5.5e4));
  CHECK(tight(parse_phrase("0.5").value, 0.45, 0.55));
  CHECK(tight(parse_phrase("1,234.5").value, 1234.45, 1234.55));
}

TEST_CASE("reader: trailing zeros of a whole number are not significant") {
  constexpr parsed_phrase p = parse_phrase("457,000 units");
  static_assert(p.ok() && p.how == statement::rounded);
  static_assert(tight(p.value, 456500, 457500));
  static_assert(p.stated == 457000 && p.last_place == 1000);
  static_assert(tight(parse_phrase("100").value, 50, 150));
  static_assert(tight(parse_phrase("639").value, 638.5, 639.5));
  static_assert(tight(parse_phrase("totaled 300").value, 250, 350));
  CHECK(tight(parse_phrase("1,000").value, 500, 1500));
}

TEST_CASE("reader: percentages are quoted to the unit at least") {
  static_assert(tight(parse_phrase("56%").value, 55.5, 56.5));
  static_assert(parse_phrase("56%").unit == phrase_unit::percent);
  static_assert(tight(parse_phrase("30%").value, 29.5, 30.5));   // not 25-35
  static_assert(tight(parse_phrase("20 per cent").value, 19.5, 20.5));
  static_assert(tight(parse_phrase("31.6 percent").value, 31.55, 31.65));
  static_assert(tight(parse_phrase("0%").value, -0.5, 0.5));
  CHECK(parse_phrase("20 per cent").unit == phrase_unit::percent);
}

TEST_CASE("reader: more than, at least, less than, at most") {
  constexpr parsed_phrase p = parse_phrase("more than 60 percent");
  static_assert(p.ok() && p.how == statement::more_than && p.unit == phrase_unit::percent);
  static_assert(p.value == real_interval{60.0, unbounded});
  static_assert(p.stated == 60.0);

  constexpr parsed_phrase e = parse_phrase("exceeded 50%");
  static_assert(e.how == statement::more_than && e.unit == phrase_unit::percent);
  static_assert(e.value == real_interval::at_least(50.0));

  static_assert(parse_phrase("over 200").value == real_interval::at_least(200.0));
  static_assert(parse_phrase("surpassed 1 million").value == real_interval::at_least(1e6));
  static_assert(parse_phrase("topped 500").how == statement::more_than);
  static_assert(parse_phrase("above 4").how == statement::more_than);
  static_assert(parse_phrase("exceeding 3").how == statement::more_than);
  static_assert(parse_phrase("exceeds 5").how == statement::more_than);
  static_assert(parse_phrase("exceed 6").how == statement::more_than);

  static_assert(parse_phrase("at least 3").how == statement::at_least);
  static_assert(parse_phrase("at least 3").value == real_interval::at_least(3.0));
  static_assert(parse_phrase("no less than 4").how == statement::at_least);
  static_assert(parse_phrase("not less than 4").how == statement::at_least);

  static_assert(parse_phrase("less than 5").how == statement::less_than);
  static_assert(parse_phrase("less than 5").value == real_interval::at_most(5.0));
  static_assert(parse_phrase("fewer than 8").value == real_interval::at_most(8.0));
  static_assert(parse_phrase("under 10").value == real_interval::at_most(10.0));
  static_assert(parse_phrase("below 3.5").how == statement::less_than);
  static_assert(parse_phrase("below 3.5").value.contains(3.5) && parse_phrase("below 3.5").value.lo == -unbounded);

  static_assert(parse_phrase("at most 7").how == statement::at_most);
  static_assert(parse_phrase("at most 7").value == real_interval::at_most(7.0));
  static_assert(parse_phrase("up to 12").how == statement::at_most);
  static_assert(parse_phrase("up to 12").sign == 0);
  static_assert(parse_phrase("no more than 6").how == statement::at_most);
  static_assert(parse_phrase("not more than 6").how == statement::at_most);
  CHECK(parse_phrase("MORE THAN 60 PERCENT").value == p.value);
}

TEST_CASE("reader: about is one unit of the last digit each side") {
  constexpr parsed_phrase p = parse_phrase("around 1.07 million");
  static_assert(p.ok() && p.how == statement::about);
  static_assert(tight(p.value, 1.06e6, 1.08e6));
  static_assert(p.stated == 1.07e6);

  constexpr parsed_phrase s = parse_phrase("Some 200");
  static_assert(s.ok() && s.how == statement::about);
  static_assert(tight(s.value, 100, 300));

  static_assert(tight(parse_phrase("about 1.2").value, 1.1, 1.3));
  static_assert(parse_phrase("approximately 3").how == statement::about);
  static_assert(tight(parse_phrase("approximately 3").value, 2, 4));
  static_assert(parse_phrase("roughly 8").how == statement::about);
  static_assert(parse_phrase("nearly 9").how == statement::nearly);  // just under: [8, 9]
  CHECK(tight(parse_phrase("nearly 9").value, 8, 9));
  CHECK(tight(parse_phrase("nearly 13.02 million").value, 13.01e6, 13.02e6));
  CHECK(tight(parse_phrase("just over 5 million").value, 5e6, 6e6));
}

TEST_CASE("reader: exact figures, ordinals and number words") {
  static_assert(parse_phrase("exactly 639").how == statement::exact);
  static_assert(parse_phrase("exactly 639").value == real_interval::point(639));

  constexpr parsed_phrase eighth = parse_phrase("eighth");
  static_assert(eighth.ok() && eighth.how == statement::exact);
  static_assert(eighth.value == real_interval::point(8));

  constexpr parsed_phrase millionth = parse_phrase("five millionth");
  static_assert(millionth.ok() && millionth.how == statement::exact);
  static_assert(millionth.value == real_interval::point(5e6));

  constexpr parsed_phrase five = parse_phrase("five");
  // Number words are rounded like digits ("up six percent" is "up 6 percent"); a count of
  // fewer than 1,000 things is exact all the same (reported.hpp, whole_count).
  static_assert(five.ok() && five.how == statement::rounded && tight(five.value, 4.5, 5.5) && five.whole_count);

  static_assert(parse_phrase("second place").value == real_interval::point(2));
  static_assert(parse_phrase("second place").noun == "place");
  static_assert(parse_phrase("twentieth").value == real_interval::point(20));
  static_assert(parse_phrase("eighteenth").value == real_interval::point(18));
  static_assert(tight(parse_phrase("seventeen").value, 16.5, 17.5));
  static_assert(tight(parse_phrase("twenty-five").value, 24.5, 25.5));
  static_assert(tight(parse_phrase("up six percent").value, 5.5, 6.5));
  static_assert(tight(parse_phrase("one million").value, 0.5e6, 1.5e6));
  static_assert(tight(parse_phrase("four million units").value, 3.5e6, 4.5e6));

  constexpr parsed_phrase level = parse_phrase("the trillion-level");
  static_assert(level.ok() && level.how == statement::exact);
  static_assert(level.value == real_interval::point(1e12));
  CHECK(parse_phrase("Eighth").value == real_interval::point(8));
}

TEST_CASE("reader: thousands of") {
  constexpr parsed_phrase p = parse_phrase("thousands of");
  static_assert(p.ok());
  static_assert(p.value == real_interval{2000, 9999});
  static_assert(p.how == statement::about);
  CHECK(parse_phrase("thousands of vehicles").noun == "vehicles");
  CHECK(parse_phrase("thousands of vehicles").value == real_interval{2000, 9999});
}

TEST_CASE("reader: signed changes") {
  constexpr parsed_phrase pp = parse_phrase("an increase of 6.1 percentage points");
  static_assert(pp.ok() && pp.sign == +1 && pp.unit == phrase_unit::points);
  static_assert(tight(pp.value, 6.05, 6.15));
  static_assert(parse_phrase("up 2 pp").unit == phrase_unit::points);
  static_assert(parse_phrase("down 1 percentage point").unit == phrase_unit::points);

  constexpr parsed_phrase up = parse_phrase("up 32 percent");
  static_assert(up.ok() && up.sign == +1 && up.unit == phrase_unit::percent);
  static_assert(tight(up.value, 31.5, 32.5));

  constexpr parsed_phrase down = parse_phrase("a decrease of 2%");
  static_assert(down.ok() && down.sign == -1 && down.unit == phrase_unit::percent);
  static_assert(tight(down.value, -2.5, -1.5));
  static_assert(down.stated == -2.0);
  static_assert(down.value.hi < 0);

  static_assert(tight(parse_phrase("fell 3.2%").value, -3.25, -3.15));
  static_assert(tight(parse_phrase("down 4 percent").value, -4.5, -3.5));
  static_assert(tight(parse_phrase("a decline of 1%").value, -1.5, -0.5));
  static_assert(tight(parse_phrase("a fall of 2%").value, -2.5, -1.5));
  static_assert(tight(parse_phrase("decreased by 3%").value, -3.5, -2.5));
  static_assert(tight(parse_phrase("a year on year decrease of 3%").value, -3.5, -2.5));
  static_assert(tight(parse_phrase("rose 10%").value, 9.5, 10.5));
  static_assert(tight(parse_phrase("grew 7.5 percent").value, 7.45, 7.55));
  static_assert(tight(parse_phrase("a rise of 3%").value, 2.5, 3.5));
  static_assert(tight(parse_phrase("growth of 5%").value, 4.5, 5.5));
  static_assert(tight(parse_phrase("increased by 3%").value, 2.5, 3.5));
  static_assert(tight(parse_phrase("a year on year increase of 37.9%").value, 37.85, 37.95));
  static_assert(tight(parse_phrase("a year-on-year increase of 37.9%").value, 37.85, 37.95));
  static_assert(tight(parse_phrase("a year over year increase of 37.9%").value, 37.85, 37.95));
  CHECK(parse_phrase("fell 3.2%").sign == -1);
  CHECK(parse_phrase("growth of 5%").sign == +1);
}

TEST_CASE("reader: 'an increase of N times' and 'N times as many' differ; a bare 'N times' is an error") {
  constexpr parsed_phrase inc = parse_phrase("an increase of 1.6 times");
  static_assert(inc.ok() && inc.unit == phrase_unit::times && inc.sign == +1);
  static_assert(tight(inc.value, 155.0, 165.0));  // in per cent: +160 %

  constexpr parsed_phrase many = parse_phrase("1.6 times as many");
  static_assert(many.ok() && many.unit == phrase_unit::times_as_many && many.sign == 0);
  static_assert(tight(many.value, 1.55, 1.65));
  static_assert(parse_phrase("3 times as much").unit == phrase_unit::times_as_many);
  static_assert(parse_phrase("2 times that of").unit == phrase_unit::times_as_many);

  constexpr parsed_phrase bare = parse_phrase("1.6 times");
  static_assert(!bare.ok());
  static_assert(bare.reason == nevfacts::refusal::bare_times_is_ambiguous);
  CHECK(is_error("1.6 times"));
}

TEST_CASE("reader: currencies") {
  constexpr parsed_phrase usd = parse_phrase("US$31.91 billion");
  static_assert(usd.ok() && usd.unit == phrase_unit::us_dollars);
  static_assert(tight(usd.value, 31.905e9, 31.915e9));
  static_assert(usd.stated == 31.91e9);

  constexpr parsed_phrase cny = parse_phrase("231.84 billion yuan");
  static_assert(cny.ok() && cny.unit == phrase_unit::yuan);
  static_assert(tight(cny.value, 231.835e9, 231.845e9));

  static_assert(parse_phrase("$5 billion").unit == phrase_unit::us_dollars);
  static_assert(parse_phrase("USD 5 billion").unit == phrase_unit::us_dollars);
  static_assert(parse_phrase("5 billion RMB").unit == phrase_unit::yuan);
  static_assert(parse_phrase("5 billion CNY").unit == phrase_unit::yuan);
  static_assert(is_error("US$5 billion yuan"));
  CHECK(parse_phrase("US$5 billion yuan").reason == nevfacts::refusal::two_units);
}

TEST_CASE("reader: what is not a figure is an error") {
  static_assert(is_error("nine point five million"));
  static_assert(is_error("lots of cars"));
  static_assert(is_error("1.6 times"));
  static_assert(is_error("up sharply"));
  static_assert(is_error(""));
  static_assert(is_error("9.5 million 3 units"));
  static_assert(parse_phrase("nine point five million").reason == nevfacts::refusal::number_after_figure);
  static_assert(parse_phrase("lots of cars").reason == nevfacts::refusal::vague_quantity);
  CHECK(is_error("nine point five million"));
  CHECK(is_error("lots of cars"));
  CHECK_FALSE(is_error("9.5 million units"));
}

TEST_CASE("reader: a qualifier without a number is an error") {
  static_assert(is_error("more than lots of cars"));
  static_assert(tight(parse_phrase("about half").value, 125.0 / 3.0, 175.0 / 3.0));
  static_assert(parse_phrase("over the years").reason == nevfacts::refusal::no_number);
  CHECK(is_error("more than lots of cars"));
  CHECK(is_error("over the years"));
}

// Regression (a fixed bug; phrase.hpp, read_figure and names_a_number): "hundred" alone is neither a scale word nor caught by
// names_a_number, so "five hundred vehicles" parses as exactly 5 (noun "hundred vehicles").
// Expected 500 or an error. Skipped to keep the suite green.
TEST_CASE("reader: 'five hundred' is not five") {
  const parsed_phrase p = parse_phrase("five hundred vehicles");
  CHECK((!p.ok() || p.value.contains(500.0)));
}

// Regression (a fixed bug; phrase.hpp, phrase_cursor::skip_blanks): '-' is skipped as a word separator, so a minus sign is
// lost: "-2%" parses as [1.5, 2.5] with sign 0. Expected [-2.5, -1.5] or an error.
TEST_CASE("reader: a minus sign is not dropped") {
  const parsed_phrase p = parse_phrase("-2%");
  CHECK((!p.ok() || p.value.hi < 0));
}

using nevfacts::refusal;
namespace {
constexpr refusal why(std::string_view words) { return parse_phrase(words).reason; }
constexpr bool reads(std::string_view words, double lo, double hi) {
  const parsed_phrase p = parse_phrase(words);
  return p.ok() && tight(p.value, lo, hi);
}
}  // namespace

TEST_CASE("reader: issue 10, direction after the figure") {
  static_assert(reads("a 22.7% dip", -22.75, -22.65));
  static_assert(reads("a 37.9% slump", -37.95, -37.85));
  static_assert(reads("a 6.9% year-over-year decline", -6.95, -6.85));
  static_assert(reads("13 percent lower than the same period last year", -13.5, -12.5));
  static_assert(reads("32 percent less than in January", -32.5, -31.5));
  static_assert(reads("an annual 47.9% jump", 47.85, 47.95));
  static_assert(reads("a 12.3-percent increase", 12.25, 12.35));
  static_assert(reads("32.7 percent more than last year", 32.65, 32.75));
}

TEST_CASE("reader: issue 10, signs") {
  static_assert(reads("US$-3.2 billion", -3.25e9, -3.15e9));
  static_assert(reads("$-5 billion", -5.5e9, -4.5e9));
  static_assert(reads("+5%", 4.5, 5.5) && parse_phrase("+5%").sign == +1);
  static_assert(why("--5") == refusal::detached_or_doubled_sign);
  static_assert(why("- 5%") == refusal::detached_or_doubled_sign);
  static_assert(why("up -5%") == refusal::sign_and_direction_word);
  CHECK(parse_phrase("-2%").value.hi < 0);
}

TEST_CASE("reader: issue 10, numbers and contradictions") {
  static_assert(why("1,5%") == refusal::decimal_comma_is_ambiguous);
  static_assert(why("0,5 million") == refusal::decimal_comma_is_ambiguous);
  static_assert(why("1,2,3 units") == refusal::decimal_comma_is_ambiguous);
  static_assert(reads("1,234,567", 1234566.5, 1234567.5));
  static_assert(why("1.5th") == refusal::ordinal_with_decimals);
  static_assert(why("5🚗") == refusal::unexpected_character);
  static_assert(why("more than less than 5") == refusal::two_bounds);
  static_assert(why("up down 5%") == refusal::two_directions);
  static_assert(why("5 % yuan") == refusal::two_units);
  static_assert(why("99999999999999999999 units") == refusal::number_too_long);
  static_assert(reads("2 mln", 1.5e6, 2.5e6));
  static_assert(parse_phrase("over 10 mln").value == real_interval::at_least(1e7));
  static_assert(reads("9.5m", 9.45e6, 9.55e6) && reads("$5bn", 4.5e9, 5.5e9));
  static_assert(why("1.4-fold") == refusal::fold_is_ambiguous);
  static_assert(why("10 times more than") == refusal::fold_is_ambiguous);
  static_assert(why("sixfold") == refusal::fold_is_ambiguous);
}

TEST_CASE("reader: issue 10, words real copy uses") {
  static_assert(reads("surged 49%", 48.5, 49.5) && parse_phrase("surged 49%").sign == +1);
  static_assert(reads("plunged by 40.4%", -40.45, -40.35));
  static_assert(reads("a modest increase of 3%", 2.5, 3.5));
  static_assert(reads("grew rapidly by 5%", 4.5, 5.5));
  static_assert(reads("up by almost 82%", 81, 82));
  static_assert(reads("RMB 9.29 trillion", 9.285e12, 9.295e12) && parse_phrase("RMB10.95 billion").unit == phrase_unit::yuan);
  static_assert(parse_phrase("CNY175.7 billion").unit == phrase_unit::yuan);
  static_assert(parse_phrase("USD26 billion").unit == phrase_unit::us_dollars);
  static_assert(parse_phrase("31.91 billion U.S. dollars").unit == phrase_unit::us_dollars);
  static_assert(reads("15 to 16 per cent", 14.5, 16.5) && reads("20-30%", 19.5, 30.5));
  static_assert(reads("between 2 and 3 million", 1.5e6, 3.5e6));
  static_assert(why("16 to 15 per cent") == refusal::range_out_of_order);
  static_assert(reads("rose to 5.4 million units", 5.35e6, 5.45e6) && parse_phrase("rose to 5.4 million").sign == 0);
  static_assert(parse_phrase("up from 12 million").sign == 0);
  static_assert(parse_phrase("more than half").value.lo == 50.0);
  static_assert(parse_phrase("more than a quarter of a million units").value.lo == 250000.0);
  // A fraction word promises the band of values nearer it than any other simple fraction
  // (reader/value.hpp): "half" 41.67 % to 58.33 %, "nearly two thirds" up to 66.67 %.
  static_assert(tight(parse_phrase("half").value, 125.0 / 3.0, 175.0 / 3.0));
  static_assert(tight(parse_phrase("nearly two thirds").value, 175.0 / 3.0, 200.0 / 3.0));
  static_assert(tight(parse_phrase("a third more").value, 87.5 / 3.0, 125.0 / 3.0));
  static_assert(tight(parse_phrase("half a million").value, 1.25e6 / 3.0, 1.75e6 / 3.0));
  static_assert(reads("doubled", 1.5, 2.5) && parse_phrase("doubled").unit == phrase_unit::multiplied);
  static_assert(reads("almost doubled", 1, 2));
  static_assert(reads("2.3 ppt", 2.25, 2.35) && parse_phrase("2.3 ppt").unit == phrase_unit::points);
  static_assert(parse_phrase("6.5 pct").unit == phrase_unit::percent);
  static_assert(why("several hundred") == refusal::vague_quantity);
}

TEST_CASE("reader: in its sentence") {
  constexpr std::string_view compound = "sales fell 3.2 percent year on year and 10.7 percent month on month";
  static_assert(reads("fell 3.2 percent", -3.25, -3.15));
  static_assert(parse_phrase("10.7 percent month on month", compound).value.hi < 0);
  static_assert(parse_phrase("10.7 percent month on month", compound).sign_from_sentence);
  static_assert(parse_phrase("10.7 percent month on month").sign == 0);
  constexpr std::string_view both = "production and sales reached 12.89 million and 12.87 million units, up 34.4 "
                                    "percent and 35.5 percent";
  static_assert(parse_phrase("35.5 percent", both).sign == +1);
  static_assert(parse_phrase("12.89 million", both).sign == 0);
  static_assert(parse_phrase("2.5 million units", "sales reached 12.5 million units").reason ==
                refusal::words_not_in_sentence);
  static_assert(parse_phrase("5%", "prices fell -5% in May").reason == refusal::words_not_in_sentence);
  static_assert(parse_phrase("9.29 trillion", "revenue of US$ 9.29 trillion").unit == phrase_unit::us_dollars);
  static_assert(nevfacts::find_words("up 5% and up 5%", "up 5%", 2) == 10);
  static_assert(parse_phrase("5%", "up 5% last year and down 5% this year").reason ==
                refusal::words_read_differently_in_sentence);
  static_assert(parse_phrase("5%", "up 5% last year and down 5% this year", 2).value.hi < 0);
  static_assert(parse_phrase("35.8%", "a year-on-year increase of 35.8% and 37.9% respectively").sign == +1);
  static_assert(parse_phrase("33.1 percent", "up to 12 units: 33.1 percent and 32.7 percent more").sign == +1);
  static_assert(parse_phrase("8%", "exports rose 5% in May and 8% in June").sign == 0);
}

TEST_CASE("reader: the head of the noun phrase, and the head after a counting noun") {
  static_assert(parse_phrase("13 companies").head == "companies");
  static_assert(parse_phrase("13 automobile companies were selected").head == "companies");
  static_assert(parse_phrase("1.2 million units of NEVs").head == "units");
  static_assert(nevfacts::read_words("1.2 million units of NEVs").of_head == "NEVs");
  static_assert(parse_phrase("40 companies involved in the project").head == "companies");
  static_assert(parse_phrase("nearly 18,000 plug-in vehicles").head == "vehicles");
  static_assert(parse_phrase("30,000 Model X and Model Y vehicles").head == "vehicles");
  static_assert(parse_phrase("2,000 plug-ins").head == "plug-ins");
  static_assert(parse_phrase("35 GWh").head == "GWh");
  static_assert(parse_phrase("12.87 million",
                             "production and sales reached 12.89 million and 12.87 million units")
                    .head == "units");
}

namespace {
using nevfacts::detail::next_char;
using nevfacts::detail::same_chars;
constexpr std::size_t offset_of(std::string_view s, char c) {
  return std::size_t(next_char(s.data(), s.size(), c) - s.data());
}
constexpr bool in_local_array() {
  const char text[3] = {'a', 'b', 'c'};
  return offset_of({text, 3}, 'c') == 2 && offset_of({text, 3}, 'z') == 3 &&
         same_chars(text, "abc", 3) && !same_chars(text, "abd", 3);
}
inline constexpr std::array<char, 3> unterminated{'x', 'y', 'z'};
inline constexpr char embedded_nul[] = "ab\0cd";
}  // namespace

TEST_CASE("text: next_char and same_chars fold on literals and loop elsewhere, with one answer") {
  // A literal, a view into it, a view that ends before the character, an array the evaluation
  // built, one with no terminating '\0', one with a '\0' inside: the builtins fold only where
  // the compiler can, and the answer is the loop's.
  static_assert(offset_of("hello world", 'w') == 6 && offset_of("hello world", 'q') == 11);
  static_assert(offset_of(std::string_view("hello world").substr(0, 4), 'w') == 4);
  static_assert(offset_of(std::string_view("hello world").substr(3), 'w') == 3);
  static_assert(in_local_array());
  static_assert(offset_of({unterminated.data(), 3}, 'z') == 2 &&
                offset_of({unterminated.data(), 3}, 'q') == 3);
  static_assert(offset_of({embedded_nul, 5}, 'd') == 4 && offset_of({embedded_nul, 5}, 'q') == 5);
  static_assert(same_chars(embedded_nul, "ab\0cd", 5) && !same_chars(embedded_nul, "ab\0ce", 5));
  static_assert(same_chars("million units", "million", 7) && !same_chars("millions", "millioN", 7));
  static_assert(same_chars(std::string_view("xthousands").data() + 1, "thousands", 9) &&
                !same_chars(std::string_view("xthousands").data() + 1, "xthousand", 9));
  static_assert(offset_of(std::string_view("abcbab").substr(2), 'b') == 1 &&
                offset_of(std::string_view("The city has").substr(7), 't') == 5);
  CHECK(offset_of(std::string("run time"), ' ') == 3);
  CHECK(same_chars(std::string("abc").c_str(), "abc", 3));
}
