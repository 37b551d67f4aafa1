#!/usr/bin/env python3
"""Validate the tune26a_dianqian set's notes.jsonl against visit-record.md and the master data.

Adapted from heldout2_yikang's check_dates.py: sizes, reps, date range, typo tables, note prefix,
the set's own date words (Cantonese 听日/后日/琴日/前日 of the rep from 广州, and spoken variants
半个月以后, 过十日), and relative birthdays (生日就在后天).

The checks (dates recomputed from each note's phrase, schema, enums, canonical names, ownership,
set conventions) are ../check_dates_common.py's; this file holds the set's own tables.

Run:  python3 check_dates.py      (exit status 0 = all good)
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_dates_common import D, main  # the shared checks, one folder up

HERE = os.path.dirname(os.path.abspath(__file__))

# Typos a rep made for an own product, an account or a rival (not aliases on purpose)
TYPO_EVIDENCE = {"小儿七星茶颗粒": ["七心茶"], "灯盏花素注射液(2ml:10mg)": ["灯展花素"]}
CUSTOMER_TYPO_EVIDENCE = {"嵩明春城大药房": ["春成药房"]}
COMPETITOR_TYPO_EVIDENCE = {"三精葡萄糖酸钙锌口服液(哈药)": ["三晶钙锌"]}
# Sizes of this company's master data and note set
N_PRODUCTS, N_COMPETITORS, N_DISTRIBUTORS, N_CUSTOMERS = 11, 6, 3, 25
REPS = {"杨春梅", "吴光荣", "陈嘉豪"}
MANAGER = "罗世雄"
MIN_NOTES = 45
DATE_RANGE = (D(2026, 10, 1), D(2026, 11, 30))
ID_PREFIX = "dq"
# Never contacts: the rep's own manager, audiences and patients (README conventions)
NOT_CONTACTS = {"罗经理", "罗世雄", "村医", "村医们", "医生", "店员", "店员们", "顾客", "病人", "老人", "老人家",
                "专家", "骨科专家"}
# the set's own date words -> the contract table's spelling
DATE_WORDS = {"听日": "明天", "后日": "后天", "琴日": "昨天", "前日": "前天", "半个月以后": "半个月后",
              "过十日": "过十天"}
RELATIVE_BIRTHDAYS = True

# (note id, gold path, phrase as written in the note)
CHECKS = [
    ('dq001', 'commitments[0].due', '下周三'),
    ('dq001', 'next_visit', '下周三'),
    ('dq002', 'commitments[0].due', '明天'),
    ('dq002', 'next_visit', '明天'),
    ('dq003', 'commitments[0].due', '听日'),
    ('dq003', 'next_visit', '听日'),
    ('dq004', 'next_visit', '下个月初'),
    ('dq005', 'commitments[0].due', '月底'),
    ('dq005', 'next_visit', '月底'),
    ('dq006', 'visit_date', '琴日'),
    ('dq006', 'next_visit', '下个礼拜二'),
    ('dq007', 'contacts[0].birthday', '11月8号'),
    ('dq007', 'commitments[0].due', '下周一'),
    ('dq007', 'next_visit', '下周一'),
    ('dq008', 'commitments[1].due', '后天'),
    ('dq008', 'next_visit', '后天'),
    ('dq009', 'commitments[0].due', '下个礼拜一'),
    ('dq010', 'commitments[0].due', '下周三'),
    ('dq010', 'next_visit', '下周三'),
    ('dq011', 'contacts[0].birthday', '11月20号'),
    ('dq011', 'commitments[0].due', '一个月后'),
    ('dq011', 'next_visit', '一个月后'),
    ('dq012', 'commitments[1].due', '听日'),
    ('dq013', 'commitments[0].due', '一周后'),
    ('dq013', 'next_visit', '一周后'),
    ('dq014', 'commitments[0].due', '下个礼拜五'),
    ('dq014', 'next_visit', '下个礼拜五'),
    ('dq015', 'commitments[0].due', '下周五'),
    ('dq015', 'next_visit', '大后天'),
    ('dq016', 'commitments[0].due', '后天'),
    ('dq016', 'next_visit', '后天'),
    ('dq017', 'next_visit', '下周四'),
    ('dq018', 'commitments[0].due', '下下周二'),
    ('dq018', 'next_visit', '下下周二'),
    ('dq019', 'commitments[0].due', '月底'),
    ('dq019', 'next_visit', '月底'),
    ('dq020', 'commitments[0].due', '下星期三'),
    ('dq020', 'next_visit', '下星期三'),
    ('dq021', 'next_visit', '下个月初'),
    ('dq022', 'commitments[1].due', '下周一'),
    ('dq022', 'next_visit', '下周一'),
    ('dq023', 'next_visit', '下周这个时候'),
    ('dq024', 'commitments[0].due', '后日'),
    ('dq024', 'next_visit', '后日'),
    ('dq025', 'commitments[0].due', '周五'),
    ('dq025', 'next_visit', '周五'),
    ('dq026', 'commitments[0].due', '下个月这个时候'),
    ('dq026', 'next_visit', '下个月这个时候'),
    ('dq027', 'commitments[0].due', '听日'),
    ('dq028', 'commitments[0].due', '下周五'),
    ('dq028', 'next_visit', '下周五'),
    ('dq029', 'contacts[0].birthday', '后天'),
    ('dq029', 'commitments[0].due', '11月24号'),
    ('dq029', 'commitments[1].due', '后天'),
    ('dq029', 'next_visit', '后天'),
    ('dq030', 'commitments[0].due', '下周二'),
    ('dq030', 'next_visit', '下周二'),
    ('dq031', 'next_visit', '半个月以后'),
    ('dq032', 'visit_date', '前日'),
    ('dq032', 'commitments[0].due', '下个礼拜四'),
    ('dq032', 'next_visit', '下个礼拜四'),
    ('dq033', 'next_visit', '下周这个时候'),
    ('dq034', 'commitments[0].due', '明天'),
    ('dq034', 'next_visit', '明天'),
    ('dq035', 'commitments[0].due', '月底'),
    ('dq035', 'next_visit', '12月1号'),
    ('dq036', 'next_visit', '这周五'),
    ('dq037', 'next_visit', '过三天'),
    ('dq038', 'next_visit', '下月初'),
    ('dq039', 'next_visit', '月底'),
    ('dq040', 'commitments[0].due', '下周一'),
    ('dq040', 'next_visit', '下周一'),
    ('dq041', 'contacts[0].birthday', '十二月二号'),
    ('dq041', 'commitments[0].due', '下下周一'),
    ('dq041', 'next_visit', '下下周一'),
    ('dq042', 'commitments[0].due', '后天'),
    ('dq042', 'next_visit', '后天'),
    ('dq043', 'visit_date', '昨天'),
    ('dq044', 'contacts[0].birthday', '下个星期五'),
    ('dq044', 'next_visit', '下个星期五'),
    ('dq045', 'commitments[0].due', '今天'),
    ('dq045', 'commitments[1].due', '明天'),
    ('dq045', 'next_visit', '5天后'),
    ('dq046', 'next_visit', '下周四'),
    ('dq047', 'next_visit', '过十日'),
    ('dq048', 'commitments[0].due', '下周一'),
    ('dq048', 'next_visit', '下周一'),
    ('dq049', 'commitments[0].due', '大后天'),
    ('dq050', 'commitments[0].due', '听日'),
    ('dq050', 'next_visit', '听日'),
]
# the phrase as it appears in the text, where the rule's canonical spelling differs
TEXT_FORM = {}
# extra assertions: a weekday the note itself states
STATED_WEEKDAY = {}


if __name__ == "__main__":
    main(sys.modules[__name__])
