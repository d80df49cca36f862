// Marking spans of a text in HTML: every character escaped, every span one <mark> (or, where
// spans cross without nesting, a <mark> per piece, each piece saying which span it belongs to),
// so that a page can show a source text as received with its figures marked.
#pragma once

#include <nevfacts/reader.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace html_marks {

inline std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

struct mark {
  std::size_t begin = 0, end = 0;  // bytes of the text, end excluded
  std::string attributes;          // class, id, data-*, title: already escaped
  std::string continued;           // the attributes of a piece after the first (no id)
};

// Where the words stand in the text as whole words (the library's find_words), each place.
inline std::vector<std::size_t> places_of(std::string_view text, std::string_view words) {
  std::vector<std::size_t> places;
  for (int n = 1;; ++n) {
    const std::size_t at = nevfacts::find_words(text, words, n);
    if (at == std::string_view::npos) return places;
    places.push_back(at);
  }
}

// The text, escaped, with each mark's span inside <mark ...>...</mark>. Marks nest when one
// span holds another; a span that crosses another's end is closed there and opened again, the
// second piece with the mark's `continued` attributes.
inline std::string marked_text(std::string_view text, std::vector<mark> marks) {
  std::vector<std::size_t> order(marks.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  // Outer spans first: by start, then the longer one.
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return marks[a].begin != marks[b].begin ? marks[a].begin < marks[b].begin
                                            : marks[a].end > marks[b].end;
  });
  std::vector<std::size_t> open;  // indices into marks, innermost last
  std::vector<bool> started(marks.size(), false);
  std::string out;
  std::size_t next = 0;  // the next mark of `order` to open
  auto open_tag = [&](std::size_t m) {
    out.append("<mark ").append(started[m] ? marks[m].continued : marks[m].attributes).append(">");
    started[m] = true;
    open.push_back(m);
  };
  for (std::size_t at = 0; at <= text.size(); ++at) {
    // Close what ends here; marks above a closing one are closed and opened again.
    std::vector<std::size_t> reopen;
    while (
        std::any_of(open.begin(), open.end(), [&](std::size_t m) { return marks[m].end <= at; })) {
      const std::size_t top = open.back();
      open.pop_back();
      out.append("</mark>");
      if (marks[top].end > at) reopen.push_back(top);
    }
    for (auto m = reopen.rbegin(); m != reopen.rend(); ++m) open_tag(*m);
    while (next < order.size() && marks[order[next]].begin == at) {
      if (marks[order[next]].end > at) open_tag(order[next]);
      ++next;
    }
    if (at < text.size()) out.append(escape(text.substr(at, 1)));
  }
  return out;
}

}  // namespace html_marks
