#!/usr/bin/env python3
"""Validate the held-out set (北源制药 · 桦岭县) against visit-record.md and the master data.

Adapted from datasets/dev/check_dates.py: spoken date variants (明儿个, 下礼拜这时候, 半拉月后 …),
下下周X, relative birthdays, typo evidence for every kind of name, numeral evidence for
quantities (mixed numerals and ranges, README convention: a range takes its lower bound),
unit evidence, one entry per (product, kind), and a completeness check for own products
named in a note (outside a rival's name).

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
   absent from customers.csv and written literally in the note.

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
# Typos a rep made for a product, account, rival or distributor (not aliases on purpose:
# the set tests tolerance to them).  Only used to find the name's evidence in the text.
TYPO_EVIDENCE = {
    "注射用血塞通": ["血赛通"], "妇科千金片": ["千斤片"], "风湿骨痛胶囊": ["风湿股痛"],
    "珍珠明目滴眼液": ["珍珠明木"], "硝苯地平缓释片": ["硝笨地平"], "伤科接骨片": ["接古片"],
    "麝香壮骨膏": ["壮骨糕"], "复方丹参片": ["丹生片"], "碳酸钙D3片": ["钙d3"],
    "桦岭益寿堂大药房": ["益受堂"], "太平镇济仁堂诊所": ["济人堂"], "桦岭福民药店": ["福明药店"],
    "兴隆镇仁心药店": ["仁新药店"], "兴隆镇利民诊所": ["利明诊所"], "桦岭同心堂药店": ["同新堂"],
    "珍视明滴眼液": ["真视明"], "桦岭县鸿泰医药批发部": ["鸿太"],
}
REPS = {"于海波", "孙丽娟", "高志强"}
MANAGER = "刘国栋"
DATE_RANGE = (dt.date(2026, 4, 1), dt.date(2026, 6, 30))
N_PRODUCTS, N_COMPETITORS, N_DISTRIBUTORS, N_CUSTOMERS, MIN_NOTES = 9, 6, 3, 28, 60

# ---------------------------------------------------------------- date rules
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9, "俩": 2, "仨": 3}
# spoken forms -> the contract table's spelling of the same rule
SPOKEN = {"今儿个": "今天", "明儿个": "明天", "明儿": "明天", "后儿个": "后天", "昨儿个": "昨天",
          "前儿个": "前天", "一个礼拜以后": "一周后", "一个礼拜后": "一周后",
          "下礼拜这时候": "下周这个时候", "半拉月后": "半个月后", "下月这个时候": "下个月这个时候"}
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
    phrase = SPOKEN.get(phrase, phrase)
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
    m = re.fullmatch(r"(这|本|下下|下个?|)(周|星期|礼拜)([一二三四五六日天])", phrase)
    if m:
        which, wd = m.group(1), WEEKDAY[m.group(3)]
        monday = r - dt.timedelta(days=r.weekday())
        if which in ("这", "本"):
            return monday + dt.timedelta(days=wd)
        if which == "下下":
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


def birthday(phrase, r=None):
    """'4月2号' -> '04-02'; a relative phrase (下礼拜二) is resolved from r first."""
    if not re.fullmatch(r"([0-9一二三四五六七八九十]+)月([0-9一二三四五六七八九十]+)[号日]", phrase):
        return resolve(r, phrase).strftime("%m-%d")
    m = re.fullmatch(r"([0-9一二三四五六七八九十]+)月([0-9一二三四五六七八九十]+)[号日]", phrase)
    mm, dd = cn_int(m.group(1)), cn_int(m.group(2))
    D(2024, mm, dd)  # valid month/day (leap year allows 02-29)
    return "%02d-%02d" % (mm, dd)


# (note id, gold path, phrase as written in the note)
CHECKS = [
    ("b001", "next_visit", "下周三"),
    ("b002", "next_visit", "周六"),
    ("b003", "commitments[0].due", "下周一"), ("b003", "next_visit", "下周一"),
    ("b004", "commitments[1].due", "下周一"), ("b004", "next_visit", "下周一"),   # R is a Sunday
    ("b005", "next_visit", "礼拜四"),
    ("b006", "next_visit", "下个月这个时候"),
    ("b007", "commitments[0].due", "月底"), ("b007", "next_visit", "月底"),
    ("b008", "next_visit", "下下周二"),
    ("b009", "commitments[0].due", "下周五"),
    ("b010", "commitments[0].due", "大后天"), ("b010", "next_visit", "大后天"),
    ("b011", "commitments[0].due", "周五"), ("b011", "next_visit", "周五"),
    ("b012", "next_visit", "一周后"),
    ("b013", "commitments[0].due", "下礼拜二"), ("b013", "next_visit", "下礼拜二"),
    ("b014", "next_visit", "下月初"),
    ("b016", "commitments[1].due", "五月十二号"), ("b016", "next_visit", "五月十二号"),
    ("b017", "next_visit", "下周这个时候"),
    ("b018", "commitments[0].due", "过两天"), ("b018", "next_visit", "过两天"),
    ("b020", "next_visit", "月底"),
    ("b021", "commitments[1].due", "过三天"), ("b021", "next_visit", "过三天"),
    ("b022", "commitments[0].due", "下礼拜三"), ("b022", "next_visit", "下礼拜三"),
    ("b026", "commitments[0].due", "五月二十号"), ("b026", "next_visit", "五月二十号"),
    ("b027", "next_visit", "下礼拜这时候"),
    ("b028", "commitments[0].due", "明儿个"),
    ("b029", "next_visit", "后儿个"),
    ("b031", "commitments[0].due", "周五"), ("b031", "next_visit", "周五"),
    ("b033", "next_visit", "半拉月后"),
    ("b034", "commitments[0].due", "这周四"), ("b034", "next_visit", "这周四"),
    ("b036", "commitments[0].due", "礼拜一"), ("b036", "next_visit", "礼拜一"),
    ("b037", "commitments[0].due", "下礼拜二"), ("b037", "next_visit", "下礼拜二"),
    ("b038", "commitments[0].due", "下下礼拜三"), ("b038", "next_visit", "下下礼拜三"),
    ("b041", "next_visit", "周日"),
    ("b043", "next_visit", "下个月初"),
    ("b044", "visit_date", "本周二"), ("b044", "next_visit", "半个月后"),   # 这/本周X may lie before R
    ("b045", "next_visit", "一个礼拜以后"),
    ("b046", "contacts[0].birthday", "下礼拜二"),                        # relayed by 小郑
    ("b046", "commitments[0].due", "下礼拜二"), ("b046", "next_visit", "三天后"),
    ("b047", "commitments[0].due", "下下星期一"), ("b047", "next_visit", "下下星期一"),
    ("b050", "commitments[0].due", "月底"), ("b050", "next_visit", "月底"),
    ("b051", "next_visit", "一个月后"),                                  # 05-31 -> clamped 06-30
    ("b052", "next_visit", "下星期五"),
    ("b053", "contacts[0].birthday", "6月16号"), ("b053", "commitments[0].due", "今天"),
    ("b054", "next_visit", "大后天"),
    ("b055", "commitments[0].due", "这周六"), ("b055", "next_visit", "这周六"),
    ("b056", "commitments[0].due", "下礼拜三"), ("b056", "next_visit", "下礼拜三"),
    ("b057", "commitments[0].due", "礼拜四"), ("b057", "next_visit", "礼拜四"),
    ("b058", "commitments[0].due", "下礼拜一"), ("b058", "next_visit", "下礼拜一"),
    ("b060", "commitments[0].due", "下个礼拜二"), ("b060", "next_visit", "下个礼拜二"),
    ("b061", "commitments[0].due", "后天"), ("b061", "next_visit", "后天"),
    ("b062", "commitments[0].due", "周四"), ("b062", "next_visit", "周四"),
    ("b063", "commitments[0].due", "明天"),
    ("b064", "visit_date", "前儿个"),
    ("b065", "commitments[0].due", "礼拜一"), ("b065", "next_visit", "礼拜一"),
    ("b066", "commitments[0].due", "后天"),
    ("b067", "visit_date", "昨天"), ("b067", "next_visit", "7月10日"),
    ("b068", "next_visit", "周三"),                                      # R is a Wednesday
    ("b069", "visit_date", "前天"), ("b069", "next_visit", "下下周一"),
    ("b070", "visit_date", "昨儿个"),
    ("b070", "commitments[0].due", "星期五"), ("b070", "next_visit", "星期五"),  # from R (a Friday), not from 昨儿个
    ("b071", "commitments[0].due", "这礼拜五"), ("b071", "next_visit", "这礼拜五"),
]
# the phrase as it appears in the text, where the rule's canonical spelling differs
TEXT_FORM = {}
# extra assertions: a weekday the note itself states
STATED_WEEKDAY = {}


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

    # ---- notes
    ids = [n["id"] for n in notes]
    if len(notes) < MIN_NOTES or ids != ["b%03d" % (i + 1) for i in range(len(notes))]:
        err("need >= %d unique notes b001…" % MIN_NOTES)
    with open(os.path.join(HERE, "reps.csv"), encoding="utf-8", newline="") as f:
        team = list(csv.DictReader(f))
    if {t["name"] for t in team if t["role"] == "rep"} != REPS or \
            [t["name"] for t in team if t["role"] == "manager"] != [MANAGER] or \
            any(t["manager"] != MANAGER for t in team if t["role"] == "rep"):
        err("reps.csv team")
    for t in [t for ts in TYPO_EVIDENCE.values() for t in ts]:
        if t in all_alias or t in cust_alias:
            err("typo %s is an alias" % t)
    default_unit = {p["name"]: p["unit"] for p in cat["products"]}
    stats = []
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
                dt.date.fromisoformat(v)

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
                forms = [row["name"]] + [x for x in row["aliases"].split("|") if x]
                if row["rep"] != n["rep"]:
                    err("%s note by %s but %s is owned by %s" % (nid, n["rep"], c["name"], row["rep"]))
                if not any(f in text for f in forms + TYPO_EVIDENCE.get(row["name"], [])):
                    err("%s customer %s not named in text" % (nid, c["name"]))
        elif c["matched"] is False:
            if c["name"] in customers or c["name"] in cust_alias:
                err("%s unmatched customer %s is in customers.csv" % (nid, c["name"]))
            if c["name"] not in text:
                err("%s unmatched customer name not written in text" % nid)
        else:
            err("%s matched must be bool" % nid)

        # ---- contacts
        for ct in g["contacts"]:
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
        masked = text                  # the text with every rival's name blanked out
        for forms in competitors.values():
            for f in sorted(forms, key=len, reverse=True):
                masked = masked.replace(f, "□" * len(f))
        for p in g["products"]:
            if list(p) != ["name", "quantity", "unit", "kind"]:
                err("%s product keys %s" % (nid, list(p)))
                continue
            if p["name"] not in products:
                err("%s product %s not in catalog" % (nid, p["name"]))
                continue
            forms = products[p["name"]] + TYPO_EVIDENCE.get(p["name"], [])
            if not any(f in masked for f in forms):
                err("%s product %s not named in text outside a rival's name" % (nid, p["name"]))
            if p["kind"] not in KINDS:
                err("%s kind %s" % (nid, p["kind"]))
            if (p["quantity"] is None) != (p["unit"] is None):
                err("%s quantity/unit must be both null or both set: %s" % (nid, p))
            if p["quantity"] is not None and not (isinstance(p["quantity"], int) and p["quantity"] >= 0):
                err("%s quantity %r" % (nid, p["quantity"]))
            elif p["quantity"] is not None:
                if p["quantity"] not in numbers_in(text):
                    err("%s %s quantity %s: no numeral in the text reads so" % (nid, p["name"], p["quantity"]))
                if p["unit"] not in text and p["unit"] != default_unit[p["name"]]:
                    err("%s %s unit %s neither written nor the catalog unit" % (nid, p["name"], p["unit"]))
        keys = [(p.get("name"), p.get("kind")) for p in g["products"]]
        if len(keys) != len(set(keys)):
            err("%s products: more than one entry per (product, kind)" % nid)
        # completeness: an own product named outside a rival's name must be in products
        for name, forms in products.items():
            if any(f in masked for f in forms + TYPO_EVIDENCE.get(name, [])) and \
                    name not in [p.get("name") for p in g["products"]]:
                err("%s product %s named in text but missing from gold" % (nid, name))
        stats.append(g)

        # ---- competitors
        for k in g["competitors"]:
            if list(k) != ["name", "note"]:
                err("%s competitor keys" % nid)
                continue
            if k["name"] in competitors:
                if not any(f in text for f in competitors[k["name"]] + TYPO_EVIDENCE.get(k["name"], [])):
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
                if not any(f in text for f in distributors[s] + TYPO_EVIDENCE.get(s, [])):
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
    print(summary(stats))


def summary(golds):
    from collections import Counter
    ch = Counter(g["channel"] for g in golds)
    mt = Counter(g["customer"]["matched"] for g in golds)
    se = Counter(g["sentiment"] for g in golds)
    lines = ["channels: " + ", ".join("%s %d" % kv for kv in sorted(ch.items())),
             "customers: matched %d, unmatched %d" % (mt[True], mt[False]),
             "sentiment: " + ", ".join("%s %d" % kv for kv in sorted(se.items()))]
    cover = {
        "needs": (NEEDS, {x for g in golds for x in g["needs"]}),
        "roles": (ROLES, {c["role"] for g in golds for c in g["contacts"]}),
        "kinds": (KINDS, {p["kind"] for g in golds for p in g["products"]}),
        "payment": (PAYMENT, {g["payment_terms"] for g in golds} - {None}),
        "restock": (RESTOCK, {g["restock_cycle_days"] for g in golds} - {None}),
        "types": (CTYPES, {g["customer"]["type"] for g in golds}),
    }
    for k, (want, got) in cover.items():
        lines.append("%s: %s" % (k, "all covered" if want <= got else "MISSING %s" % sorted(map(str, want - got))))
    return "\n".join(lines)


def numbers_in(text):
    """Every quantity a numeral run in the text can denote.  Mixed numerals (3百, 2十5, 1千),
    俩/仨, and ranges that take their lower bound (五六十 -> 50, 一百二三 -> 120, 七八 -> 7,
    十五六 -> 15); 一百五 -> 150."""
    out = set()
    for run in re.findall(r"[0-9零〇一二两三四五六七八九十百千俩仨]+", text):
        chars = list(run)
        i, kept = 0, []
        while i < len(chars):          # drop the second digit of an adjacent pair n, n+1 (a range)
            kept.append(chars[i])
            if (i + 1 < len(chars) and not chars[i].isdigit() and chars[i] in CN_DIGITS
                    and chars[i + 1] in CN_DIGITS and CN_DIGITS[chars[i + 1]] == CN_DIGITS[chars[i]] + 1):
                i += 2
                continue
            i += 1
        for a in range(len(kept)):     # substrings: numbers inside longer runs (一百来支, 一盒七片)
            for b in range(a + 1, len(kept) + 1):
                v = parse_num(kept[a:b])
                if v is not None:
                    out.add(v)
    return out


def parse_num(chars):
    units = {"十": 10, "百": 100, "千": 1000}
    total, cur, last_unit, has_cur, zero, prev_arabic = 0, 0, 0, False, False, False
    for ch in chars:
        if ch.isdigit():
            cur = cur * 10 + int(ch) if prev_arabic else int(ch)
            has_cur, prev_arabic = True, True
        elif ch in CN_DIGITS:
            if has_cur:
                return None            # two digits in a row without a unit: not one number
            zero = zero or CN_DIGITS[ch] == 0
            cur, has_cur, prev_arabic = CN_DIGITS[ch], True, False
        elif ch in units:
            if last_unit and units[ch] >= last_unit:
                return None
            total += (cur if has_cur else 1) * units[ch]
            last_unit, cur, has_cur, prev_arabic = units[ch], 0, False, False
        else:
            return None
    if has_cur:
        if last_unit >= 100 and not zero and not prev_arabic:
            total += cur * last_unit // 10    # 一百五 -> 150, 一百二(三) -> 120
        else:
            total += cur
    return total


if __name__ == "__main__":
    main()
