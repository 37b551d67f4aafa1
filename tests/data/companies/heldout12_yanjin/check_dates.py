#!/usr/bin/env python3
"""Validate the heldout12_yanjin set's notes.jsonl against visit-record.md and the master data.

Adapted from heldout2_yikang's check_dates.py: sizes, reps, date range, typo tables, note
prefix, and TEXT_FORM entries for the dialect date words the reps write (天津 夜儿个 = 昨天,
明儿个 = 明天; 北京 明儿 = 明天, 后儿 = 后天).

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
TYPO_EVIDENCE = {'银翘解毒丸': ['银敲丸'], '小柴胡颗粒(10袋)': ['小柴湖'], '麝香壮骨膏': ['壮骨高']}
# Near-homophones a rep typed for an account or a rival (not aliases on purpose).
CUSTOMER_TYPO_EVIDENCE = {'霸州市康泰大药房': ['康太大药房'], '高碑店市辛立庄镇惠民诊所': ['会民诊所'], '香河县渠口镇济世堂药店': ['济事堂']}
COMPETITOR_TYPO_EVIDENCE = {'注射用血塞通(昆药)': ['血赛通']}
DISTRIBUTOR_TYPO_EVIDENCE = {'保定鑫和医药': ['新和']}
# Sizes of this company's master data and note set
N_PRODUCTS, N_COMPETITORS, N_DISTRIBUTORS, N_CUSTOMERS = 11, 7, 3, 32
REPS = {"于宝才", "金永顺", "郝建军", "林薇"}
MANAGER = "冯志远"
MIN_NOTES = 80
DATE_RANGE = (D(2027, 3, 1), D(2027, 5, 31))
ID_PREFIX = "j"
# Never contacts: the manager, the reps he accompanies (协访 notes), audiences and patients (README conventions)
NOT_CONTACTS = {"冯经理", "冯志远", "老冯", "冯总", "建军", "宝才", "永顺", "小林", "林薇", "大夫们", "村医们",
                "乡村医生", "店员们", "病人", "老人", "居民", "顾客", "患者"}


# (note id, gold path, phrase of the contract's table)
CHECKS = [
    ('j001', 'commitments[0].due', '明天'),
    ('j002', 'next_visit', '下礼拜二'),
    ('j003', 'commitments[0].due', '下周四'),
    ('j003', 'next_visit', '下周四'),
    ('j004', 'commitments[0].due', '下周三'),
    ('j004', 'next_visit', '下周三'),
    ('j005', 'contacts[0].birthday', '三月十号'),
    ('j005', 'commitments[0].due', '三月十号'),
    ('j005', 'next_visit', '三月十号'),
    ('j006', 'commitments[0].due', '明天'),
    ('j006', 'next_visit', '明天'),
    ('j009', 'commitments[0].due', '周五'),
    ('j011', 'commitments[0].due', '三月二十号'),
    ('j011', 'next_visit', '三月二十号'),
    ('j012', 'commitments[0].due', '下礼拜一'),
    ('j012', 'next_visit', '下礼拜一'),
    ('j013', 'commitments[0].due', '3月16号'),
    ('j013', 'next_visit', '3月16号'),
    ('j016', 'commitments[0].due', '下周二'),
    ('j016', 'next_visit', '下周二'),
    ('j017', 'next_visit', '下周这个时候'),
    ('j020', 'visit_date', '昨天'),
    ('j021', 'commitments[0].due', '周三'),
    ('j021', 'next_visit', '周三'),
    ('j022', 'next_visit', '月底'),
    ('j024', 'commitments[0].due', '下周五'),
    ('j024', 'next_visit', '下周五'),
    ('j025', 'commitments[0].due', '礼拜四'),
    ('j025', 'next_visit', '礼拜四'),
    ('j026', 'commitments[0].due', '下周一'),
    ('j027', 'contacts[1].birthday', '四月八号'),
    ('j029', 'commitments[0].due', '下礼拜三'),
    ('j029', 'next_visit', '下礼拜三'),
    ('j030', 'commitments[0].due', '本周五'),
    ('j034', 'contacts[0].birthday', '4月20号'),
    ('j036', 'commitments[0].due', '下周五'),
    ('j036', 'next_visit', '下周五'),
    ('j037', 'next_visit', '下礼拜三'),
    ('j038', 'commitments[0].due', '后天'),
    ('j038', 'next_visit', '后天'),
    ('j040', 'next_visit', '4月2号'),
    ('j043', 'commitments[0].due', '四月十八号'),
    ('j043', 'next_visit', '四月十八号'),
    ('j044', 'next_visit', '明天'),
    ('j046', 'commitments[0].due', '下周一'),
    ('j046', 'next_visit', '下周一'),
    ('j047', 'commitments[0].due', '下周六'),
    ('j047', 'next_visit', '下周六'),
    ('j049', 'commitments[0].due', '下礼拜五'),
    ('j049', 'next_visit', '下礼拜五'),
    ('j051', 'commitments[0].due', '4月15号'),
    ('j051', 'next_visit', '4月15号'),
    ('j052', 'commitments[0].due', '下礼拜二'),
    ('j053', 'commitments[0].due', '下礼拜二'),
    ('j053', 'next_visit', '下礼拜二'),
    ('j056', 'commitments[0].due', '下周三'),
    ('j056', 'next_visit', '下周三'),
    ('j059', 'commitments[0].due', '下礼拜一'),
    ('j059', 'next_visit', '下礼拜一'),
    ('j061', 'commitments[0].due', '本周五'),
    ('j061', 'next_visit', '本周五'),
    ('j064', 'commitments[0].due', '下周三'),
    ('j064', 'next_visit', '下周三'),
    ('j066', 'next_visit', '月底'),
    ('j069', 'visit_date', '前天'),
    ('j074', 'commitments[0].due', '下周三'),
    ('j074', 'next_visit', '下周三'),
    ('j077', 'commitments[0].due', '明天'),
    ('j079', 'next_visit', '5月12号'),
    ('j082', 'commitments[0].due', '下礼拜一'),
    ('j082', 'next_visit', '下礼拜一'),
    ('j083', 'commitments[0].due', '下礼拜一'),
    ('j083', 'next_visit', '下礼拜一'),
    ('j087', 'commitments[0].due', '月底'),
    ('j087', 'next_visit', '月底'),
    ('j090', 'commitments[0].due', '下礼拜三'),
    ('j090', 'next_visit', '下礼拜三'),
    ('j091', 'next_visit', '下周二'),
    ('j094', 'commitments[0].due', '下礼拜五'),
    ('j094', 'next_visit', '下礼拜五'),
    ('j095', 'commitments[0].due', '下周四'),
    ('j095', 'next_visit', '下周四'),
    ('j096', 'next_visit', '后天'),
    ('j097', 'commitments[0].due', '明天'),
    ('j097', 'next_visit', '明天'),
    ('j098', 'contacts[0].birthday', '五月二十七号'),
    ('j099', 'next_visit', '下周一'),
]

# the phrase as it appears in the text, where the rule's canonical spelling differs
TEXT_FORM = {
    ('j001', '明天'): '明儿个',
    ('j006', '明天'): '明儿',
    ('j020', '昨天'): '夜儿个',
    ('j044', '明天'): '明儿',
    ('j096', '后天'): '后儿',
}

# extra assertions: a weekday the note itself states
STATED_WEEKDAY = {('j043', 'next_visit'): 6, ('j043', 'commitments[0].due'): 6}


if __name__ == "__main__":
    main(sys.modules[__name__])
