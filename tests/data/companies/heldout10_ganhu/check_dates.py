#!/usr/bin/env python3
"""Validate the heldout10_ganhu set's notes.jsonl against visit-record.md and the master data.

Adapted from heldout2_yikang's check_dates.py: sizes, reps, date range, typo tables, note
prefix, and DATE_WORDS for the dialect and spoken date words of this set's reps (湖北 明朝/后朝,
江西 今朝/昨日/后日, and spoken variants of the contract's table such as 一个礼拜后, 半个月以后,
这个礼拜五, 过个十天).  Birthdays may be given relative to the note (RELATIVE_BIRTHDAYS).

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

# Voice-input typos a rep made for an own product (not catalog aliases on purpose: the set
# tests tolerance to them).  Only used to find the product's evidence in the text.
TYPO_EVIDENCE = {
    "复方鱼腥草合剂": ["鱼星草"],
    "格列美脲片(2mg)": ["格列美尿"],
    "注射用血栓通(冻干)150mg": ["血栓痛"],
    "厄贝沙坦片(0.15g×12片)": ["二贝沙坦"],
}
# Near-homophones a rep typed for an account or a rival (not aliases on purpose).
CUSTOMER_TYPO_EVIDENCE = {
    "浠川民生大药房": ["民声大药房"],
    "百佑堂大药房修湖店": ["百有堂修湖店"],
    # the KA manager writes a chain's head office as HQ
    "百佑堂大药房连锁总部": ["百佑堂HQ"],
    "楚康大药房连锁总部": ["楚康HQ"],
}
COMPETITOR_TYPO_EVIDENCE = {"可乐必妥": ["可乐必拓"], "开瑞坦": ["开瑞谈"]}
# Sizes of this company's master data and note set
N_PRODUCTS, N_COMPETITORS, N_DISTRIBUTORS, N_CUSTOMERS = 10, 10, 4, 28
REPS = {"胡汉生", "熊桂芳", "邹子杰"}
MANAGER = "龚建国"
MIN_NOTES = 60
DATE_RANGE = (D(2026, 10, 1), D(2026, 11, 30))
ID_PREFIX = "g"
# Never contacts: the rep's own manager and colleagues, audiences and patients (README conventions)
NOT_CONTACTS = {"龚建国", "龚经理", "龚总", "小聂", "大夫们", "大夫", "村医", "专家", "居民", "老人家", "病人",
                "顾客", "家长", "店员", "工人"}
RELATIVE_BIRTHDAYS = True
# the set's own date words -> the contract table's spelling
DATE_WORDS = {
    "明朝": "明天",
    "后朝": "后天",
    "今朝": "今天",
    "昨日": "昨天",
    "后日": "后天",
    "一个礼拜后": "一周后",
    "半个月以后": "半个月后",
    "一个月以后": "一个月后",
    "这个礼拜五": "这周五",
    "过个十天": "过十天",
}

# (note id, gold path, phrase as written in the note)
CHECKS = [
    ('g001', 'commitments[0].due', '下周三'),
    ('g001', 'next_visit', '下周三'),
    ('g002', 'next_visit', '下礼拜四'),
    ('g003', 'commitments[0].due', '月底'),
    ('g003', 'next_visit', '10月30号'),
    ('g004', 'commitments[0].due', '明朝'),
    ('g006', 'next_visit', '下周一'),
    ('g007', 'commitments[0].due', '后天'),
    ('g007', 'next_visit', '后天'),
    ('g008', 'next_visit', '后日'),
    ('g009', 'contacts[1].birthday', '11月8号'),
    ('g009', 'commitments[0].due', '下礼拜二'),
    ('g009', 'next_visit', '下礼拜二'),
    ('g010', 'commitments[0].due', '周一'),
    ('g010', 'next_visit', '周一'),
    ('g011', 'contacts[0].birthday', '明朝'),
    ('g011', 'commitments[0].due', '下礼拜一'),
    ('g011', 'next_visit', '下礼拜一'),
    ('g012', 'commitments[0].due', '下个月初'),
    ('g012', 'next_visit', '下个月初'),
    ('g013', 'next_visit', '这个礼拜五'),
    ('g014', 'commitments[0].due', '周五'),
    ('g014', 'next_visit', '周五'),
    ('g015', 'commitments[0].due', '明朝'),
    ('g015', 'next_visit', '明朝'),
    ('g016', 'contacts[1].birthday', '后天'),
    ('g016', 'commitments[0].due', '下下周四'),
    ('g016', 'next_visit', '下下周四'),
    ('g017', 'commitments[0].due', '下周这个时候'),
    ('g017', 'next_visit', '下周这个时候'),
    ('g018', 'commitments[0].due', '明朝'),
    ('g018', 'next_visit', '明朝'),
    ('g020', 'next_visit', '下个月这个时候'),
    ('g021', 'commitments[0].due', '今天'),
    ('g022', 'next_visit', '下个月初'),
    ('g023', 'contacts[0].birthday', '十二月十二号'),
    ('g023', 'commitments[0].due', '周六'),
    ('g023', 'next_visit', '周六'),
    ('g024', 'commitments[0].due', '下周二'),
    ('g025', 'commitments[0].due', '明朝'),
    ('g026', 'commitments[0].due', '后日'),
    ('g026', 'next_visit', '后日'),
    ('g027', 'commitments[0].due', '周五'),
    ('g027', 'next_visit', '周五'),
    ('g028', 'visit_date', '昨天'),
    ('g028', 'commitments[0].due', '下周一'),
    ('g028', 'next_visit', '下周一'),
    ('g030', 'contacts[1].birthday', '下个礼拜一'),
    ('g030', 'commitments[0].due', '下周五'),
    ('g030', 'next_visit', '下周五'),
    ('g031', 'next_visit', '月底'),
    ('g032', 'next_visit', '星期一'),
    ('g033', 'commitments[0].due', '11月18号'),
    ('g033', 'next_visit', '11月18号'),
    ('g034', 'commitments[0].due', '下周三'),
    ('g034', 'next_visit', '下周三'),
    ('g035', 'commitments[0].due', '礼拜天'),
    ('g035', 'next_visit', '礼拜天'),
    ('g036', 'next_visit', '后天'),
    ('g037', 'visit_date', '昨日'),
    ('g038', 'commitments[0].due', '下周四'),
    ('g039', 'next_visit', '一个礼拜后'),
    ('g040', 'commitments[0].due', '下下个礼拜六'),
    ('g040', 'next_visit', '下下个礼拜六'),
    ('g041', 'commitments[0].due', '周五'),
    ('g041', 'next_visit', '周五'),
    ('g042', 'next_visit', '本周六'),
    ('g043', 'commitments[0].due', '明朝'),
    ('g043', 'next_visit', '明朝'),
    ('g045', 'commitments[0].due', '下周六'),
    ('g045', 'next_visit', '下周六'),
    ('g046', 'commitments[0].due', '后日'),
    ('g046', 'next_visit', '后日'),
    ('g048', 'next_visit', '下周二'),
    ('g049', 'commitments[0].due', '后朝'),
    ('g049', 'next_visit', '后朝'),
    ('g050', 'next_visit', '半个月以后'),
    ('g051', 'next_visit', '后天'),
    ('g052', 'next_visit', '过个十天'),
    ('g053', 'next_visit', '月底'),
    ('g054', 'contacts[0].birthday', '大后天'),
    ('g056', 'commitments[0].due', '下周四'),
    ('g056', 'next_visit', '下周四'),
    ('g057', 'next_visit', '礼拜四'),
    ('g058', 'commitments[0].due', '下下周一'),
    ('g058', 'next_visit', '下下周一'),
    ('g060', 'next_visit', '过两天'),
    ('g061', 'commitments[0].due', '今天'),
    ('g061', 'commitments[1].due', '大后天'),
    ('g061', 'next_visit', '大后天'),
    ('g062', 'next_visit', '一个月以后'),
    ('g063', 'commitments[1].due', '明天'),
    ('g064', 'contacts[0].birthday', '11月28号'),
    ('g064', 'commitments[0].due', '星期二'),
    ('g064', 'next_visit', '星期二'),
    ('g065', 'commitments[0].due', '下礼拜五'),
    ('g065', 'next_visit', '下礼拜五'),
    ('g066', 'contacts[0].birthday', '1月6号'),
    ('g067', 'commitments[0].due', '下周一'),
    ('g067', 'next_visit', '下周一'),
    ('g069', 'next_visit', '三天后'),
    ('g070', 'visit_date', '前天'),
    ('g070', 'commitments[0].due', '下个月初'),
    ('g070', 'next_visit', '下个月初'),
    ('g071', 'next_visit', '下个月初'),
    ('g072', 'commitments[0].due', '后日'),
    ('g072', 'next_visit', '后日'),
]
# the phrase as it appears in the text, where the rule's canonical spelling differs (none: DATE_WORDS)
TEXT_FORM = {}
# extra assertions: a weekday the note itself states (none)
STATED_WEEKDAY = {}


if __name__ == "__main__":
    main(sys.modules[__name__])
