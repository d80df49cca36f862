// nevfacts/money.hpp -- amounts of money and dated exchange rates
//
// Synopsis (namespace nevfacts)
//   cny_amount, usd_amount (nevfacts/quantity.hpp)
//   template <class QuoteUnit, class BaseUnit, class Rep = double> class exchange_rate;
//     // QuoteUnit per BaseUnit (CNY per USD), valid for a period: a dated fact, never a
//     // static conversion factor; a rate of zero or less is refused
//   using cny_per_usd = exchange_rate<units::yuan_unit, units::us_dollar_unit>;
//   constexpr auto convert(quantity<BaseUnit, Rep>, exchange_rate)  -> quantity<QuoteUnit, Rep>
//   constexpr auto convert(quantity<QuoteUnit, Rep>, exchange_rate) -> quantity<BaseUnit, Rep>
//   constexpr auto implied_rate(quantity<QuoteUnit, Rep>, quantity<BaseUnit, Rep>, period)
//
//   constexpr cny_per_usd rate_2023{7.05, period::year(2023)};
//   constexpr cny_amount in_yuan = convert(31.91 * billion * units::us_dollars, rate_2023);
//
// convert() does not compare the amount's period with the rate's: an amount is a bare quantity
// and has no period (a fact has; for two facts of one period, derive_rate and
// check_exchange_rate test the period). Amounts are numbers: an interval is not converted.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/detail/fail.hpp>
#include <nevfacts/period.hpp>
#include <nevfacts/quantity.hpp>

#include <ostream>

namespace nevfacts {

template <class QuoteUnit, class BaseUnit, class Rep = double>
class exchange_rate {
 public:
  using quote_unit = QuoteUnit;
  using base_unit = BaseUnit;
  using rep = Rep;

  constexpr exchange_rate() = default;
  constexpr exchange_rate(Rep quote_per_base, period valid)
      : rate_(positive(quote_per_base)), valid_(valid) {}

  constexpr Rep value() const { return rate_; }
  constexpr period valid_for() const { return valid_; }

  friend constexpr quantity<QuoteUnit, Rep> convert(const quantity<BaseUnit, Rep>& amount,
                                                    const exchange_rate& r) {
    return quantity<QuoteUnit, Rep>::from_value(amount.value() * r.rate_);
  }
  friend constexpr quantity<BaseUnit, Rep> convert(const quantity<QuoteUnit, Rep>& amount,
                                                   const exchange_rate& r) {
    return quantity<BaseUnit, Rep>::from_value(amount.value() / r.rate_);
  }

 private:
  // A rate is a price of one currency in another: zero or less converts nothing into anything.
  static constexpr Rep positive(Rep r) {
    if constexpr (std::is_same_v<Rep, double>) {
      if (!(r > 0.0)) {
        failure::exchange_rate_must_be_positive(r);
        throw_domain_error("nevfacts: an exchange rate must be positive");
      }
    }
    return r;
  }
  Rep rate_{};
  period valid_{};
};

using cny_per_usd = exchange_rate<units::yuan_unit, units::us_dollar_unit>;

template <class QuoteUnit, class BaseUnit, class Rep>
constexpr exchange_rate<QuoteUnit, BaseUnit, Rep> implied_rate(
    const quantity<QuoteUnit, Rep>& quote, const quantity<BaseUnit, Rep>& base, period on) {
  return {quote.value() / base.value(), on};
}

template <class Amount, class QuoteUnit, class BaseUnit, class Rep>
requires(!std::is_same_v<Amount, quantity<QuoteUnit, Rep>> &&
         !std::is_same_v<Amount, quantity<BaseUnit, Rep>>) constexpr Amount
    convert(const Amount& amount, const exchange_rate<QuoteUnit, BaseUnit, Rep>&) {
  constexpr bool amount_is_in_a_currency_of_the_rate = dependent_false<Amount>;
  constexpr bool amount_is_an_interval = requires {
    requires std::is_same_v<typename Amount::value_type, real_interval>;
  };
  if constexpr (amount_is_an_interval)
    static_assert(
        amount_is_in_a_currency_of_the_rate,
        "nevfacts: convert() converts an amount with a number value (US$31.91 billion), not an "
        "interval "
        "(a fact's typed_value()): convert each bound, or use derive_rate on the two facts");
  else
    static_assert(
        amount_is_in_a_currency_of_the_rate,
        "nevfacts: convert() takes an amount in one of the exchange rate's two currencies");
  return amount;
}

template <class QuoteUnit, class BaseUnit>
std::ostream& operator<<(std::ostream& out, const exchange_rate<QuoteUnit, BaseUnit, double>& r) {
  return out << format_number(r.value()) << ' ' << units::unit_traits<QuoteUnit>::descriptor.name
             << " per " << units::unit_traits<BaseUnit>::descriptor.name << " (" << r.valid_for()
             << ')';
}

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
