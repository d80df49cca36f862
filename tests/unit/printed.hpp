// What operator<< writes for a value, as a string: the printing tests compare it with the text.
#pragma once

#include <sstream>
#include <string>

template <class T>
std::string printed(const T& value) {
  std::ostringstream out;
  out << value;
  return out.str();
}
