#!/usr/bin/env python3
"""Validate the qinghe set's notes.jsonl against visit-record.md and the master data.

Adapted from datasets/dev/check_dates.py: sizes, reps, date range, typo tables,
and the 下下周X / 下下星期X row of the contract's date table.

The checks (dates recomputed from each note's phrase, schema, enums, canonical names,
ownership, set conventions) are ../check_dates_common.py's; this file holds the set's own
tables.

Run:  python3 check_dates.py      (exit status 0 = all good)
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_dates_common import D, main  # the shared checks, one folder up

HERE = os.path.dirname(os.path.abspath(__file__))

# Typos a rep made for an own product (not catalog aliases on purpose: the set
# tests tolerance to them).  Only used to find the product's evidence in the text.
TYPO_EVIDENCE = {"香砂养胃丸": ["香沙养胃丸"], "阿奇霉素片": ["阿齐霉素"], "丹参注射液": ["丹生针"],
                 "麝香壮骨膏": ["射香壮骨膏"], "风湿骨痛胶囊": ["风湿骨通"]}
# Near-homophones a rep typed for an account or a rival (not aliases on purpose).
CUSTOMER_TYPO_EVIDENCE = {"黄桷镇中心卫生院": ["黄角卫生院"], "城厢济世堂药店": ["吉世堂"],
                          "蜀安堂大药房连锁总部": ["书安堂总部"], "蜀安堂大药房滨江路店": ["书安堂滨江路店"],
                          "城厢百草堂大药房": ["白草堂"], "黄桷镇惠康药房": ["慧康药房"],
                          "城厢众和医药批发部": ["中和批发部"], "马鞍镇顺发医药配送站": ["顺法配送"]}
COMPETITOR_TYPO_EVIDENCE = {"小儿止咳糖浆(好娃娃)": ["好哇哇"]}
# Sizes of this company's master data and note set
N_PRODUCTS, N_COMPETITORS, N_DISTRIBUTORS, N_CUSTOMERS = 9, 6, 3, 28
REPS = {"罗小军", "何静", "唐勇"}
MANAGER = "周志强"
MIN_NOTES = 60
DATE_RANGE = (D(2026, 4, 1), D(2026, 6, 30))
ID_PREFIX = "q"
# Never contacts: the rep's own manager, audiences and patients (README conventions)
NOT_CONTACTS = {"周经理", "周志强", "医生们", "村医", "病人", "老年人", "专家", "顾客"}


# (note id, gold path, phrase as written in the note)
CHECKS = [
    ("q001", "commitments[0].due", "下周四"), ("q001", "next_visit", "下周四"),
    ("q003", "commitments[0].due", "明天"), ("q003", "next_visit", "明天"),
    ("q004", "next_visit", "月底"),
    ("q005", "next_visit", "后天"),
    ("q006", "commitments[0].due", "下礼拜三"), ("q006", "next_visit", "下礼拜三"),
    ("q008", "contacts[0].birthday", "五月十八号"),
    ("q009", "commitments[0].due", "明天"),
    ("q011", "next_visit", "5月12号"),
    ("q012", "commitments[0].due", "下下周四"), ("q012", "next_visit", "下下周四"),
    ("q015", "commitments[0].due", "本周六"), ("q015", "commitments[1].due", "下周一"),
    ("q015", "next_visit", "下周一"),
    ("q016", "commitments[0].due", "星期一"), ("q016", "next_visit", "星期一"),
    ("q017", "next_visit", "大后天"),
    ("q019", "commitments[0].due", "明天"),
    ("q021", "next_visit", "下个月初"),
    ("q023", "commitments[0].due", "下周一"), ("q023", "next_visit", "下周一"),
    ("q024", "next_visit", "礼拜二"),
    ("q026", "contacts[0].birthday", "五月二十号"),                # relayed by the clerk
    ("q029", "commitments[0].due", "下周二"), ("q029", "next_visit", "下周二"),
    ("q030", "next_visit", "下周三"),
    ("q032", "next_visit", "下周这个时候"),
    ("q033", "commitments[0].due", "今天"),
    ("q034", "commitments[0].due", "下周一"), ("q034", "next_visit", "下周一"),
    ("q035", "commitments[0].due", "下周三"), ("q035", "next_visit", "下周三"),
    ("q037", "commitments[0].due", "明天"),
    ("q038", "next_visit", "周三"),                                 # R is a Wednesday
    ("q040", "next_visit", "下个礼拜五"),
    ("q042", "commitments[0].due", "下周一"), ("q042", "next_visit", "下周一"),
    ("q044", "next_visit", "一周后"),
    ("q045", "commitments[0].due", "6月6日"), ("q045", "commitments[1].due", "6月3号"),
    ("q045", "next_visit", "6月3号"),
    ("q049", "commitments[0].due", "下礼拜四"), ("q049", "next_visit", "下礼拜四"),
    ("q050", "next_visit", "下个月这个时候"),
    ("q051", "visit_date", "前天"), ("q051", "commitments[0].due", "6月10号"),
    ("q051", "commitments[1].due", "过两天"), ("q051", "next_visit", "过两天"),
    ("q053", "next_visit", "下星期二"),
    ("q054", "next_visit", "下下周一"),
    ("q055", "next_visit", "一个月后"),                             # 05-31 -> clamped 06-30
    ("q056", "commitments[0].due", "下周三"),                       # 下次 = the 下周三 visit
    ("q056", "next_visit", "下周三"),
    ("q058", "commitments[0].due", "礼拜六"), ("q058", "next_visit", "礼拜六"),
    ("q061", "commitments[0].due", "下月初"), ("q061", "next_visit", "下月初"),
    ("q063", "commitments[0].due", "七月十八号"), ("q063", "next_visit", "七月十八号"),
    ("q065", "next_visit", "下周一"),                               # R is a Sunday
    ("q066", "next_visit", "半个月后"),
    ("q067", "commitments[0].due", "这周四"), ("q067", "next_visit", "这周四"),
    ("q071", "commitments[0].due", "下下星期三"), ("q071", "next_visit", "下下星期三"),
    ("q072", "next_visit", "4天后"),
    ("q073", "visit_date", "昨天"), ("q073", "commitments[0].due", "下周二"),
    ("q073", "next_visit", "下周二"),
    ("q076", "commitments[0].due", "下月初"), ("q076", "next_visit", "下月初"),
    ("q077", "commitments[0].due", "7月3号"), ("q077", "next_visit", "7月3号"),
]
# the phrase as it appears in the text, where the rule's canonical spelling differs
TEXT_FORM = {}
# extra assertions: a weekday the note itself states
STATED_WEEKDAY = {("q045", "commitments[0].due"): 5}  # 6月6日礼拜六


if __name__ == "__main__":
    main(sys.modules[__name__])
