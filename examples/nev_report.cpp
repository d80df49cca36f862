// nev_report: every seed document's facts, what they imply, and every check, for a person
// (default), as JSON (--json) or as CSV (--csv).
#include <nevfacts/data/china_nev/registry.hpp>

#include <cstdio>
#include <iomanip>
#include <iostream>
#include <string>
#include <string_view>

namespace {

using namespace nevfacts;
namespace seeds = nevfacts::data::china_nev;

std::string fit(std::string text, std::size_t width) {
  if (text.size() > width) text = text.substr(0, width - 3) + "...";
  return text;
}

std::string json_string(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += std::string("\\") + c;
    else if (static_cast<unsigned char>(c) < 0x20) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
      out += buffer;
    } else out += c;
  }
  return out + "\"";
}

std::string json_number(double x) {
  if (is_infinite(x)) return "null";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.17g", x);
  return buffer;
}

std::string csv_field(std::string_view text) {
  std::string out = "\"";
  for (char c : text) out += (c == '"') ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string period_json(period p) {
  return "{\"start\":\"" + to_string(p.first_day()) + "\",\"end\":\"" + to_string(p.last_day()) + "\"}";
}

std::string ids_json(const source_ids& ids) {
  std::string out = "[";
  for (auto id : ids) {
    if (id.empty()) continue;
    if (out.size() > 1) out += ',';
    out += json_string(id);
  }
  return out + "]";
}

std::string stated_text(const fact& f) {
  if (f.state != status::derived) return std::string(f.words);
  return std::string("derived by ").append(f.rule);
}

void print_fact_row(const fact& f) {
  std::cout << "  " << std::left << std::setw(36) << fit(std::string(f.id), 34) << std::setw(40)
            << fit(f.about.name() + " " + std::string(f.metric_name), 38) << std::setw(14) << to_string(f.when)
            << std::setw(9) << to_string(f.state) << std::setw(32) << fit(stated_text(f), 30)
            << format_value(*f.kind, f.value) << "\n";
}

void print_text() {
  for (const document* d : seeds::all::documents) {
    std::cout << "\n== " << d->id << "  " << d->file << "  " << d->publisher << ", " << d->published << "\n   "
              << d->title << "\n";
    for (const fact& f : seeds::all::claims)
      if (f.source == d) {
        print_fact_row(f);
        std::cout << "      \"" << fit(std::string(f.quote), 110) << "\"\n";
      }
  }
  std::cout << "\n== derived figures\n";
  for (const fact& f : seeds::all::derived_facts) print_fact_row(f);

  std::size_t counts[4] = {};
  for (verdict v : {verdict::holds, verdict::flagged, verdict::cannot_tell, verdict::contradicts}) {
    std::cout << "\n== checks that " << (v == verdict::holds ? "hold" : to_string(v)) << "\n";
    for (const check_result& c : seeds::all::checks)
      if (c.outcome == v) {
        ++counts[static_cast<unsigned>(v)];
        std::cout << "  " << std::left << std::setw(12) << to_string(c.outcome) << explain(c) << "\n";
      }
  }
  std::cout << "\nsummary: " << seeds::all::documents.size() << " documents, " << seeds::all::claims.size() << " facts, "
            << seeds::all::derived_facts.size() << " derived, " << seeds::all::checks.size() << " checks: "
            << counts[static_cast<unsigned>(verdict::holds)] << " held, "
            << counts[static_cast<unsigned>(verdict::contradicts)] << " contradicted, "
            << counts[static_cast<unsigned>(verdict::flagged)] << " flagged, "
            << counts[static_cast<unsigned>(verdict::cannot_tell)] << " cannot tell\n";
}

std::string fact_json(const fact& f) {
  std::string out = "{\"id\":" + json_string(f.id) + ",\"subject\":" + json_string(f.about.name()) +
                    ",\"metric\":" + json_string(f.metric_id) + ",\"period\":" + period_json(f.when) +
                    ",\"unit\":" + json_string(f.kind->unit) + ",\"lo\":" + json_number(f.value.lo) +
                    ",\"hi\":" + json_number(f.value.hi);
  if (f.state == status::derived) return out + ",\"rule\":" + json_string(f.rule) + ",\"from\":" + ids_json(f.from) + "}";
  return out + ",\"document\":" + json_string(f.source->id) + ",\"status\":" + json_string(to_string(f.state)) +
         ",\"stated\":" + json_string(f.words) + ",\"how\":" + json_string(to_string(f.how)) +
         ",\"quote\":" + json_string(f.quote) + "}";
}

template <class Items, class Emit>
std::string json_array(const Items& items, Emit emit) {
  std::string out = "[";
  for (const auto& item : items) out.append(out.size() > 1 ? ",\n " : "\n ").append(emit(item));
  return out + "]";
}

void print_json() {
  std::cout << "{\"documents\":" << json_array(seeds::all::documents, [](const document* d) {
    return "{\"id\":" + json_string(d->id) + ",\"file\":" + json_string(d->file) + ",\"publisher\":" +
           json_string(d->publisher) + ",\"date\":" + json_string(to_string(d->published.first_day())) + "}";
  });
  std::cout << ",\n\"facts\":" << json_array(seeds::all::claims, fact_json);
  std::cout << ",\n\"derived\":" << json_array(seeds::all::derived_facts, fact_json);
  std::cout << ",\n\"checks\":" << json_array(seeds::all::checks, [n = 0](const check_result& c) mutable {
    return "{\"id\":\"check" + std::to_string(n++) + "\",\"rule\":" + json_string(to_string(c.which)) +
           ",\"facts\":" + ids_json(c.facts) + ",\"verdict\":" + json_string(to_string(c.outcome)) +
           ",\"implied\":{\"lo\":" + json_number(c.implied.lo) + ",\"hi\":" + json_number(c.implied.hi) +
           "},\"stated\":{\"lo\":" + json_number(c.stated.lo) + ",\"hi\":" + json_number(c.stated.hi) +
           "},\"detail\":" + json_string(explain(c)) + "}";
  }) << "}\n";
}

void print_csv() {
  std::cout << "id,document,subject,metric,start,end,status,unit,stated,lo,hi,quote\n";
  auto row = [](const fact& f) {
    std::cout << csv_field(f.id) << ',' << csv_field(f.source ? f.source->id : "") << ',' << csv_field(f.about.name())
              << ',' << csv_field(f.metric_id) << ',' << to_string(f.when.first_day()) << ','
              << to_string(f.when.last_day()) << ',' << to_string(f.state) << ',' << csv_field(f.kind->unit) << ','
              << csv_field(stated_text(f)) << ',' << (is_infinite(f.value.lo) ? "" : json_number(f.value.lo)) << ','
              << (is_infinite(f.value.hi) ? "" : json_number(f.value.hi)) << ',' << csv_field(f.quote) << '\n';
  };
  for (const fact& f : seeds::all::claims) row(f);
  for (const fact& f : seeds::all::derived_facts) row(f);
}

}  // namespace

int main(int argc, char** argv) {
  const std::string_view mode = argc > 1 ? argv[1] : "";
  if (mode == "--json") print_json();
  else if (mode == "--csv") print_csv();
  else if (mode.empty()) print_text();
  else {
    std::cerr << "usage: nev_report [--json | --csv]\n";
    return 2;
  }
  return 0;
}
