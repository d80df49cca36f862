// The seed data set's kinds, for the tests that count vehicles, companies and people: they are
// the data set's (nevfacts/data/china_nev/units.hpp), not the core's.
#pragma once

#include <nevfacts/data/china_nev/units.hpp>

namespace nev = nevfacts::data::china_nev;
using nev::cluster_count;
using nev::company_count;
using nev::person_count;
using nev::platform_count;
using nev::vehicle_count;
using nev::vehicle_rate;
