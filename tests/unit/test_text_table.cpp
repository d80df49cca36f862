// The report's text table (examples/text_table.hpp): cells wrap at spaces, never cut mid-word.
#include "../../examples/text_table.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using text_table::wrap_words;
using lines = std::vector<std::string>;

TEST_CASE("text table: cells wrap at spaces") {
  CHECK(wrap_words("China: Chinese-brand passenger cars sales", 38) ==
        lines{"China: Chinese-brand passenger cars", "sales"});
  CHECK(wrap_words("a year-on-year increase of 24.1%", 30) == lines{"a year-on-year increase of", "24.1%"});
  CHECK(wrap_words("short", 30) == lines{"short"});
  CHECK(wrap_words("", 30) == lines{""});
  CHECK(wrap_words("two  spaces", 30) == lines{"two spaces"});
  CHECK(wrap_words("exactly ten", 11) == lines{"exactly ten"});
  CHECK(wrap_words("exactly ten", 10) == lines{"exactly", "ten"});
  // only a word longer than a line is broken, and never inside a character
  CHECK(wrap_words("2024-07-11..2024-07-13 actual", 12) == lines{"2024-07-11..", "2024-07-13", "actual"});
  CHECK(wrap_words("Chongqing\u2019s output", 9) == lines{"Chongqing", "\u2019s output"});
  CHECK(wrap_words("\u2019\u2019\u2019", 2) == lines{"\u2019\u2019", "\u2019"});
}

TEST_CASE("text table: a row lines its columns up") {
  CHECK(text_table::row({{"d000.nev_sales", 16}, {"China: NEVs sales of the year", 14}, {"2023", 6}}, "  ") ==
        "  d000.nev_sales  China: NEVs   2023\n"
        "                  sales of the\n"
        "                  year\n");
  // widths count characters: a curly quote takes one column
  CHECK(text_table::row({{"\u2019a", 5}, {"b", 3}}, "") == "\u2019a   b\n");
  CHECK(text_table::display_width("Chongqing\u2019s") == 11);
}
