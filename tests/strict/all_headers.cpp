// Every public header of nevfacts, used the way a user's program uses them, compiled with a
// user's strict warnings (-Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion)
// at -O0 and -O3: a warning from a nevfacts header fails the test (tests/CMakeLists.txt).
#include <nevfacts/check.hpp>
#include <nevfacts/document.hpp>
#include <nevfacts/fact.hpp>
#include <nevfacts/format.hpp>
#include <nevfacts/growth.hpp>
#include <nevfacts/kind.hpp>
#include <nevfacts/metric.hpp>
#include <nevfacts/money.hpp>
#include <nevfacts/nevfacts.hpp>
#include <nevfacts/ordinal.hpp>
#include <nevfacts/period.hpp>
#include <nevfacts/reader.hpp>
#include <nevfacts/reader/compound.hpp>
#include <nevfacts/reader/cursor.hpp>
#include <nevfacts/reader/grammar.hpp>
#include <nevfacts/reader/interval.hpp>
#include <nevfacts/reader/lexicon.hpp>
#include <nevfacts/reader/noun.hpp>
#include <nevfacts/reader/reading.hpp>
#include <nevfacts/reader/sentence.hpp>
#include <nevfacts/reader/tokens.hpp>
#include <nevfacts/reader/value.hpp>
#include <nevfacts/reader/words.hpp>
#include <nevfacts/print.hpp>
#include <nevfacts/quantity.hpp>
#include <nevfacts/real_interval.hpp>
#include <nevfacts/record.hpp>
#include <nevfacts/registry.hpp>
#include <nevfacts/reported.hpp>
#include <nevfacts/rules.hpp>
#include <nevfacts/scale.hpp>
#include <nevfacts/share.hpp>
#include <nevfacts/subject.hpp>
#include <nevfacts/units.hpp>
#include <nevfacts/data/china_nev/registry.hpp>

#include <iostream>
#include <string>
#include "../common/nev_kinds.hpp"

int main(int argc, char** argv) {
  using namespace nevfacts;
  namespace seeds = nevfacts::data::china_nev;
  const std::string words = argc > 1 ? argv[1] : "up 32 percent";
  std::size_t printed = 0;
  for (const fact& f : seeds::all::facts) {
    std::cout << f.id << ' ' << to_string(f.when) << ' ' << format_value(*f.kind, f.value) << '\n';
    ++printed;
  }
  for (const check_result& c : seeds::all::checks) std::cout << explain(c, seeds::all::facts) << '\n' << c << '\n';
  std::cout << seeds::all::facts[0] << '\n';
  if (const auto g = reported<growth>::parse(words)) std::cout << *g << ' ' << g->value() << '\n';
  if (const auto v = reported<vehicle_count>::parse("9.5 million units")) std::cout << *v << ' ' << v->value() << '\n';
  std::cout << percent(56) << ' ' << points(6.1) << ' ' << growth_percent(24.1) << ' ' << times_as_many(1.6) << ' '
            << rank{2} << ' ' << calendar_year{2015} << ' ' << direction::up << ' ' << period::half(2024, 1) << ' '
            << 9.495 * million * nev::units::vehicles << ' ' << cny_per_usd{7.1, period::year(2023)} << '\n';
  return printed == seeds::all::facts.size() ? 0 : 1;
}
