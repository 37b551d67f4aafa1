#!/usr/bin/env python3
"""Validate the heldout2_yikang set's notes.jsonl against visit-record.md and the master data.

Adapted from the qinghe set's check_dates.py: sizes, reps, date range, typo tables,
note prefix, and a TEXT_FORM entry for the dialect 夜来 (= 昨天).

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
TYPO_EVIDENCE = {"银黄颗粒": ["银簧颗粒"], "蒲地蓝消炎片": ["蒲地兰片"]}
# Near-homophones a rep typed for an account or a rival (not aliases on purpose).
CUSTOMER_TYPO_EVIDENCE = {"汶城益寿药店": ["益受药店"], "柳沟镇万福堂药房": ["万福唐"], "汶城广仁堂大药房": ["光仁堂"]}
COMPETITOR_TYPO_EVIDENCE = {"芬必得": ["芬必的"]}
# Sizes of this company's master data and note set
N_PRODUCTS, N_COMPETITORS, N_DISTRIBUTORS, N_CUSTOMERS = 9, 6, 3, 25
REPS = {"孟凡涛", "刘晓燕", "崔海龙"}
MANAGER = "韩建华"
MIN_NOTES = 60
DATE_RANGE = (D(2026, 7, 1), D(2026, 9, 30))
ID_PREFIX = "y"
# Never contacts: the rep's own manager, audiences and patients (README conventions)
NOT_CONTACTS = {"韩经理", "韩建华", "大夫们", "村医", "村医们", "病人", "老人", "老年人", "专家", "顾客", "店员们", "王教授"}


# (note id, gold path, phrase as written in the note)
CHECKS = [
    ('y001', 'commitments[0].due', '下周二'),
    ('y001', 'next_visit', '下周二'),
    ('y002', 'commitments[0].due', '明天'),
    ('y003', 'commitments[0].due', '下礼拜四'),
    ('y003', 'next_visit', '下礼拜四'),
    ('y005', 'commitments[0].due', '下周一'),
    ('y005', 'next_visit', '下周一'),
    ('y007', 'commitments[0].due', '月底'),
    ('y007', 'next_visit', '月底'),
    ('y008', 'next_visit', '周六'),
    ('y012', 'visit_date', '昨天'),
    ('y012', 'next_visit', '下下周三'),
    ('y013', 'next_visit', '大后天'),
    ('y014', 'next_visit', '下周这个时候'),
    ('y015', 'commitments[0].due', '过两天'),
    ('y015', 'next_visit', '过两天'),
    ('y017', 'commitments[0].due', '下周一'),
    ('y017', 'next_visit', '下周一'),
    ('y020', 'contacts[1].birthday', '八月三号'),
    ('y020', 'commitments[0].due', '八月三号'),
    ('y020', 'next_visit', '八月三号'),
    ('y021', 'next_visit', '下个月这个时候'),
    ('y023', 'commitments[0].due', '明天'),
    ('y023', 'next_visit', '明天'),
    ('y024', 'next_visit', '过3天'),
    ('y027', 'commitments[0].due', '明天'),
    ('y027', 'next_visit', '明天'),
    ('y028', 'commitments[0].due', '月底'),
    ('y028', 'next_visit', '月底'),
    ('y030', 'commitments[0].due', '本周六'),
    ('y030', 'next_visit', '本周六'),
    ('y031', 'next_visit', '一个月后'),
    ('y032', 'next_visit', '八月二十号'),
    ('y034', 'commitments[1].due', '下周二'),
    ('y034', 'next_visit', '下周二'),
    ('y035', 'next_visit', '八月十六号'),
    ('y036', 'commitments[0].due', '下下星期一'),
    ('y036', 'next_visit', '下下星期一'),
    ('y038', 'visit_date', '前天'),
    ('y039', 'next_visit', '周三'),
    ('y042', 'commitments[0].due', '礼拜五'),
    ('y042', 'next_visit', '礼拜五'),
    ('y044', 'commitments[0].due', '明天'),
    ('y044', 'next_visit', '明天'),
    ('y046', 'next_visit', '下礼拜二'),
    ('y049', 'commitments[0].due', '下周一'),
    ('y049', 'next_visit', '下周一'),
    ('y050', 'commitments[0].due', '下周这个时候'),
    ('y050', 'next_visit', '下周这个时候'),
    ('y051', 'next_visit', '下个月初'),
    ('y052', 'next_visit', '这周四'),
    ('y056', 'next_visit', '10天后'),
    ('y057', 'next_visit', '一个月后'),
    ('y058', 'next_visit', '一周后'),
    ('y059', 'contacts[0].birthday', '九月九号'),
    ('y059', 'commitments[0].due', '礼拜天'),
    ('y059', 'next_visit', '礼拜天'),
    ('y060', 'commitments[0].due', '下周三'),
    ('y060', 'next_visit', '下周三'),
    ('y061', 'commitments[0].due', '周三'),
    ('y061', 'next_visit', '周三'),
    ('y062', 'commitments[0].due', '9月19号'),
    ('y062', 'next_visit', '9月19号'),
    ('y063', 'next_visit', '下星期五'),
    ('y064', 'next_visit', '下个礼拜三'),
    ('y065', 'next_visit', '半个月后'),
    ('y066', 'commitments[0].due', '下月初'),
    ('y066', 'next_visit', '下月初'),
    ('y067', 'commitments[0].due', '后天'),
    ('y067', 'next_visit', '后天'),
    ('y068', 'commitments[0].due', '十月八号'),
    ('y068', 'next_visit', '十月八号'),
    ('y070', 'next_visit', '下下周四'),
]
# the phrase as it appears in the text, where the rule's canonical spelling differs
TEXT_FORM = {('y012', '昨天'): '夜来'}
# extra assertions: a weekday the note itself states
STATED_WEEKDAY = {('y062', 'next_visit'): 5}  # 9月19号礼拜六


if __name__ == "__main__":
    main(sys.modules[__name__])
