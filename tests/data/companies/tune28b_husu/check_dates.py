#!/usr/bin/env python3
"""Validate the tune28b_husu set's notes.jsonl against visit-record.md and the master data.

Adapted from heldout2_yikang's check_dates.py: sizes, reps, date range, typo tables, note prefix,
and DATE_WORDS for the Wu (吴语) date words 今朝/明朝/昨日/后日 (= 今天/明天/昨天/后天).  Birthdays
may be written relatively (生日就是下周四).

The checks are ../check_dates_common.py's; this file holds the set's own tables.

Run:  python3 check_dates.py      (exit status 0 = all good)
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_dates_common import D, main  # the shared checks, one folder up

HERE = os.path.dirname(os.path.abspath(__file__))

# Typos a rep made for an own product, an account or a rival (not aliases on purpose).
TYPO_EVIDENCE = {'葡萄糖酸锌口服溶液': ['锌口服液'], '维生素D滴剂(400IU)': ['维D', 'VD']}
CUSTOMER_TYPO_EVIDENCE = {}
COMPETITOR_TYPO_EVIDENCE = {}
N_PRODUCTS, N_COMPETITORS, N_DISTRIBUTORS, N_CUSTOMERS = 9, 6, 3, 25
REPS = {"陈嘉伟", "林晓雯", "顾建国"}
MANAGER = "周敏"
MIN_NOTES = 45
DATE_RANGE = (D(2026, 9, 1), D(2026, 11, 30))
ID_PREFIX = "s"
# Never contacts: the rep's own manager, audiences and patients
NOT_CONTACTS = {"周经理", "周敏", "医生们", "患者", "病人", "老人", "老头老太", "宝妈", "专家", "店员们"}
DATE_WORDS = {"今朝": "今天", "明朝": "明天", "昨日": "昨天", "后日": "后天"}
RELATIVE_BIRTHDAYS = True

# (note id, gold path, phrase as written in the note)
CHECKS = [
    ('s001', 'commitments[0].due', '下周三'),
    ('s001', 'next_visit', '下周三'),
    ('s002', 'commitments[0].due', '下礼拜二'),
    ('s002', 'next_visit', '下礼拜二'),
    ('s003', 'commitments[0].due', '下个礼拜四'),
    ('s003', 'next_visit', '下个礼拜四'),
    ('s004', 'commitments[0].due', '下个月初'),
    ('s004', 'commitments[1].due', '礼拜五'),
    ('s004', 'next_visit', '礼拜五'),
    ('s005', 'next_visit', '下周一'),
    ('s006', 'next_visit', '下礼拜三'),
    ('s007', 'contacts[0].birthday', '10月18号'),
    ('s007', 'commitments[0].due', '下周五'),
    ('s007', 'next_visit', '下周五'),
    ('s008', 'commitments[0].due', '月底'),
    ('s008', 'next_visit', '月底'),
    ('s009', 'commitments[0].due', '礼拜六'),
    ('s009', 'next_visit', '礼拜六'),
    ('s010', 'commitments[0].due', '下周二'),
    ('s010', 'next_visit', '下周二'),
    ('s011', 'commitments[0].due', '月底'),
    ('s011', 'next_visit', '月底'),
    ('s012', 'commitments[0].due', '十月十五号'),
    ('s012', 'next_visit', '十月十五号'),
    ('s013', 'next_visit', '下周一'),
    ('s014', 'commitments[0].due', '下下周三'),
    ('s014', 'next_visit', '下下周三'),
    ('s015', 'commitments[0].due', '本周四'),
    ('s015', 'next_visit', '本周四'),
    ('s016', 'commitments[0].due', '下礼拜一'),
    ('s016', 'next_visit', '下礼拜一'),
    ('s017', 'next_visit', '一周后'),
    ('s018', 'commitments[0].due', '这周五'),
    ('s018', 'next_visit', '这周五'),
    ('s019', 'next_visit', '下个礼拜二'),
    ('s020', 'contacts[0].birthday', '下周四'),
    ('s020', 'commitments[0].due', '下周四'),
    ('s020', 'next_visit', '下周四'),
    ('s021', 'next_visit', '过五天'),
    ('s022', 'commitments[0].due', '今天'),
    ('s022', 'commitments[1].due', '后天'),
    ('s022', 'next_visit', '后天'),
    ('s023', 'commitments[0].due', '明天'),
    ('s023', 'next_visit', '明天'),
    ('s024', 'commitments[0].due', '礼拜五'),
    ('s024', 'next_visit', '礼拜五'),
    ('s025', 'commitments[0].due', '10月10号'),
    ('s025', 'next_visit', '10月10号'),
    ('s026', 'next_visit', '10月8号'),
    ('s027', 'commitments[0].due', '礼拜一'),
    ('s028', 'commitments[0].due', '10月9号'),
    ('s028', 'next_visit', '10月9号'),
    ('s029', 'commitments[0].due', '明天'),
    ('s029', 'next_visit', '明天'),
    ('s030', 'visit_date', '昨日'),
    ('s031', 'commitments[0].due', '明天'),
    ('s031', 'next_visit', '10月8号'),
    ('s032', 'next_visit', '半个月后'),
    ('s033', 'contacts[1].birthday', '11月3号'),
    ('s033', 'commitments[0].due', '下周三'),
    ('s033', 'next_visit', '下周三'),
    ('s034', 'commitments[0].due', '下个月这个时候'),
    ('s034', 'next_visit', '下个月这个时候'),
    ('s035', 'commitments[0].due', '下礼拜三'),
    ('s035', 'next_visit', '下礼拜三'),
    ('s036', 'commitments[0].due', '下个礼拜五'),
    ('s036', 'next_visit', '下个礼拜五'),
    ('s037', 'next_visit', '下周一'),
    ('s039', 'commitments[0].due', '下周二'),
    ('s039', 'next_visit', '下周二'),
    ('s040', 'next_visit', '下下周一'),
    ('s042', 'commitments[0].due', '周五'),
    ('s042', 'next_visit', '周五'),
    ('s043', 'commitments[0].due', '下个月初'),
    ('s043', 'next_visit', '下个月初'),
    ('s044', 'commitments[0].due', '下个礼拜四'),
    ('s044', 'next_visit', '下个礼拜四'),
    ('s045', 'commitments[0].due', '周四'),
    ('s045', 'next_visit', '周四'),
    ('s046', 'commitments[0].due', '后日'),
    ('s047', 'contacts[0].birthday', '十一月二十号'),
    ('s049', 'commitments[0].due', '下礼拜一'),
    ('s049', 'next_visit', '下礼拜一'),
    ('s050', 'commitments[0].due', '明朝'),
]
TEXT_FORM = {}
STATED_WEEKDAY = {}


if __name__ == "__main__":
    main(sys.modules[__name__])
