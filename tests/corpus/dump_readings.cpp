// Prints how every row of corpus files reads: one line a row, "file:row<TAB>kind<TAB>phrase<TAB>
// answer", the answer an interval or "refused <reason>". It uses only reported<T>::parse and
// the kinds by name, so the same source builds against an older tree of the headers:
// tests/corpus/differential.sh compares two trees' answers row by row.
#include "../../examples/kind_names.hpp"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::string cell;
  std::istringstream in(line);
  while (std::getline(in, cell, '\t')) out.push_back(cell);
  return out;
}

std::string answer(const std::string& kind, const std::string& phrase, const std::string& sentence) {
  std::string out = "unknown kind";
  nevfacts::examples::with_kind(kind, [&](auto tag) {
    using T = typename decltype(tag)::type;
    const auto r = sentence.empty() ? nevfacts::reported<T>::parse(phrase)
                                    : nevfacts::reported<T>::parse(phrase, sentence);
    char buffer[96];
    if (r)
      std::snprintf(buffer, sizeof buffer, "[%.12g, %.12g]", r->interval().lo, r->interval().hi);
    else
      std::snprintf(buffer, sizeof buffer, "refused %s", std::string(name_of(r.reason())).c_str());
    out = buffer;
  });
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  for (int a = 1; a < argc; ++a) {
    std::ifstream file(argv[a]);
    std::string line;
    std::getline(file, line);  // header
    for (long row = 2; std::getline(file, line); ++row) {
      if (line.empty() || line[0] == '#') continue;
      const auto cells = split_tabs(line);
      if (cells.size() < 2) continue;
      const std::string sentence = cells.size() > 7 ? cells[7] : std::string();
      std::printf("%s:%ld\t%s\t%s\t%s\n", argv[a], row, cells[0].c_str(), cells[1].c_str(),
                  answer(cells[0], cells[1], sentence).c_str());
    }
  }
  return 0;
}
