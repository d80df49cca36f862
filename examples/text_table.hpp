// A text table whose cells wrap at spaces instead of being cut ("Chinese-brand passenger cars"
// goes on the next line of its column, not to "Chinese-brand passenger cars..."). Widths count
// characters, not bytes, so that UTF-8 text (a source's curly quotes) keeps the columns straight.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace text_table {

inline bool starts_character(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

inline std::size_t display_width(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) n += starts_character(c) ? 1 : 0;
  return n;
}

// The first `width` characters of text, as bytes (never half a character).
inline std::size_t bytes_of_characters(std::string_view text, std::size_t width) {
  std::size_t bytes = 0, characters = 0;
  while (bytes < text.size()) {
    if (starts_character(text[bytes]) && characters++ == width) break;
    ++bytes;
  }
  return bytes;
}

// Lines of at most `width` characters, broken at spaces; only a word longer than a line is
// broken inside, since it cannot stand whole anywhere.
inline std::vector<std::string> wrap_words(std::string_view text, std::size_t width) {
  std::vector<std::string> lines;
  std::string line;
  while (!text.empty()) {
    const std::size_t space = text.find(' ');
    std::string_view word = text.substr(0, space);
    text = space == std::string_view::npos ? std::string_view{} : text.substr(space + 1);
    if (word.empty()) continue;
    while (display_width(word) > width) {  // a word no line can hold
      if (!line.empty()) lines.push_back(std::exchange(line, {}));
      const std::size_t cut = bytes_of_characters(word, width);
      lines.emplace_back(word.substr(0, cut));
      word.remove_prefix(cut);
    }
    if (word.empty()) continue;
    if (!line.empty() && display_width(line) + 1 + display_width(word) > width)
      lines.push_back(std::exchange(line, {}));
    line.append(line.empty() ? "" : " ").append(word);
  }
  if (!line.empty() || lines.empty()) lines.push_back(line);
  return lines;
}

struct cell {
  std::string text;
  std::size_t width;  // the column's width; a cell is wrapped to width - 2 to keep two spaces
};

// One row: every cell wrapped in its column, lines padded so that the columns line up; the last
// cell is not padded. Each line starts with `indent` and ends with a newline.
inline std::string row(const std::vector<cell>& cells, std::string_view indent) {
  std::vector<std::vector<std::string>> wrapped;
  std::size_t height = 0;
  for (const cell& c : cells) {
    wrapped.push_back(wrap_words(c.text, c.width > 2 ? c.width - 2 : 1));
    height = std::max(height, wrapped.back().size());
  }
  std::string out;
  for (std::size_t line = 0; line < height; ++line) {
    std::string text{indent};
    for (std::size_t i = 0; i < cells.size(); ++i) {
      const std::string part = line < wrapped[i].size() ? wrapped[i][line] : "";
      text.append(part);
      if (i + 1 < cells.size())
        text.append(cells[i].width - std::min(cells[i].width, display_width(part)), ' ');
    }
    text.erase(text.find_last_not_of(' ') + 1);
    out.append(text).append("\n");
  }
  return out;
}

}  // namespace text_table
