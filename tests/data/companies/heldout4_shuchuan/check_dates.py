#!/usr/bin/env python3
"""Validate the heldout4_shuchuan set's notes.jsonl against visit-record.md and the master data.

Adapted from the heldout2_yikang set's check_dates.py: sizes, reps, date range, typo
tables, note prefix, and birthdays given relative to R (明天/后天/礼拜天生日) resolved by
the same date table, then written MM-DD.

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
TYPO_EVIDENCE = {"复方鱼腥草片": ["鱼星草"], "氯雷他定片": ["绿雷他定"], "小儿豉翘清热颗粒": ["小儿齿翘"]}
# Near-homophones a rep typed for an account or a rival (not aliases on purpose).
CUSTOMER_TYPO_EVIDENCE = {"涪岭德济大药房": ["德吉大药房"], "石鼓镇同心药房": ["同欣药房"]}
COMPETITOR_TYPO_EVIDENCE = {"川贝枇杷膏(念慈菴)": ["念慈安"], "二甲双胍(格华止)": ["格华之"]}
# Sizes of this company's master data and note set
N_PRODUCTS, N_COMPETITORS, N_DISTRIBUTORS, N_CUSTOMERS = 11, 7, 4, 25
REPS = {"罗志强", "邓晓梅", "蒋川"}
MANAGER = "杨国华"
MIN_NOTES = 60
DATE_RANGE = (D(2026, 10, 1), D(2026, 12, 31))
ID_PREFIX = "s"
# Never contacts: the rep's own manager, audiences and patients (README conventions)
NOT_CONTACTS = {"杨经理", "杨国华", "大夫", "大夫们", "村医", "村医们", "病人", "老人", "老年人", "专家", "顾客", "家长们", "职工"}

# a birthday may be given as a phrase of the date table, resolved from R
RELATIVE_BIRTHDAYS = True


# (note id, gold path, phrase as written in the note)
CHECKS = [
    ('s001', 'next_visit', '礼拜四'),
    ('s002', 'commitments[0].due', '后天'),
    ('s002', 'next_visit', '后天'),
    ('s003', 'commitments[0].due', '这周五'),
    ('s003', 'commitments[1].due', '月底'),
    ('s003', 'next_visit', '这周五'),
    ('s004', 'commitments[0].due', '明天'),
    ('s005', 'commitments[0].due', '明天'),
    ('s005', 'commitments[1].due', '今天'),
    ('s005', 'next_visit', '今天'),
    ('s006', 'commitments[0].due', '下礼拜二'),
    ('s006', 'next_visit', '下礼拜二'),
    ('s007', 'contacts[0].birthday', '11月18号'),
    ('s007', 'commitments[0].due', '下周一'),
    ('s007', 'next_visit', '下周一'),
    ('s008', 'next_visit', '下周三'),
    ('s009', 'commitments[0].due', '下周五'),
    ('s009', 'next_visit', '下周五'),
    ('s010', 'commitments[0].due', '下周一'),
    ('s010', 'next_visit', '下周一'),
    ('s012', 'commitments[0].due', '本周四'),
    ('s012', 'next_visit', '本周四'),
    ('s013', 'contacts[0].birthday', '后天'),
    ('s013', 'next_visit', '下个月初'),
    ('s014', 'commitments[0].due', '11月8号'),
    ('s014', 'next_visit', '11月8号'),
    ('s015', 'commitments[0].due', '礼拜五'),
    ('s015', 'next_visit', '礼拜五'),
    ('s016', 'next_visit', '下个月这个时候'),
    ('s017', 'commitments[0].due', '月底'),
    ('s017', 'next_visit', '月底'),
    ('s018', 'commitments[0].due', '后天'),
    ('s018', 'next_visit', '后天'),
    ('s021', 'commitments[0].due', '过两天'),
    ('s021', 'next_visit', '过两天'),
    ('s023', 'commitments[0].due', '下下周三'),
    ('s023', 'next_visit', '下下周三'),
    ('s024', 'commitments[0].due', '这周四'),
    ('s024', 'next_visit', '这周四'),
    ('s025', 'next_visit', '一个月后'),
    ('s026', 'contacts[0].birthday', '九月二十号'),
    ('s026', 'commitments[0].due', '下个月初'),
    ('s026', 'next_visit', '下个月初'),
    ('s027', 'next_visit', '礼拜天'),
    ('s029', 'next_visit', '11月5号'),
    ('s030', 'commitments[0].due', '下周一'),
    ('s030', 'next_visit', '下周一'),
    ('s031', 'commitments[0].due', '下礼拜三'),
    ('s031', 'next_visit', '下礼拜三'),
    ('s032', 'next_visit', '星期三'),
    ('s033', 'contacts[0].birthday', '12月3号'),
    ('s033', 'commitments[0].due', '下礼拜四'),
    ('s033', 'next_visit', '下礼拜四'),
    ('s035', 'next_visit', '下下星期五'),
    ('s036', 'commitments[0].due', '半个月后'),
    ('s036', 'next_visit', '半个月后'),
    ('s037', 'visit_date', '前天'),
    ('s038', 'commitments[0].due', '明天'),
    ('s038', 'commitments[1].due', '下个月这个时候'),
    ('s038', 'next_visit', '下个月这个时候'),
    ('s040', 'commitments[0].due', '这周六'),
    ('s040', 'next_visit', '这周六'),
    ('s042', 'visit_date', '昨天'),
    ('s044', 'next_visit', '一周后'),
    ('s045', 'commitments[0].due', '十一月二十五号'),
    ('s045', 'next_visit', '十一月二十五号'),
    ('s046', 'commitments[0].due', '礼拜一'),
    ('s046', 'next_visit', '礼拜一'),
    ('s047', 'next_visit', '下礼拜一'),
    ('s049', 'commitments[0].due', '下个礼拜五'),
    ('s049', 'next_visit', '下个礼拜五'),
    ('s050', 'next_visit', '下周这个时候'),
    ('s051', 'contacts[0].birthday', '明天'),
    ('s051', 'commitments[0].due', '礼拜四'),
    ('s051', 'commitments[1].due', '明天'),
    ('s051', 'next_visit', '明天'),
    ('s053', 'next_visit', '下月初'),
    ('s055', 'commitments[0].due', '大后天'),
    ('s055', 'next_visit', '大后天'),
    ('s056', 'contacts[0].birthday', '礼拜天'),
    ('s056', 'commitments[0].due', '五天后'),
    ('s056', 'next_visit', '五天后'),
    ('s059', 'commitments[0].due', '周四'),
    ('s059', 'next_visit', '周四'),
    ('s061', 'next_visit', '12月13日'),
    ('s062', 'commitments[0].due', '明天'),
    ('s063', 'next_visit', '下个月初'),
    ('s064', 'next_visit', '下星期二'),
    ('s065', 'commitments[1].due', '下礼拜一'),
    ('s065', 'next_visit', '下礼拜一'),
    ('s066', 'next_visit', '下周二'),
    ('s069', 'commitments[0].due', '下下星期一'),
    ('s069', 'next_visit', '下下星期一'),
    ('s070', 'commitments[0].due', '月底'),
    ('s070', 'next_visit', '月底'),
]
# the phrase as it appears in the text, where the rule's canonical spelling differs
TEXT_FORM = {}
# extra assertions: a weekday the note itself states
STATED_WEEKDAY = {('s014', 'next_visit'): 6}  # 11月8号礼拜天


if __name__ == "__main__":
    main(sys.modules[__name__])
