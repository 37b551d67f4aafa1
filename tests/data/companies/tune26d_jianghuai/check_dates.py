#!/usr/bin/env python3
"""Validate the tune26d_jianghuai set's notes.jsonl against visit-record.md and the master data.

Adapted from heldout2_yikang's check_dates.py: sizes, reps, date range, typo tables, note prefix,
and DATE_WORDS for the spoken day words of the set: 江淮官话 今个/明个/后个/昨个 and the
海南/粤 words 今日/听日/后日 of the rep from 海南.  Birthdays may be relative (生日就是下礼拜四).

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
TYPO_EVIDENCE = {"清咽利喉片": ["清烟片"], "硝苯地平控释片(30mg)": ["硝苯低平"]}
# Near-homophones a rep typed for an account or a rival (not aliases on purpose).
CUSTOMER_TYPO_EVIDENCE = {"利辛县城关百姓大药房": ["百信大药房"]}
COMPETITOR_TYPO_EVIDENCE = {"格华止": ["格华枝"]}
# Sizes of this company's master data and note set
N_PRODUCTS, N_COMPETITORS, N_DISTRIBUTORS, N_CUSTOMERS = 9, 6, 3, 24
REPS = {"陶建国", "孙晓琴", "符海生"}
MANAGER = "周立新"
MIN_NOTES = 45
DATE_RANGE = (D(2026, 11, 1), D(2026, 11, 30))
ID_PREFIX = "j"
# Never contacts: the rep's own manager, audiences and patients (README conventions)
NOT_CONTACTS = {"周经理", "周立新", "大夫们", "村医们", "病人", "顾客", "阿公", "阿婆", "阿公阿婆", "店员们"}
# Spoken day words -> the contract table's spelling
DATE_WORDS = {"今个": "今天", "明个": "明天", "后个": "后天", "昨个": "昨天", "今日": "今天", "听日": "明天", "后日": "后天"}
RELATIVE_BIRTHDAYS = True

# (note id, gold path, phrase as written in the note)
CHECKS = [
    ('j001', 'commitments[0].due', '下礼拜三'),
    ('j001', 'next_visit', '下礼拜三'),
    ('j002', 'commitments[0].due', '下周一'),
    ('j002', 'next_visit', '下周一'),
    ('j003', 'commitments[0].due', '听日'),
    ('j003', 'next_visit', '听日'),
    ('j004', 'next_visit', '月底'),
    ('j005', 'commitments[0].due', '听日'),
    ('j006', 'contacts[0].birthday', '12月3号'),
    ('j006', 'commitments[0].due', '下下周四'),
    ('j006', 'next_visit', '下下周四'),
    ('j007', 'commitments[0].due', '下周五'),
    ('j007', 'next_visit', '下周五'),
    ('j008', 'next_visit', '下礼拜二'),
    ('j009', 'commitments[0].due', '这周日'),
    ('j009', 'commitments[1].due', '下周一'),
    ('j009', 'next_visit', '下周一'),
    ('j010', 'commitments[0].due', '明个'),
    ('j010', 'next_visit', '明个'),
    ('j011', 'commitments[0].due', '下月初'),
    ('j011', 'next_visit', '下月初'),
    ('j012', 'next_visit', '一个月后'),
    ('j013', 'commitments[0].due', '礼拜五'),
    ('j013', 'next_visit', '礼拜五'),
    ('j014', 'commitments[0].due', '听日'),
    ('j014', 'next_visit', '听日'),
    ('j015', 'commitments[0].due', '周五'),
    ('j015', 'next_visit', '周五'),
    ('j016', 'contacts[0].birthday', '下礼拜四'),
    ('j016', 'commitments[0].due', '下礼拜四'),
    ('j016', 'next_visit', '下礼拜四'),
    ('j017', 'commitments[0].due', '下礼拜一'),
    ('j017', 'next_visit', '下礼拜一'),
    ('j018', 'next_visit', '下个月这个时候'),
    ('j020', 'contacts[0].birthday', '12月28号'),
    ('j020', 'commitments[0].due', '礼拜六'),
    ('j020', 'next_visit', '礼拜六'),
    ('j021', 'commitments[0].due', '本周五'),
    ('j021', 'next_visit', '本周五'),
    ('j022', 'commitments[0].due', '过两天'),
    ('j022', 'next_visit', '过两天'),
    ('j023', 'next_visit', '后日'),
    ('j024', 'commitments[0].due', '下礼拜一'),
    ('j025', 'commitments[0].due', '月底'),
    ('j025', 'next_visit', '月底'),
    ('j026', 'contacts[0].birthday', '1月15号'),
    ('j026', 'commitments[0].due', '下礼拜五'),
    ('j026', 'next_visit', '下礼拜五'),
    ('j027', 'commitments[0].due', '下周三'),
    ('j027', 'next_visit', '下周三'),
    ('j028', 'commitments[0].due', '下下礼拜二'),
    ('j028', 'next_visit', '下下礼拜二'),
    ('j029', 'commitments[0].due', '12月3号'),
    ('j029', 'next_visit', '12月3号'),
    ('j031', 'visit_date', '昨个'),
    ('j032', 'commitments[0].due', '下个礼拜三'),
    ('j032', 'next_visit', '下个礼拜三'),
    ('j034', 'commitments[0].due', '明天'),
    ('j034', 'next_visit', '明天'),
    ('j035', 'commitments[0].due', '听日'),
    ('j035', 'next_visit', '听日'),
    ('j036', 'commitments[0].due', '这周六'),
    ('j036', 'next_visit', '这周六'),
    ('j037', 'contacts[0].birthday', '12月12号'),
    ('j037', 'commitments[0].due', '12月5号'),
    ('j037', 'next_visit', '12月5号'),
    ('j038', 'commitments[0].due', '过三天'),
    ('j038', 'next_visit', '过三天'),
    ('j039', 'commitments[0].due', '下下礼拜一'),
    ('j039', 'next_visit', '下下礼拜一'),
    ('j040', 'commitments[0].due', '下礼拜二'),
    ('j040', 'next_visit', '下礼拜二'),
    ('j041', 'contacts[0].birthday', '听日'),
    ('j041', 'commitments[0].due', '听日'),
    ('j042', 'next_visit', '下个月初'),
    ('j043', 'commitments[0].due', '后个'),
    ('j044', 'next_visit', '半个月后'),
    ('j045', 'commitments[0].due', '12月12号'),
    ('j045', 'commitments[1].due', '一周后'),
    ('j045', 'next_visit', '一周后'),
    ('j046', 'next_visit', '礼拜四'),
    ('j047', 'visit_date', '前天'),
    ('j047', 'commitments[0].due', '10天后'),
    ('j047', 'next_visit', '10天后'),
    ('j048', 'commitments[0].due', '大后天'),
    ('j048', 'next_visit', '大后天'),
    ('j049', 'commitments[0].due', '下周这个时候'),
    ('j049', 'next_visit', '下周这个时候'),
]
# the phrase as it appears in the text, where the rule's canonical spelling differs
TEXT_FORM = {}
# extra assertions: a weekday the note itself states
STATED_WEEKDAY = {}


if __name__ == "__main__":
    main(sys.modules[__name__])
