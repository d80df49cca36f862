// nevfacts/data/china_nev/doc_003.hpp -- data/sources/003_4ffeeb5e3217f286.txt
//
// The 2024 China Auto Forum in Jiading, published 2024-07-25 (the file's date line). "Last
// year" is 2023; "the past nine years" end with 2023, the last full year.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/data/china_nev/vocabulary.hpp>

namespace nevfacts::data::china_nev::doc003 {

inline constexpr document source{"doc003", "003_4ffeeb5e3217f286.txt", "Industry experts address auto sector's sustainability",
                                 "Jiading District (Shanghai) news", "date 2024-07-25", period::day(2024, 7, 25)};

inline constexpr std::string_view leader_quote =
    "Jiading is rapidly developing as the core of a world-class automobile industry center, as China leads the world "
    "in NEV production and sales.";
inline constexpr std::string_view forum_quote =
    "Over 200 industry leaders and professionals convened at the 2024 China Auto Forum in Jiading District from July "
    "11–13";
inline constexpr std::string_view run_quote =
    "For the past nine years, China has been the global leader in both the production and sales of new-energy vehicles.";
inline constexpr std::string_view sales_quote =
    "China’s NEV sales reached 9.5 million units in 2023, accounting for more than 60 percent of the global market share.";
inline constexpr std::string_view half_quote =
    "With sales of 4.94 million units, up 32 percent year over year and capturing a 35.2-percent market share, this "
    "upward trend persisted in the first half of 2024.";
inline constexpr std::string_view forecast_quote = "It is anticipated that 11.5 million units will be sold by the end of the year.";
inline constexpr std::string_view sector_quote =
    "Some 200 research and development platforms, and more than 600 businesses are involved in the “new four "
    "modernizations” of the car industry";
inline constexpr std::string_view output_quote = "Total output of this sector hit 231.84 billion yuan (US$31.91 billion) last year.";
inline constexpr std::string_view fleet_quote =
    "With a fleet of 639 autonomous vehicles, 21 businesses including AutoX and Baidu have been testing and "
    "demonstrating in the suburban district.";

inline constexpr auto y2023 = period::year(2023);
inline constexpr auto h1_2024 = period::half(2024, 1);
inline constexpr auto a = status::actual;

inline constexpr auto nev_rank = claim(source, "d003.nev_rank", china / nevs, nev_world_rank, y2023, a, leader_quote, "leads the world");
inline constexpr auto forum_attendees = claim(source, "d003.forum_attendees", jiading / auto_industry, forum_attendance, period::days(period::ymd(2024, 7, 11), period::ymd(2024, 7, 13)), a, forum_quote, "Over 200");
inline constexpr auto nev_leader_years = claim(source, "d003.nev_leader_years", china / nevs, years_as_nev_leader, y2023, a, run_quote, "nine years");
inline constexpr auto nev_sales = claim(source, "d003.nev_sales", china / nevs, sales, y2023, a, sales_quote, "9.5 million units");
inline constexpr auto global_share = claim(source, "d003.global_share", china / nevs, global_sales_share, y2023, a, sales_quote, "more than 60 percent");
inline constexpr auto nev_sales_h1 = claim(source, "d003.nev_sales_h1", china / nevs, sales, h1_2024, a, half_quote, "4.94 million units");
inline constexpr auto nev_sales_h1_growth = claim(source, "d003.nev_sales_h1_growth", china / nevs, sales_growth, h1_2024, a, half_quote, "up 32 percent");
inline constexpr auto nev_share_h1 = claim(source, "d003.nev_share_h1", china / nevs, market_share, h1_2024, a, half_quote, "35.2-percent");
inline constexpr auto nev_trend_h1 = claim(source, "d003.nev_trend_h1", china / nevs, sales_trend, h1_2024, a, half_quote, "upward trend persisted");
inline constexpr auto nev_sales_2024 = claim(source, "d003.nev_sales_2024", china / nevs, sales, period::year(2024), status::forecast, forecast_quote, "11.5 million units");
inline constexpr auto rd_platform_count = claim(source, "d003.rd_platforms", jiading / smart_vehicle_sector, rd_platforms, y2023, a, sector_quote, "Some 200");
inline constexpr auto sector_businesses = claim(source, "d003.sector_businesses", jiading / smart_vehicle_sector, businesses, y2023, a, sector_quote, "more than 600 businesses");
inline constexpr auto sector_output = claim(source, "d003.sector_output", jiading / smart_vehicle_sector, output_value, y2023, a, output_quote, "231.84 billion yuan");
inline constexpr auto sector_output_usd = claim(source, "d003.sector_output_usd", jiading / smart_vehicle_sector, output_value_usd, y2023, a, output_quote, "US$31.91 billion");
inline constexpr auto av_fleet = claim(source, "d003.av_fleet", jiading / autonomous_vehicles, fleet, period::year(2024), a, fleet_quote, "639 autonomous vehicles");
inline constexpr auto av_testers = claim(source, "d003.av_testers", jiading / autonomous_vehicles, testing_businesses, period::year(2024), a, fleet_quote, "21 businesses");

inline constexpr auto facts = std::to_array<fact>({nev_rank, forum_attendees, nev_leader_years, nev_sales, global_share,
    nev_sales_h1, nev_sales_h1_growth, nev_share_h1, nev_trend_h1, nev_sales_2024, rd_platform_count,
    sector_businesses, sector_output, sector_output_usd, av_fleet, av_testers});

inline constexpr auto nev_sales_h1_2023 = derive_base("d003.derived.nev_sales_h1_2023", nev_sales_h1, nev_sales_h1_growth);
inline constexpr auto global_nev_sales = derive_whole("d003.derived.global_nev_sales_2023", nev_sales, global_share, world / nevs);
inline constexpr auto vehicle_sales_h1 = derive_whole("d003.derived.vehicle_sales_h1_2024", nev_sales_h1, nev_share_h1, china / vehicles);
inline constexpr auto sector_rate = derive_rate("d003.derived.cny_per_usd_2023", sector_output, sector_output_usd, implied_exchange_rate);
inline constexpr auto nev_first_year = derive_first_year("d003.derived.nev_first_year", nev_leader_years, first_year_as_leader);

inline constexpr auto derived_facts = std::to_array<fact>({nev_sales_h1_2023, global_nev_sales, vehicle_sales_h1,
    sector_rate, nev_first_year});

// Not from the seeds: the yuan's official central parity moved between 6.8 and 7.4 per US
// dollar over 2023 and the first half of 2024. The translation must use a rate in that band.
inline constexpr real_interval cny_per_usd_2023_2024{6.8, 7.4};
// A forecast for the full year, against the year before it.
inline constexpr real_interval plausible_national_growth{-20.0, 60.0};

// The half-year and the full-year figures are two claims each side of a part-of-whole: the
// first half of 2023 (implied by the 2024 half and its growth) within the 2023 total, the
// first half of 2024 within the forecast for the year.
inline constexpr auto checks = std::to_array<check_result>({
    check_part_of_whole(nev_sales_h1_2023, nev_sales),
    check_part_of_whole(nev_sales_h1, nev_sales_2024),
    check_plausible_growth(nev_sales, nev_sales_2024, plausible_national_growth),
    check_direction(nev_trend_h1, nev_sales_h1_growth),
    check_exchange_rate(sector_output, sector_output_usd, cny_per_usd_2023_2024),
});
static_assert(all_hold(checks));

// Figures of the source deliberately not encoded, with the reason (filled in by the coverage work).
inline constexpr std::array<left_out, 0> left_out_figures{};

}  // namespace nevfacts::data::china_nev::doc003

#endif  // NEVFACTS_CXX20
