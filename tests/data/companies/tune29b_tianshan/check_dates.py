#!/usr/bin/env python3
"""Validate the tune29b_tianshan check set's notes.jsonl against visit-record.md and the master data.

Adapted from heldout2_yikang's check_dates.py: sizes, reps, date range, typo tables, note prefix,
and a TEXT_FORM entry for the 新疆 dialect 明个 (= 明天).

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

# Typos and abbreviations a rep wrote for an own product (not catalog aliases on purpose: the set
# tests tolerance to them).  Only used to find the product's evidence in the text.
TYPO_EVIDENCE = {
    "感冒清热颗粒": ["感冒青热"],
    "黄芪精口服液": ["黄芪晶"],
    "复方木尼孜其颗粒": ["木尼子其"],
    "注射用头孢曲松钠": ["头包曲松"],
    "硝苯地平缓释片": ["硝苯"],
    "二甲双胍缓释片": ["二甲"],
    "阿莫西林胶囊": ["阿莫"],
}
# Near-homophones and shorthand a rep typed for an account or a rival (not aliases on purpose).
CUSTOMER_TYPO_EVIDENCE = {
    "昌吉百草园药店": ["百草源"],
    "一四三团医院": ["143医院"],
    "石河子市人民医院": ["石人医"],
    "伊宁市伊康大药房": ["依康"],
}
COMPETITOR_TYPO_EVIDENCE = {"拜新同": ["拜新通"], "美林": ["美琳"]}
# Sizes of this company's master data and note set
N_PRODUCTS, N_COMPETITORS, N_DISTRIBUTORS, N_CUSTOMERS = 10, 6, 3, 28
REPS = {"韩磊", "刘振华", "艾尔肯·吐尔逊"}
MANAGER = "周立军"
MIN_NOTES = 52
DATE_RANGE = (D(2027, 3, 1), D(2027, 5, 31))
ID_PREFIX = "s"
# Never contacts: the rep's own manager, audiences, patients and people only talked about as a group
NOT_CONTACTS = {
    "周经理", "周立军", "大夫们", "护士们", "小护士们", "病人", "老人", "老人们", "老乡们", "顾客",
    "店员们", "促销员", "家长", "职工家属",
}

CHECKS = [
    ('s001', 'commitments[0].due', '这周五'),
    ('s001', 'next_visit', '这周五'),
    ('s002', 'commitments[0].due', '下下周二'),
    ('s002', 'next_visit', '下下周二'),
    ('s003', 'commitments[0].due', '下周三'),
    ('s003', 'next_visit', '下周三'),
    ('s004', 'commitments[0].due', '明天'),
    ('s004', 'next_visit', '明天'),
    ('s005', 'commitments[0].due', '今天'),
    ('s006', 'next_visit', '下周五'),
    ('s008', 'commitments[0].due', '下个月初'),
    ('s008', 'next_visit', '下个月初'),
    ('s010', 'commitments[0].due', '下周二'),
    ('s010', 'next_visit', '下周二'),
    ('s011', 'next_visit', '下下周一'),
    ('s012', 'commitments[0].due', '下周四'),
    ('s012', 'next_visit', '下周四'),
    ('s013', 'commitments[0].due', '这周四'),
    ('s013', 'next_visit', '这周四'),
    ('s014', 'next_visit', '四月八号'),
    ('s017', 'commitments[0].due', '月底'),
    ('s017', 'next_visit', '月底'),
    ('s018', 'commitments[0].due', '下个月这个时候'),
    ('s018', 'next_visit', '下个月这个时候'),
    ('s019', 'contacts[0].birthday', '4月12号'),
    ('s020', 'commitments[0].due', '下周一'),
    ('s020', 'next_visit', '下周一'),
    ('s021', 'commitments[0].due', '4月2号'),
    ('s021', 'next_visit', '4月2号'),
    ('s022', 'commitments[0].due', '下周三'),
    ('s022', 'next_visit', '下周三'),
    ('s027', 'commitments[0].due', '下周五'),
    ('s027', 'next_visit', '下周五'),
    ('s028', 'commitments[0].due', '过两天'),
    ('s028', 'next_visit', '过两天'),
    ('s034', 'next_visit', '下周这个时候'),
    ('s035', 'next_visit', '5月10号'),
    ('s036', 'commitments[0].due', '月底'),
    ('s036', 'next_visit', '月底'),
    ('s037', 'commitments[0].due', '今天'),
    ('s038', 'contacts[0].birthday', '5月6号'),
    ('s041', 'commitments[0].due', '月底'),
    ('s041', 'commitments[1].due', '五月十二号'),
    ('s041', 'next_visit', '月底'),
    ('s042', 'commitments[0].due', '明天'),
    ('s043', 'commitments[0].due', '下周四'),
    ('s043', 'next_visit', '下周四'),
    ('s047', 'commitments[0].due', '下个月初'),
    ('s048', 'commitments[0].due', '5月22号'),
    ('s048', 'next_visit', '5月22号'),
    ('s049', 'next_visit', '下下周一'),
    ('s051', 'commitments[0].due', '明天'),
    ('s051', 'next_visit', '明天'),
    ('s053', 'commitments[0].due', '下周五'),
    ('s053', 'next_visit', '下周五'),
    ('s055', 'commitments[0].due', '下个月初'),
    ('s055', 'next_visit', '半个月后'),
    ('s056', 'commitments[0].due', '下周二'),
    ('s056', 'next_visit', '下周二'),
    ('s057', 'next_visit', '下下周三'),
    ('s058', 'commitments[0].due', '下周一'),
    ('s058', 'next_visit', '下周一'),
    ('s059', 'commitments[0].due', '下周一'),
    ('s059', 'next_visit', '下周一'),
    ('s060', 'commitments[0].due', '这礼拜五'),
    ('s060', 'next_visit', '这礼拜五'),
    ('s062', 'commitments[0].due', '下个月这个时候'),
    ('s062', 'next_visit', '下个月这个时候'),
    ('s063', 'commitments[0].due', '6月8号'),
    ('s063', 'next_visit', '6月8号'),
]
TEXT_FORM = {('s004', '明天'): '明个', ('s051', '明天'): '明个'}
# extra assertions: a weekday the note itself states (none in this set)
STATED_WEEKDAY = {}


if __name__ == "__main__":
    main(sys.modules[__name__])
