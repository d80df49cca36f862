#include <nevfacts/nevfacts.hpp>

static_assert(true);

int main() { return 0; }
