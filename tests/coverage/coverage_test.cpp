// Coverage of the seed data: every figure of each source text is either part of an encoded
// claim's words or listed, in its document's data header, as left out with its reason.
//
// A figure is what the library's own readers find where a token starts (nevfacts/reader/): digits, number words ("five", "second", "half", "thousands of"),
// multiples ("doubled", "twice"), scale words ("trillion-level"), ranks ("largest", "leads"),
// weekdays and month names. A claim covers its words wherever its quote stands in the source;
// a left_out entry covers its words at the place it names (occurrence), or at every place.
//
//   coverage_test DIR             check every document against DIR/<document.file>; exit 1 on
//                                 a figure neither encoded nor left out, a quote or a left-out
//                                 entry not found in its source, or an entry that names no figure
//   coverage_test DIR --markdown  print the README's list of figures not encoded, and why
//
// Built a second time with NEVFACTS_COVERAGE_WITHOUT_LEFT_OUT (the words of one entry) or
// NEVFACTS_COVERAGE_WITHOUT_CLAIM (a claim's id), the test must fail naming that figure: the
// test can fail (tests/CMakeLists.txt).
#include <nevfacts/data/china_nev/registry.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace nevfacts;
namespace seed = nevfacts::data::china_nev::all;

struct span {
  std::size_t begin = 0, end = 0;
  constexpr bool within(span outer) const { return outer.begin <= begin && end <= outer.end; }
};

// The figures of a text: the tokens the library's readers read as numbers or as values
// (nevfacts/reader/tokens.hpp and lexicon.hpp).
constexpr std::uint64_t figure_roles =
    lexicon::plural_count | lexicon::multiplied | lexicon::multiple | lexicon::ordinal |
    lexicon::cardinal | lexicon::fraction | lexicon::scale | lexicon::big_ordinal |
    lexicon::decade | lexicon::leading | lexicon::month | lexicon::weekday;

std::vector<span> figures_in(std::string_view text) {
  std::vector<span> found;
  for (reader::token t = reader::next_token(text, 0); !t.is_end();
       t = reader::next_token(text, t.end)) {
    const bool digits = t.is_number();
    if (digits || t.is(figure_roles))
      found.push_back({t.begin, digits && !t.ordinal_suffix ? t.begin + t.digits.length : t.end});
  }
  return found;
}

// Every place the words stand as whole words (occurrence 0), or the one place named.
std::vector<span> places_of(std::string_view text, std::string_view words, int occurrence) {
  std::vector<span> places;
  for (int k = occurrence > 0 ? occurrence : 1;; ++k) {
    const std::size_t at = find_words(text, words, k);
    if (at == std::string_view::npos) break;
    places.push_back({at, at + words.size()});
    if (occurrence > 0) break;
  }
  return places;
}

std::vector<span> all_places_of(std::string_view text, std::string_view what) {
  std::vector<span> places;
  for (std::size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + 1))
    places.push_back({at, at + what.size()});
  return places;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string line_of(std::string_view text, span s) {
  const std::size_t from = s.begin < 40 ? 0 : s.begin - 40;
  const std::size_t length = std::min<std::size_t>(s.end - from + 40, text.size() - from);
  std::string context(text.substr(from, length));
  std::replace(context.begin(), context.end(), '\n', ' ');
  return context;
}

constexpr std::string_view without_left_out =
#ifdef NEVFACTS_COVERAGE_WITHOUT_LEFT_OUT
    NEVFACTS_COVERAGE_WITHOUT_LEFT_OUT;
#else
    "";
#endif
constexpr std::string_view without_claim =
#ifdef NEVFACTS_COVERAGE_WITHOUT_CLAIM
    NEVFACTS_COVERAGE_WITHOUT_CLAIM;
#else
    "";
#endif

// The problems of one document, each printed on its own line; returns how many.
int check_document(const document& doc, std::string_view text) {
  int problems = 0;
  std::vector<span> covered;
  for (const fact& c : seed::claims) {
    if (!c.from_document(doc) || c.id == without_claim) continue;
    const std::vector<span> quotes = all_places_of(text, c.quote);
    if (quotes.empty()) {
      std::cout << doc.id << ": the quote of " << c.id << " does not stand in " << doc.file << '\n';
      ++problems;
    }
    for (const span q : quotes)
      for (const span w : places_of(text.substr(q.begin, q.end - q.begin), c.words, 0))
        covered.push_back({q.begin + w.begin, q.begin + w.end});
  }
  const std::vector<span> figures = figures_in(text);
  for (const left_out& l : seed::left_out_figures) {
    if (l.source->id != doc.id || l.words == without_left_out) continue;
    const std::vector<span> places = places_of(text, l.words, l.occurrence);
    if (places.empty())
      std::cout << doc.id << ": left out \"" << l.words << "\" (occurrence " << l.occurrence
                << ") does not stand in " << doc.file << '\n';
    for (const span p : places) {
      const bool names_a_figure =
          std::any_of(figures.begin(), figures.end(), [&](span f) { return f.within(p); });
      if (!names_a_figure)
        std::cout << doc.id << ": left out \"" << l.words << "\" names no figure at \""
                  << line_of(text, p) << "\"\n";
      problems += names_a_figure ? 0 : 1;
      covered.push_back(p);
    }
    problems += places.empty() ? 1 : 0;
  }
  for (const span f : figures) {
    const bool is_covered =
        std::any_of(covered.begin(), covered.end(), [&](span c) { return f.within(c); });
    if (is_covered) continue;
    std::cout << doc.id << ": not covered: \"" << text.substr(f.begin, f.end - f.begin)
              << "\" in \"" << line_of(text, f) << "\"\n";
    ++problems;
  }
  return problems;
}

void print_markdown() {
  for (const document* doc : seed::documents) {
    for (const left_out& l : seed::left_out_figures) {
      if (l.source->id != doc->id) continue;
      std::cout << "- " << doc->id << " \"" << l.words << "\"";
      if (l.occurrence > 0) std::cout << " (occurrence " << l.occurrence << ")";
      std::cout << ": " << l.reason << '\n';
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: coverage_test DIR [--markdown]\n";
    return 2;
  }
  if (argc > 2 && std::string_view(argv[2]) == "--markdown") {
    print_markdown();
    return 0;
  }
  int problems = 0, figures = 0;
  for (const document* doc : seed::documents) {
    const std::string text = read_file(std::string(argv[1]) + "/" + std::string(doc->file));
    if (text.empty()) {
      std::cout << doc->id << ": cannot read " << argv[1] << "/" << doc->file << '\n';
      ++problems;
      continue;
    }
    figures += int(figures_in(text).size());
    problems += check_document(*doc, text);
  }
  std::cout << "coverage: " << figures << " figures in " << seed::documents.size() << " sources, "
            << seed::claims.size() << " claims, " << seed::left_out_figures.size() << " left out\n";
  if (problems != 0) {
    std::cout << "coverage: FAIL, " << problems << " problem(s)\n";
    return 1;
  }
  std::cout << "coverage: every figure is encoded or left out with its reason\n";
  return 0;
}
