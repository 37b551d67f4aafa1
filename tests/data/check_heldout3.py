#!/usr/bin/env python3
"""Checks that the files of held-out set 3 parse and follow their set's line format.

python3 tests/data/check_heldout3.py      (exit status 0 = all good; prints counts only, never items)

- routing/heldout3.jsonl: keys id/text/intent/split, ids unique, intents of cli.md,
  each intent >= 8, >= 130 lines
- questions/heldout3.jsonl: keys of questions.jsonl, every section id exists in knowledge/playbook/*.md,
  in-scope lines have 1-3 sections, out-of-scope lines none and a clinical flag;
  >= 90 lines, >= 60 in, >= 25 out, >= 10 clinical
- compliance/heldout3.jsonl: keys of notes.jsonl, kinds of the contract, spans occur once in the note,
  >= 80 notes with findings and >= 25 near misses (no finding)
- companies/heldout3_guikang/notes.jsonl: keys id/date/rep/text/gold, >= 70 lines
  (its own check_dates.py checks the gold)
"""
import collections
import json
import pathlib
import re
import sys

DATA = pathlib.Path(__file__).resolve().parent
ROOT = DATA.parent.parent
INTENTS = {"note", "question", "briefing", "lookup", "today", "team", "correction", "smalltalk", "other"}
KINDS = {"adverse_event", "inducement", "off_label", "personal_data"}
errors = []


def rows(path, keys, minimum):
    text = (DATA / path).read_text(encoding="utf-8")
    lines = [json.loads(line) for line in text.splitlines() if line.strip()]
    ids = [r.get("id") for r in lines]
    if len(set(ids)) != len(ids):
        errors.append(f"{path}: duplicate ids")
    for r in lines:
        if not keys[0] <= set(r) <= keys[1]:
            errors.append(f"{path}: {r.get('id')} keys {sorted(r)}")
        if "split" in keys[0] and r.get("split") != "heldout3":
            errors.append(f"{path}: {r.get('id')} split")
    if len(lines) < minimum:
        errors.append(f"{path}: {len(lines)} lines < {minimum}")
    return lines


route = rows("routing/heldout3.jsonl", ({"id", "text", "intent", "split"},) * 2, 130)
per_intent = collections.Counter(r["intent"] for r in route)
if set(per_intent) != INTENTS or min(per_intent.values()) < 8:
    errors.append(f"routing intents {dict(per_intent)}")

playbook = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "knowledge" / "playbook").glob("*.md"))
sections = set(re.findall(r"\{#([a-z0-9-]+)\}", playbook))
qkeys = {"id", "question", "sections", "split", "scope"}
questions = rows("questions/heldout3.jsonl", (qkeys, qkeys | {"clinical"}), 90)
for q in questions:
    unknown = set(q["sections"]) - sections
    if unknown:
        errors.append(f"questions {q['id']}: unknown sections {unknown}")
    if q["scope"] == "in" and not (1 <= len(q["sections"]) <= 3 and "clinical" not in q):
        errors.append(f"questions {q['id']}: in-scope labels")
    if q["scope"] == "out" and (q["sections"] or not isinstance(q.get("clinical"), bool)):
        errors.append(f"questions {q['id']}: out-of-scope labels")
scope = collections.Counter(q["scope"] for q in questions)
clinical = sum(1 for q in questions if q.get("clinical"))
if scope["in"] < 60 or scope["out"] < 25 or clinical < 10:
    errors.append(f"questions counts {dict(scope)} clinical {clinical}")

ckeys = {"id", "date", "rep", "text", "findings", "split"}
notes = rows("compliance/heldout3.jsonl", (ckeys, ckeys), 105)
kinds = collections.Counter()
for n in notes:
    for f in n["findings"]:
        kinds[f["kind"]] += 1
        if f["kind"] not in KINDS or n["text"].count(f["text"]) != 1:
            errors.append(f"compliance {n['id']}: finding")
kinds["none"] = sum(1 for n in notes if not n["findings"])
if kinds["none"] < 25 or len(notes) - kinds["none"] < 80:
    errors.append(f"compliance: {len(notes) - kinds['none']} notes with findings, {kinds['none']} near misses")

gkeys = {"id", "date", "rep", "text", "gold"}
company = rows("companies/heldout3_guikang/notes.jsonl", (gkeys, gkeys), 70)

print(f"routing {len(route)}: {dict(sorted(per_intent.items()))}")
print(f"questions {len(questions)}: {dict(scope)}, clinical {clinical}, sections used "
      f"{len({s for q in questions for s in q['sections']})}/{len(sections)}, first "
      f"{len({q['sections'][0] for q in questions if q['sections']})}/{len(sections)}")
print(f"compliance {len(notes)}: findings {dict(sorted(kinds.items()))}")
print(f"company notes {len(company)}")
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
