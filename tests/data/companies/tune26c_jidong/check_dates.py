#!/usr/bin/env python3
"""Validate the tune26c_jidong set's notes.jsonl against visit-record.md and the master data.

Adapted from heldout2_yikang's check_dates.py: sizes, reps, date range, typo tables, note
prefix, the dialect day words of 冀东/东北 (夜儿个 = 昨天, 明儿个 = 明天, ...) as DATE_WORDS,
and relative birthdays (生日是下礼拜六).

The checks are ../check_dates_common.py's; this file holds the set's own tables.

Run:  python3 check_dates.py      (exit status 0 = all good)
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_dates_common import D, main  # the shared checks, one folder up

HERE = os.path.dirname(os.path.abspath(__file__))

# Typos a rep made for an own product (not catalog aliases on purpose).
TYPO_EVIDENCE = {"清咽润喉丸": ["润猴丸"], "氯雷他定片": ["绿雷他定"]}
# Near-homophones a rep typed for an account or a rival (not aliases on purpose).
CUSTOMER_TYPO_EVIDENCE = {"凌城福寿堂大药房": ["福寿唐"]}
COMPETITOR_TYPO_EVIDENCE = {"金嗓子喉片": ["金桑子"]}
# Sizes of this company's master data and note set
N_PRODUCTS, N_COMPETITORS, N_DISTRIBUTORS, N_CUSTOMERS = 10, 6, 4, 26
REPS = {"高振国", "于海燕", "邹大鹏", "罗建川"}
MANAGER = "宋立军"
MIN_NOTES = 45
DATE_RANGE = (D(2026, 10, 1), D(2026, 11, 30))
ID_PREFIX = "c"
# Never contacts: the rep's own manager, audiences and patients
NOT_CONTACTS = {"宋经理", "宋立军", "大夫们", "村医", "主任们", "病人", "老人", "店员", "店员们", "小姑娘们"}
# the set's dialect day words -> the contract table's spelling
DATE_WORDS = {"夜儿个": "昨天", "前儿个": "前天", "明儿个": "明天", "大后儿": "大后天", "后儿个": "后天"}
RELATIVE_BIRTHDAYS = True

# (note id, gold path, phrase as written in the note)
CHECKS = [
    ('c001', 'commitments[0].due', '下礼拜三'),
    ('c001', 'next_visit', '下礼拜三'),
    ('c002', 'commitments[0].due', '明儿个'),
    ('c002', 'commitments[1].due', '月底'),
    ('c002', 'next_visit', '月底'),
    ('c003', 'commitments[0].due', '下周一'),
    ('c003', 'next_visit', '下周一'),
    ('c004', 'commitments[0].due', '后天'),
    ('c004', 'next_visit', '后天'),
    ('c006', 'next_visit', '过两天'),
    ('c008', 'commitments[0].due', '下下周一'),
    ('c008', 'next_visit', '下下周一'),
    ('c009', 'commitments[0].due', '下周四'),
    ('c009', 'next_visit', '下周四'),
    ('c010', 'commitments[0].due', '下周二'),
    ('c010', 'commitments[1].due', '下周二'),
    ('c010', 'next_visit', '下周二'),
    ('c011', 'next_visit', '这周五'),
    ('c012', 'next_visit', '下个月这个时候'),
    ('c013', 'commitments[0].due', '明儿个'),
    ('c014', 'commitments[0].due', '下礼拜一'),
    ('c014', 'next_visit', '下礼拜一'),
    ('c015', 'next_visit', '月底'),
    ('c016', 'commitments[0].due', '明天'),
    ('c017', 'contacts[0].birthday', '11月8号'),
    ('c017', 'commitments[0].due', '11月8号'),
    ('c017', 'next_visit', '11月8号'),
    ('c018', 'commitments[0].due', '明儿个'),
    ('c018', 'next_visit', '明儿个'),
    ('c019', 'contacts[0].birthday', '11月20号'),
    ('c019', 'commitments[0].due', '下周三'),
    ('c019', 'next_visit', '下周三'),
    ('c020', 'commitments[0].due', '今天'),
    ('c021', 'commitments[0].due', '下礼拜五'),
    ('c021', 'next_visit', '下礼拜五'),
    ('c023', 'next_visit', '下个月初'),
    ('c024', 'commitments[0].due', '过五天'),
    ('c024', 'next_visit', '过五天'),
    ('c025', 'commitments[0].due', '这周三'),
    ('c025', 'next_visit', '这周三'),
    ('c026', 'commitments[0].due', '下礼拜一'),
    ('c026', 'next_visit', '下礼拜一'),
    ('c027', 'contacts[0].birthday', '下礼拜六'),
    ('c027', 'commitments[0].due', '礼拜四'),
    ('c027', 'commitments[1].due', '下礼拜六'),
    ('c027', 'next_visit', '下礼拜六'),
    ('c029', 'commitments[0].due', '大后儿'),
    ('c029', 'next_visit', '大后儿'),
    ('c030', 'commitments[0].due', '明天'),
    ('c030', 'next_visit', '明天'),
    ('c031', 'next_visit', '下下周三'),
    ('c033', 'commitments[0].due', '12月1号'),
    ('c033', 'next_visit', '12月1号'),
    ('c034', 'commitments[0].due', '下周四'),
    ('c034', 'next_visit', '下周四'),
    ('c035', 'commitments[0].due', '下礼拜二'),
    ('c035', 'next_visit', '下礼拜二'),
    ('c036', 'commitments[0].due', '礼拜五'),
    ('c036', 'next_visit', '礼拜五'),
    ('c037', 'commitments[0].due', '下月初'),
    ('c037', 'next_visit', '下月初'),
    ('c038', 'commitments[0].due', '下个礼拜三'),
    ('c038', 'next_visit', '下个礼拜三'),
    ('c039', 'contacts[0].birthday', '11月20号'),
    ('c039', 'commitments[1].due', '11月20号'),
    ('c039', 'next_visit', '11月20号'),
    ('c040', 'commitments[0].due', '下周五'),
    ('c040', 'next_visit', '下周五'),
    ('c041', 'commitments[0].due', '明儿个'),
    ('c041', 'next_visit', '明儿个'),
    ('c044', 'commitments[0].due', '明天'),
    ('c045', 'next_visit', '半个月后'),
    ('c046', 'commitments[0].due', '下下周二'),
    ('c046', 'next_visit', '下下周二'),
    ('c047', 'contacts[0].birthday', '下礼拜四'),
    ('c047', 'commitments[0].due', '下礼拜四'),
    ('c047', 'next_visit', '下礼拜四'),
    ('c048', 'visit_date', '前儿个'),
    ('c048', 'next_visit', '下周一'),
    ('c049', 'commitments[0].due', '明天'),
    ('c050', 'commitments[0].due', '下礼拜一'),
    ('c050', 'next_visit', '下礼拜一'),
]
TEXT_FORM: dict = {}
STATED_WEEKDAY: dict = {}


if __name__ == "__main__":
    main(sys.modules[__name__])
