#!/usr/bin/env python3
"""Validate the heldout7_minjiang set's notes.jsonl against visit-record.md and the master data.

Adapted from heldout2_yikang's check_dates.py: sizes, reps, date range, typo tables, note prefix,
the dialect date words of 闽南/粤/东北 (明仔载, 今仔日, 今朝, 听日, 明儿个, 后儿个, 昨儿个) and relative
birthdays (生日 下礼拜四).

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
TYPO_EVIDENCE = {"瑞舒伐他汀钙片10mg": ["瑞书伐他汀"], "小儿七星茶颗粒": ["七心茶"]}
# Near-homophones a rep typed for an account or a rival (not aliases on purpose).
CUSTOMER_TYPO_EVIDENCE = {"城关万家福药店": ["万佳福"]}
COMPETITOR_TYPO_EVIDENCE = {"二甲双胍(格华止)": ["格华芷"], "消痛贴膏(奇正)": ["其正"]}
# Sizes of this company's master data and note set
N_PRODUCTS, N_COMPETITORS, N_DISTRIBUTORS, N_CUSTOMERS = 10, 7, 5, 30
REPS = {"陈雅婷", "黄锦鸿", "钟秀兰", "于海波"}
MANAGER = "郑国栋"
MIN_NOTES = 60
DATE_RANGE = (D(2026, 9, 1), D(2026, 11, 30))
ID_PREFIX = "m"
# Never contacts: the rep's own manager and colleagues, audiences and patients (README conventions)
NOT_CONTACTS = {"郑经理", "郑国栋", "领导", "同事", "大夫们", "店员", "小姑娘", "病人", "会员", "专家", "阿伯阿姆", "店长"}
# dialect date words -> the contract table's spelling
DATE_WORDS = {"明仔载": "明天", "今仔日": "今天", "今朝": "今天", "听日": "明天", "明儿个": "明天", "后儿个": "后天", "昨儿个": "昨天"}
RELATIVE_BIRTHDAYS = True

# (note id, gold path, phrase as written in the note)
CHECKS = [
    ('m001', 'commitments[0].due', '明仔载'),
    ('m001', 'next_visit', '明仔载'),
    ('m002', 'commitments[0].due', '下礼拜三'),
    ('m002', 'next_visit', '下礼拜三'),
    ('m003', 'commitments[0].due', '听日'),
    ('m004', 'commitments[0].due', '下礼拜五'),
    ('m004', 'next_visit', '下礼拜五'),
    ('m005', 'commitments[0].due', '礼拜五'),
    ('m005', 'next_visit', '礼拜五'),
    ('m006', 'commitments[0].due', '后儿个'),
    ('m006', 'next_visit', '后儿个'),
    ('m007', 'commitments[0].due', '下礼拜一'),
    ('m007', 'next_visit', '下礼拜一'),
    ('m008', 'contacts[0].birthday', '10月12号'),
    ('m008', 'commitments[0].due', '10月12号'),
    ('m008', 'next_visit', '10月12号'),
    ('m009', 'contacts[1].birthday', '下礼拜六'),
    ('m009', 'commitments[0].due', '下礼拜六'),
    ('m009', 'next_visit', '下礼拜六'),
    ('m010', 'commitments[0].due', '下礼拜二'),
    ('m010', 'next_visit', '下礼拜二'),
    ('m011', 'commitments[0].due', '听日'),
    ('m012', 'next_visit', '下个月初'),
    ('m013', 'commitments[0].due', '今仔日'),
    ('m013', 'next_visit', '今仔日'),
    ('m014', 'next_visit', '半个月后'),
    ('m015', 'next_visit', '月底'),
    ('m016', 'commitments[0].due', '月底'),
    ('m016', 'next_visit', '月底'),
    ('m017', 'commitments[0].due', '礼拜四'),
    ('m017', 'next_visit', '礼拜四'),
    ('m018', 'commitments[0].due', '一周后'),
    ('m018', 'next_visit', '一周后'),
    ('m019', 'commitments[0].due', '下下礼拜三'),
    ('m019', 'next_visit', '下下礼拜三'),
    ('m020', 'commitments[0].due', '过两天'),
    ('m020', 'next_visit', '过两天'),
    ('m021', 'next_visit', '10月18号'),
    ('m022', 'commitments[0].due', '下周四'),
    ('m022', 'next_visit', '下周四'),
    ('m023', 'commitments[0].due', '下个月这个时候'),
    ('m023', 'next_visit', '下个月这个时候'),
    ('m024', 'next_visit', '下月初'),
    ('m025', 'commitments[0].due', '大后天'),
    ('m025', 'next_visit', '大后天'),
    ('m026', 'commitments[0].due', '下周一'),
    ('m026', 'next_visit', '下周一'),
    ('m028', 'contacts[0].birthday', '今朝'),
    ('m028', 'next_visit', '下礼拜三'),
    ('m029', 'next_visit', '明天'),
    ('m030', 'commitments[0].due', '下礼拜一'),
    ('m030', 'next_visit', '下礼拜一'),
    ('m031', 'contacts[0].birthday', '下礼拜四'),
    ('m031', 'commitments[0].due', '下礼拜四'),
    ('m031', 'next_visit', '下礼拜四'),
    ('m032', 'commitments[0].due', '明儿个'),
    ('m032', 'next_visit', '明儿个'),
    ('m033', 'next_visit', '半个月后'),
    ('m034', 'next_visit', '这礼拜六'),
    ('m035', 'commitments[0].due', '下下周一'),
    ('m036', 'contacts[0].birthday', '今仔日'),
    ('m036', 'commitments[0].due', '下个月初'),
    ('m036', 'next_visit', '下个月初'),
    ('m037', 'commitments[0].due', '下礼拜一'),
    ('m037', 'next_visit', '下礼拜一'),
    ('m038', 'commitments[0].due', '星期三'),
    ('m038', 'next_visit', '星期三'),
    ('m039', 'commitments[0].due', '下星期三'),
    ('m039', 'next_visit', '下星期三'),
    ('m040', 'commitments[0].due', '后天'),
    ('m040', 'next_visit', '后天'),
    ('m041', 'commitments[0].due', '本周五'),
    ('m041', 'next_visit', '本周五'),
    ('m042', 'next_visit', '十天后'),
    ('m043', 'commitments[0].due', '明儿个'),
    ('m043', 'next_visit', '明儿个'),
    ('m044', 'next_visit', '下周这个时候'),
    ('m045', 'visit_date', '前天'),
    ('m046', 'commitments[0].due', '11月19日'),
    ('m046', 'next_visit', '11月19日'),
    ('m047', 'commitments[0].due', '月底'),
    ('m047', 'next_visit', '月底'),
    ('m048', 'commitments[0].due', '礼拜三'),
    ('m048', 'next_visit', '礼拜三'),
    ('m049', 'commitments[0].due', '听日'),
    ('m049', 'next_visit', '听日'),
    ('m050', 'commitments[1].due', '礼拜五'),
    ('m050', 'next_visit', '礼拜五'),
    ('m051', 'commitments[0].due', '下个月初'),
    ('m051', 'next_visit', '下个月初'),
    ('m052', 'commitments[0].due', '下下礼拜二'),
    ('m052', 'next_visit', '下下礼拜二'),
    ('m053', 'next_visit', '半个月后'),
    ('m054', 'commitments[0].due', '大后天'),
    ('m054', 'next_visit', '大后天'),
    ('m055', 'next_visit', '过5天'),
    ('m056', 'commitments[0].due', '下周五'),
    ('m056', 'next_visit', '下周五'),
    ('m057', 'visit_date', '昨天'),
    ('m057', 'commitments[0].due', '一个月后'),
    ('m057', 'next_visit', '一个月后'),
    ('m058', 'next_visit', '下个月这个时候'),
    ('m060', 'commitments[0].due', '月底'),
    ('m061', 'commitments[0].due', '周五'),
    ('m061', 'next_visit', '周五'),
    ('m062', 'commitments[0].due', '下周三'),
    ('m062', 'next_visit', '下周三'),
    ('m063', 'visit_date', '昨儿个'),
    ('m063', 'contacts[0].birthday', '12月8号'),
    ('m063', 'commitments[0].due', '12月8号'),
    ('m063', 'next_visit', '12月8号'),
    ('m064', 'commitments[0].due', '12月10号'),
    ('m065', 'commitments[0].due', '下礼拜六'),
    ('m065', 'next_visit', '下礼拜六'),
    ('m066', 'next_visit', '下礼拜二'),
    ('m067', 'commitments[0].due', '听日'),
    ('m068', 'commitments[0].due', '礼拜四'),
    ('m068', 'next_visit', '礼拜四'),
]
# the phrase as it appears in the text, where the rule's canonical spelling differs
TEXT_FORM = {}
# extra assertions: a weekday the note itself states
STATED_WEEKDAY = {('m066', 'next_visit'): 1}  # 礼拜六 written on a Saturday: 下礼拜二 is 12-01


if __name__ == "__main__":
    main(sys.modules[__name__])
