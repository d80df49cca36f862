// explain_words -- how nevfacts reads a figure's words, for a user encoding a document
//
//   explain_words <kind> "<words>" ["<sentence>"]
//   explain_words --kinds
//
// Prints the interval the words allow, how they were stated, the unit and the sign (and whether
// the sentence supplied them), or the refusal with its reason and what would be read instead.
// Exit status: 0 read, 1 refused, 2 usage.
#include "kind_names.hpp"

#include <iostream>
#include <string>
#include <string_view>

namespace {

using namespace nevfacts;

template <class T>
int explain(std::string_view words, const std::string* sentence) {
  const kind_info& k = kind_traits<T>::info;
  const auto result = sentence ? reported<T>::parse(words, *sentence) : reported<T>::parse(words);
  std::cout << "words:    " << words << '\n';
  if (sentence) std::cout << "sentence: " << *sentence << '\n';
  std::cout << "kind:     " << k.unit << '\n';
  if (!result) {
    std::cout << "refused:  " << name_of(result.reason()) << '\n'
              << "reason:   " << result.error() << '\n'
              << "expected: " << result.expected() << '\n';
    return 1;
  }
  std::cout << "interval: " << format_interval(result->interval()) << '\n'
            << "reads as: " << format_value(k, result->interval()) << '\n'
            << "how:      " << to_string(result->how()) << '\n'
            << "printed:  " << *result << '\n';
  if constexpr (!examples::is_word_kind_v<T>) {
    const reading p = sentence ? read_words(words, *sentence) : read_words(words);
    std::cout << "unit:     " << to_string(p.unit) << '\n'
              << "sign:     "
              << (p.sign > 0   ? "+ (a rise)"
                  : p.sign < 0 ? "- (a fall)"
                               : "none (a level)")
              << (p.sign_in_sentence ? ", from the sentence" : "") << '\n';
    if (p.basis != change_basis::unstated) std::cout << "basis:    " << to_string(p.basis) << '\n';
    if (!p.noun.empty()) std::cout << "noun:     " << p.noun << " (head: " << p.head << ")\n";
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 2 && std::string_view(argv[1]) == "--kinds") {
    for (std::string_view name : nevfacts::examples::kind_names) std::cout << name << '\n';
    return 0;
  }
  if (argc < 3 || argc > 4) {
    std::cerr << "usage: explain_words <kind> \"<words>\" [\"<sentence>\"]\n"
                 "       explain_words --kinds\n";
    return 2;
  }
  const std::string words = argv[2];
  const std::string sentence = argc == 4 ? argv[3] : "";
  int status = 2;
  const bool known = nevfacts::examples::with_kind(argv[1], [&](auto tag) {
    using T = typename decltype(tag)::type;
    status = explain<T>(words, argc == 4 ? &sentence : nullptr);
  });
  if (!known) {
    std::cerr << "explain_words: no kind named '" << argv[1]
              << "' (explain_words --kinds lists them)\n";
    return 2;
  }
  return status;
}
