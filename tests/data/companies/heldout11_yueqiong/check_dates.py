#!/usr/bin/env python3
"""Validate the heldout11_yueqiong set's notes.jsonl against visit-record.md and the master data.

Adapted from heldout2_yikang's check_dates.py: sizes, reps, date range, typo tables, note prefix,
and DATE_WORDS for the Cantonese date words one rep types (今日/听日/琴日/后日 = 今天/明天/昨天/后天,
月尾 = 月底).  礼拜X / 下礼拜X / 下个礼拜X are the contract table's weekday rule already.

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
TYPO_EVIDENCE = {'二十四味清热颗粒': ['甘四味'], '氯雷他定片10mg': ['绿雷他定'], '感冒清胶囊': ['感冒青'], '藿香保济丸': ['保吉丸'], '蛇胆川贝液': ['蛇胆穿贝']}
# Near-homophones a rep typed for an account or a rival (not aliases on purpose).
CUSTOMER_TYPO_EVIDENCE = {'小榄镇百和堂药房': ['百禾堂'], '河婆济生堂药店': ['济生唐'], '嘉积椰乡大药房': ['椰香大药房']}
COMPETITOR_TYPO_EVIDENCE = {'念慈菴川贝枇杷膏': ['念慈庵'], '开瑞坦(拜耳)': ['开瑞谈']}
# Sizes of this company's master data and note set
N_PRODUCTS, N_COMPETITORS, N_DISTRIBUTORS, N_CUSTOMERS = 11, 8, 3, 30
REPS = {"陈嘉欣", "吴国栋", "林泽锋", "符海燕"}
MANAGER = "梁志明"
MIN_NOTES = 70
DATE_RANGE = (D(2027, 3, 1), D(2027, 5, 31))
ID_PREFIX = "y"
# Cantonese date words -> the contract table's spelling
DATE_WORDS = {"今日": "今天", "听日": "明天", "琴日": "昨天", "后日": "后天", "月尾": "月底"}
# Never contacts: the rep's own manager, company colleagues, audiences and patients (README conventions)
NOT_CONTACTS = {"梁经理", "梁志明", "张博士", "医学经理", "专家", "病人", "村医", "村民", "街坊", "顾客",
                "游客", "店员", "店长们", "老人", "老人家", "孥囝"}


# (note id, gold path, phrase as written in the note)
CHECKS = [
    ('y001', 'commitments[0].due', '下周三'),
    ('y001', 'next_visit', '下周三'),
    ('y002', 'commitments[0].due', '听日'),
    ('y002', 'next_visit', '听日'),
    ('y003', 'commitments[0].due', '下个月初'),
    ('y003', 'next_visit', '下个月初'),
    ('y004', 'commitments[0].due', '下礼拜二'),
    ('y004', 'next_visit', '下礼拜二'),
    ('y005', 'commitments[0].due', '周五'),
    ('y005', 'next_visit', '周五'),
    ('y007', 'commitments[0].due', '四月十八号'),
    ('y007', 'next_visit', '四月十八号'),
    ('y008', 'commitments[0].due', '月底'),
    ('y008', 'next_visit', '月底'),
    ('y010', 'commitments[0].due', '下周一'),
    ('y010', 'next_visit', '下周一'),
    ('y012', 'next_visit', '礼拜五'),
    ('y013', 'commitments[0].due', '下周二'),
    ('y013', 'next_visit', '下周二'),
    ('y014', 'commitments[0].due', '明天'),
    ('y015', 'next_visit', '一个月后'),
    ('y017', 'commitments[0].due', '过两天'),
    ('y017', 'next_visit', '过两天'),
    ('y018', 'contacts[0].birthday', '3月14号'),
    ('y018', 'commitments[0].due', '下周一'),
    ('y018', 'next_visit', '下周一'),
    ('y020', 'visit_date', '琴日'),
    ('y021', 'commitments[0].due', '下周这个时候'),
    ('y021', 'next_visit', '下周这个时候'),
    ('y022', 'commitments[0].due', '明天'),
    ('y024', 'commitments[0].due', '下礼拜三'),
    ('y024', 'next_visit', '下礼拜三'),
    ('y025', 'next_visit', '下个礼拜四'),
    ('y026', 'commitments[0].due', '礼拜一'),
    ('y028', 'commitments[0].due', '下周四'),
    ('y028', 'next_visit', '下周四'),
    ('y030', 'commitments[0].due', '四月八号'),
    ('y030', 'next_visit', '四月八号'),
    ('y032', 'commitments[0].due', '四月十二号'),
    ('y032', 'next_visit', '四月十二号'),
    ('y034', 'commitments[0].due', '礼拜二'),
    ('y034', 'next_visit', '礼拜二'),
    ('y035', 'commitments[0].due', '下周五'),
    ('y035', 'next_visit', '下周五'),
    ('y036', 'commitments[0].due', '这周四'),
    ('y036', 'next_visit', '这周四'),
    ('y037', 'commitments[0].due', '月底'),
    ('y037', 'next_visit', '月底'),
    ('y038', 'contacts[1].birthday', '四月三号'),
    ('y038', 'commitments[0].due', '四月三号'),
    ('y039', 'next_visit', '4月15号'),
    ('y041', 'commitments[0].due', '下下周一'),
    ('y041', 'next_visit', '下下周一'),
    ('y042', 'commitments[0].due', '下礼拜一'),
    ('y042', 'next_visit', '下礼拜一'),
    ('y043', 'commitments[0].due', '本周五'),
    ('y043', 'next_visit', '本周五'),
    ('y044', 'commitments[0].due', '半个月后'),
    ('y044', 'next_visit', '半个月后'),
    ('y046', 'visit_date', '琴日'),
    ('y046', 'commitments[0].due', '四月二十二号'),
    ('y046', 'next_visit', '四月二十二号'),
    ('y047', 'commitments[0].due', '明天'),
    ('y047', 'next_visit', '明天'),
    ('y049', 'commitments[0].due', '下周二'),
    ('y049', 'next_visit', '下周二'),
    ('y050', 'commitments[0].due', '下周三'),
    ('y050', 'next_visit', '下周三'),
    ('y054', 'commitments[0].due', '后天'),
    ('y054', 'next_visit', '后天'),
    ('y055', 'commitments[0].due', '礼拜四'),
    ('y055', 'next_visit', '礼拜四'),
    ('y059', 'commitments[0].due', '听日'),
    ('y059', 'next_visit', '听日'),
    ('y064', 'commitments[0].due', '下个月初'),
    ('y064', 'next_visit', '下个月初'),
    ('y068', 'commitments[0].due', '五月三号'),
    ('y068', 'next_visit', '五月三号'),
    ('y070', 'commitments[0].due', '五月十四号'),
    ('y070', 'next_visit', '五月十四号'),
    ('y072', 'commitments[0].due', '下个礼拜三'),
    ('y072', 'next_visit', '下个礼拜三'),
    ('y073', 'next_visit', '月底'),
    ('y074', 'contacts[0].birthday', '五月二十号'),
    ('y074', 'commitments[0].due', '五月二十号'),
    ('y074', 'next_visit', '五月二十号'),
    ('y075', 'commitments[0].due', '下礼拜二'),
    ('y075', 'next_visit', '下礼拜二'),
    ('y078', 'next_visit', '五月二十八号'),
    ('y079', 'next_visit', '下周一'),
    ('y080', 'commitments[0].due', '这周五'),
    ('y080', 'next_visit', '这周五'),
    ('y082', 'commitments[0].due', '下礼拜三'),
    ('y082', 'next_visit', '下礼拜三'),
    ('y083', 'next_visit', '下下周三'),
    ('y085', 'commitments[0].due', '后日'),
    ('y085', 'next_visit', '后日'),
    ('y086', 'commitments[0].due', '今日'),
    ('y087', 'next_visit', '下个月这个时候'),
    ('y088', 'commitments[0].due', '六月十号'),
]
# the phrase as it appears in the text, where the rule's canonical spelling differs
TEXT_FORM = {}
# extra assertions: a weekday the note itself states
STATED_WEEKDAY = {}


if __name__ == "__main__":
    main(sys.modules[__name__])
