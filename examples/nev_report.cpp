// nev_report: every seed document's facts, what they imply, and every check, for a person
// (default), as JSON (--json), as CSV (--csv), or as static HTML pages (--html DIR): each source
// text with its figures marked, and an index (html_report.hpp).
//
// Every fact lists the claims it rests on, every derived fact the facts it came from, and
// every check its two sides and the documents it ties. The library refuses a check whose sides
// rest on the same claims, so each check counted in the summary is independent evidence.
#include <nevfacts/data/china_nev/registry.hpp>
#include <nevfacts/print.hpp>

#include "html_report.hpp"
#include "text_table.hpp"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace nevfacts;
namespace seeds = nevfacts::data::china_nev;

std::string json_string(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\')
      out += std::string("\\") + c;
    else if (static_cast<unsigned char>(c) < 0x20) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
      out += buffer;
    } else
      out += c;
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
  return "{\"start\":\"" + to_string(p.first_day()) + "\",\"end\":\"" + to_string(p.last_day()) +
         "\"}";
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

// The claim ids a fact rests on (the library keeps their hashes).
std::vector<std::string_view> claim_ids(const fact& f) {
  std::vector<std::string_view> ids;
  for (const fact& c : seeds::all::claims)
    if (f.rests_on.contains(c.id_hash)) ids.push_back(c.id);
  return ids;
}

std::vector<std::string_view> documents_of(const check_result& c) {
  std::vector<std::string_view> docs;
  for (std::string_view id : c.facts) {
    if (id.empty()) continue;
    const fact* f = seeds::all::facts.find(id);
    if (f == nullptr) continue;
    for (std::string_view claim_id : claim_ids(*f)) {
      const std::string_view doc = seeds::all::facts.find(claim_id)->source->id;
      if (std::find(docs.begin(), docs.end(), doc) == docs.end()) docs.push_back(doc);
    }
  }
  std::sort(docs.begin(), docs.end());
  return docs;
}

std::string list_json(const std::vector<std::string_view>& items) {
  std::string out = "[";
  for (std::string_view item : items)
    out.append(out.size() > 1 ? "," : "").append(json_string(item));
  return out + "]";
}

std::string joined(const std::vector<std::string_view>& items) {
  std::string out;
  for (std::string_view item : items) out.append(out.empty() ? "" : ", ").append(item);
  return out;
}

std::string stated_text(const fact& f) {
  if (f.state != status::derived) return std::string(f.words);
  return std::string("derived by ").append(f.rule);
}

// Long cells wrap within their columns (text_table.hpp): a subject or a quote is never cut.
void print_fact_row(const fact& f) {
  std::cout << text_table::row({{std::string(f.id), 36},
                                {f.about.name() + " " + std::string(f.metric_name), 40},
                                {to_string(f.when), 24},
                                {std::string(to_string(f.state)), 9},
                                {stated_text(f), 32},
                                {format_value(*f.kind, f.value), 40}},
                               "  ");
}

void print_text() {
  for (const document* d : seeds::all::documents) {
    std::cout << "\n== " << d->id << "  " << d->file << "  " << d->publisher << ", " << d->published
              << "\n   " << d->title << "\n";
    for (const fact& f : seeds::all::claims)
      if (f.source == d) {
        print_fact_row(f);
        std::cout << text_table::row({{std::string("\"").append(f.quote).append("\""), 112}},
                                     "      ");
      }
  }
  std::cout << "\n== derived figures\n";
  for (const fact& f : seeds::all::derived_facts) print_fact_row(f);

  // The registry's own check is a check of the data set, not evidence about a figure.
  std::size_t counts[4] = {}, independent = 0, across_documents = 0;
  std::string registry_note;
  for (verdict v : {verdict::holds, verdict::flagged, verdict::cannot_tell, verdict::contradicts}) {
    std::cout << "\n== checks that " << (v == verdict::holds ? "hold" : to_string(v)) << "\n";
    for (const check_result& c : seeds::all::checks) {
      if (c.which == rule::registry) {
        if (v == verdict::holds) registry_note = explain(c, seeds::all::facts);
        continue;
      }
      if (c.outcome != v) continue;
      ++counts[static_cast<unsigned>(v)];
      ++independent;
      const auto docs = documents_of(c);
      across_documents += docs.size() > 1 ? 1 : 0;
      std::cout << text_table::row({{std::string(to_string(c.outcome)), 12},
                                    {explain(c, seeds::all::facts), 112}},
                                   "  ")
                << text_table::row({{"", 12}, {"ties " + joined(docs), 112}}, "  ");
    }
  }
  std::cout << "\nsummary: " << seeds::all::documents.size() << " documents, "
            << seeds::all::claims.size() << " facts, " << seeds::all::derived_facts.size()
            << " derived, " << independent
            << " independent checks (no check's sides rest on the same claims; " << across_documents
            << " tie two documents or more): " << counts[static_cast<unsigned>(verdict::holds)]
            << " held, " << counts[static_cast<unsigned>(verdict::contradicts)] << " contradicted, "
            << counts[static_cast<unsigned>(verdict::flagged)] << " flagged, "
            << counts[static_cast<unsigned>(verdict::cannot_tell)] << " cannot tell; "
            << registry_note << "\n";
  for (const check_result& c : seeds::all::checks)
    if (is_flagged(c)) std::cout << "flagged: " << explain(c, seeds::all::facts) << "\n";
}

std::string fact_json(const fact& f) {
  std::string out =
      "{\"id\":" + json_string(f.id) + ",\"subject\":" + json_string(f.about.name()) +
      ",\"metric\":" + json_string(f.metric_id) + ",\"period\":" + period_json(f.when) +
      ",\"unit\":" + json_string(f.kind->unit) + ",\"lo\":" + json_number(f.value.lo) +
      ",\"hi\":" + json_number(f.value.hi) + ",\"rests_on\":" + list_json(claim_ids(f));
  if (f.state == status::derived)
    return out + ",\"rule\":" + json_string(f.rule) + ",\"from\":" + ids_json(f.from) + "}";
  return out + ",\"document\":" + json_string(f.source->id) +
         ",\"status\":" + json_string(to_string(f.state)) + ",\"stated\":" + json_string(f.words) +
         ",\"how\":" + json_string(to_string(f.how)) + ",\"quote\":" + json_string(f.quote) + "}";
}

template <class Items, class Emit>
std::string json_array(const Items& items, Emit emit) {
  std::string out = "[";
  for (const auto& item : items) out.append(out.size() > 1 ? ",\n " : "\n ").append(emit(item));
  return out + "]";
}

void print_json() {
  std::cout << "{\"documents\":" << json_array(seeds::all::documents, [](const document* d) {
    return "{\"id\":" + json_string(d->id) + ",\"file\":" + json_string(d->file) +
           ",\"publisher\":" + json_string(d->publisher) +
           ",\"date\":" + json_string(to_string(d->published.first_day())) + "}";
  });
  std::cout << ",\n\"facts\":" << json_array(seeds::all::claims, fact_json);
  std::cout << ",\n\"derived\":" << json_array(seeds::all::derived_facts, fact_json);
  std::cout << ",\n\"left_out\":"
            << json_array(seeds::all::left_out_figures, [](const left_out& l) {
                 return "{\"document\":" + json_string(l.source != nullptr ? l.source->id : "") +
                        ",\"words\":" + json_string(l.words) +
                        ",\"reason\":" + json_string(l.reason) +
                        ",\"occurrence\":" + std::to_string(l.occurrence) + "}";
               });
  std::cout << ",\n\"checks\":"
            << json_array(seeds::all::checks,
                          [n = 0](const check_result& c) mutable {
                            source_ids first{}, second{};
                            for (std::size_t i = 0; i < max_sources; ++i)
                              (i < c.first_side ? first[i] : second[i - c.first_side]) = c.facts[i];
                            return "{\"id\":\"check" + std::to_string(n++) +
                                   "\",\"rule\":" + json_string(to_string(c.which)) +
                                   ",\"facts\":" + ids_json(c.facts) + ",\"sides\":[" +
                                   ids_json(first) + "," + ids_json(second) + "]" +
                                   ",\"documents\":" + list_json(documents_of(c)) +
                                   ",\"verdict\":" + json_string(to_string(c.outcome)) +
                                   ",\"implied\":{\"lo\":" + json_number(c.implied.lo) +
                                   ",\"hi\":" + json_number(c.implied.hi) +
                                   "},\"stated\":{\"lo\":" + json_number(c.stated.lo) +
                                   ",\"hi\":" + json_number(c.stated.hi) +
                                   "},\"detail\":" + json_string(explain(c, seeds::all::facts)) +
                                   "}";
                          })
            << "}\n";
}

void print_csv() {
  std::cout << "id,document,subject,metric,start,end,status,unit,stated,lo,hi,quote\n";
  auto row = [](const fact& f) {
    std::cout << csv_field(f.id) << ',' << csv_field(f.source ? f.source->id : "") << ','
              << csv_field(f.about.name()) << ',' << csv_field(f.metric_id) << ','
              << to_string(f.when.first_day()) << ',' << to_string(f.when.last_day()) << ','
              << to_string(f.state) << ',' << csv_field(f.kind->unit) << ','
              << csv_field(stated_text(f)) << ','
              << (is_infinite(f.value.lo) ? "" : json_number(f.value.lo)) << ','
              << (is_infinite(f.value.hi) ? "" : json_number(f.value.hi)) << ','
              << csv_field(f.quote) << '\n';
  };
  for (const fact& f : seeds::all::claims) row(f);
  for (const fact& f : seeds::all::derived_facts) row(f);
}

}  // namespace

#ifndef NEVFACTS_SOURCES_DIR
#define NEVFACTS_SOURCES_DIR "data/sources"
#endif

int main(int argc, char** argv) {
  const std::vector<std::string_view> args(argv + 1, argv + argc);
  const std::string_view mode = args.empty() ? "" : args[0];
  if (mode == "--json" && args.size() == 1)
    print_json();
  else if (mode == "--csv" && args.size() == 1)
    print_csv();
  else if (mode.empty())
    print_text();
  else if (mode == "--html" && (args.size() == 2 || (args.size() == 4 && args[2] == "--sources")))
    return html_report::write_site(std::string(args[1]),
                                   std::string(args.size() == 4 ? args[3] : NEVFACTS_SOURCES_DIR));
  else {
    std::cerr << "usage: nev_report [--json | --csv | --html DIR [--sources DIR]]\n"
                 "  --html DIR      one page per document (its source text, figures marked) and "
                 "DIR/index.html\n"
                 "  --sources DIR   where the source texts are (default " NEVFACTS_SOURCES_DIR
                 ")\n";
    return 2;
  }
  return 0;
}
