#!/usr/bin/env python3
"""Validate the heldout4_shuchuan set's notes.jsonl against visit-record.md and the master data.

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
tables, note prefix, and birthdays given relative to R (明天/后天/礼拜天生日) resolved by
the same date table, then written MM-DD.

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
TYPO_EVIDENCE = {"复方鱼腥草片": ["鱼星草"], "氯雷他定片": ["绿雷他定"], "小儿豉翘清热颗粒": ["小儿齿翘"]}
# Near-homophones a rep typed for an account or a rival (not aliases on purpose).
CUSTOMER_TYPO_EVIDENCE = {"涪岭德济大药房": ["德吉大药房"], "石鼓镇同心药房": ["同欣药房"]}
COMPETITOR_TYPO_EVIDENCE = {"川贝枇杷膏(念慈菴)": ["念慈安"], "二甲双胍(格华止)": ["格华之"]}
# Sizes of this company's master data and note set
N_PRODUCTS, N_COMPETITORS, N_DISTRIBUTORS, N_CUSTOMERS = 11, 7, 4, 25
REPS = {"罗志强", "邓晓梅", "蒋川"}
MANAGER = "杨国华"
MIN_NOTES = 60
DATE_RANGE = (D(2026, 10, 1), D(2026, 12, 31))
ID_PREFIX = "s"
# Never contacts: the rep's own manager, audiences and patients (README conventions)
NOT_CONTACTS = {"杨经理", "杨国华", "大夫", "大夫们", "村医", "村医们", "病人", "老人", "老年人", "专家", "顾客", "家长们", "职工"}

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
    raise ValueError("no rule for phrase %r" % phrase)


def birthday(r, phrase):
    """X月Y号 as written, or a phrase of the date table resolved from R; -> MM-DD"""
    m = re.fullmatch(r"([0-9一二三四五六七八九十]+)月([0-9一二三四五六七八九十]+)[号日]", phrase)
    if m is None:
        d = resolve(r, phrase)
        return "%02d-%02d" % (d.month, d.day)
    mm, dd = cn_int(m.group(1)), cn_int(m.group(2))
    D(2024, mm, dd)  # valid month/day (leap year allows 02-29)
    return "%02d-%02d" % (mm, dd)


# (note id, gold path, phrase as written in the note)
CHECKS = [
    ('s001', 'next_visit', '礼拜四'),
    ('s002', 'commitments[0].due', '后天'),
    ('s002', 'next_visit', '后天'),
    ('s003', 'commitments[0].due', '这周五'),
    ('s003', 'commitments[1].due', '月底'),
    ('s003', 'next_visit', '这周五'),
    ('s004', 'commitments[0].due', '明天'),
    ('s005', 'commitments[0].due', '明天'),
    ('s005', 'commitments[1].due', '今天'),
    ('s005', 'next_visit', '今天'),
    ('s006', 'commitments[0].due', '下礼拜二'),
    ('s006', 'next_visit', '下礼拜二'),
    ('s007', 'contacts[0].birthday', '11月18号'),
    ('s007', 'commitments[0].due', '下周一'),
    ('s007', 'next_visit', '下周一'),
    ('s008', 'next_visit', '下周三'),
    ('s009', 'commitments[0].due', '下周五'),
    ('s009', 'next_visit', '下周五'),
    ('s010', 'commitments[0].due', '下周一'),
    ('s010', 'next_visit', '下周一'),
    ('s012', 'commitments[0].due', '本周四'),
    ('s012', 'next_visit', '本周四'),
    ('s013', 'contacts[0].birthday', '后天'),
    ('s013', 'next_visit', '下个月初'),
    ('s014', 'commitments[0].due', '11月8号'),
    ('s014', 'next_visit', '11月8号'),
    ('s015', 'commitments[0].due', '礼拜五'),
    ('s015', 'next_visit', '礼拜五'),
    ('s016', 'next_visit', '下个月这个时候'),
    ('s017', 'commitments[0].due', '月底'),
    ('s017', 'next_visit', '月底'),
    ('s018', 'commitments[0].due', '后天'),
    ('s018', 'next_visit', '后天'),
    ('s021', 'commitments[0].due', '过两天'),
    ('s021', 'next_visit', '过两天'),
    ('s023', 'commitments[0].due', '下下周三'),
    ('s023', 'next_visit', '下下周三'),
    ('s024', 'commitments[0].due', '这周四'),
    ('s024', 'next_visit', '这周四'),
    ('s025', 'next_visit', '一个月后'),
    ('s026', 'contacts[0].birthday', '九月二十号'),
    ('s026', 'commitments[0].due', '下个月初'),
    ('s026', 'next_visit', '下个月初'),
    ('s027', 'next_visit', '礼拜天'),
    ('s029', 'next_visit', '11月5号'),
    ('s030', 'commitments[0].due', '下周一'),
    ('s030', 'next_visit', '下周一'),
    ('s031', 'commitments[0].due', '下礼拜三'),
    ('s031', 'next_visit', '下礼拜三'),
    ('s032', 'next_visit', '星期三'),
    ('s033', 'contacts[0].birthday', '12月3号'),
    ('s033', 'commitments[0].due', '下礼拜四'),
    ('s033', 'next_visit', '下礼拜四'),
    ('s035', 'next_visit', '下下星期五'),
    ('s036', 'commitments[0].due', '半个月后'),
    ('s036', 'next_visit', '半个月后'),
    ('s037', 'visit_date', '前天'),
    ('s038', 'commitments[0].due', '明天'),
    ('s038', 'commitments[1].due', '下个月这个时候'),
    ('s038', 'next_visit', '下个月这个时候'),
    ('s040', 'commitments[0].due', '这周六'),
    ('s040', 'next_visit', '这周六'),
    ('s042', 'visit_date', '昨天'),
    ('s044', 'next_visit', '一周后'),
    ('s045', 'commitments[0].due', '十一月二十五号'),
    ('s045', 'next_visit', '十一月二十五号'),
    ('s046', 'commitments[0].due', '礼拜一'),
    ('s046', 'next_visit', '礼拜一'),
    ('s047', 'next_visit', '下礼拜一'),
    ('s049', 'commitments[0].due', '下个礼拜五'),
    ('s049', 'next_visit', '下个礼拜五'),
    ('s050', 'next_visit', '下周这个时候'),
    ('s051', 'contacts[0].birthday', '明天'),
    ('s051', 'commitments[0].due', '礼拜四'),
    ('s051', 'commitments[1].due', '明天'),
    ('s051', 'next_visit', '明天'),
    ('s053', 'next_visit', '下月初'),
    ('s055', 'commitments[0].due', '大后天'),
    ('s055', 'next_visit', '大后天'),
    ('s056', 'contacts[0].birthday', '礼拜天'),
    ('s056', 'commitments[0].due', '五天后'),
    ('s056', 'next_visit', '五天后'),
    ('s059', 'commitments[0].due', '周四'),
    ('s059', 'next_visit', '周四'),
    ('s061', 'next_visit', '12月13日'),
    ('s062', 'commitments[0].due', '明天'),
    ('s063', 'next_visit', '下个月初'),
    ('s064', 'next_visit', '下星期二'),
    ('s065', 'commitments[1].due', '下礼拜一'),
    ('s065', 'next_visit', '下礼拜一'),
    ('s066', 'next_visit', '下周二'),
    ('s069', 'commitments[0].due', '下下星期一'),
    ('s069', 'next_visit', '下下星期一'),
    ('s070', 'commitments[0].due', '月底'),
    ('s070', 'next_visit', '月底'),
]
# the phrase as it appears in the text, where the rule's canonical spelling differs
TEXT_FORM = {}
# extra assertions: a weekday the note itself states
STATED_WEEKDAY = {('s014', 'next_visit'): 6}  # 11月8号礼拜天


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
                want = birthday(R, phrase)
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
