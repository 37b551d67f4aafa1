#!/usr/bin/env python3
"""Validate the tune30b_hehuang set's notes.jsonl against visit-record.md and the master data.

Adapted from heldout2_yikang's check_dates.py: sizes, reps, date range, typo tables, note prefix,
and TEXT_FORM entries for the 西北 dialect date words 夜来个 (= 昨天) and 明个 (= 明天).

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

# Voice-input errors a rep made for an own product (not catalog aliases on purpose: the set
# tests tolerance to them).  Only used to find the product's evidence in the text.
TYPO_EVIDENCE = {"红景天口服液": ["红井天"], "二十五味珍珠丸": ["真珠丸"]}
# Near-homophones a rep typed for an account or a rival (not aliases on purpose).
CUSTOMER_TYPO_EVIDENCE = {"西宁东关海氏大药房": ["海氏大要房"]}
COMPETITOR_TYPO_EVIDENCE = {"诺迪康胶囊": ["诺迪糠"]}
# Sizes of this company's master data and note set
N_PRODUCTS, N_COMPETITORS, N_DISTRIBUTORS, N_CUSTOMERS = 10, 6, 3, 29
REPS = {"韩守成", "马丽娜", "周逸凡"}
MANAGER = "冯建国"
MIN_NOTES = 52
DATE_RANGE = (D(2027, 1, 4), D(2027, 3, 15))
ID_PREFIX = "hh"
# Never contacts: the rep's own manager, audiences and patients (README conventions)
NOT_CONTACTS = {"冯建国", "冯总", "冯经理", "大夫们", "医生们", "大夫", "专家", "店员", "店员们", "病人",
                "老人", "老汉们", "牧民", "院长"}


# (note id, gold path, phrase as written in the note, or the table's spelling with TEXT_FORM)
CHECKS = [
    ('hh001', 'commitments[0].due', '下周三'),
    ('hh001', 'next_visit', '下周三'),
    ('hh002', 'commitments[0].due', '下礼拜二'),
    ('hh002', 'next_visit', '下礼拜二'),
    ('hh003', 'commitments[0].due', '明天'),
    ('hh006', 'commitments[0].due', '明天'),
    ('hh008', 'commitments[0].due', '这周五'),
    ('hh008', 'next_visit', '这周五'),
    ('hh010', 'next_visit', '半个月后'),
    ('hh011', 'commitments[0].due', '下个月初'),
    ('hh014', 'commitments[0].due', '下周二'),
    ('hh014', 'next_visit', '下周二'),
    ('hh016', 'next_visit', '礼拜四'),
    ('hh018', 'commitments[0].due', '下周三'),
    ('hh018', 'next_visit', '下周三'),
    ('hh019', 'commitments[0].due', '明天'),
    ('hh020', 'commitments[0].due', '周三'),
    ('hh020', 'next_visit', '周三'),
    ('hh023', 'commitments[0].due', '下礼拜一'),
    ('hh023', 'next_visit', '下礼拜一'),
    ('hh026', 'visit_date', '昨天'),
    ('hh026', 'commitments[1].due', '下周四'),
    ('hh026', 'next_visit', '下周四'),
    ('hh033', 'next_visit', '一周后'),
    ('hh034', 'commitments[0].due', '下礼拜三'),
    ('hh034', 'next_visit', '下礼拜三'),
    ('hh036', 'contacts[0].birthday', '2月28号'),
    ('hh039', 'commitments[0].due', '下周一'),
    ('hh039', 'next_visit', '下周一'),
    ('hh043', 'commitments[0].due', '明天'),
    ('hh044', 'commitments[0].due', '下周五'),
    ('hh044', 'next_visit', '下周五'),
    ('hh045', 'commitments[0].due', '3月8号'),
    ('hh045', 'next_visit', '3月8号'),
    ('hh046', 'visit_date', '昨天'),
    ('hh046', 'next_visit', '月底'),
    ('hh047', 'contacts[0].birthday', '四月八号'),
    ('hh049', 'commitments[0].due', '下周二'),
    ('hh049', 'next_visit', '下周二'),
    ('hh050', 'contacts[0].birthday', '三月十二号'),
    ('hh050', 'commitments[0].due', '大后天'),
    ('hh051', 'commitments[0].due', '下个月这个时候'),
    ('hh051', 'next_visit', '下个月这个时候'),
    ('hh055', 'next_visit', '下周四'),
]
# the phrase as it appears in the text, where the rule's canonical spelling differs
TEXT_FORM = {('hh019', '明天'): '明个', ('hh043', '明天'): '明个', ('hh046', '昨天'): '夜来个'}
# extra assertions: a weekday the note itself states
STATED_WEEKDAY = {}


if __name__ == "__main__":
    main(sys.modules[__name__])
