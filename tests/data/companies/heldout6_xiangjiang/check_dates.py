#!/usr/bin/env python3
"""Validate the heldout6_xiangjiang set's notes.jsonl against visit-record.md and the master data.

Adapted from the heldout2_yikang set's check_dates.py: sizes, reps, date range, typo tables,
note prefix, the 湘赣 date words (明朝 = 明天, 后日 = 后天, 昨日 = 昨天 ...) and relative
birthdays (生日就是后天).

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
TYPO_EVIDENCE = {"复方金钱草颗粒": ["金前草"], "苯磺酸氨氯地平片": ["安氯地平"]}
# Near-homophones a rep typed for an account or a rival (not aliases on purpose).
CUSTOMER_TYPO_EVIDENCE = {"攸城百草堂大药房": ["白草堂"]}
COMPETITOR_TYPO_EVIDENCE = {"川贝枇杷膏(念慈菴)": ["念慈安"]}
# Sizes of this company's master data and note set
N_PRODUCTS, N_COMPETITORS, N_DISTRIBUTORS, N_CUSTOMERS = 10, 6, 3, 25
REPS = {"谭志强", "饶春花", "沈建平"}
MANAGER = "彭国良"
MIN_NOTES = 60
DATE_RANGE = (D(2026, 10, 1), D(2026, 12, 31))
ID_PREFIX = "x"
# Never contacts: the rep's own manager, audiences and patients (README conventions)
NOT_CONTACTS = {"彭经理", "彭国良", "村医", "村医们", "病人", "老人", "老人家", "顾客", "讲师"}
# the set's dialect date words -> the contract table's spelling
DATE_WORDS = {"明朝": "明天", "后日": "后天", "大后日": "大后天", "昨日": "昨天", "前日": "前天", "今朝": "今天"}
RELATIVE_BIRTHDAYS = True

CHECKS = [
    ('x001', 'commitments[0].due', '下个礼拜三'),
    ('x001', 'next_visit', '下个礼拜三'),
    ('x002', 'commitments[0].due', '明朝'),
    ('x003', 'commitments[0].due', '礼拜五'),
    ('x003', 'next_visit', '礼拜五'),
    ('x004', 'commitments[0].due', '下下个礼拜二'),
    ('x004', 'next_visit', '下下个礼拜二'),
    ('x005', 'next_visit', '这礼拜五'),
    ('x006', 'commitments[0].due', '下礼拜一'),
    ('x006', 'next_visit', '下礼拜一'),
    ('x009', 'commitments[0].due', '下个礼拜二'),
    ('x009', 'next_visit', '下个礼拜二'),
    ('x010', 'contacts[0].birthday', '十一月八号'),
    ('x015', 'contacts[0].birthday', '后日'),
    ('x015', 'commitments[0].due', '后日'),
    ('x015', 'next_visit', '后日'),
    ('x016', 'commitments[0].due', '一周后'),
    ('x016', 'next_visit', '一周后'),
    ('x017', 'commitments[0].due', '下个礼拜四'),
    ('x017', 'next_visit', '下个礼拜四'),
    ('x019', 'commitments[0].due', '下个月初'),
    ('x019', 'commitments[1].due', '礼拜四'),
    ('x019', 'next_visit', '礼拜四'),
    ('x022', 'next_visit', '下个月这个时候'),
    ('x023', 'commitments[0].due', '下礼拜三'),
    ('x024', 'commitments[0].due', '十一月五号'),
    ('x024', 'next_visit', '十一月五号'),
    ('x026', 'contacts[0].birthday', '12月3号'),
    ('x027', 'commitments[0].due', '下礼拜一'),
    ('x027', 'next_visit', '下礼拜一'),
    ('x030', 'commitments[0].due', '11月12号'),
    ('x030', 'next_visit', '11月12号'),
    ('x031', 'commitments[0].due', '过3天'),
    ('x031', 'next_visit', '过3天'),
    ('x032', 'commitments[0].due', '月底'),
    ('x032', 'next_visit', '月底'),
    ('x034', 'visit_date', '昨日'),
    ('x034', 'commitments[0].due', '明朝'),
    ('x034', 'next_visit', '明朝'),
    ('x036', 'contacts[1].birthday', '11月20号'),
    ('x036', 'next_visit', '下月初'),
    ('x038', 'commitments[0].due', '明朝'),
    ('x038', 'next_visit', '明朝'),
    ('x041', 'commitments[0].due', '下礼拜五'),
    ('x041', 'next_visit', '下礼拜五'),
    ('x042', 'next_visit', '过两天'),
    ('x044', 'commitments[0].due', '下个月初'),
    ('x044', 'next_visit', '下个月初'),
    ('x045', 'commitments[0].due', '下周这个时候'),
    ('x045', 'next_visit', '下周这个时候'),
    ('x046', 'next_visit', '礼拜天'),
    ('x047', 'next_visit', '下个礼拜一'),
    ('x052', 'commitments[0].due', '下下礼拜三'),
    ('x052', 'next_visit', '下下礼拜三'),
    ('x057', 'visit_date', '前天'),
    ('x057', 'commitments[0].due', '大后天'),
    ('x058', 'contacts[0].birthday', '12月18号'),
    ('x058', 'commitments[0].due', '下星期三'),
    ('x058', 'next_visit', '下星期三'),
    ('x059', 'contacts[0].birthday', '后天'),
    ('x059', 'commitments[0].due', '后天'),
    ('x059', 'next_visit', '后天'),
    ('x060', 'commitments[0].due', '半个月后'),
    ('x060', 'next_visit', '半个月后'),
    ('x061', 'commitments[0].due', '星期五'),
    ('x061', 'next_visit', '星期五'),
    ('x062', 'next_visit', '10天后'),
    ('x063', 'next_visit', '一个月后'),
    ('x064', 'commitments[0].due', '今天'),
    ('x066', 'commitments[0].due', '这周六'),
    ('x066', 'next_visit', '这周六'),
]
# the phrase as it appears in the text, where the rule's canonical spelling differs
TEXT_FORM = {}
# extra assertions: a weekday the note itself states
STATED_WEEKDAY = {}


if __name__ == "__main__":
    main(sys.modules[__name__])
