#!/usr/bin/env python3
"""Validate the heldout5_qinchuan set's notes.jsonl against visit-record.md and the master data.

1. Dates: every date in every gold record is recomputed from the phrase the note
   uses, by the convention table of visit-record.md (R = the note's date), with
   datetime/weekday(); the phrase must occur in the note text.  Every non-null
   date field must be covered by a check, and visit_date must equal R unless a
   check says otherwise.
2. Schema: exact key sets and value types (no `summary` in gold).
3. Enums: channel, customer.type, customer.area, contacts[].role, products[].kind,
   payment_terms, restock_cycle_days, needs[], sentiment.
4. Names: products canonical from catalog.yaml; competitors/suppliers canonical
   when the catalog knows them, else written literally in the note; matched
   customers canonical from customers.csv (with its type/area), unmatched ones
   absent from customers.csv and written literally in the note.  Typos of
   product, account and rival names (the *_TYPO_EVIDENCE tables) count as the
   name being written; they must not be catalog or customer aliases.
5. Set conventions (README.md): reps.csv team, ids q001... in date order, at
   most one entry per (product, kind), a `mention` stands alone and has no
   quantity, every unit is written in the note, no future date field before R,
   and the rep's manager and audiences are never contacts.

Adapted from the heldout2_yikang set's check_dates.py: sizes, reps, date range, typo
tables, note prefix q, TEXT_FORM entries for the 关中/陇东 spoken forms (明儿 = 明天,
后儿 = 后天, 大后儿 = 大后天, 夜儿个 = 昨天, 明早 = 明天), one rule outside the contract's
table (下个月N号, used only for birthdays), and birthdays given relative to the note's
date (明儿/后天/下礼拜六 → MM-DD of the resolved day).

Run:  python3 check_dates.py      (exit status 0 = all good)
"""
import calendar
import csv
import datetime as dt
import json
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.date

# ---------------------------------------------------------------- enums
CHANNELS = {"visit", "phone", "message"}
CTYPES = {"county_hospital", "township_hospital", "village_clinic", "private_clinic",
          "pharmacy", "chain_hq", "chain_store", "distributor"}
AREAS = {"urban", "rural"}
ROLES = {"owner", "manager", "clerk", "purchaser", "finance", "doctor", "director",
         "nurse", "pharmacist", "other"}
KINDS = {"sold", "stock", "order", "mention"}
PAYMENT = {"prepaid", "cash", "cod", "monthly", "consignment", "rollover"}
RESTOCK = {7, 15, 30, 60, 90}
NEEDS = {"training", "promotion", "pos_material", "advertising", "margin", "display",
         "new_product", "return_exchange", "consumer_education", "credit"}
SENTIMENT = {"positive", "neutral", "negative"}
TIERS = {"A", "B", "C", "D"}

GOLD_KEYS = ["visit_date", "channel", "customer", "contacts", "products", "competitors",
             "payment_terms", "restock_cycle_days", "supplier", "needs", "commitments",
             "next_visit", "sentiment"]

# Typos a rep made for an own product (not catalog aliases on purpose: the set
# tests tolerance to them).  Only used to find the product's evidence in the text.
TYPO_EVIDENCE = {"骨通贴膏": ["骨通帖"], "金嗓利咽片": ["利燕片"]}
# Near-homophones a rep typed for an account or a rival (not aliases on purpose).
CUSTOMER_TYPO_EVIDENCE = {"城关同心堂大药房": ["同心唐"]}
COMPETITOR_TYPO_EVIDENCE = {"艾司奥美拉唑镁肠溶片(耐信)": ["耐心"]}
# Sizes of this company's master data and note set
N_PRODUCTS, N_COMPETITORS, N_DISTRIBUTORS, N_CUSTOMERS = 10, 8, 3, 28
REPS = {"雷振华", "党晓燕", "马国栋", "沈一鸣"}
MANAGER = "杨秋实"
MIN_NOTES = 60
DATE_RANGE = (D(2026, 9, 1), D(2026, 11, 30))
ID_PREFIX = "q"
# Never contacts: the rep's own manager, audiences and patients (README conventions)
NOT_CONTACTS = {"杨经理", "杨秋实", "大夫们", "村医", "病人", "老人", "顾客", "店员", "家长", "婆娘", "闺女", "老师"}

# ---------------------------------------------------------------- date rules
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
WD_NAME = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def cn_int(s):
    """'15' / '十五' / '二十一' / '两' / '三' -> int"""
    if s.isdigit():
        return int(s)
    if "十" in s:
        a, _, b = s.partition("十")
        return (CN_DIGITS[a] if a else 1) * 10 + (CN_DIGITS[b] if b else 0)
    return CN_DIGITS[s]


def add_month(r):
    y, m = (r.year + 1, 1) if r.month == 12 else (r.year, r.month + 1)
    return D(y, m, min(r.day, calendar.monthrange(y, m)[1]))


def resolve(r, phrase):
    """Resolve one date phrase against reference date r by the contract's table."""
    fixed = {"今天": 0, "明天": 1, "后天": 2, "大后天": 3, "昨天": -1, "前天": -2,
             "一周后": 7, "下周这个时候": 7, "半个月后": 15}
    if phrase in fixed:
        return r + dt.timedelta(days=fixed[phrase])
    if phrase in ("一个月后", "下个月这个时候"):
        return add_month(r)
    if phrase == "月底":
        return D(r.year, r.month, calendar.monthrange(r.year, r.month)[1])
    if phrase in ("下个月初", "下月初"):
        return add_month(D(r.year, r.month, 1))
    m = re.fullmatch(r"(?:过([0-9一二两三四五六七八九十]+)天|([0-9一二两三四五六七八九十]+)天后)", phrase)
    if m:
        return r + dt.timedelta(days=cn_int(m.group(1) or m.group(2)))
    m = re.fullmatch(r"(这|本|下下个?|下个?|)(周|星期|礼拜)([一二三四五六日天])", phrase)
    if m:
        which, wd = m.group(1), WEEKDAY[m.group(3)]
        monday = r - dt.timedelta(days=r.weekday())
        if which in ("这", "本"):
            return monday + dt.timedelta(days=wd)
        if which.startswith("下下"):                  # 下下周X: two weeks after R's week
            return monday + dt.timedelta(days=14 + wd)
        if which.startswith("下"):
            return monday + dt.timedelta(days=7 + wd)
        delta = (wd - r.weekday()) % 7 or 7          # strictly after R
        return r + dt.timedelta(days=delta)
    m = re.fullmatch(r"([0-9一二三四五六七八九十]+)月([0-9一二三四五六七八九十]+)[号日]", phrase)
    if m:
        d = D(r.year, cn_int(m.group(1)), cn_int(m.group(2)))
        return d if d >= r else D(r.year + 1, d.month, d.day)
    m = re.fullmatch(r"下个?月([0-9一二三四五六七八九十]+)[号日]", phrase)  # not in the contract's table
    if m:
        first = add_month(D(r.year, r.month, 1))
        return D(first.year, first.month, cn_int(m.group(1)))
    raise ValueError("no rule for phrase %r" % phrase)


def birthday(phrase, r):
    """MM-DD of a birthday: X月Y号 as written, or a relative phrase (明天, 下礼拜六…) resolved from r"""
    m = re.fullmatch(r"([0-9一二三四五六七八九十]+)月([0-9一二三四五六七八九十]+)[号日]", phrase)
    if m:
        mm, dd = cn_int(m.group(1)), cn_int(m.group(2))
        D(2024, mm, dd)  # valid month/day (leap year allows 02-29)
        return "%02d-%02d" % (mm, dd)
    d = resolve(r, phrase)
    return "%02d-%02d" % (d.month, d.day)


# (note id, gold path, phrase by the contract's spelling)
CHECKS = [
    ('q001', 'commitments[0].due', '明天'),
    ('q002', 'commitments[0].due', '周五'),
    ('q002', 'next_visit', '周五'),
    ('q003', 'commitments[0].due', '下礼拜三'),
    ('q003', 'next_visit', '下礼拜三'),
    ('q005', 'next_visit', '月底'),
    ('q006', 'commitments[0].due', '明天'),
    ('q006', 'commitments[2].due', '过两天'),
    ('q006', 'next_visit', '过两天'),
    ('q007', 'commitments[0].due', '下周四'),
    ('q007', 'next_visit', '下周四'),
    ('q008', 'contacts[0].birthday', '下个月八号'),
    ('q009', 'next_visit', '明天'),
    ('q010', 'next_visit', '星期天'),
    ('q011', 'commitments[0].due', '9月17号'),
    ('q011', 'next_visit', '9月17号'),
    ('q012', 'next_visit', '星期二'),
    ('q013', 'commitments[0].due', '下周一'),
    ('q014', 'commitments[0].due', '本周五'),
    ('q014', 'next_visit', '本周五'),
    ('q015', 'contacts[0].birthday', '明天'),
    ('q015', 'commitments[0].due', '大后天'),
    ('q015', 'next_visit', '大后天'),
    ('q016', 'next_visit', '下月初'),
    ('q017', 'next_visit', '下个月这个时候'),
    ('q018', 'next_visit', '下礼拜五'),
    ('q019', 'commitments[0].due', '今天'),
    ('q019', 'next_visit', '下礼拜三'),
    ('q020', 'commitments[0].due', '后天'),
    ('q020', 'next_visit', '后天'),
    ('q021', 'next_visit', '下个月初'),
    ('q022', 'commitments[0].due', '下周二'),
    ('q022', 'next_visit', '下周二'),
    ('q024', 'commitments[0].due', '下礼拜一'),
    ('q024', 'next_visit', '明天'),
    ('q025', 'next_visit', '礼拜四'),
    ('q026', 'commitments[0].due', '明天'),
    ('q026', 'commitments[1].due', '9月30号'),
    ('q026', 'next_visit', '9月30号'),
    ('q027', 'next_visit', '一周后'),
    ('q028', 'commitments[0].due', '这礼拜六'),
    ('q028', 'next_visit', '这礼拜六'),
    ('q029', 'commitments[0].due', '十月二十号'),
    ('q029', 'next_visit', '十月二十号'),
    ('q030', 'commitments[0].due', '下周五'),
    ('q030', 'next_visit', '下周五'),
    ('q031', 'next_visit', '明天'),
    ('q032', 'next_visit', '半个月后'),
    ('q033', 'contacts[0].birthday', '11月2号'),
    ('q033', 'commitments[0].due', '11月2号'),
    ('q033', 'next_visit', '11月2号'),
    ('q034', 'commitments[0].due', '下周一'),
    ('q034', 'next_visit', '下周一'),
    ('q036', 'contacts[0].birthday', '十二月十二号'),
    ('q036', 'next_visit', '一个月后'),
    ('q037', 'commitments[0].due', '下礼拜二'),
    ('q037', 'next_visit', '下礼拜二'),
    ('q038', 'next_visit', '3天后'),
    ('q039', 'commitments[0].due', '11月6日'),
    ('q039', 'next_visit', '11月6日'),
    ('q042', 'commitments[0].due', '大后天'),
    ('q042', 'next_visit', '大后天'),
    ('q043', 'commitments[0].due', '10月28日'),
    ('q043', 'next_visit', '10月28日'),
    ('q044', 'commitments[0].due', '下礼拜四'),
    ('q044', 'next_visit', '下礼拜四'),
    ('q045', 'commitments[0].due', '下星期二'),
    ('q045', 'next_visit', '下星期二'),
    ('q046', 'commitments[0].due', '周一'),
    ('q046', 'next_visit', '周一'),
    ('q047', 'commitments[0].due', '月底'),
    ('q047', 'commitments[1].due', '下个月初'),
    ('q047', 'next_visit', '下个月初'),
    ('q048', 'commitments[0].due', '明天'),
    ('q048', 'next_visit', '本周五'),
    ('q049', 'visit_date', '昨天'),
    ('q049', 'commitments[0].due', '下礼拜一'),
    ('q049', 'next_visit', '下礼拜一'),
    ('q050', 'commitments[0].due', '下周三'),
    ('q050', 'next_visit', '下周三'),
    ('q051', 'contacts[1].birthday', '后天'),
    ('q051', 'commitments[0].due', '后天'),
    ('q051', 'next_visit', '后天'),
    ('q052', 'commitments[0].due', '这礼拜三'),
    ('q052', 'next_visit', '这礼拜三'),
    ('q053', 'commitments[0].due', '明天'),
    ('q053', 'next_visit', '明天'),
    ('q054', 'visit_date', '前天'),
    ('q054', 'commitments[0].due', '下周一'),
    ('q055', 'next_visit', '下下星期四'),
    ('q056', 'contacts[0].birthday', '11月18号'),
    ('q057', 'commitments[0].due', '下个月这个时候'),
    ('q057', 'next_visit', '下个月这个时候'),
    ('q058', 'next_visit', '下礼拜三'),
    ('q059', 'commitments[0].due', '下礼拜二'),
    ('q059', 'next_visit', '下礼拜二'),
    ('q061', 'commitments[0].due', '下周五'),
    ('q061', 'next_visit', '下周五'),
    ('q062', 'contacts[0].birthday', '下礼拜六'),
    ('q062', 'commitments[0].due', '下礼拜六'),
    ('q062', 'next_visit', '下礼拜六'),
    ('q063', 'commitments[0].due', '下周二'),
    ('q063', 'next_visit', '下周二'),
    ('q064', 'commitments[1].due', '下礼拜五'),
    ('q064', 'next_visit', '下礼拜五'),
    ('q065', 'next_visit', '下周这个时候'),
    ('q066', 'commitments[0].due', '明天'),
    ('q066', 'next_visit', '明天'),
    ('q067', 'commitments[0].due', '下下周三'),
    ('q067', 'next_visit', '下下周三'),
    ('q068', 'next_visit', '月底'),
    ('q069', 'commitments[0].due', '礼拜天'),
    ('q069', 'next_visit', '礼拜天'),
    ('q070', 'commitments[0].due', '12月5日'),
    ('q070', 'next_visit', '12月5日'),
    ('q071', 'commitments[0].due', '明天'),
    ('q071', 'next_visit', '明天'),
    ('q072', 'commitments[0].due', '下周一'),
    ('q072', 'next_visit', '下周一'),
    ('q073', 'contacts[0].birthday', '下个月二号'),
    ('q073', 'commitments[0].due', '下周三'),
    ('q073', 'next_visit', '下周三'),
    ('q074', 'commitments[0].due', '下礼拜一'),
    ('q074', 'next_visit', '下礼拜一'),
    ('q075', 'commitments[0].due', '本周五'),
    ('q075', 'next_visit', '本周五'),
    ('q076', 'visit_date', '昨天'),
    ('q076', 'commitments[0].due', '下个月初'),
    ('q076', 'next_visit', '下个月初'),
    ('q077', 'next_visit', '过两天'),
    ('q079', 'commitments[0].due', '明天'),
]
# the phrase as it appears in the text, where the rule's canonical spelling differs
TEXT_FORM = {('q001', '明天'): '明儿', ('q006', '明天'): '明早', ('q015', '明天'): '明儿', ('q015', '大后天'): '大后儿', ('q020', '后天'): '后儿', ('q031', '明天'): '明儿', ('q049', '昨天'): '夜儿个', ('q071', '明天'): '明儿'}
# extra assertions: a weekday the note itself states (11月6日周五)
STATED_WEEKDAY = {('q039', 'next_visit'): 4, ('q039', 'commitments[0].due'): 4}


def get(gold, path):
    cur = gold
    for part in re.findall(r"[a-z_]+|\[\d+\]", path):
        cur = cur[int(part[1:-1])] if part.startswith("[") else cur[part]
    return cur


def date_paths(gold):
    out = []
    for k in ("visit_date", "next_visit"):
        if gold[k] is not None:
            out.append(k)
    for i, c in enumerate(gold["commitments"]):
        if c["due"] is not None:
            out.append("commitments[%d].due" % i)
    for i, c in enumerate(gold["contacts"]):
        if c["birthday"] is not None:
            out.append("contacts[%d].birthday" % i)
    return out


# ---------------------------------------------------------------- main
def main():
    errors = []

    def err(msg):
        errors.append(msg)

    with open(os.path.join(HERE, "catalog.yaml"), encoding="utf-8") as f:
        cat = yaml.safe_load(f)
    with open(os.path.join(HERE, "customers.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    with open(os.path.join(HERE, "notes.jsonl"), encoding="utf-8") as f:
        notes = [json.loads(line) for line in f if line.strip()]

    # ---- master data
    def table(entries):
        t = {}
        for e in entries:
            t[e["name"]] = [e["name"]] + list(e.get("aliases") or [])
        return t
    products, competitors, distributors = (table(cat["products"]), table(cat["competitors"]),
                                           table(cat["distributors"]))
    if (len(products), len(competitors), len(distributors)) != (N_PRODUCTS, N_COMPETITORS, N_DISTRIBUTORS):
        err("catalog sizes %d/%d/%d" % (len(products), len(competitors), len(distributors)))
    for p in cat["products"]:
        if not 1 <= len(p["aliases"]) <= 3:
            err("product %s has %d aliases" % (p["name"], len(p["aliases"])))
    all_alias = {}
    for kind, t in (("product", products), ("competitor", competitors), ("distributor", distributors)):
        for name, forms in t.items():
            for a in forms:
                if a in all_alias and all_alias[a] != (kind, name):
                    err("alias %s used twice: %s / %s" % (a, all_alias[a], (kind, name)))
                all_alias[a] = (kind, name)
    customers = {}
    for r in rows:
        if r["type"] not in CTYPES or r["area"] not in AREAS or r["tier"] not in TIERS:
            err("customers.csv bad codes: %s" % r)
        if r["name"] in customers:
            err("duplicate customer %s" % r["name"])
        customers[r["name"]] = r
    cust_alias = {}
    for r in rows:
        for a in [r["name"]] + [x for x in r["aliases"].split("|") if x]:
            if a in cust_alias:
                err("customer alias %s used twice" % a)
            cust_alias[a] = r["name"]
    if len(rows) != N_CUSTOMERS:
        err("customers.csv has %d rows" % len(rows))
    if {r["type"] for r in rows} != CTYPES or {r["area"] for r in rows} != AREAS:
        err("customers.csv does not cover all types/areas")
    if {r["tier"] for r in rows} != TIERS or {r["rep"] for r in rows} != REPS:
        err("customers.csv tiers/reps")

    with open(os.path.join(HERE, "reps.csv"), encoding="utf-8", newline="") as f:
        team = list(csv.DictReader(f))
    if {t["name"] for t in team if t["role"] == "rep"} != REPS or \
            [t["name"] for t in team if t["role"] == "manager"] != [MANAGER] or \
            any(t["manager"] != MANAGER for t in team if t["role"] == "rep"):
        err("reps.csv: %d reps under manager %s expected" % (len(REPS), MANAGER))

    all_text = "\n".join(n["text"] for n in notes)
    for table_, known in ((TYPO_EVIDENCE, all_alias), (CUSTOMER_TYPO_EVIDENCE, cust_alias),
                          (COMPETITOR_TYPO_EVIDENCE, all_alias)):
        for typos in table_.values():
            for t in typos:
                if t in known or t not in all_text:
                    err("typo %s is an alias or never used" % t)

    # ---- notes
    ids = [n["id"] for n in notes]
    if len(notes) < MIN_NOTES or len(set(ids)) != len(ids):
        err("need at least %d unique notes" % MIN_NOTES)
    if ids != ["%s%03d" % (ID_PREFIX, i + 1) for i in range(len(ids))]:
        err("ids must run %s001, %s002, ... in file order" % (ID_PREFIX, ID_PREFIX))
    if [n["date"] for n in notes] != sorted(n["date"] for n in notes):
        err("notes must be in date order")
    for nid, *_ in CHECKS:
        if nid not in ids:
            err("CHECKS names unknown note %s" % nid)
    checks_by_note = {}
    for nid, path, phrase in CHECKS:
        checks_by_note.setdefault(nid, []).append((path, phrase))

    print("%-5s %-10s %-3s  %-22s %-14s %s" % ("id", "R", "wd", "field", "phrase", "resolved"))
    for n in notes:
        nid, text, g = n["id"], n["text"], n["gold"]
        try:
            R = dt.date.fromisoformat(n["date"])
        except ValueError:
            err("%s bad date %s" % (nid, n["date"]))
            continue
        if not DATE_RANGE[0] <= R <= DATE_RANGE[1]:
            err("%s date out of range" % nid)
        if set(n) != {"id", "date", "rep", "text", "gold"}:
            err("%s top-level keys %s" % (nid, sorted(n)))
        if n["rep"] not in REPS:
            err("%s rep %s" % (nid, n["rep"]))
        if list(g) != GOLD_KEYS:
            err("%s gold keys %s" % (nid, list(g)))
            continue

        # ---- dates
        covered = set()
        for path, phrase in checks_by_note.get(nid, []):
            covered.add(path)
            written = TEXT_FORM.get((nid, phrase), phrase)
            if written not in text:
                err("%s phrase %r not in text" % (nid, written))
            elif re.fullmatch(r"(周|星期|礼拜)[一二三四五六日天]", written) and not re.search(
                    r"(?<![这本下个])" + written, text):
                err("%s bare weekday %r only occurs with 这/本/下 in text" % (nid, written))
            if path.endswith("birthday"):
                want = birthday(phrase, R)
                shown = want
            else:
                d = resolve(R, phrase)
                want = d.isoformat()
                shown = "%s %s" % (want, WD_NAME[d.weekday()])
                sw = STATED_WEEKDAY.get((nid, path))
                if sw is not None and d.weekday() != sw:
                    err("%s %s: %s is not weekday %d" % (nid, path, want, sw))
            try:
                got = get(g, path)
            except (KeyError, IndexError, TypeError):
                err("%s missing %s" % (nid, path))
                continue
            if got != want:
                err("%s %s = %s, rule %r gives %s" % (nid, path, got, phrase, want))
            print("%-5s %-10s %-3s  %-22s %-14s %s" % (nid, R, WD_NAME[R.weekday()], path, phrase, shown))
        for path in date_paths(g):
            if path == "visit_date" and path not in covered:
                if g["visit_date"] != n["date"]:
                    err("%s visit_date %s != note date without a rule" % (nid, g["visit_date"]))
                continue
            if path not in covered:
                err("%s date field %s not covered by a check" % (nid, path))
        for path in date_paths(g):
            v = get(g, path)
            if path.endswith("birthday"):
                if not re.fullmatch(r"\d\d-\d\d", v):
                    err("%s birthday format %s" % (nid, v))
            else:
                d = dt.date.fromisoformat(v)
                if path != "visit_date" and d < R:
                    err("%s %s %s lies before the note date" % (nid, path, v))

        # ---- enums
        if g["channel"] not in CHANNELS:
            err("%s channel %s" % (nid, g["channel"]))
        if g["payment_terms"] not in PAYMENT | {None}:
            err("%s payment_terms %s" % (nid, g["payment_terms"]))
        if g["restock_cycle_days"] not in RESTOCK | {None}:
            err("%s restock %s" % (nid, g["restock_cycle_days"]))
        if g["sentiment"] not in SENTIMENT:
            err("%s sentiment %s" % (nid, g["sentiment"]))
        if not isinstance(g["needs"], list) or any(x not in NEEDS for x in g["needs"]) \
                or len(set(g["needs"])) != len(g["needs"]):
            err("%s needs %s" % (nid, g["needs"]))

        # ---- customer
        c = g["customer"]
        if set(c) != {"name", "matched", "type", "area"}:
            err("%s customer keys" % nid)
        if c["type"] not in CTYPES | {None} or c["area"] not in AREAS | {None}:
            err("%s customer codes %s" % (nid, c))
        if c["matched"] is True:
            row = customers.get(c["name"])
            if row is None:
                err("%s matched customer %s not in customers.csv" % (nid, c["name"]))
            else:
                if (row["type"], row["area"]) != (c["type"], c["area"]):
                    err("%s customer type/area differ from csv" % nid)
                forms = [row["name"]] + [x for x in row["aliases"].split("|") if x] \
                    + CUSTOMER_TYPO_EVIDENCE.get(row["name"], [])
                if row["rep"] != n["rep"]:
                    err("%s note by %s but %s is owned by %s" % (nid, n["rep"], c["name"], row["rep"]))
                if not any(f in text for f in forms):
                    err("%s customer %s not named in text" % (nid, c["name"]))
        elif c["matched"] is False:
            if c["name"] in customers or c["name"] in cust_alias:
                err("%s unmatched customer %s is in customers.csv" % (nid, c["name"]))
            if c["name"] not in text:
                err("%s unmatched customer name not written in text" % nid)
        else:
            err("%s matched must be bool" % nid)

        # ---- contacts
        if len({ct.get("name") for ct in g["contacts"]}) != len(g["contacts"]):
            err("%s duplicate contact" % nid)
        for ct in g["contacts"]:
            if ct.get("name") in NOT_CONTACTS:
                err("%s %s is not a contact" % (nid, ct.get("name")))
            if list(ct) != ["name", "surname", "role", "phone", "birthday", "notes"]:
                err("%s contact keys %s" % (nid, list(ct)))
                continue
            if ct["name"] not in text:
                err("%s contact %s not in text" % (nid, ct["name"]))
            if ct["surname"] is not None and ct["surname"] not in ct["name"]:
                err("%s surname %s not in %s" % (nid, ct["surname"], ct["name"]))
            if ct["role"] not in ROLES | {None}:
                err("%s role %s" % (nid, ct["role"]))
            if ct["phone"] is not None and ct["phone"] not in text:
                err("%s phone %s not in text" % (nid, ct["phone"]))

        # ---- products
        pk = [(p.get("name"), p.get("kind")) for p in g["products"]]
        if len(set(pk)) != len(pk):
            err("%s more than one entry per (product, kind)" % nid)
        for p in g["products"]:
            if p.get("kind") == "mention" and (p.get("quantity") is not None or
                                               sum(1 for q in g["products"] if q.get("name") == p.get("name")) > 1):
                err("%s mention of %s must be alone and without quantity" % (nid, p.get("name")))
            if p.get("unit") is not None and p["unit"] not in text:
                err("%s unit %s not written in text" % (nid, p["unit"]))
            if list(p) != ["name", "quantity", "unit", "kind"]:
                err("%s product keys %s" % (nid, list(p)))
                continue
            if p["name"] not in products:
                err("%s product %s not in catalog" % (nid, p["name"]))
                continue
            forms = products[p["name"]] + TYPO_EVIDENCE.get(p["name"], [])
            if not any(f in text for f in forms):
                err("%s product %s not named in text" % (nid, p["name"]))
            if p["kind"] not in KINDS:
                err("%s kind %s" % (nid, p["kind"]))
            if (p["quantity"] is None) != (p["unit"] is None):
                err("%s quantity/unit must be both null or both set: %s" % (nid, p))
            if p["quantity"] is not None and not (isinstance(p["quantity"], int) and p["quantity"] >= 0):
                err("%s quantity %r" % (nid, p["quantity"]))

        # ---- competitors
        for k in g["competitors"]:
            if list(k) != ["name", "note"]:
                err("%s competitor keys" % nid)
                continue
            if k["name"] in competitors:
                if not any(f in text for f in competitors[k["name"]] + COMPETITOR_TYPO_EVIDENCE.get(k["name"], [])):
                    err("%s competitor %s not named in text" % (nid, k["name"]))
            else:
                if k["name"] not in text:
                    err("%s unknown competitor %s not written in text" % (nid, k["name"]))
                for forms in competitors.values():
                    if any(f in k["name"] for f in forms):
                        err("%s competitor %s should be canonical" % (nid, k["name"]))

        # ---- supplier
        s = g["supplier"]
        if s is not None:
            if s in distributors:
                if not any(f in text for f in distributors[s]):
                    err("%s supplier %s not named in text" % (nid, s))
            else:
                if s not in text:
                    err("%s unknown supplier %s not written in text" % (nid, s))
                for forms in distributors.values():
                    if any(f in s for f in forms):
                        err("%s supplier %s should be canonical" % (nid, s))

        # ---- commitments
        for m in g["commitments"]:
            if list(m) != ["text", "due"] or not m["text"]:
                err("%s commitment %s" % (nid, m))

    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: %d notes, %d date checks, enums and names valid" % (len(notes), len(CHECKS)))


if __name__ == "__main__":
    main()
