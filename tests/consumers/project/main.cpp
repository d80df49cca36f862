// A consumer of nevfacts::core alone, or of the data set (nevfacts::china_nev, nevfacts::nevfacts).
#include <nevfacts/nevfacts.hpp>

#include <iostream>

#ifdef NEVFACTS_CONSUMER_CORE_ONLY
#if __has_include(<nevfacts/data/china_nev/registry.hpp>)
#error "nevfacts::core must not put the data set's headers on the include path"
#endif

// The core names no unit of the data set: were nevfacts::vehicle_count declared, this would not
// compile (a conflicting declaration).
namespace nevfacts {
using vehicle_count = void;
}  // namespace nevfacts

int main() {
  using namespace nevfacts;
  constexpr reported<item_count> sales{"9.5 million units"};
  static_assert(sales.interval().contains(9.45e6) && sales.interval().contains(9.55e6));
  std::cout << "core: " << sales << '\n';
  return 0;
}
#else
#include <nevfacts/data/china_nev/registry.hpp>

int main() {
  namespace seeds = nevfacts::data::china_nev;
  static_assert(seeds::all::facts.size() > 0);
  std::cout << "data set: " << seeds::all::facts.size() << " facts, " << seeds::all::checks.size() << " checks\n";
  return seeds::all::facts.find("d000.nev_sales") != nullptr ? 0 : 1;
}
#endif
