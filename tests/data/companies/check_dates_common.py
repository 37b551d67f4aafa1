"""The checks every company set's check_dates.py runs; the set's own file holds only what is its own.

Each ``<set>/check_dates.py`` defines its master-data sizes, team, date range, typo tables, date
words and the per-note date CHECKS, then calls ``main(sys.modules[__name__])``.  This module
validates the set's notes.jsonl against visit-record.md and the master data:

1. Dates: every date in every gold record is recomputed from the phrase the note uses, by the
   convention table of visit-record.md (R = the note's date), with datetime/weekday(); the phrase
   must occur in the note text.  Every non-null date field must be covered by a check, and
   visit_date must equal R unless a check says otherwise.
2. Schema: exact key sets and value types (no `summary` in gold).
3. Enums: channel, customer.type, customer.area, contacts[].role, products[].kind, payment_terms,
   restock_cycle_days, needs[], sentiment.
4. Names: products canonical from catalog.yaml; competitors/suppliers canonical when the catalog
   knows them, else written literally in the note; matched customers canonical from customers.csv
   (with its type/area), unmatched ones absent from customers.csv and written literally in the
   note.  Typos (the *_TYPO_EVIDENCE tables) count as the name being written.
5. Set conventions (the set's README.md): reps.csv team, ids in date order, at most one entry per
   (product, kind), a `mention` stands alone and has no quantity, every unit is written in the
   note, no future date field before R, and the rep's manager and audiences are never contacts.

A set's module provides (names in capitals are constants):
  HERE                      the set's folder (catalog.yaml, customers.csv, reps.csv, notes.jsonl)
  N_PRODUCTS, N_COMPETITORS, N_DISTRIBUTORS, N_CUSTOMERS, MIN_NOTES, REPS, MANAGER, DATE_RANGE
  ID_PREFIX                 notes run ID_PREFIX001, ID_PREFIX002, ... in file order
  TYPO_EVIDENCE, CUSTOMER_TYPO_EVIDENCE, COMPETITOR_TYPO_EVIDENCE   name -> typos written for it
  NOT_CONTACTS              names that are never contacts; None: the set has no contact conventions
  CHECKS                    (note id, gold path, phrase) for every date field
  TEXT_FORM                 (note id, phrase) -> the phrase as the text writes it
  STATED_WEEKDAY            (note id, path) -> the weekday (0 = Monday) the note itself states
and optionally:
  DATE_WORDS                the set's own date words -> the contract table's spelling (default none)
  extra_date_rule(r, phrase)  a rule beyond the contract's table: a date, or None
  RELATIVE_BIRTHDAYS        a birthday may be a phrase of the date table (default False)
  DISTRIBUTOR_TYPO_EVIDENCE typos written for a distributor (default none)
  NOT_BEFORE_R              no date field but visit_date lies before R (default True)
  WEEKDAY_RE                the 这/本/下/下下 + weekday rule's pattern (default WEEKDAY_RE)

Run a set's file from anywhere:  python3 tests/data/companies/<set>/check_dates.py  (0 = all good)
"""

import calendar
import csv
import datetime as dt
import json
import os
import re
import sys

import yaml

D = dt.date

# ---------------------------------------------------------------- enums
CHANNELS = {"visit", "phone", "message"}
CTYPES = {
    "county_hospital",
    "township_hospital",
    "village_clinic",
    "private_clinic",
    "pharmacy",
    "chain_hq",
    "chain_store",
    "distributor",
}
AREAS = {"urban", "rural"}
ROLES = {
    "owner",
    "manager",
    "clerk",
    "purchaser",
    "finance",
    "doctor",
    "director",
    "nurse",
    "pharmacist",
    "other",
}
KINDS = {"sold", "stock", "order", "mention"}
PAYMENT = {"prepaid", "cash", "cod", "monthly", "consignment", "rollover"}
RESTOCK = {7, 15, 30, 60, 90}
NEEDS = {
    "training",
    "promotion",
    "pos_material",
    "advertising",
    "margin",
    "display",
    "new_product",
    "return_exchange",
    "consumer_education",
    "credit",
}
SENTIMENT = {"positive", "neutral", "negative"}
TIERS = {"A", "B", "C", "D"}

GOLD_KEYS = [
    "visit_date",
    "channel",
    "customer",
    "contacts",
    "products",
    "competitors",
    "payment_terms",
    "restock_cycle_days",
    "supplier",
    "needs",
    "commitments",
    "next_visit",
    "sentiment",
]

# ---------------------------------------------------------------- date rules
CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
WD_NAME = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WEEKDAY_RE = r"(这|本|下下个?|下个?|)(周|星期|礼拜)([一二三四五六日天])"
MONTH_DAY_RE = r"([0-9一二三四五六七八九十]+)月([0-9一二三四五六七八九十]+)[号日]"


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


def resolve(r, phrase, words=None, extra=None, weekday_re=WEEKDAY_RE):
    """Resolve one date phrase against reference date r by the contract's table.

    words: a set's own date words -> the table's spelling; extra(r, phrase): a set's rule
    beyond the table (a date or None); weekday_re: the pattern of the weekday rule."""
    if words:
        phrase = words.get(phrase, phrase)
    fixed = {
        "今天": 0,
        "明天": 1,
        "后天": 2,
        "大后天": 3,
        "昨天": -1,
        "前天": -2,
        "一周后": 7,
        "下周这个时候": 7,
        "半个月后": 15,
    }
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
    m = re.fullmatch(weekday_re, phrase)
    if m:
        which, wd = m.group(1), WEEKDAY[m.group(3)]
        monday = r - dt.timedelta(days=r.weekday())
        if which in ("这", "本"):
            return monday + dt.timedelta(days=wd)
        if which.startswith("下下"):  # 下下周X: two weeks after R's week
            return monday + dt.timedelta(days=14 + wd)
        if which.startswith("下"):
            return monday + dt.timedelta(days=7 + wd)
        delta = (wd - r.weekday()) % 7 or 7  # strictly after R
        return r + dt.timedelta(days=delta)
    m = re.fullmatch(MONTH_DAY_RE, phrase)
    if m:
        d = D(r.year, cn_int(m.group(1)), cn_int(m.group(2)))
        return d if d >= r else D(r.year + 1, d.month, d.day)
    if extra is not None:
        d = extra(r, phrase)
        if d is not None:
            return d
    raise ValueError(f"no rule for phrase {phrase!r}")


def birthday(phrase, relative=None):
    """'5月18号' -> '05-18'.  relative(phrase) -> date resolves a phrase of the date table
    (生日就是下周三) where the set allows relative birthdays."""
    m = re.fullmatch(MONTH_DAY_RE, phrase)
    if m is None:
        if relative is None:
            raise ValueError(f"no birthday rule for phrase {phrase!r}")
        d = relative(phrase)
        return f"{d.month:02d}-{d.day:02d}"
    mm, dd = cn_int(m.group(1)), cn_int(m.group(2))
    D(2024, mm, dd)  # valid month/day (leap year allows 02-29)
    return f"{mm:02d}-{dd:02d}"


def get(gold, path):
    cur = gold
    for part in re.findall(r"[a-z_]+|\[\d+\]", path):
        cur = cur[int(part[1:-1])] if part.startswith("[") else cur[part]
    return cur


def date_paths(gold):
    out = [k for k in ("visit_date", "next_visit") if gold[k] is not None]
    out += [f"commitments[{i}].due" for i, c in enumerate(gold["commitments"]) if c["due"] is not None]
    out += [f"contacts[{i}].birthday" for i, c in enumerate(gold["contacts"]) if c["birthday"] is not None]
    return out


def names_table(entries):
    """catalog entries -> {canonical name: [name, *aliases]}"""
    return {e["name"]: [e["name"], *(e.get("aliases") or [])] for e in entries}


def row_line(*cols):
    """One line of the printed table of date checks."""
    nid, r, wd, path, phrase, shown = (str(c) for c in cols)
    return f"{nid:<5} {r:<10} {wd:<3}  {path:<22} {phrase:<14} {shown}"


# ---------------------------------------------------------------- the checks
class DateCheck:
    """All checks of one set; `cfg` is the set's check_dates module.  A set with conventions of its
    own subclasses this and overrides the section it changes (see heldout_beiyuan)."""

    def __init__(self, cfg):
        self.cfg = cfg
        self.errors = []
        self.words = getattr(cfg, "DATE_WORDS", None)
        self.extra = getattr(cfg, "extra_date_rule", None)
        self.weekday_re = getattr(cfg, "WEEKDAY_RE", WEEKDAY_RE)
        self.relative_birthdays = getattr(cfg, "RELATIVE_BIRTHDAYS", False)
        self.not_before_r = getattr(cfg, "NOT_BEFORE_R", True)
        self.distributor_typos = getattr(cfg, "DISTRIBUTOR_TYPO_EVIDENCE", {})

    def err(self, msg):
        self.errors.append(msg)

    def resolve(self, r, phrase):
        return resolve(r, phrase, self.words, self.extra, self.weekday_re)

    def birthday(self, phrase, r):
        return birthday(phrase, (lambda p: self.resolve(r, p)) if self.relative_birthdays else None)

    # ---- run
    def run(self):
        cfg = self.cfg
        with open(os.path.join(cfg.HERE, "catalog.yaml"), encoding="utf-8") as f:
            self.cat = yaml.safe_load(f)
        with open(os.path.join(cfg.HERE, "customers.csv"), encoding="utf-8", newline="") as f:
            self.rows = list(csv.DictReader(f))
        with open(os.path.join(cfg.HERE, "notes.jsonl"), encoding="utf-8") as f:
            self.notes = [json.loads(line) for line in f if line.strip()]
        self.check_master_data()
        self.check_team_typos_ids()
        self.checks_by_note = {}
        for nid, path, phrase in cfg.CHECKS:
            self.checks_by_note.setdefault(nid, []).append((path, phrase))
        print(row_line("id", "R", "wd", "field", "phrase", "resolved"))
        for n in self.notes:
            self.check_note(n)
        self.finish()

    def finish(self):
        if self.errors:
            print("\nFAILED:")
            for e in self.errors:
                print("  " + e)
            sys.exit(1)
        print(f"\nOK: {len(self.notes)} notes, {len(self.cfg.CHECKS)} date checks, enums and names valid")

    # ---- master data
    def check_master_data(self):
        cfg, err, cat, rows = self.cfg, self.err, self.cat, self.rows
        products, competitors, distributors = (
            names_table(cat["products"]),
            names_table(cat["competitors"]),
            names_table(cat["distributors"]),
        )
        sizes = (len(products), len(competitors), len(distributors))
        if sizes != (cfg.N_PRODUCTS, cfg.N_COMPETITORS, cfg.N_DISTRIBUTORS):
            err("catalog sizes {}/{}/{}".format(*sizes))
        for p in cat["products"]:
            if not 1 <= len(p["aliases"]) <= 3:
                err(f"product {p['name']} has {len(p['aliases'])} aliases")
        all_alias = {}
        for kind, t in (("product", products), ("competitor", competitors), ("distributor", distributors)):
            for name, forms in t.items():
                for a in forms:
                    if a in all_alias and all_alias[a] != (kind, name):
                        err(f"alias {a} used twice: {all_alias[a]} / {(kind, name)}")
                    all_alias[a] = (kind, name)
        customers = {}
        for r in rows:
            if r["type"] not in CTYPES or r["area"] not in AREAS or r["tier"] not in TIERS:
                err(f"customers.csv bad codes: {r}")
            if r["name"] in customers:
                err(f"duplicate customer {r['name']}")
            customers[r["name"]] = r
        cust_alias = {}
        for r in rows:
            for a in [r["name"]] + [x for x in r["aliases"].split("|") if x]:
                if a in cust_alias:
                    err(f"customer alias {a} used twice")
                cust_alias[a] = r["name"]
        if len(rows) != cfg.N_CUSTOMERS:
            err(f"customers.csv has {len(rows)} rows")
        if {r["type"] for r in rows} != CTYPES or {r["area"] for r in rows} != AREAS:
            err("customers.csv does not cover all types/areas")
        if {r["tier"] for r in rows} != TIERS or {r["rep"] for r in rows} != cfg.REPS:
            err("customers.csv tiers/reps")
        self.products, self.competitors, self.distributors = products, competitors, distributors
        self.all_alias, self.customers, self.cust_alias = all_alias, customers, cust_alias

    def team_ok(self):
        """reps.csv: REPS under MANAGER"""
        cfg = self.cfg
        with open(os.path.join(cfg.HERE, "reps.csv"), encoding="utf-8", newline="") as f:
            team = list(csv.DictReader(f))
        return not (
            {t["name"] for t in team if t["role"] == "rep"} != cfg.REPS
            or [t["name"] for t in team if t["role"] == "manager"] != [cfg.MANAGER]
            or any(t["manager"] != cfg.MANAGER for t in team if t["role"] == "rep")
        )

    def check_team_typos_ids(self):
        cfg, err, notes = self.cfg, self.err, self.notes
        if not self.team_ok():
            err(f"reps.csv: {len(cfg.REPS)} reps under manager {cfg.MANAGER} expected")
        all_text = "\n".join(n["text"] for n in notes)
        for table_, known in (
            (cfg.TYPO_EVIDENCE, self.all_alias),
            (cfg.CUSTOMER_TYPO_EVIDENCE, self.cust_alias),
            (cfg.COMPETITOR_TYPO_EVIDENCE, self.all_alias),
        ):
            for typos in table_.values():
                for t in typos:
                    if t in known or t not in all_text:
                        err(f"typo {t} is an alias or never used")
        ids = [n["id"] for n in notes]
        if len(notes) < cfg.MIN_NOTES or len(set(ids)) != len(ids):
            err(f"need at least {cfg.MIN_NOTES} unique notes")
        if ids != [f"{cfg.ID_PREFIX}{i + 1:03d}" for i in range(len(ids))]:
            err(f"ids must run {cfg.ID_PREFIX}001, {cfg.ID_PREFIX}002, ... in file order")
        if [n["date"] for n in notes] != sorted(n["date"] for n in notes):
            err("notes must be in date order")
        for nid, *_ in cfg.CHECKS:
            if nid not in ids:
                err(f"CHECKS names unknown note {nid}")

    # ---- one note
    def check_note(self, n):
        cfg, err = self.cfg, self.err
        nid, text, g = n["id"], n["text"], n["gold"]
        try:
            R = dt.date.fromisoformat(n["date"])
        except ValueError:
            err(f"{nid} bad date {n['date']}")
            return
        if not cfg.DATE_RANGE[0] <= R <= cfg.DATE_RANGE[1]:
            err(f"{nid} date out of range")
        if set(n) != {"id", "date", "rep", "text", "gold"}:
            err(f"{nid} top-level keys {sorted(n)}")
        if n["rep"] not in cfg.REPS:
            err(f"{nid} rep {n['rep']}")
        if list(g) != GOLD_KEYS:
            err(f"{nid} gold keys {list(g)}")
            return
        self.check_dates(n, R)
        self.check_enums(nid, g)
        self.check_customer(n)
        self.check_contacts(nid, text, g)
        self.check_products(nid, text, g)
        self.check_competitors(nid, text, g)
        self.check_supplier(nid, text, g)
        for m in g["commitments"]:
            if list(m) != ["text", "due"] or not m["text"]:
                err(f"{nid} commitment {m}")

    def check_dates(self, n, R):
        cfg, err = self.cfg, self.err
        nid, text, g = n["id"], n["text"], n["gold"]
        covered = set()
        for path, phrase in self.checks_by_note.get(nid, []):
            covered.add(path)
            written = cfg.TEXT_FORM.get((nid, phrase), phrase)
            if written not in text:
                err(f"{nid} phrase {written!r} not in text")
            elif re.fullmatch(r"(周|星期|礼拜)[一二三四五六日天]", written) and not re.search(
                r"(?<![这本下个])" + written, text
            ):
                err(f"{nid} bare weekday {written!r} only occurs with 这/本/下 in text")
            if path.endswith("birthday"):
                want = self.birthday(phrase, R)
                shown = want
            else:
                d = self.resolve(R, phrase)
                want = d.isoformat()
                shown = f"{want} {WD_NAME[d.weekday()]}"
                sw = cfg.STATED_WEEKDAY.get((nid, path))
                if sw is not None and d.weekday() != sw:
                    err(f"{nid} {path}: {want} is not weekday {sw}")
            try:
                got = get(g, path)
            except (KeyError, IndexError, TypeError):
                err(f"{nid} missing {path}")
                continue
            if got != want:
                err(f"{nid} {path} = {got}, rule {phrase!r} gives {want}")
            print(row_line(nid, R, WD_NAME[R.weekday()], path, phrase, shown))
        for path in date_paths(g):
            if path == "visit_date" and path not in covered:
                if g["visit_date"] != n["date"]:
                    err(f"{nid} visit_date {g['visit_date']} != note date without a rule")
                continue
            if path not in covered:
                err(f"{nid} date field {path} not covered by a check")
        for path in date_paths(g):
            v = get(g, path)
            if path.endswith("birthday"):
                if not re.fullmatch(r"\d\d-\d\d", v):
                    err(f"{nid} birthday format {v}")
            else:
                d = dt.date.fromisoformat(v)
                if self.not_before_r and path != "visit_date" and d < R:
                    err(f"{nid} {path} {v} lies before the note date")

    def check_enums(self, nid, g):
        err = self.err
        if g["channel"] not in CHANNELS:
            err(f"{nid} channel {g['channel']}")
        if g["payment_terms"] not in PAYMENT | {None}:
            err(f"{nid} payment_terms {g['payment_terms']}")
        if g["restock_cycle_days"] not in RESTOCK | {None}:
            err(f"{nid} restock {g['restock_cycle_days']}")
        if g["sentiment"] not in SENTIMENT:
            err(f"{nid} sentiment {g['sentiment']}")
        if (
            not isinstance(g["needs"], list)
            or any(x not in NEEDS for x in g["needs"])
            or len(set(g["needs"])) != len(g["needs"])
        ):
            err(f"{nid} needs {g['needs']}")

    def check_customer(self, n):
        err, customers = self.err, self.customers
        nid, text, c = n["id"], n["text"], n["gold"]["customer"]
        if set(c) != {"name", "matched", "type", "area"}:
            err(f"{nid} customer keys")
        if c["type"] not in CTYPES | {None} or c["area"] not in AREAS | {None}:
            err(f"{nid} customer codes {c}")
        if c["matched"] is True:
            row = customers.get(c["name"])
            if row is None:
                err(f"{nid} matched customer {c['name']} not in customers.csv")
            else:
                if (row["type"], row["area"]) != (c["type"], c["area"]):
                    err(f"{nid} customer type/area differ from csv")
                forms = (
                    [row["name"]]
                    + [x for x in row["aliases"].split("|") if x]
                    + self.cfg.CUSTOMER_TYPO_EVIDENCE.get(row["name"], [])
                )
                if row["rep"] != n["rep"]:
                    err(f"{nid} note by {n['rep']} but {c['name']} is owned by {row['rep']}")
                if not any(f in text for f in forms):
                    err(f"{nid} customer {c['name']} not named in text")
        elif c["matched"] is False:
            if c["name"] in customers or c["name"] in self.cust_alias:
                err(f"{nid} unmatched customer {c['name']} is in customers.csv")
            if c["name"] not in text:
                err(f"{nid} unmatched customer name not written in text")
        else:
            err(f"{nid} matched must be bool")

    def check_contacts(self, nid, text, g):
        err, not_contacts = self.err, self.cfg.NOT_CONTACTS
        if not_contacts is not None and len({ct.get("name") for ct in g["contacts"]}) != len(g["contacts"]):
            err(f"{nid} duplicate contact")
        for ct in g["contacts"]:
            if not_contacts is not None and ct.get("name") in not_contacts:
                err(f"{nid} {ct.get('name')} is not a contact")
            if list(ct) != ["name", "surname", "role", "phone", "birthday", "notes"]:
                err(f"{nid} contact keys {list(ct)}")
                continue
            if ct["name"] not in text:
                err(f"{nid} contact {ct['name']} not in text")
            if ct["surname"] is not None and ct["surname"] not in ct["name"]:
                err(f"{nid} surname {ct['surname']} not in {ct['name']}")
            if ct["role"] not in ROLES | {None}:
                err(f"{nid} role {ct['role']}")
            if ct["phone"] is not None and ct["phone"] not in text:
                err(f"{nid} phone {ct['phone']} not in text")

    def check_products(self, nid, text, g):
        err = self.err
        pk = [(p.get("name"), p.get("kind")) for p in g["products"]]
        if len(set(pk)) != len(pk):
            err(f"{nid} more than one entry per (product, kind)")
        for p in g["products"]:
            if p.get("kind") == "mention" and (
                p.get("quantity") is not None
                or sum(1 for q in g["products"] if q.get("name") == p.get("name")) > 1
            ):
                err(f"{nid} mention of {p.get('name')} must be alone and without quantity")
            if p.get("unit") is not None and p["unit"] not in text:
                err(f"{nid} unit {p['unit']} not written in text")
            self.check_product(nid, text, p)

    def check_product(self, nid, text, p, where=""):
        """One products[] entry; `where` qualifies 'not named in text'.  False if its keys or
        name are wrong (nothing more was checked)."""
        err = self.err
        if list(p) != ["name", "quantity", "unit", "kind"]:
            err(f"{nid} product keys {list(p)}")
            return False
        if p["name"] not in self.products:
            err(f"{nid} product {p['name']} not in catalog")
            return False
        forms = self.products[p["name"]] + self.cfg.TYPO_EVIDENCE.get(p["name"], [])
        if not any(f in text for f in forms):
            err(f"{nid} product {p['name']} not named in text{where}")
        if p["kind"] not in KINDS:
            err(f"{nid} kind {p['kind']}")
        if (p["quantity"] is None) != (p["unit"] is None):
            err(f"{nid} quantity/unit must be both null or both set: {p}")
        if p["quantity"] is not None and not (isinstance(p["quantity"], int) and p["quantity"] >= 0):
            err(f"{nid} quantity {p['quantity']!r}")
        return True

    def check_competitors(self, nid, text, g):
        err, competitors = self.err, self.competitors
        for k in g["competitors"]:
            if list(k) != ["name", "note"]:
                err(f"{nid} competitor keys")
                continue
            if k["name"] in competitors:
                forms = competitors[k["name"]] + self.cfg.COMPETITOR_TYPO_EVIDENCE.get(k["name"], [])
                if not any(f in text for f in forms):
                    err(f"{nid} competitor {k['name']} not named in text")
            else:
                if k["name"] not in text:
                    err(f"{nid} unknown competitor {k['name']} not written in text")
                for forms in competitors.values():
                    if any(f in k["name"] for f in forms):
                        err(f"{nid} competitor {k['name']} should be canonical")

    def check_supplier(self, nid, text, g):
        err, distributors, s = self.err, self.distributors, g["supplier"]
        if s is None:
            return
        if s in distributors:
            if not any(f in text for f in distributors[s] + self.distributor_typos.get(s, [])):
                err(f"{nid} supplier {s} not named in text")
        else:
            if s not in text:
                err(f"{nid} unknown supplier {s} not written in text")
            for forms in distributors.values():
                if any(f in s for f in forms):
                    err(f"{nid} supplier {s} should be canonical")


def main(cfg, check=DateCheck):
    """Run every check of the set whose check_dates module is `cfg`; exit 1 on any error."""
    check(cfg).run()
