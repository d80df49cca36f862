// Marks in a source text (examples/html_marks.hpp, used by nev_report --html): every character
// escaped, spans nested or, where they cross, cut into pieces that say whose they are.
#include "../../examples/html_marks.hpp"

#include <doctest/doctest.h>

#include <string>

using html_marks::marked_text;

TEST_CASE("html marks: escaping") {
  CHECK(html_marks::escape("a < b && \"c\" > 'd'") == "a &lt; b &amp;&amp; &quot;c&quot; &gt; &#39;d&#39;");
  CHECK(marked_text("<b>&</b>", {}) == "&lt;b&gt;&amp;&lt;/b&gt;");
}

TEST_CASE("html marks: one span, nested spans, spans side by side") {
  CHECK(marked_text("sales of 9.5 million units", {{9, 20, "class=\"claim\"", ""}}) ==
        "sales of <mark class=\"claim\">9.5 million</mark> units");
  // one span inside another: the inner one nests
  CHECK(marked_text("up 32 percent", {{6, 13, "i", ""}, {0, 13, "o", ""}}) ==
        "<mark o>up 32 <mark i>percent</mark></mark>");
  // two spans of the same words: both marked, one inside the other
  CHECK(marked_text("grow fast", {{0, 4, "a", ""}, {0, 4, "b", ""}}) == "<mark a><mark b>grow</mark></mark> fast");
  CHECK(marked_text("6 and 13", {{0, 1, "a", ""}, {6, 8, "b", ""}}) == "<mark a>6</mark> and <mark b>13</mark>");
  CHECK(marked_text("x&y", {{0, 3, "a", ""}}) == "<mark a>x&amp;y</mark>");
}

TEST_CASE("html marks: crossing spans are cut into pieces") {
  // [0, 5) and [3, 8): the second is open when the first ends, so it is closed and opened again
  CHECK(marked_text("abcdefgh", {{0, 5, "a1", "a2"}, {3, 8, "b1", "b2"}}) ==
        "<mark a1>abc<mark b1>de</mark></mark><mark b2>fgh</mark>");
  // empty spans and spans past the text mark nothing
  CHECK(marked_text("abc", {{1, 1, "e", ""}, {5, 9, "p", ""}}) == "abc");
}

TEST_CASE("html marks: places of words, as whole words") {
  CHECK(html_marks::places_of("2.5 million and 12.5 million; 2.5 million", "2.5 million") ==
        std::vector<std::size_t>{0, 30});
  CHECK(html_marks::places_of("nothing here", "5").empty());
}
