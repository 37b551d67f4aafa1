#!/usr/bin/env python3
"""Validate the heldout5_qinchuan set's notes.jsonl against visit-record.md and the master data.

Adapted from the heldout2_yikang set's check_dates.py: sizes, reps, date range, typo
tables, note prefix q, TEXT_FORM entries for the 关中/陇东 spoken forms (明儿 = 明天,
后儿 = 后天, 大后儿 = 大后天, 夜儿个 = 昨天, 明早 = 明天), one rule outside the contract's
table (下个月N号, used only for birthdays), and birthdays given relative to the note's
date (明儿/后天/下礼拜六 → MM-DD of the resolved day).

The checks (dates recomputed from each note's phrase, schema, enums, canonical names,
ownership, set conventions) are ../check_dates_common.py's; this file holds the set's own
tables.

Run:  python3 check_dates.py      (exit status 0 = all good)
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_dates_common import D, add_month, cn_int, main  # the shared checks, one folder up

HERE = os.path.dirname(os.path.abspath(__file__))

# Typos a rep made for an own product (not catalog aliases on purpose: the set
# tests tolerance to them).  Only used to find the product's evidence in the text.
TYPO_EVIDENCE = {"骨通贴膏": ["骨通帖"], "金嗓利咽片": ["利燕片"]}
# Near-homophones a rep typed for an account or a rival (not aliases on purpose).
CUSTOMER_TYPO_EVIDENCE = {"城关同心堂大药房": ["同心唐"]}
COMPETITOR_TYPO_EVIDENCE = {"艾司奥美拉唑镁肠溶片(耐信)": ["耐心"]}
# Sizes of this company's master data and note set
N_PRODUCTS, N_COMPETITORS, N_DISTRIBUTORS, N_CUSTOMERS = 10, 8, 3, 28
REPS = {"雷振华", "党晓燕", "马国栋", "沈一鸣"}
MANAGER = "杨秋实"
MIN_NOTES = 60
DATE_RANGE = (D(2026, 9, 1), D(2026, 11, 30))
ID_PREFIX = "q"
# Never contacts: the rep's own manager, audiences and patients (README conventions)
NOT_CONTACTS = {"杨经理", "杨秋实", "大夫们", "村医", "病人", "老人", "顾客", "店员", "家长", "婆娘", "闺女", "老师"}

# a birthday may be given as a phrase of the date table, resolved from R
RELATIVE_BIRTHDAYS = True


def extra_date_rule(r, phrase):
    """This set's rule beyond the contract's table: a date, or None."""
    m = re.fullmatch(r"下个?月([0-9一二三四五六七八九十]+)[号日]", phrase)  # not in the contract's table
    if m:
        first = add_month(D(r.year, r.month, 1))
        return D(first.year, first.month, cn_int(m.group(1)))
    return None


# (note id, gold path, phrase by the contract's spelling)
CHECKS = [
    ('q001', 'commitments[0].due', '明天'),
    ('q002', 'commitments[0].due', '周五'),
    ('q002', 'next_visit', '周五'),
    ('q003', 'commitments[0].due', '下礼拜三'),
    ('q003', 'next_visit', '下礼拜三'),
    ('q005', 'next_visit', '月底'),
    ('q006', 'commitments[0].due', '明天'),
    ('q006', 'commitments[2].due', '过两天'),
    ('q006', 'next_visit', '过两天'),
    ('q007', 'commitments[0].due', '下周四'),
    ('q007', 'next_visit', '下周四'),
    ('q008', 'contacts[0].birthday', '下个月八号'),
    ('q009', 'next_visit', '明天'),
    ('q010', 'next_visit', '星期天'),
    ('q011', 'commitments[0].due', '9月17号'),
    ('q011', 'next_visit', '9月17号'),
    ('q012', 'next_visit', '星期二'),
    ('q013', 'commitments[0].due', '下周一'),
    ('q014', 'commitments[0].due', '本周五'),
    ('q014', 'next_visit', '本周五'),
    ('q015', 'contacts[0].birthday', '明天'),
    ('q015', 'commitments[0].due', '大后天'),
    ('q015', 'next_visit', '大后天'),
    ('q016', 'next_visit', '下月初'),
    ('q017', 'next_visit', '下个月这个时候'),
    ('q018', 'next_visit', '下礼拜五'),
    ('q019', 'commitments[0].due', '今天'),
    ('q019', 'next_visit', '下礼拜三'),
    ('q020', 'commitments[0].due', '后天'),
    ('q020', 'next_visit', '后天'),
    ('q021', 'next_visit', '下个月初'),
    ('q022', 'commitments[0].due', '下周二'),
    ('q022', 'next_visit', '下周二'),
    ('q024', 'commitments[0].due', '下礼拜一'),
    ('q024', 'next_visit', '明天'),
    ('q025', 'next_visit', '礼拜四'),
    ('q026', 'commitments[0].due', '明天'),
    ('q026', 'commitments[1].due', '9月30号'),
    ('q026', 'next_visit', '9月30号'),
    ('q027', 'next_visit', '一周后'),
    ('q028', 'commitments[0].due', '这礼拜六'),
    ('q028', 'next_visit', '这礼拜六'),
    ('q029', 'commitments[0].due', '十月二十号'),
    ('q029', 'next_visit', '十月二十号'),
    ('q030', 'commitments[0].due', '下周五'),
    ('q030', 'next_visit', '下周五'),
    ('q031', 'next_visit', '明天'),
    ('q032', 'next_visit', '半个月后'),
    ('q033', 'contacts[0].birthday', '11月2号'),
    ('q033', 'commitments[0].due', '11月2号'),
    ('q033', 'next_visit', '11月2号'),
    ('q034', 'commitments[0].due', '下周一'),
    ('q034', 'next_visit', '下周一'),
    ('q036', 'contacts[0].birthday', '十二月十二号'),
    ('q036', 'next_visit', '一个月后'),
    ('q037', 'commitments[0].due', '下礼拜二'),
    ('q037', 'next_visit', '下礼拜二'),
    ('q038', 'next_visit', '3天后'),
    ('q039', 'commitments[0].due', '11月6日'),
    ('q039', 'next_visit', '11月6日'),
    ('q042', 'commitments[0].due', '大后天'),
    ('q042', 'next_visit', '大后天'),
    ('q043', 'commitments[0].due', '10月28日'),
    ('q043', 'next_visit', '10月28日'),
    ('q044', 'commitments[0].due', '下礼拜四'),
    ('q044', 'next_visit', '下礼拜四'),
    ('q045', 'commitments[0].due', '下星期二'),
    ('q045', 'next_visit', '下星期二'),
    ('q046', 'commitments[0].due', '周一'),
    ('q046', 'next_visit', '周一'),
    ('q047', 'commitments[0].due', '月底'),
    ('q047', 'commitments[1].due', '下个月初'),
    ('q047', 'next_visit', '下个月初'),
    ('q048', 'commitments[0].due', '明天'),
    ('q048', 'next_visit', '本周五'),
    ('q049', 'visit_date', '昨天'),
    ('q049', 'commitments[0].due', '下礼拜一'),
    ('q049', 'next_visit', '下礼拜一'),
    ('q050', 'commitments[0].due', '下周三'),
    ('q050', 'next_visit', '下周三'),
    ('q051', 'contacts[1].birthday', '后天'),
    ('q051', 'commitments[0].due', '后天'),
    ('q051', 'next_visit', '后天'),
    ('q052', 'commitments[0].due', '这礼拜三'),
    ('q052', 'next_visit', '这礼拜三'),
    ('q053', 'commitments[0].due', '明天'),
    ('q053', 'next_visit', '明天'),
    ('q054', 'visit_date', '前天'),
    ('q054', 'commitments[0].due', '下周一'),
    ('q055', 'next_visit', '下下星期四'),
    ('q056', 'contacts[0].birthday', '11月18号'),
    ('q057', 'commitments[0].due', '下个月这个时候'),
    ('q057', 'next_visit', '下个月这个时候'),
    ('q058', 'next_visit', '下礼拜三'),
    ('q059', 'commitments[0].due', '下礼拜二'),
    ('q059', 'next_visit', '下礼拜二'),
    ('q061', 'commitments[0].due', '下周五'),
    ('q061', 'next_visit', '下周五'),
    ('q062', 'contacts[0].birthday', '下礼拜六'),
    ('q062', 'commitments[0].due', '下礼拜六'),
    ('q062', 'next_visit', '下礼拜六'),
    ('q063', 'commitments[0].due', '下周二'),
    ('q063', 'next_visit', '下周二'),
    ('q064', 'commitments[1].due', '下礼拜五'),
    ('q064', 'next_visit', '下礼拜五'),
    ('q065', 'next_visit', '下周这个时候'),
    ('q066', 'commitments[0].due', '明天'),
    ('q066', 'next_visit', '明天'),
    ('q067', 'commitments[0].due', '下下周三'),
    ('q067', 'next_visit', '下下周三'),
    ('q068', 'next_visit', '月底'),
    ('q069', 'commitments[0].due', '礼拜天'),
    ('q069', 'next_visit', '礼拜天'),
    ('q070', 'commitments[0].due', '12月5日'),
    ('q070', 'next_visit', '12月5日'),
    ('q071', 'commitments[0].due', '明天'),
    ('q071', 'next_visit', '明天'),
    ('q072', 'commitments[0].due', '下周一'),
    ('q072', 'next_visit', '下周一'),
    ('q073', 'contacts[0].birthday', '下个月二号'),
    ('q073', 'commitments[0].due', '下周三'),
    ('q073', 'next_visit', '下周三'),
    ('q074', 'commitments[0].due', '下礼拜一'),
    ('q074', 'next_visit', '下礼拜一'),
    ('q075', 'commitments[0].due', '本周五'),
    ('q075', 'next_visit', '本周五'),
    ('q076', 'visit_date', '昨天'),
    ('q076', 'commitments[0].due', '下个月初'),
    ('q076', 'next_visit', '下个月初'),
    ('q077', 'next_visit', '过两天'),
    ('q079', 'commitments[0].due', '明天'),
]
# the phrase as it appears in the text, where the rule's canonical spelling differs
TEXT_FORM = {('q001', '明天'): '明儿', ('q006', '明天'): '明早', ('q015', '明天'): '明儿', ('q015', '大后天'): '大后儿', ('q020', '后天'): '后儿', ('q031', '明天'): '明儿', ('q049', '昨天'): '夜儿个', ('q071', '明天'): '明儿'}
# extra assertions: a weekday the note itself states (11月6日周五)
STATED_WEEKDAY = {('q039', 'next_visit'): 4, ('q039', 'commitments[0].due'): 4}


if __name__ == "__main__":
    main(sys.modules[__name__])
