#!/usr/bin/env python3
"""Validate the tune26b_jinmeng set's notes.jsonl against visit-record.md and the master data.

Adapted from heldout2_yikang's check_dates.py: sizes, reps, date range, typo tables, note prefix,
the set's dialect date words (晋语 夜来/夜个 = 昨天, 明儿 = 明天, 后儿 = 后天; 沪语 今朝 = 今天, 明朝 = 明天)
and relative birthdays (a birthday said as 后天 / 本周六).

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
TYPO_EVIDENCE = {"黄芪精口服液": ["黄氏精"], "氯雷他定片(10mg)": ["氯雷他丁"]}
# Near-homophones a rep typed for an account or a rival (not aliases on purpose).
CUSTOMER_TYPO_EVIDENCE = {"祁城德顺堂大药房": ["德顺唐"], "应川县恒泰医药批发部": ["恒太批发部"]}
COMPETITOR_TYPO_EVIDENCE = {"扶他林": ["扶他琳"], "格华止": ["格化止"]}
# Sizes of this company's master data and note set
N_PRODUCTS, N_COMPETITORS, N_DISTRIBUTORS, N_CUSTOMERS = 10, 7, 3, 27
REPS = {"郭晓峰", "张慧敏", "陆佳雯"}
MANAGER = "乔建军"
MIN_NOTES = 45
DATE_RANGE = (D(2026, 9, 1), D(2026, 11, 30))
ID_PREFIX = "j"
# Never contacts: the rep's own manager, audiences and patients (README conventions)
NOT_CONTACTS = {"乔经理", "乔建军", "大夫们", "村医", "村医们", "病人", "老人", "老人们", "顾客", "店员们", "娃娃们"}
# the set's dialect date words -> the contract table's spelling
DATE_WORDS = {"夜来": "昨天", "夜个": "昨天", "明儿": "明天", "后儿": "后天", "明朝": "明天", "今朝": "今天"}
RELATIVE_BIRTHDAYS = True

# (note id, gold path, phrase as written in the note)
CHECKS = [
    ('j001', 'commitments[0].due', '下周三'),
    ('j001', 'next_visit', '下周三'),
    ('j002', 'commitments[0].due', '过两天'),
    ('j002', 'next_visit', '过两天'),
    ('j003', 'commitments[0].due', '下礼拜二'),
    ('j003', 'next_visit', '下礼拜二'),
    ('j006', 'commitments[0].due', '下礼拜一'),
    ('j006', 'next_visit', '下礼拜一'),
    ('j007', 'commitments[0].due', '月底'),
    ('j007', 'next_visit', '月底'),
    ('j008', 'commitments[0].due', '下月初'),
    ('j008', 'next_visit', '下月初'),
    ('j009', 'next_visit', '周五'),
    ('j010', 'contacts[0].birthday', '九月二十号'),
    ('j012', 'commitments[0].due', '下下礼拜三'),
    ('j012', 'next_visit', '下下礼拜三'),
    ('j013', 'commitments[0].due', '明儿'),
    ('j013', 'next_visit', '明儿'),
    ('j014', 'next_visit', '过十天'),
    ('j015', 'commitments[0].due', '下个月这个时候'),
    ('j015', 'next_visit', '下个月这个时候'),
    ('j016', 'commitments[0].due', '下周四'),
    ('j016', 'next_visit', '下周四'),
    ('j018', 'contacts[0].birthday', '后天'),
    ('j018', 'commitments[0].due', '后天'),
    ('j018', 'next_visit', '后天'),
    ('j020', 'commitments[0].due', '下周这个时候'),
    ('j020', 'next_visit', '下周这个时候'),
    ('j021', 'commitments[0].due', '明朝'),
    ('j021', 'next_visit', '明朝'),
    ('j022', 'commitments[0].due', '下礼拜一'),
    ('j022', 'next_visit', '下礼拜一'),
    ('j023', 'commitments[0].due', '明天'),
    ('j023', 'next_visit', '明天'),
    ('j024', 'commitments[0].due', '下礼拜四'),
    ('j024', 'next_visit', '下礼拜四'),
    ('j026', 'next_visit', '下个礼拜三'),
    ('j027', 'visit_date', '夜来'),
    ('j028', 'commitments[0].due', '礼拜一'),
    ('j028', 'next_visit', '礼拜一'),
    ('j029', 'commitments[0].due', '大后天'),
    ('j029', 'next_visit', '大后天'),
    ('j030', 'commitments[0].due', '这周五'),
    ('j030', 'next_visit', '这周五'),
    ('j031', 'next_visit', '一周后'),
    ('j032', 'contacts[1].birthday', '本周六'),
    ('j032', 'commitments[0].due', '本周六'),
    ('j032', 'next_visit', '本周六'),
    ('j033', 'next_visit', '下星期三'),
    ('j034', 'commitments[0].due', '下周一'),
    ('j034', 'next_visit', '下周一'),
    ('j035', 'commitments[0].due', '下周这个时候'),
    ('j035', 'next_visit', '下周这个时候'),
    ('j036', 'next_visit', '月底'),
    ('j037', 'commitments[0].due', '10月24号'),
    ('j037', 'next_visit', '10月24号'),
    ('j039', 'commitments[0].due', '下下周一'),
    ('j039', 'next_visit', '下下周一'),
    ('j040', 'commitments[0].due', '明朝'),
    ('j040', 'next_visit', '明朝'),
    ('j041', 'commitments[0].due', '11月3号'),
    ('j041', 'next_visit', '11月3号'),
    ('j042', 'commitments[0].due', '3天后'),
    ('j042', 'next_visit', '3天后'),
    ('j043', 'commitments[0].due', '后儿'),
    ('j043', 'next_visit', '后儿'),
    ('j045', 'commitments[0].due', '下礼拜一'),
    ('j045', 'next_visit', '下礼拜一'),
    ('j046', 'commitments[0].due', '下礼拜三'),
    ('j046', 'next_visit', '下礼拜三'),
    ('j047', 'next_visit', '半个月后'),
    ('j048', 'commitments[0].due', '星期一'),
    ('j048', 'next_visit', '星期一'),
    ('j049', 'visit_date', '前天'),
    ('j049', 'next_visit', '一个月后'),
    ('j050', 'commitments[0].due', '这周五'),
    ('j050', 'next_visit', '这周五'),
    ('j051', 'visit_date', '夜个'),
    ('j051', 'commitments[0].due', '礼拜天'),
    ('j051', 'next_visit', '礼拜天'),
    ('j052', 'commitments[0].due', '今天'),
    ('j052', 'next_visit', '今天'),
]
# the phrase as it appears in the text, where the rule's canonical spelling differs
TEXT_FORM = {}
# extra assertions: a weekday the note itself states
STATED_WEEKDAY = {("j037", "next_visit"): 5}  # 10月24号礼拜六


if __name__ == "__main__":
    main(sys.modules[__name__])
