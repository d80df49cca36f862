// Tests for nevfacts/subject.hpp: hash_text gives one value in a constant evaluation and at
// run time (the registry hashes ids at compile time and looks them up at run time), and
// identity is the id, with the address only as a run-time shortcut.
#include <nevfacts/subject.hpp>

#include <doctest/doctest.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using namespace nevfacts;

namespace {
// 40 characters, some of them above 0x7f (hashed as unsigned bytes either way).
constexpr std::string_view letters = "abcdefghij\x80\xff" "klmnopqrstuvwxyz0123456789AB";
constexpr std::size_t longest = 20, offsets = 8;

// Every length 0..20 at every offset 0..7, so that the run-time loads are aligned and not.
constexpr auto hashes_at_compile_time = [] {
  std::array<std::array<std::uint64_t, longest + 1>, offsets> h{};
  for (std::size_t at = 0; at < offsets; ++at)
    for (std::size_t n = 0; n <= longest; ++n) h[at][n] = hash_text(letters.substr(at, n));
  return h;
}();
}  // namespace

TEST_CASE("hash_text: the same value in a constant evaluation and at run time, lengths 0 to 20") {
  const std::string text(letters);  // run-time storage, so the run-time path loads from it
  for (std::size_t at = 0; at < offsets; ++at)
    for (std::size_t n = 0; n <= longest; ++n) {
      CAPTURE(at);
      CAPTURE(n);
      CHECK(hash_text(std::string_view(text).substr(at, n)) == hashes_at_compile_time[at][n]);
    }
}

TEST_CASE("hash_text: the length, every byte and the seed change the value") {
  static_assert(hash_text("") != hash_text(std::string_view("\0", 1)));
  static_assert(hash_text("abcdefgh") != hash_text(std::string_view("abcdefgh\0", 9)));  // a zero byte counts
  static_assert(hash_text("abcdefghi") != hash_text("abcdefghj"));
  static_assert(hash_text("abcdefghi") != hash_text("bbcdefghi"));
  static_assert(hash_text("sales") != hash_text("sales", 1));
  for (std::size_t n = 0; n < longest; ++n)
    CHECK(hashes_at_compile_time[0][n] != hashes_at_compile_time[0][n + 1]);
}

TEST_CASE("entity and segment: the same id is the same thing, at any address") {
  static constexpr entity freedonia{"freedonia", "Freedonia"};
  static constexpr entity freedonia_again{"freedonia", "Freedonia (another copy)"};
  static constexpr entity sylvania{"sylvania", "Sylvania"};
  static_assert(freedonia.is(freedonia) && freedonia.is(freedonia_again) && !freedonia.is(sylvania));
  static constexpr segment units{"units", "all units", 0};
  static constexpr segment units_again{"units", "units", 0};
  static constexpr segment premium{"premium", "premium units", 1};
  static_assert(units.is(units) && units.is(units_again) && !units.is(premium));

  // At run time, too, and with ids that are equal texts in different storage.
  const std::string id = "freedonia";
  const entity built_now{id, "Freedonia"};
  CHECK(built_now.is(built_now));
  CHECK(built_now.is(freedonia));
  CHECK(freedonia.is(built_now));
  CHECK_FALSE(built_now.is(sylvania));
  CHECK((freedonia / units).same_as(built_now / units_again));
  CHECK_FALSE((freedonia / units).same_as(freedonia / premium));
}

TEST_CASE("detail::same_text: equal texts, in a constant evaluation and at run time") {
  static_assert(detail::same_text("", ""));
  static_assert(detail::same_text("units", "units"));
  static_assert(!detail::same_text("units", "unit"));
  static_assert(!detail::same_text("units", "uniTs"));
  const std::string a = "premium", b = "premium", c = "premiun";
  CHECK(detail::same_text(a, b));
  CHECK(detail::same_text(a, a));
  CHECK_FALSE(detail::same_text(a, c));
  CHECK_FALSE(detail::same_text(std::string_view(a).substr(0, 3), a));  // one address, two lengths
}
