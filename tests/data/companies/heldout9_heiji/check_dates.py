#!/usr/bin/env python3
"""Validate the heldout9_heiji set's notes.jsonl against visit-record.md and the master data.

Adapted from heldout2_yikang's check_dates.py: sizes, reps, date range, typo tables, note
prefix, the set's spoken date words (东北 明儿个/夜个/前儿个/一礼拜后, 吴语 明朝/后日) and relative
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

# Typos / voice-input near-homophones a rep wrote for an own product (not aliases on purpose)
TYPO_EVIDENCE = {"硝苯地平控释片(30mg)": ["硝笨地平"], "阿托伐他汀钙片(20mg×14片)": ["阿托伐他丁"], "刺五加安神颗粒": ["刺五佳"]}
# Near-homophones a rep typed for an account or a rival (not aliases on purpose)
CUSTOMER_TYPO_EVIDENCE = {"宁岗百姓缘大药房": ["百姓源"]}
COMPETITOR_TYPO_EVIDENCE = {"拜新同": ["拜新通"]}
# Sizes of this company's master data and note set
N_PRODUCTS, N_COMPETITORS, N_DISTRIBUTORS, N_CUSTOMERS = 10, 8, 3, 25
REPS = {"赵立军", "孙丽娟", "沈佳明"}
MANAGER = "于海涛"
MIN_NOTES = 60
DATE_RANGE = (D(2026, 11, 1), D(2027, 1, 31))
ID_PREFIX = "hj"
# Never contacts: the rep's own manager, audiences, patients, people of other accounts (README)
NOT_CONTACTS = {"于经理", "于海涛", "经理", "大夫们", "护士们", "店员们", "老人", "老人们", "病人", "顾客", "专家", "村医们"}
# the set's own spoken date words -> the contract table's spelling
DATE_WORDS = {"明儿个": "明天", "明朝": "明天", "夜个": "昨天", "前儿个": "前天", "后日": "后天", "一礼拜后": "一周后"}
RELATIVE_BIRTHDAYS = True

# (note id, gold path, phrase as written in the note)
CHECKS = [
    ('hj001', 'commitments[0].due', '下周三'),
    ('hj001', 'next_visit', '下周三'),
    ('hj002', 'next_visit', '下礼拜二'),
    ('hj003', 'commitments[0].due', '下周四'),
    ('hj003', 'next_visit', '下周四'),
    ('hj004', 'commitments[0].due', '明儿个'),
    ('hj004', 'next_visit', '明儿个'),
    ('hj006', 'contacts[0].birthday', '12月3号'),
    ('hj006', 'commitments[0].due', '12月3号'),
    ('hj006', 'next_visit', '12月3号'),
    ('hj007', 'commitments[0].due', '月底'),
    ('hj007', 'next_visit', '月底'),
    ('hj008', 'contacts[0].birthday', '12月9号'),
    ('hj008', 'commitments[0].due', '下周五'),
    ('hj008', 'visit_date', '夜个'),
    ('hj008', 'next_visit', '下周五'),
    ('hj010', 'commitments[0].due', '本周五'),
    ('hj010', 'next_visit', '本周五'),
    ('hj012', 'next_visit', '下个月这个时候'),
    ('hj013', 'commitments[0].due', '下下周三'),
    ('hj013', 'commitments[1].due', '明朝'),
    ('hj013', 'next_visit', '下下周三'),
    ('hj014', 'commitments[0].due', '明天'),
    ('hj015', 'next_visit', '礼拜四'),
    ('hj016', 'commitments[0].due', '下礼拜一'),
    ('hj016', 'next_visit', '下礼拜一'),
    ('hj018', 'commitments[0].due', '12月10号'),
    ('hj018', 'next_visit', '12月10号'),
    ('hj020', 'commitments[0].due', '后天'),
    ('hj020', 'next_visit', '后天'),
    ('hj022', 'commitments[0].due', '礼拜一'),
    ('hj023', 'next_visit', '这礼拜五'),
    ('hj024', 'next_visit', '下礼拜三'),
    ('hj025', 'commitments[0].due', '下个月初'),
    ('hj025', 'next_visit', '下个月初'),
    ('hj026', 'commitments[0].due', '过三天'),
    ('hj026', 'next_visit', '过三天'),
    ('hj027', 'contacts[0].birthday', '12月19号'),
    ('hj027', 'next_visit', '下周这个时候'),
    ('hj028', 'commitments[0].due', '下礼拜六'),
    ('hj028', 'next_visit', '下礼拜六'),
    ('hj029', 'commitments[0].due', '下周二'),
    ('hj029', 'next_visit', '下周二'),
    ('hj030', 'commitments[0].due', '明天'),
    ('hj030', 'next_visit', '明天'),
    ('hj032', 'next_visit', '下礼拜四'),
    ('hj034', 'commitments[0].due', '下个礼拜三'),
    ('hj034', 'next_visit', '下个礼拜三'),
    ('hj038', 'commitments[0].due', '下礼拜一'),
    ('hj038', 'next_visit', '下礼拜一'),
    ('hj039', 'commitments[0].due', '1月8号'),
    ('hj039', 'next_visit', '1月8号'),
    ('hj040', 'commitments[0].due', '明朝'),
    ('hj043', 'contacts[0].birthday', '12月26号'),
    ('hj043', 'commitments[0].due', '12月26号'),
    ('hj043', 'next_visit', '12月26号'),
    ('hj044', 'commitments[0].due', '下周一'),
    ('hj044', 'next_visit', '下周一'),
    ('hj046', 'commitments[0].due', '大后天'),
    ('hj046', 'next_visit', '大后天'),
    ('hj047', 'commitments[0].due', '过两天'),
    ('hj047', 'next_visit', '过两天'),
    ('hj048', 'commitments[0].due', '明天'),
    ('hj048', 'next_visit', '明天'),
    ('hj050', 'commitments[0].due', '下礼拜三'),
    ('hj050', 'next_visit', '下礼拜三'),
    ('hj051', 'contacts[0].birthday', '下礼拜三'),
    ('hj051', 'next_visit', '一礼拜后'),
    ('hj052', 'visit_date', '前儿个'),
    ('hj052', 'next_visit', '半个月后'),
    ('hj053', 'commitments[0].due', '1月15号'),
    ('hj053', 'next_visit', '1月15号'),
    ('hj055', 'commitments[0].due', '下下礼拜一'),
    ('hj055', 'next_visit', '下下礼拜一'),
    ('hj057', 'next_visit', '1月11号'),
    ('hj059', 'next_visit', '星期天'),
    ('hj061', 'next_visit', '周五'),
    ('hj062', 'commitments[0].due', '后日'),
    ('hj062', 'next_visit', '1月8号'),
    ('hj063', 'next_visit', '今天'),
    ('hj064', 'commitments[0].due', '下礼拜三'),
    ('hj064', 'next_visit', '下礼拜三'),
    ('hj065', 'commitments[0].due', '下周四'),
    ('hj065', 'next_visit', '下周四'),
    ('hj066', 'commitments[0].due', '下周六'),
    ('hj066', 'next_visit', '下周六'),
    ('hj067', 'commitments[0].due', '月底'),
    ('hj067', 'next_visit', '月底'),
    ('hj068', 'commitments[0].due', '明儿个'),
    ('hj069', 'commitments[0].due', '下礼拜五'),
    ('hj069', 'next_visit', '下礼拜五'),
    ('hj070', 'contacts[0].birthday', '后天'),
    ('hj071', 'next_visit', '下礼拜二'),
    ('hj072', 'commitments[0].due', '一个月后'),
    ('hj072', 'next_visit', '一个月后'),
    ('hj074', 'commitments[0].due', '下礼拜一'),
    ('hj074', 'next_visit', '下礼拜一'),
    ('hj075', 'next_visit', '10天后'),
    ('hj076', 'commitments[0].due', '下周三'),
    ('hj076', 'next_visit', '下周三'),
    ('hj077', 'commitments[0].due', '下月初'),
    ('hj077', 'next_visit', '下月初'),
]
# the phrase as it appears in the text, where the rule's canonical spelling differs
TEXT_FORM = {}
# extra assertions: a weekday the note itself states
STATED_WEEKDAY = {}


if __name__ == "__main__":
    main(sys.modules[__name__])
