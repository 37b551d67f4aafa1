#!/usr/bin/env python3
"""Validate the heldout3_guikang set's notes.jsonl against visit-record.md and the master data.

Adapted from the heldout2_yikang set's check_dates.py: sizes, reps, date range, typo
tables, note prefix; the Cantonese/Guangxi date words 听日 (= 明天), 后日 (= 后天) and
琴日 (= 昨天) resolve through DIALECT; a birthday may be given relatively (生日就是下周三).

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
TYPO_EVIDENCE = {"维C银翘片": ["银巧片"], "鼻炎康片": ["鼻炎糠"], "蒙脱石散": ["蒙拖石"]}
# Near-homophones a rep typed for an account or a rival (not aliases on purpose).
CUSTOMER_TYPO_EVIDENCE = {"榕城济生堂药店": ["济生唐"]}
COMPETITOR_TYPO_EVIDENCE = {"阿奇霉素片(希舒美)": ["希舒每"], "西瓜霜润喉片(三金)": ["三金"]}
# Sizes of this company's master data and note set
N_PRODUCTS, N_COMPETITORS, N_DISTRIBUTORS, N_CUSTOMERS = 10, 6, 3, 26
REPS = {"韦海宁", "黄秋萍", "覃志强"}
MANAGER = "陆建军"
MIN_NOTES = 70
DATE_RANGE = (D(2026, 10, 1), D(2026, 12, 31))
ID_PREFIX = "g"
# Never contacts: the rep's own manager, audiences and patients (README conventions)
NOT_CONTACTS = {"陆经理", "陆建军", "医生护士", "老人", "顾客", "店员", "家长", "阿兰", "小黄", "店长"}

# a birthday may be given as a phrase of the date table, resolved from R
RELATIVE_BIRTHDAYS = True
DIALECT = {"听日": "明天", "后日": "后天", "琴日": "昨天"}  # Cantonese/Guangxi words
DATE_WORDS = DIALECT


# (note id, gold path, phrase as written in the note)
CHECKS = [
    ('g001', 'commitments[0].due', '下周二'),
    ('g001', 'next_visit', '下周二'),
    ('g002', 'commitments[0].due', '听日'),
    ('g003', 'commitments[0].due', '下礼拜三'),
    ('g003', 'next_visit', '下礼拜三'),
    ('g004', 'commitments[0].due', '周六'),
    ('g004', 'next_visit', '周六'),
    ('g005', 'next_visit', '后天'),
    ('g006', 'next_visit', '下周这个时候'),
    ('g007', 'next_visit', '下个月这个时候'),
    ('g008', 'commitments[0].due', '月底'),
    ('g008', 'next_visit', '月底'),
    ('g009', 'commitments[0].due', '过两天'),
    ('g009', 'next_visit', '过两天'),
    ('g010', 'commitments[0].due', '这周五'),
    ('g010', 'next_visit', '这周五'),
    ('g012', 'visit_date', '琴日'),
    ('g013', 'commitments[0].due', '下礼拜一'),
    ('g013', 'next_visit', '下礼拜一'),
    ('g014', 'commitments[0].due', '下礼拜二'),
    ('g014', 'next_visit', '下礼拜二'),
    ('g015', 'contacts[0].birthday', '十一月三号'),
    ('g015', 'commitments[0].due', '下个月初'),
    ('g015', 'next_visit', '下个月初'),
    ('g016', 'commitments[0].due', '下周四'),
    ('g016', 'next_visit', '下周四'),
    ('g017', 'commitments[0].due', '大后天'),
    ('g017', 'next_visit', '大后天'),
    ('g021', 'commitments[0].due', '11月10日'),
    ('g021', 'next_visit', '11月10日'),
    ('g022', 'commitments[0].due', '礼拜一'),
    ('g022', 'next_visit', '礼拜一'),
    ('g023', 'next_visit', '半个月后'),
    ('g024', 'next_visit', '下周一'),
    ('g025', 'commitments[0].due', '本周四'),
    ('g025', 'next_visit', '本周四'),
    ('g026', 'commitments[0].due', '11月21号'),
    ('g026', 'next_visit', '11月21号'),
    ('g027', 'commitments[0].due', '礼拜五'),
    ('g027', 'next_visit', '礼拜五'),
    ('g028', 'commitments[0].due', '下个礼拜五'),
    ('g028', 'next_visit', '下个礼拜五'),
    ('g029', 'next_visit', '下个月这个时候'),
    ('g030', 'next_visit', '一周后'),
    ('g031', 'commitments[0].due', '周二'),
    ('g031', 'next_visit', '周二'),
    ('g032', 'contacts[0].birthday', '下周三'),
    ('g032', 'commitments[0].due', '下周三'),
    ('g032', 'commitments[1].due', '下周三'),
    ('g032', 'next_visit', '下周三'),
    ('g033', 'commitments[0].due', '大后天'),
    ('g033', 'next_visit', '大后天'),
    ('g034', 'commitments[0].due', '下礼拜四'),
    ('g034', 'next_visit', '下礼拜四'),
    ('g035', 'next_visit', '下个月初'),
    ('g036', 'commitments[0].due', '过两天'),
    ('g036', 'next_visit', '过两天'),
    ('g038', 'commitments[0].due', '周四'),
    ('g038', 'next_visit', '周四'),
    ('g039', 'commitments[0].due', '下下周一'),
    ('g040', 'commitments[0].due', '听日'),
    ('g041', 'commitments[0].due', '月底'),
    ('g042', 'commitments[0].due', '星期一'),
    ('g043', 'commitments[0].due', '下礼拜二'),
    ('g043', 'next_visit', '下礼拜二'),
    ('g046', 'commitments[0].due', '下周五'),
    ('g046', 'next_visit', '下周五'),
    ('g047', 'commitments[0].due', '三天后'),
    ('g047', 'next_visit', '三天后'),
    ('g048', 'commitments[0].due', '月底'),
    ('g048', 'next_visit', '月底'),
    ('g049', 'commitments[0].due', '明天'),
    ('g052', 'commitments[0].due', '明天'),
    ('g052', 'next_visit', '明天'),
    ('g053', 'visit_date', '昨天'),
    ('g053', 'commitments[0].due', '下月初'),
    ('g053', 'next_visit', '下月初'),
    ('g056', 'commitments[0].due', '十二月五号'),
    ('g056', 'next_visit', '十二月五号'),
    ('g057', 'commitments[0].due', '下下周二'),
    ('g057', 'next_visit', '下下周二'),
    ('g059', 'commitments[0].due', '明天'),
    ('g059', 'next_visit', '明天'),
    ('g060', 'commitments[0].due', '下周这个时候'),
    ('g060', 'next_visit', '下周这个时候'),
    ('g061', 'commitments[0].due', '十二月十二号'),
    ('g061', 'next_visit', '十二月十二号'),
    ('g062', 'commitments[0].due', '下礼拜三'),
    ('g062', 'next_visit', '下礼拜三'),
    ('g065', 'commitments[0].due', '下周五'),
    ('g065', 'next_visit', '下周五'),
    ('g067', 'commitments[0].due', '下周一'),
    ('g067', 'next_visit', '下周一'),
    ('g068', 'visit_date', '前天'),
    ('g068', 'next_visit', '后日'),
    ('g070', 'commitments[0].due', '星期一'),
    ('g070', 'next_visit', '星期一'),
    ('g073', 'commitments[0].due', '后天'),
    ('g074', 'commitments[0].due', '下礼拜五'),
    ('g074', 'next_visit', '下礼拜五'),
    ('g075', 'commitments[0].due', '一月八号'),
    ('g075', 'next_visit', '一月八号'),
    ('g077', 'next_visit', '今天'),
    ('g078', 'next_visit', '一个月后'),
    ('g079', 'commitments[0].due', '下个月初'),
    ('g079', 'next_visit', '下个月初'),
]
# the phrase as it appears in the text, where the rule's canonical spelling differs
TEXT_FORM = {}
# extra assertions: a weekday the note itself states
STATED_WEEKDAY = {}


if __name__ == "__main__":
    main(sys.modules[__name__])
