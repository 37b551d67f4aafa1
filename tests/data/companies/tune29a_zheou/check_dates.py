#!/usr/bin/env python3
"""Validate the tune29a_zheou set's notes.jsonl against visit-record.md and the master data.

Adapted from heldout2_yikang's check_dates.py: sizes, reps, date range, typo tables, note prefix,
and DATE_WORDS for the 温州/吴语 date words (明朝 = 明天, 今朝 = 今天, 夜到 = 今天 (tonight),
昨日 = 昨天).

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
TYPO_EVIDENCE = {
    "氯雷他定片": ["绿雷他定"],
    "二甲双胍缓释片": ["二甲双瓜"],
    "铁皮枫斗颗粒": ["丰斗颗粒", "风斗颗粒"],
    "奥美拉唑肠溶胶囊": ["奥美拉坐"],
}
# Near-homophones a rep typed for an account, a rival or a distributor (not aliases on purpose).
CUSTOMER_TYPO_EVIDENCE = {"仙居县城关安洲大药房": ["安州大药房"], "缙云县五云镇济民药房": ["济明药房"]}
COMPETITOR_TYPO_EVIDENCE = {"康恩贝": ["康恩倍"]}
DISTRIBUTOR_TYPO_EVIDENCE = {"台州华东医药配送": ["华东陪送"]}
# The region's own date words -> the contract table's spelling
DATE_WORDS = {"明朝": "明天", "今朝": "今天", "夜到": "今天", "昨日": "昨天"}
# Sizes of this company's master data and note set
N_PRODUCTS, N_COMPETITORS, N_DISTRIBUTORS, N_CUSTOMERS = 10, 6, 3, 28
REPS = {"林国强", "应佳琪", "周子豪"}
MANAGER = "陈建军"
MIN_NOTES = 52
DATE_RANGE = (D(2027, 3, 1), D(2027, 4, 30))
ID_PREFIX = "z"
# Never contacts: the rep's own manager, absent unnamed people, audiences, patients, family (README conventions)
NOT_CONTACTS = {"陈经理", "陈建军", "经理", "院长", "病人", "老病人", "老人", "顾客", "老年顾客", "店员们",
                "大家", "孙子", "孙女", "女儿", "儿子", "老婆"}


# (note id, gold path, phrase as written in the note)
CHECKS = [
    ('z001', 'next_visit', '周四'),
    ('z002', 'commitments[0].due', '下周三'),
    ('z002', 'next_visit', '下周三'),
    ('z003', 'commitments[0].due', '下周二'),
    ('z003', 'next_visit', '下周二'),
    ('z004', 'next_visit', '月底'),
    ('z005', 'commitments[0].due', '明天'),
    ('z005', 'next_visit', '明天'),
    ('z006', 'contacts[0].birthday', '三月十八号'),
    ('z006', 'next_visit', '下礼拜三'),
    ('z007', 'commitments[0].due', '这周六'),
    ('z007', 'next_visit', '这周六'),
    ('z012', 'commitments[0].due', '明朝'),
    ('z012', 'next_visit', '明朝'),
    ('z013', 'commitments[0].due', '下周一'),
    ('z013', 'next_visit', '下周一'),
    ('z014', 'next_visit', '下周五'),
    ('z016', 'commitments[0].due', '明天'),
    ('z018', 'next_visit', '下礼拜五'),
    ('z022', 'commitments[0].due', '下周一'),
    ('z022', 'next_visit', '下周一'),
    ('z023', 'next_visit', '下周这个时候'),
    ('z025', 'next_visit', '下礼拜二'),
    ('z026', 'commitments[0].due', '夜到'),
    ('z026', 'next_visit', '夜到'),
    ('z029', 'commitments[0].due', '4月2号'),
    ('z029', 'next_visit', '4月2号'),
    ('z031', 'commitments[0].due', '下周五'),
    ('z031', 'next_visit', '下周五'),
    ('z033', 'next_visit', '下个月初'),
    ('z034', 'commitments[0].due', '月底'),
    ('z037', 'commitments[1].due', '4月17号'),
    ('z038', 'commitments[0].due', '明朝'),
    ('z039', 'contacts[0].birthday', '4月6号'),
    ('z039', 'commitments[0].due', '4月6号'),
    ('z039', 'next_visit', '4月6号'),
    ('z040', 'commitments[0].due', '明天'),
    ('z040', 'next_visit', '明天'),
    ('z041', 'commitments[0].due', '明朝'),
    ('z042', 'commitments[0].due', '下个月初'),
    ('z042', 'next_visit', '下个月初'),
    ('z044', 'visit_date', '昨日'),
    ('z045', 'next_visit', '下个月这个时候'),
    ('z046', 'commitments[0].due', '下周一'),
    ('z046', 'next_visit', '下周一'),
    ('z048', 'visit_date', '前天'),
    ('z049', 'commitments[0].due', '这周五'),
    ('z049', 'next_visit', '这周五'),
    ('z051', 'contacts[0].birthday', '五月十二号'),
    ('z051', 'commitments[0].due', '五月十二号'),
    ('z051', 'next_visit', '五月十二号'),
    ('z052', 'next_visit', '下周三'),
]
# the phrase as it appears in the text, where the rule's canonical spelling differs (none: DATE_WORDS)
TEXT_FORM = {}
# extra assertions: a weekday the note itself states
STATED_WEEKDAY = {("z037", "commitments[1].due"): 5}  # 4月17号周六


if __name__ == "__main__":
    main(sys.modules[__name__])
