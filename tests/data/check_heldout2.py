#!/usr/bin/env python3
"""Checks that the files of held-out set 2 parse and follow their set's line format.

python3 tests/data/check_heldout2.py      (exit status 0 = all good; prints counts only, never items)

- routing/heldout2.jsonl: keys id/text/intent/split, ids unique, intents of cli.md,
  each intent >= 8, >= 120 lines
- questions/heldout2.jsonl: keys of questions.jsonl, every section id exists in knowledge/playbook/*.md,
  in-scope lines have 1-3 sections, out-of-scope lines none and a clinical flag;
  >= 60 in, >= 20 out, >= 8 clinical
- compliance/heldout2.jsonl: keys of notes.jsonl, kinds of the contract, spans are substrings, >= 50 lines
- companies/heldout2_yikang/notes.jsonl: keys id/date/rep/text/gold, >= 60 lines
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
        if "split" in keys[0] and r.get("split") != "heldout2":
            errors.append(f"{path}: {r.get('id')} split")
    if len(lines) < minimum:
        errors.append(f"{path}: {len(lines)} lines < {minimum}")
    return lines


route = rows("routing/heldout2.jsonl", ({"id", "text", "intent", "split"},) * 2, 120)
per_intent = collections.Counter(r["intent"] for r in route)
if set(per_intent) != INTENTS or min(per_intent.values()) < 8:
    errors.append(f"routing intents {dict(per_intent)}")

playbook = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "knowledge" / "playbook").glob("*.md"))
sections = set(re.findall(r"\{#([a-z0-9-]+)\}", playbook))
qkeys = {"id", "question", "sections", "split", "scope"}
questions = rows("questions/heldout2.jsonl", (qkeys, qkeys | {"clinical"}), 80)
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
if scope["in"] < 60 or scope["out"] < 20 or clinical < 8:
    errors.append(f"questions counts {dict(scope)} clinical {clinical}")

ckeys = {"id", "date", "rep", "text", "findings", "split"}
notes = rows("compliance/heldout2.jsonl", (ckeys, ckeys), 50)
kinds = collections.Counter()
for n in notes:
    for f in n["findings"]:
        kinds[f["kind"]] += 1
        if f["kind"] not in KINDS or f["text"] not in n["text"]:
            errors.append(f"compliance {n['id']}: finding")
kinds["none"] = sum(1 for n in notes if not n["findings"])

gkeys = {"id", "date", "rep", "text", "gold"}
company = rows("companies/heldout2_yikang/notes.jsonl", (gkeys, gkeys), 60)

print(f"routing {len(route)}: {dict(sorted(per_intent.items()))}")
print(f"questions {len(questions)}: {dict(scope)}, clinical {clinical}, sections used "
      f"{len({s for q in questions for s in q['sections']})}/{len(sections)}")
print(f"compliance {len(notes)}: findings {dict(sorted(kinds.items()))}")
print(f"company notes {len(company)}")
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
