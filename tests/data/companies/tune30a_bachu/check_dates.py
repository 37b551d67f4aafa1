#!/usr/bin/env python3
"""Validate the tune30a_bachu check set's notes.jsonl against visit-record.md and the master data.

Adapted from heldout2_yikang's check_dates.py: sizes, reps, date range, typo tables, note prefix,
contact conventions of this set (README.md).

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
TYPO_EVIDENCE = {"川贝枇杷膏": ["川贝琵琶膏"], "麝香追风膏": ["追疯膏"], "复方板蓝根颗粒": ["板兰根"]}
# Near-homophones a rep typed for an account or a rival (not aliases on purpose).
CUSTOMER_TYPO_EVIDENCE = {"黔江区濯水镇济民药房": ["记民药房"]}
COMPETITOR_TYPO_EVIDENCE = {"拜新同": ["百新同"], "川贝枇杷膏(念慈菴)": ["念慈庵"]}
# Sizes of this company's master data and note set
N_PRODUCTS, N_COMPETITORS, N_DISTRIBUTORS, N_CUSTOMERS = 10, 6, 3, 29
REPS = {"谭小勇", "覃文华", "李思雨"}
MANAGER = "向东平"
MIN_NOTES = 52
DATE_RANGE = (D(2027, 3, 1), D(2027, 5, 31))
ID_PREFIX = "b"
# Never contacts: the rep's own manager and colleagues, audiences and patients (README conventions)
NOT_CONTACTS = {"向经理", "向东平", "经理", "王博士", "医学部", "老人家", "老年人", "病人", "顾客", "店员", "店员们",
                "医生", "医护人员", "参训店员"}


# (note id, gold path, phrase as written in the note)
CHECKS = [
    ('b001', 'commitments[0].due', '周四'),
    ('b001', 'next_visit', '周四'),
    ('b002', 'commitments[1].due', '下周三'),
    ('b002', 'next_visit', '下周三'),
    ('b003', 'commitments[0].due', '下周一'),
    ('b003', 'next_visit', '下周一'),
    ('b004', 'commitments[0].due', '3月20号'),
    ('b004', 'next_visit', '3月20号'),
    ('b005', 'next_visit', '下周五'),
    ('b006', 'next_visit', '3月9号'),
    ('b007', 'commitments[0].due', '本周五'),
    ('b007', 'next_visit', '本周五'),
    ('b009', 'commitments[0].due', '月底'),
    ('b009', 'next_visit', '月底'),
    ('b010', 'commitments[0].due', '下周四'),
    ('b010', 'next_visit', '下周四'),
    ('b012', 'commitments[0].due', '下周三'),
    ('b013', 'commitments[0].due', '下个月初'),
    ('b013', 'next_visit', '下个月初'),
    ('b015', 'next_visit', '下周二'),
    ('b016', 'commitments[0].due', '下下周二'),
    ('b016', 'next_visit', '下下周二'),
    ('b017', 'commitments[0].due', '一周后'),
    ('b017', 'next_visit', '一周后'),
    ('b018', 'commitments[0].due', '下周一'),
    ('b018', 'next_visit', '下周一'),
    ('b019', 'commitments[0].due', '下周这个时候'),
    ('b019', 'next_visit', '下周这个时候'),
    ('b021', 'commitments[0].due', '下周六'),
    ('b022', 'commitments[0].due', '下下周六'),
    ('b022', 'next_visit', '下下周六'),
    ('b026', 'commitments[0].due', '明天'),
    ('b026', 'next_visit', '明天'),
    ('b028', 'commitments[0].due', '四月八号'),
    ('b028', 'next_visit', '四月八号'),
    ('b029', 'commitments[0].due', '4月5号'),
    ('b029', 'next_visit', '4月5号'),
    ('b030', 'commitments[0].due', '下周五'),
    ('b030', 'next_visit', '下周五'),
    ('b032', 'commitments[0].due', '周三'),
    ('b032', 'next_visit', '周三'),
    ('b033', 'commitments[0].due', '下周一'),
    ('b033', 'next_visit', '下周一'),
    ('b034', 'contacts[0].birthday', '5月6号'),
    ('b035', 'commitments[0].due', '4月23日'),
    ('b035', 'next_visit', '4月23日'),
    ('b038', 'commitments[0].due', '下周三'),
    ('b038', 'next_visit', '下周三'),
    ('b039', 'commitments[0].due', '下周四'),
    ('b039', 'next_visit', '下周四'),
    ('b040', 'next_visit', '一个月后'),
    ('b041', 'commitments[0].due', '5月10日'),
    ('b043', 'contacts[0].birthday', '5月18号'),
    ('b044', 'commitments[0].due', '下月初'),
    ('b044', 'next_visit', '下月初'),
    ('b046', 'commitments[0].due', '下周二'),
    ('b046', 'next_visit', '下周二'),
    ('b047', 'commitments[0].due', '周二'),
    ('b047', 'next_visit', '周二'),
    ('b048', 'next_visit', '五月十号'),
    ('b049', 'commitments[0].due', '5月12日'),
    ('b049', 'next_visit', '5月12日'),
    ('b051', 'commitments[0].due', '下下周四'),
    ('b051', 'next_visit', '下下周四'),
    ('b052', 'visit_date', '昨天'),
    ('b052', 'commitments[0].due', '明天'),
    ('b054', 'contacts[0].birthday', '5月6号'),
    ('b055', 'commitments[0].due', '下礼拜五'),
    ('b055', 'next_visit', '下礼拜五'),
    ('b056', 'commitments[0].due', '下周五'),
    ('b056', 'next_visit', '下周五'),
    ('b057', 'commitments[0].due', '下个礼拜一'),
    ('b057', 'next_visit', '下个礼拜一'),
    ('b058', 'commitments[0].due', '明天'),
    ('b058', 'next_visit', '明天'),
    ('b061', 'commitments[0].due', '5月27号'),
    ('b061', 'next_visit', '5月27号'),
    ('b063', 'commitments[0].due', '下周三'),
    ('b063', 'next_visit', '下周三'),
    ('b064', 'commitments[0].due', '6月20号'),
    ('b064', 'next_visit', '6月20号'),
    ('b066', 'commitments[0].due', '5月29号'),
    ('b066', 'next_visit', '5月29号'),
    ('b068', 'commitments[0].due', '下周五'),
    ('b069', 'next_visit', '下周二'),
    ('b071', 'next_visit', '下个月初'),
    ('b072', 'commitments[0].due', '月底'),
    ('b074', 'commitments[0].due', '6月3日'),
    ('b074', 'next_visit', '6月3日'),
]
# the phrase as it appears in the text, where the rule's canonical spelling differs
TEXT_FORM = {}
# extra assertions: a weekday the note itself states
STATED_WEEKDAY = {}


if __name__ == "__main__":
    main(sys.modules[__name__])
