#!/usr/bin/env python3
"""Runs nev_report --json and checks, outside the library, what the report claims: every fact's
claims recomputed from the derived facts' `from`, no check whose sides rest on the same claims,
the documents each check ties, and a summary that counts what the JSON holds."""
import json
import subprocess
import sys

report = sys.argv[1]
data = json.loads(subprocess.run([report, "--json"], check=True, capture_output=True, text=True).stdout)
text = subprocess.run([report], check=True, capture_output=True, text=True).stdout
failures = []

def expect(condition, message):
    if not condition:
        failures.append(message)

expect(set(data) >= {"documents", "facts", "derived", "checks"}, "top-level keys")
expect(len(data["documents"]) == 5, "five documents")
units = {"vehicles", "vehicles_per_year", "companies", "CNY", "USD", "percent", "percentage_points",
         "growth_percent", "CNY_per_USD", "years", "count", "clusters", "platforms", "people", "rank",
         "direction", "weekday", "date", "year", "times"}
ids = set()
for fact in data["facts"] + data["derived"]:
    expect(fact["id"] not in ids, f"unique id {fact['id']}")
    ids.add(fact["id"])
    expect(fact["unit"] in units, f"known unit {fact['unit']}")
    expect(len(fact["period"]["start"]) == 10 and fact["period"]["start"] <= fact["period"]["end"], f"period {fact['id']}")
    lo, hi = fact["lo"], fact["hi"]
    expect(lo is None or hi is None or lo <= hi, f"lo <= hi for {fact['id']}")
for fact in data["facts"]:
    expect(fact["stated"] in fact["quote"], f"stated words inside the quote for {fact['id']}")
    expect(fact["status"] in {"actual", "forecast", "target"}, f"status of {fact['id']}")
    expect(fact["document"] in {d["id"] for d in data["documents"]}, f"document of {fact['id']}")
for fact in data["derived"]:
    expect(all(source in ids for source in fact["from"]), f"derived {fact['id']} comes from known facts")
by_id = {fact["id"]: fact for fact in data["facts"] + data["derived"]}
document_of = {fact["id"]: fact["document"] for fact in data["facts"]}

def claims_behind(fact_id, seen=()):
    """The claims a fact rests on, from `from` alone (not the library's rests_on)."""
    expect(fact_id not in seen, f"no cycle through {fact_id}")
    fact = by_id[fact_id]
    if "from" not in fact:
        return {fact_id}
    return set().union(*(claims_behind(source, seen + (fact_id,)) for source in fact["from"] if source in by_id))

for fact in data["facts"] + data["derived"]:
    expect(set(fact["rests_on"]) == claims_behind(fact["id"]), f"rests_on of {fact['id']} is what its sources rest on")
verdicts = {}
tying_documents = 0
for check in data["checks"]:
    expect(check["verdict"] in {"holds", "contradicts", "cannot_tell", "flagged"}, "verdict")
    expect(all(i in ids for i in check["facts"]), f"check {check['id']} names known facts")
    if check["rule"] == "registry":
        continue
    verdicts[check["verdict"]] = verdicts.get(check["verdict"], 0) + 1
    first, second = check["sides"]
    expect(first + second == check["facts"], f"the sides of {check['id']} are its facts")
    a = set().union(*(claims_behind(i) for i in first)) if first else set()
    b = set().union(*(claims_behind(i) for i in second)) if second else set()
    expect(a and b and not a <= b and not b <= a, f"{check['id']} ({check['detail']}) ties independent claims: {a} | {b}")
    docs = sorted({document_of[c] for c in a | b})
    expect(check["documents"] == docs, f"{check['id']} ties documents {docs}")
    tying_documents += len(docs) > 1
chongqing = [c for c in data["checks"] if c["facts"] == ["d001.nev_output", "d001.nev_output_2027"]]
expect(len(chongqing) == 1 and chongqing[0]["verdict"] == "flagged", "the Chongqing 2027 target is flagged")
independent = sum(verdicts.values())
summary = [line for line in text.splitlines() if line.startswith("summary:")]
expect(len(summary) == 1 and f"{len(data['facts'])} facts, {len(data['derived'])} derived, {independent} independent checks"
       in summary[0], "the text summary counts the independent checks the JSON holds")
expect(len(summary) == 1 and f"{tying_documents} tie two documents or more" in summary[0], "documents tied")
expect(len(summary) == 1 and ", ".join(f"{verdicts.get(v, 0)} {w}" for v, w in
       [("holds", "held"), ("contradicts", "contradicted"), ("flagged", "flagged"), ("cannot_tell", "cannot tell")])
       in summary[0], "the summary's verdict counts")
expect(any(line.startswith("flagged: ") and "d001.nev_output, d001.nev_output_2027" in line for line in text.splitlines()),
       "the text flags Chongqing's 50,000")
# Cells wrap in their columns instead of being cut (the report used to end them with "...").
printed_words = set(text.split())
for fact in data["facts"]:
    for field in ("subject", "quote", "stated"):
        cut = [word for word in fact[field].split() if word not in printed_words and f'"{word}' not in printed_words
               and f'{word}"' not in printed_words and f'"{word}"' not in printed_words]
        expect(not cut, f"the {field} of {fact['id']} printed whole (missing: {cut})")
for f in failures:
    print("FAIL:", f)
print(f"report_json: {len(data['facts'])} facts, {len(data['derived'])} derived, {len(data['checks'])} checks {verdicts}")
print(f"{1 if not failures else 0} passed, {1 if failures else 0} failed")
sys.exit(1 if failures else 0)
