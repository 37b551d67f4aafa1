#!/usr/bin/env python3
"""Validate the held-out set (北源制药 · 桦岭县) against visit-record.md and the master data.

Adapted from datasets/dev/check_dates.py: spoken date variants (明儿个, 下礼拜这时候, 半拉月后 …),
下下周X, relative birthdays, typo evidence for every kind of name, numeral evidence for
quantities (mixed numerals and ranges, README convention: a range takes its lower bound),
unit evidence, one entry per (product, kind), and a completeness check for own products
named in a note (outside a rival's name).

The checks (dates recomputed from each note's phrase, schema, enums, canonical names,
ownership) are ../check_dates_common.py's; this file holds what is the set's own:
its typo table, spoken date words, and the products and ids sections of its conventions.

Run:  python3 check_dates.py      (exit status 0 = all good)
"""

import datetime as dt
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import check_dates_common as common  # the shared checks, one folder up
from check_dates_common import CTYPES, KINDS, NEEDS, PAYMENT, RESTOCK, ROLES

HERE = os.path.dirname(os.path.abspath(__file__))

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
ID_PREFIX = "b"
# one typo table for every kind of name
CUSTOMER_TYPO_EVIDENCE = COMPETITOR_TYPO_EVIDENCE = DISTRIBUTOR_TYPO_EVIDENCE = TYPO_EVIDENCE
# the set states no contact conventions (unique contacts, never-contacts) and no
# "no date field before R" rule
NOT_CONTACTS = None
NOT_BEFORE_R = False

# ---------------------------------------------------------------- date rules
# numerals of quantities: the shared digits and 俩/仨
CN_DIGITS = {**common.CN_DIGITS, "俩": 2, "仨": 3}
# spoken forms -> the contract table's spelling of the same rule
SPOKEN = {"今儿个": "今天", "明儿个": "明天", "明儿": "明天", "后儿个": "后天", "昨儿个": "昨天",
          "前儿个": "前天", "一个礼拜以后": "一周后", "一个礼拜后": "一周后",
          "下礼拜这时候": "下周这个时候", "半拉月后": "半个月后", "下月这个时候": "下个月这个时候"}
DATE_WORDS = SPOKEN
# 下下周X / 下下星期X / 下下礼拜X, but not 下下个…
WEEKDAY_RE = r"(这|本|下下|下个?|)(周|星期|礼拜)([一二三四五六日天])"
RELATIVE_BIRTHDAYS = True  # 4月2号, or a phrase of the date table (下礼拜二) resolved from R


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


class BeiyuanCheck(common.DateCheck):
    """The set's own sections: ids and team, one typo table, and products (rival names blanked
    out, numeral evidence for quantities, units, completeness); a summary after OK."""

    def check_team_typos_ids(self):
        err = self.err
        ids = [n["id"] for n in self.notes]
        if len(self.notes) < MIN_NOTES or ids != [f"b{i + 1:03d}" for i in range(len(self.notes))]:
            err(f"need >= {MIN_NOTES} unique notes b001…")
        if not self.team_ok():
            err("reps.csv team")
        for t in [t for ts in TYPO_EVIDENCE.values() for t in ts]:
            if t in self.all_alias or t in self.cust_alias:
                err(f"typo {t} is an alias")
        self.default_unit = {p["name"]: p["unit"] for p in self.cat["products"]}
        self.stats = []

    def check_products(self, nid, text, g):
        err, products = self.err, self.products
        masked = text  # the text with every rival's name blanked out
        for forms in self.competitors.values():
            for f in sorted(forms, key=len, reverse=True):
                masked = masked.replace(f, "□" * len(f))
        for p in g["products"]:
            if not self.check_product(nid, masked, p, where=" outside a rival's name"):
                continue
            if p["quantity"] is not None and isinstance(p["quantity"], int) and p["quantity"] >= 0:
                if p["quantity"] not in numbers_in(text):
                    err(f"{nid} {p['name']} quantity {p['quantity']}: no numeral in the text reads so")
                if p["unit"] not in text and p["unit"] != self.default_unit[p["name"]]:
                    err(f"{nid} {p['name']} unit {p['unit']} neither written nor the catalog unit")
        keys = [(p.get("name"), p.get("kind")) for p in g["products"]]
        if len(keys) != len(set(keys)):
            err(f"{nid} products: more than one entry per (product, kind)")
        # completeness: an own product named outside a rival's name must be in products
        for name, forms in products.items():
            if any(f in masked for f in forms + TYPO_EVIDENCE.get(name, [])) and name not in [
                p.get("name") for p in g["products"]
            ]:
                err(f"{nid} product {name} named in text but missing from gold")
        self.stats.append(g)

    def finish(self):
        super().finish()
        print(summary(self.stats))


def summary(golds):
    ch = Counter(g["channel"] for g in golds)
    mt = Counter(g["customer"]["matched"] for g in golds)
    se = Counter(g["sentiment"] for g in golds)
    lines = [
        "channels: " + ", ".join(f"{k} {v}" for k, v in sorted(ch.items())),
        f"customers: matched {mt[True]}, unmatched {mt[False]}",
        "sentiment: " + ", ".join(f"{k} {v}" for k, v in sorted(se.items())),
    ]
    cover = {
        "needs": (NEEDS, {x for g in golds for x in g["needs"]}),
        "roles": (ROLES, {c["role"] for g in golds for c in g["contacts"]}),
        "kinds": (KINDS, {p["kind"] for g in golds for p in g["products"]}),
        "payment": (PAYMENT, {g["payment_terms"] for g in golds} - {None}),
        "restock": (RESTOCK, {g["restock_cycle_days"] for g in golds} - {None}),
        "types": (CTYPES, {g["customer"]["type"] for g in golds}),
    }
    for k, (want, got) in cover.items():
        lines.append(f"{k}: " + ("all covered" if want <= got else f"MISSING {sorted(map(str, want - got))}"))
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
    common.main(sys.modules[__name__], BeiyuanCheck)
