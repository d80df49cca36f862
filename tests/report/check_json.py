#!/usr/bin/env python3
"""Runs nev_report --json and checks the document's shape and counts against the registry."""
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
verdicts = {}
for check in data["checks"]:
    expect(check["verdict"] in {"holds", "contradicts", "cannot_tell", "flagged"}, "verdict")
    expect(all(i in ids for i in check["facts"]), f"check {check['id']} names known facts")
    verdicts[check["verdict"]] = verdicts.get(check["verdict"], 0) + 1
expect(verdicts.get("contradicts", 0) == 0, "no contradictions in the seeds")
expect(verdicts.get("flagged", 0) >= 1, "the Chongqing 2027 target is flagged")
summary = [line for line in text.splitlines() if line.startswith("summary:")]
expect(len(summary) == 1 and f"{len(data['facts'])} facts, {len(data['derived'])} derived, {len(data['checks'])} checks" in summary[0],
       "the text summary counts what the JSON holds")
for f in failures:
    print("FAIL:", f)
print(f"report_json: {len(data['facts'])} facts, {len(data['derived'])} derived, {len(data['checks'])} checks {verdicts}")
print(f"{1 if not failures else 0} passed, {1 if failures else 0} failed")
sys.exit(1 if failures else 0)
