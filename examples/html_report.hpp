// nev_report --html DIR: one static page per seed document (the source text as received, every
// claim's words marked where they stand, every figure left out marked with its reason) and an
// index of the documents, the derived figures and every check. No server and nothing from
// elsewhere: the pages are plain HTML with their CSS inline, and open from disk.
#pragma once

#include <nevfacts/data/china_nev/registry.hpp>
#include <nevfacts/print.hpp>

#include "html_marks.hpp"

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace html_report {

using namespace nevfacts;
namespace seeds = nevfacts::data::china_nev;
using html_marks::escape;

inline constexpr std::string_view style = R"(
body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5em auto; max-width: 70em;
       padding: 0 1em; color: #222; }
h1 { font-size: 1.5em; margin-bottom: .2em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
.meta, .counts { color: #555; margin: .2em 0; }
pre.source { white-space: pre-wrap; font: 14px/1.7 Georgia, serif; background: #fcfcf8;
             border: 1px solid #ddd;
             padding: 1em; }
mark { border-radius: 3px; padding: 0 1px; color: inherit; }
mark.claim { background: #d8ecd8; border-bottom: 2px solid #3b8a3b; }
mark.claim.v-unchecked { background: #e4e9f2; border-bottom-color: #6d7f9e; }
mark.claim.v-cannot-tell { background: #efe2f7; border-bottom: 3px dotted #7b3fa0; }
mark.claim.v-flagged { background: #ffd9a8; border-bottom: 3px solid #d06a00; font-weight: bold; }
mark.claim.v-contradicts { background: #ffb8b8; border-bottom: 3px solid #c00000;
                           font-weight: bold; }
mark.left-out { background: repeating-linear-gradient(135deg, #eee, #eee 4px, #fff 4px, #fff 8px);
                border: 1px dashed #888; color: #555; }
mark mark { padding: 0; }
:target { outline: 3px solid #1a63c7; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border: 1px solid #ddd; padding: 3px 6px; text-align: left; vertical-align: top;
         overflow-wrap: anywhere; }
th { background: #f2f2f2; }
.verdict { font-weight: bold; white-space: nowrap; }
.verdict.holds { color: #2c6e2c; }
.verdict.flagged { color: #fff; background: #d06a00; padding: 0 4px; }
.verdict.cannot_tell { color: #fff; background: #7b3fa0; padding: 0 4px; }
.verdict.contradicts { color: #fff; background: #c00000; padding: 0 4px; }
.warning { background: #fff0f0; border: 2px solid #c00000; padding: .5em 1em; }
.ok { color: #2c6e2c; }
code { font-size: 13px; }
)";

// Checks are named as in --json: check0, check1, ... in the order of all::checks.
inline std::string check_name(std::size_t i) { return "check" + std::to_string(i); }

inline int severity(verdict v) {
  switch (v) {
    case verdict::holds:
      return 0;
    case verdict::cannot_tell:
      return 1;
    case verdict::flagged:
      return 2;
    case verdict::contradicts:
      return 3;
  }
  return 0;
}

inline std::string css_of(verdict v) {
  std::string name{to_string(v)};
  std::replace(name.begin(), name.end(), '_', '-');
  return name;
}

struct taking_part {
  std::size_t check;     // index in all::checks
  bool through_derived;  // the check reads a figure derived from this one
};

// The checks a fact takes part in: those that name it, and those that name a figure derived
// from it (a claim's growth takes part through the base it gave).
inline std::vector<taking_part> checks_of(const fact& f) {
  std::vector<taking_part> found;
  for (std::size_t i = 0; i < seeds::all::checks.size(); ++i) {
    const check_result& c = seeds::all::checks[i];
    if (c.which == rule::registry) continue;
    bool direct = false, through = false;
    for (std::string_view id : c.facts) {
      if (id.empty()) continue;
      if (id == f.id) direct = true;
      const fact* other = seeds::all::facts.find(id);
      if (other != nullptr && other->state == status::derived &&
          other->rests_on.contains(f.id_hash))
        through = true;
    }
    if (direct || through) found.push_back({i, !direct});
  }
  return found;
}

inline std::string verdict_class(const std::vector<taking_part>& parts) {
  if (parts.empty()) return "v-unchecked";
  verdict worst = verdict::holds;
  for (const taking_part& p : parts)
    if (severity(seeds::all::checks[p.check].outcome) > severity(worst))
      worst = seeds::all::checks[p.check].outcome;
  return "v-" + css_of(worst);
}

inline std::string page_of(const document& d) { return std::string(d.id) + ".html"; }

inline std::string link_to_fact(std::string_view id) {
  const fact* f = seeds::all::facts.find(id);
  if (f == nullptr) return escape(id);
  const std::string href = f->state == status::derived
                               ? "index.html#fact-" + std::string(id)
                               : page_of(*f->source) + "#fact-" + std::string(id);
  return "<a href=\"" + escape(href) + "\">" + escape(id) + "</a>";
}

inline std::string verdict_html(verdict v) {
  return "<span class=\"verdict " + std::string(to_string(v)) + "\">" + std::string(to_string(v)) +
         "</span>";
}

inline std::string checks_html(const std::vector<taking_part>& parts) {
  if (parts.empty()) return "<span class=\"meta\">none</span>";
  std::string out = "<ul>";
  for (const taking_part& p : parts) {
    const check_result& c = seeds::all::checks[p.check];
    out += "<li><a href=\"index.html#" + check_name(p.check) + "\">" + check_name(p.check) +
           "</a> " + escape(to_string(c.which)) + " " + verdict_html(c.outcome);
    if (p.through_derived) out += " <span class=\"meta\">(through a derived figure)</span>";
    out += "</li>";
  }
  return out + "</ul>";
}

// What a mark's tooltip says: the fact in full, and its checks.
inline std::string card_text(const fact& f, const std::vector<taking_part>& parts) {
  std::string text = std::string(f.id) + "\nsubject: " + f.about.name() +
                     "\nmetric: " + std::string(f.metric_name) + " (" + std::string(f.metric_id) +
                     ")\nperiod: " + to_string(f.when) +
                     "\nstatus: " + std::string(to_string(f.state)) + "\nstated: \"" +
                     std::string(f.words) + "\"\ninterval: " + format_value(*f.kind, f.value) +
                     "\nchecks:";
  if (parts.empty()) text += " none";
  for (const taking_part& p : parts) {
    const check_result& c = seeds::all::checks[p.check];
    text += "\n  " + check_name(p.check) + " " + std::string(to_string(c.which)) + ": " +
            std::string(to_string(c.outcome)) +
            (p.through_derived ? " (through a derived figure)" : "");
  }
  return text;
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

struct claim_place {
  const fact* claim;
  std::size_t at = std::string_view::npos;  // in the source text, or npos: not found
};

// Each claim's words where they stand: in its quote, found in the source text (the k-th of
// claims with one quote and one set of words takes the k-th place the words stand in it); a
// quote not in the source text (a translation) leaves the words' first place not yet taken.
inline std::vector<claim_place> place_claims(std::string_view source,
                                             const std::vector<const fact*>& claims) {
  std::vector<claim_place> placed;
  std::vector<std::size_t> taken;
  for (const fact* f : claims) {
    int same_before = 0;
    for (const claim_place& p : placed)
      same_before += p.claim->quote == f->quote && p.claim->words == f->words;
    claim_place place{f};
    const std::size_t quote_at = source.find(f->quote);
    if (quote_at != std::string_view::npos) {
      const std::size_t in_quote = find_words(f->quote, f->words, same_before + 1);
      if (in_quote != std::string_view::npos) place.at = quote_at + in_quote;
    }
    if (place.at == std::string_view::npos)
      for (std::size_t at : html_marks::places_of(source, f->words))
        if (std::find(taken.begin(), taken.end(), at) == taken.end()) {
          place.at = at;
          break;
        }
    if (place.at != std::string_view::npos) taken.push_back(place.at);
    placed.push_back(place);
  }
  return placed;
}

struct left_out_places {
  const left_out* figure;
  std::size_t index;  // among the document's left-out figures
  std::vector<std::size_t> at;
};

inline std::vector<left_out_places> place_left_out(std::string_view source, const document& d) {
  std::vector<left_out_places> placed;
  std::size_t index = 0;
  for (const left_out& figure : seeds::all::left_out_figures) {
    if (figure.source == nullptr || figure.source->id != d.id) continue;
    left_out_places p{&figure, index++, html_marks::places_of(source, figure.words)};
    if (figure.occurrence > 0) {  // only the place it names
      const std::size_t n = static_cast<std::size_t>(figure.occurrence);
      p.at = n <= p.at.size() ? std::vector<std::size_t>{p.at[n - 1]} : std::vector<std::size_t>{};
    }
    placed.push_back(p);
  }
  return placed;
}

inline std::string head(std::string_view title) {
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
         escape(title) + "</title>\n<style>" + std::string(style) + "</style>\n</head>\n<body>\n";
}

inline std::vector<const fact*> claims_of(const document& d) {
  std::vector<const fact*> claims;
  for (const fact& f : seeds::all::claims)
    if (f.source->id == d.id) claims.push_back(&f);
  return claims;
}

inline std::string document_page(const document& d, std::string_view source) {
  const std::vector<const fact*> claims = claims_of(d);
  const std::vector<claim_place> placed = place_claims(source, claims);
  const std::vector<left_out_places> left = place_left_out(source, d);

  std::vector<html_marks::mark> marks;
  std::size_t not_found = 0, left_out_marks = 0, left_out_not_found = 0;
  for (const claim_place& p : placed) {
    const std::vector<taking_part> parts = checks_of(*p.claim);
    if (p.at == std::string_view::npos) {
      ++not_found;
      continue;
    }
    const std::string common = "class=\"claim " + verdict_class(parts) + "\" data-fact=\"" +
                               escape(p.claim->id) + "\" title=\"" +
                               escape(card_text(*p.claim, parts)) + "\"";
    marks.push_back({p.at, p.at + p.claim->words.size(),
                     common + " id=\"mark-" + escape(p.claim->id) + "\" data-piece=\"first\"",
                     common + " data-piece=\"more\""});
  }
  for (const left_out_places& p : left) {
    left_out_not_found += p.at.empty() ? 1 : 0;
    for (std::size_t place = 0; place < p.at.size(); ++place) {
      ++left_out_marks;
      const std::string common = "class=\"left-out\" data-left-out=\"" + std::to_string(p.index) +
                                 "\" data-place=\"" + std::to_string(place) + "\" title=\"" +
                                 escape("not encoded: " + std::string(p.figure->reason)) + "\"";
      marks.push_back({p.at[place], p.at[place] + p.figure->words.size(),
                       common + " data-piece=\"first\"", common + " data-piece=\"more\""});
    }
  }

  std::string out = head(std::string(d.id) + ": " + std::string(d.title));
  out += "<nav><a href=\"index.html\">All documents, derived figures and checks</a></nav>\n";
  std::string meta;
  for (std::string_view part : {d.id, d.publisher, d.dateline})
    if (!part.empty()) meta += escape(part) + " &middot; ";
  out += "<h1>" + escape(d.title) + "</h1>\n<p class=\"meta\">" + meta + "published " +
         escape(to_string(d.published)) + " &middot; source file <code>" + escape(d.file) +
         "</code></p>\n";
  out += "<p class=\"counts\"><span id=\"claims-count\">" + std::to_string(claims.size()) +
         "</span> claims, <span id=\"marked-count\">" + std::to_string(claims.size() - not_found) +
         "</span> marked in the text, <span id=\"not-found-count\">" + std::to_string(not_found) +
         "</span> whose words are not in the source text; <span id=\"left-out-count\">" +
         std::to_string(left.size()) + "</span> figures left out (<span id=\"left-out-marks\">" +
         std::to_string(left_out_marks) +
         "</span> places marked, <span id=\"left-out-not-found\">" +
         std::to_string(left_out_not_found) + "</span> not found)</p>\n";
  out +=
      "<p class=\"meta\">Marks: <mark class=\"claim v-holds\">every check holds</mark> "
      "<mark class=\"claim v-unchecked\">no check</mark> <mark class=\"claim v-cannot-tell\">a "
      "check cannot "
      "tell</mark> <mark class=\"claim v-flagged\">a check flagged it</mark> <mark class=\"claim "
      "v-contradicts\">a check contradicts it</mark> <mark class=\"left-out\">left out on "
      "purpose</mark>. "
      "Hover a mark for the fact; the tables below say the same.</p>\n";
  if (not_found > 0) {
    out += "<div class=\"warning\" id=\"not-found\"><strong>" + std::to_string(not_found) +
           " claims whose words are not in the source text</strong> (their quote may be a "
           "translation):<ul>";
    for (const claim_place& p : placed)
      if (p.at == std::string_view::npos)
        out += "<li>" + link_to_fact(p.claim->id) + ": &ldquo;" + escape(p.claim->words) +
               "&rdquo;</li>";
    out += "</ul></div>\n";
  } else {
    out += "<p class=\"ok\" id=\"not-found\">Every claim's words stand in the source text.</p>\n";
  }
  out += "<h2>Source text as received</h2>\n<pre class=\"source\" id=\"source\">" +
         html_marks::marked_text(source, marks) + "</pre>\n";

  out +=
      "<h2>Claims</h2>\n<table "
      "id=\"claims\"><tr><th>id</th><th>subject</th><th>metric</th><th>period</th>"
      "<th>status</th><th>words as stated</th><th>interval</th><th>checks</th></tr>\n";
  for (const claim_place& p : placed) {
    const fact& f = *p.claim;
    out += "<tr id=\"fact-" + escape(f.id) + "\"><td><code>" +
           (p.at == std::string_view::npos
                ? escape(f.id) + "</code> (not in the text)"
                : "<a href=\"#mark-" + escape(f.id) + "\">" + escape(f.id) + "</a></code>") +
           "</td><td>" + escape(f.about.name()) + "</td><td>" + escape(f.metric_name) +
           "</td><td>" + escape(to_string(f.when)) + "</td><td>" + escape(to_string(f.state)) +
           "</td><td>&ldquo;" + escape(f.words) + "&rdquo;</td><td>" +
           escape(format_value(*f.kind, f.value)) + "</td><td>" + checks_html(checks_of(f)) +
           "</td></tr>\n";
  }
  out += "</table>\n<h2>Figures left out</h2>\n";
  if (left.empty())
    out += "<p class=\"meta\">None listed for this document.</p>\n";
  else {
    out += "<table id=\"left-out\"><tr><th>words</th><th>reason</th><th>places marked</th></tr>\n";
    for (const left_out_places& p : left)
      out +=
          "<tr><td>&ldquo;" + escape(p.figure->words) + "&rdquo;</td><td>" +
          escape(p.figure->reason) + "</td><td>" +
          (p.at.empty()
               ? std::string("<strong class=\"verdict contradicts\">not found in the text</strong>")
               : std::to_string(p.at.size())) +
          "</td></tr>\n";
    out += "</table>\n";
  }
  return out + "</body>\n</html>\n";
}

inline std::string index_page(const std::vector<std::size_t>& not_found_by_document) {
  std::string out = head("nevfacts: the seed documents");
  out += "<h1>The seed documents, what they imply, and every check</h1>\n";
  out +=
      "<h2>Documents</h2>\n<table "
      "id=\"documents\"><tr><th>document</th><th>title</th><th>publisher</th>"
      "<th>published</th><th>claims</th><th>not in the text</th><th>left out</th></tr>\n";
  for (std::size_t i = 0; i < seeds::all::documents.size(); ++i) {
    const document& d = *seeds::all::documents[i];
    std::size_t claims = 0, left = 0;
    for (const fact& f : seeds::all::claims) claims += f.source->id == d.id;
    for (const left_out& l : seeds::all::left_out_figures)
      left += l.source != nullptr && l.source->id == d.id;
    out += "<tr><td><a href=\"" + escape(page_of(d)) + "\">" + escape(d.id) + "</a></td><td>" +
           escape(d.title) + "</td><td>" + escape(d.publisher) + "</td><td>" +
           escape(to_string(d.published)) + "</td><td>" + std::to_string(claims) + "</td><td>" +
           std::to_string(not_found_by_document[i]) + "</td><td>" + std::to_string(left) +
           "</td></tr>\n";
  }
  out +=
      "</table>\n<h2>Derived figures</h2>\n<table "
      "id=\"derived\"><tr><th>id</th><th>subject</th><th>metric</th>"
      "<th>period</th><th>derived by</th><th>from</th><th>interval</th><th>checks</th></tr>\n";
  for (const fact& f : seeds::all::derived_facts) {
    std::string from;
    for (std::string_view id : f.from)
      if (!id.empty()) from += (from.empty() ? "" : ", ") + link_to_fact(id);
    out += "<tr id=\"fact-" + escape(f.id) + "\"><td><code>" + escape(f.id) + "</code></td><td>" +
           escape(f.about.name()) + "</td><td>" + escape(f.metric_name) + "</td><td>" +
           escape(to_string(f.when)) + "</td><td>" + escape(f.rule) +
           (f.basis != status::actual ? " (" + escape(to_string(f.basis)) + ")" : "") +
           "</td><td>" + from + "</td><td>" + escape(format_value(*f.kind, f.value)) + "</td><td>" +
           checks_html(checks_of(f)) + "</td></tr>\n";
  }
  out +=
      "</table>\n<h2>Checks</h2>\n<table "
      "id=\"checks\"><tr><th>check</th><th>rule</th><th>verdict</th>"
      "<th>facts</th><th>what it found</th></tr>\n";
  for (std::size_t i = 0; i < seeds::all::checks.size(); ++i) {
    const check_result& c = seeds::all::checks[i];
    std::string facts;
    for (std::string_view id : c.facts)
      if (!id.empty()) facts += (facts.empty() ? "" : ", ") + link_to_fact(id);
    out += "<tr id=\"" + check_name(i) + "\" class=\"check\"><td>" + check_name(i) + "</td><td>" +
           escape(to_string(c.which)) + "</td><td>" + verdict_html(c.outcome) + "</td><td>" +
           facts + "</td><td>" + escape(explain(c, seeds::all::facts)) + "</td></tr>\n";
  }
  return out + "</table>\n</body>\n</html>\n";
}

inline bool write(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  return bool(out);
}

// Writes DIR/index.html and DIR/<document id>.html; the source texts are read from sources.
inline int write_site(const std::filesystem::path& dir, const std::filesystem::path& sources) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  std::vector<std::size_t> not_found;
  for (const document* d : seeds::all::documents) {
    const std::filesystem::path file = sources / std::string(d->file);
    const std::string source = read_file(file);
    if (source.empty()) {
      std::cerr << "nev_report: cannot read the source text " << file << " (--sources DIR)\n";
      return 1;
    }
    const std::string page = document_page(*d, source);
    std::size_t missing = 0;
    for (const claim_place& p : place_claims(source, claims_of(*d)))
      missing += p.at == std::string_view::npos;
    not_found.push_back(missing);
    if (!write(dir / page_of(*d), page)) {
      std::cerr << "nev_report: cannot write " << dir / page_of(*d) << "\n";
      return 1;
    }
    std::cout << (dir / page_of(*d)).string() << "\n";
  }
  if (!write(dir / "index.html", index_page(not_found))) {
    std::cerr << "nev_report: cannot write " << dir / "index.html"
              << "\n";
    return 1;
  }
  std::cout << (dir / "index.html").string() << "\n";
  return 0;
}

}  // namespace html_report
