// Built as C++17 by the test strict_warnings.cxx17_message: every header, one error.
#include <nevfacts/nevfacts.hpp>
#include <nevfacts/data/china_nev/registry.hpp>

int main() { return 0; }
