#!/usr/bin/env python3
"""Validate the heldout8_luyu set's notes.jsonl against visit-record.md and the master data.

Adapted from heldout2_yikang's check_dates.py: sizes, reps, date range, typo tables, note prefix,
the set's dialect date words (鲁豫 夜个/夜儿个/前儿个/今儿个/明儿个, 天津 今儿/明儿/后儿, 一礼拜以后,
一个月以后, a birthday written without 号), and relative birthdays (生日就是明天 / 今儿个是他生日 /
生日就是下礼拜五).

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
TYPO_EVIDENCE = {"复方鱼腥草合剂": ["鱼星草合剂"], "氯雷他定片(10mg×12片)": ["氯雷他订"], "麝香壮骨膏": ["壮股膏"]}
# Near-homophones a rep typed for an account or a rival (not aliases on purpose).
CUSTOMER_TYPO_EVIDENCE = {"白庙乡惠民药店": ["惠明药店"]}
COMPETITOR_TYPO_EVIDENCE = {"黄氏响声丸": ["响生丸"]}
# Sizes of this company's master data and note set
N_PRODUCTS, N_COMPETITORS, N_DISTRIBUTORS, N_CUSTOMERS = 10, 7, 3, 26
REPS = {"庞立新", "牛红霞", "于宝金"}
MANAGER = "邵国庆"
MIN_NOTES = 60
DATE_RANGE = (D(2026, 10, 1), D(2026, 12, 31))
ID_PREFIX = "ly"
# Never contacts: the rep's own manager and colleagues, audiences, patients (README conventions)
NOT_CONTACTS = {"邵经理", "邵国庆", "小潘", "大夫们", "村医", "村医们", "病人", "病号", "老人", "老人们",
                "顾客", "店员", "姐姐", "姐姐们", "娃们", "小闺女"}
# the set's own spoken date words -> the contract table's spelling
DATE_WORDS = {"夜个": "昨天", "夜儿个": "昨天", "前儿个": "前天", "今儿个": "今天", "今儿": "今天",
              "明儿个": "明天", "明儿": "明天", "后儿": "后天", "后儿个": "后天",
              "一礼拜以后": "一周后", "一个月以后": "一个月后", "十二月二十": "十二月二十号"}
RELATIVE_BIRTHDAYS = True

# (note id, gold path, phrase as written in the note)
CHECKS = [
    ('ly001', 'commitments[0].due', '下礼拜三'),
    ('ly001', 'next_visit', '下礼拜三'),
    ('ly002', 'commitments[0].due', '明儿个'),
    ('ly003', 'commitments[0].due', '下礼拜二'),
    ('ly003', 'next_visit', '下礼拜二'),
    ('ly005', 'visit_date', '夜个'),
    ('ly006', 'commitments[0].due', '月底'),
    ('ly006', 'next_visit', '月底'),
    ('ly008', 'commitments[0].due', '周五'),
    ('ly008', 'next_visit', '周五'),
    ('ly009', 'commitments[0].due', '下礼拜四'),
    ('ly009', 'next_visit', '下礼拜四'),
    ('ly010', 'commitments[0].due', '明儿个'),
    ('ly010', 'commitments[1].due', '下周一'),
    ('ly010', 'next_visit', '下周一'),
    ('ly011', 'contacts[0].birthday', '11月9号'),
    ('ly011', 'commitments[0].due', '11月9号'),
    ('ly011', 'next_visit', '下个月这个时候'),
    ('ly012', 'commitments[0].due', '明儿'),
    ('ly012', 'next_visit', '明儿'),
    ('ly015', 'commitments[0].due', '下月初'),
    ('ly016', 'next_visit', '明儿个'),
    ('ly017', 'contacts[0].birthday', '十二月二十'),
    ('ly021', 'contacts[1].birthday', '十一月三号'),
    ('ly021', 'commitments[0].due', '下礼拜一'),
    ('ly021', 'next_visit', '下礼拜一'),
    ('ly022', 'next_visit', '一个月以后'),
    ('ly023', 'commitments[0].due', '礼拜六'),
    ('ly023', 'next_visit', '礼拜六'),
    ('ly025', 'commitments[0].due', '下礼拜六'),
    ('ly025', 'next_visit', '下礼拜六'),
    ('ly026', 'commitments[0].due', '下下礼拜三'),
    ('ly026', 'next_visit', '下下礼拜三'),
    ('ly027', 'commitments[0].due', '周六'),
    ('ly027', 'next_visit', '周六'),
    ('ly029', 'commitments[0].due', '明儿'),
    ('ly030', 'contacts[0].birthday', '明天'),
    ('ly030', 'commitments[0].due', '11月20号'),
    ('ly030', 'commitments[1].due', '明儿个'),
    ('ly030', 'next_visit', '明儿个'),
    ('ly032', 'commitments[0].due', '下周五'),
    ('ly032', 'next_visit', '下周五'),
    ('ly033', 'commitments[0].due', '大后天'),
    ('ly033', 'next_visit', '大后天'),
    ('ly034', 'commitments[0].due', '下礼拜一'),
    ('ly034', 'next_visit', '下礼拜一'),
    ('ly035', 'commitments[0].due', '这周五'),
    ('ly035', 'commitments[1].due', '明儿个'),
    ('ly035', 'next_visit', '这周五'),
    ('ly036', 'commitments[0].due', '下周四'),
    ('ly036', 'next_visit', '下周四'),
    ('ly036', 'visit_date', '夜儿个'),
    ('ly037', 'commitments[0].due', '下周三'),
    ('ly037', 'next_visit', '下周三'),
    ('ly039', 'commitments[0].due', '下个月初'),
    ('ly039', 'next_visit', '下个月初'),
    ('ly040', 'commitments[0].due', '11月25号'),
    ('ly040', 'next_visit', '11月25号'),
    ('ly041', 'contacts[0].birthday', '今儿个'),
    ('ly042', 'commitments[0].due', '月底'),
    ('ly042', 'next_visit', '月底'),
    ('ly043', 'commitments[0].due', '明儿'),
    ('ly043', 'next_visit', '过三天'),
    ('ly045', 'contacts[0].birthday', '下礼拜五'),
    ('ly045', 'commitments[0].due', '下礼拜五'),
    ('ly045', 'commitments[1].due', '下礼拜五'),
    ('ly045', 'next_visit', '下礼拜五'),
    ('ly048', 'commitments[0].due', '下下周一'),
    ('ly048', 'next_visit', '下下周一'),
    ('ly049', 'commitments[0].due', '下周这个时候'),
    ('ly049', 'next_visit', '下周这个时候'),
    ('ly051', 'commitments[0].due', '明儿'),
    ('ly051', 'next_visit', '明儿'),
    ('ly052', 'commitments[0].due', '下礼拜天'),
    ('ly052', 'next_visit', '下礼拜天'),
    ('ly053', 'commitments[0].due', '后天'),
    ('ly056', 'commitments[0].due', '周四'),
    ('ly056', 'next_visit', '周四'),
    ('ly057', 'commitments[0].due', '今儿'),
    ('ly059', 'commitments[0].due', '明儿个'),
    ('ly061', 'contacts[0].birthday', '今儿'),
    ('ly063', 'next_visit', '一礼拜以后'),
    ('ly064', 'commitments[0].due', '这周三'),
    ('ly064', 'next_visit', '这周三'),
    ('ly065', 'commitments[0].due', '后儿'),
    ('ly066', 'visit_date', '前儿个'),
    ('ly067', 'commitments[0].due', '下礼拜二'),
    ('ly067', 'next_visit', '下礼拜二'),
    ('ly068', 'commitments[0].due', '12月8号'),
    ('ly068', 'next_visit', '12月8号'),
    ('ly069', 'next_visit', '半个月后'),
    ('ly071', 'commitments[0].due', '明儿个'),
    ('ly071', 'next_visit', '明儿个'),
    ('ly072', 'next_visit', '下周五'),
    ('ly073', 'commitments[0].due', '下个月这个时候'),
    ('ly073', 'next_visit', '下个月这个时候'),
]
# the phrase as it appears in the text, where the rule's spelling differs (DATE_WORDS covers this set)
TEXT_FORM = {}
# extra assertions: a weekday the note itself states
STATED_WEEKDAY = {}


if __name__ == "__main__":
    main(sys.modules[__name__])
