#!/usr/bin/env python3
"""Validate the tune28a_longyuan set's notes.jsonl against visit-record.md and the master data.

Adapted from heldout2_yikang's check_dates.py: sizes, reps, date range, typo tables, note prefix,
the 西北 day words (明儿个/后儿个/夜儿个 …) as DATE_WORDS, 'N天以后' as a spoken form of 'N天后',
and birthdays given relatively (后儿个过生日, 这礼拜六过生日).

The checks (dates recomputed from each note's phrase, schema, enums, canonical names,
ownership, set conventions) are ../check_dates_common.py's; this file holds the set's own tables.

Run:  python3 check_dates.py      (exit status 0 = all good)
"""

import datetime as dt
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_dates_common import D, cn_int, main  # the shared checks, one folder up

HERE = os.path.dirname(os.path.abspath(__file__))

# Typos a rep made for an own product (not catalog aliases on purpose: the set tests tolerance).
TYPO_EVIDENCE = {"羚翘解毒丸": ["凌翘丸"], "当归养血口服液": ["当归口付液"]}
# Near-homophones a rep typed for an account or a rival (not aliases on purpose).
CUSTOMER_TYPO_EVIDENCE = {"西宁城东区德生堂药店": ["德胜堂"]}
COMPETITOR_TYPO_EVIDENCE = {"思密达": ["思米达"]}
# Sizes of this company's master data and note set
N_PRODUCTS, N_COMPETITORS, N_DISTRIBUTORS, N_CUSTOMERS = 10, 7, 3, 29
REPS = {"李红霞", "杨川", "马海军", "祁生福"}
MANAGER = "赵建国"
MIN_NOTES = 45
DATE_RANGE = (D(2026, 3, 2), D(2026, 4, 3))
ID_PREFIX = "l"
# Never contacts: the rep's own manager, audiences and patients
NOT_CONTACTS = {"赵经理", "赵建国", "经理", "大夫们", "村医", "村医们", "病人", "老人", "老年人", "顾客", "娃娃"}
RELATIVE_BIRTHDAYS = True
# the set's own day words -> the contract table's spelling
DATE_WORDS = {
    "今儿个": "今天",
    "明儿个": "明天",
    "后儿个": "后天",
    "夜儿个": "昨天",
    "前儿个": "前天",
    "一个礼拜后": "一周后",
    "下礼拜这个时候": "下周这个时候",
    "月末": "月底",
    "下个月这时候": "下个月这个时候",
}


def extra_date_rule(r, phrase):
    """'十天以后' is the spoken form of the table's 'N天后'."""
    m = re.fullmatch(r"([0-9一二两三四五六七八九十]+)天以后", phrase)
    return r + dt.timedelta(days=cn_int(m.group(1))) if m else None


# (note id, gold path, phrase as written in the note)
CHECKS = [
    ('l001', 'commitments[0].due', '周四'),
    ('l001', 'next_visit', '周四'),
    ('l002', 'commitments[0].due', '下礼拜三'),
    ('l002', 'next_visit', '下礼拜三'),
    ('l004', 'commitments[0].due', '下周一'),
    ('l004', 'next_visit', '下周一'),
    ('l005', 'contacts[0].birthday', '后儿个'),
    ('l006', 'commitments[0].due', '月底'),
    ('l006', 'next_visit', '月底'),
    ('l007', 'commitments[0].due', '周日'),
    ('l007', 'next_visit', '周日'),
    ('l009', 'commitments[0].due', '下个月初'),
    ('l009', 'next_visit', '下个月初'),
    ('l010', 'commitments[0].due', '下礼拜一'),
    ('l010', 'next_visit', '下礼拜一'),
    ('l012', 'commitments[0].due', '下下礼拜二'),
    ('l012', 'commitments[1].due', '下下礼拜二'),
    ('l012', 'next_visit', '下下礼拜二'),
    ('l013', 'commitments[0].due', '明儿个'),
    ('l013', 'next_visit', '明儿个'),
    ('l014', 'commitments[0].due', '下周五'),
    ('l014', 'next_visit', '下周五'),
    ('l015', 'commitments[0].due', '过两天'),
    ('l015', 'next_visit', '过两天'),
    ('l017', 'commitments[0].due', '礼拜五'),
    ('l017', 'next_visit', '礼拜五'),
    ('l018', 'next_visit', '一周后'),
    ('l019', 'contacts[0].birthday', '3月18号'),
    ('l019', 'commitments[0].due', '3月14号'),
    ('l019', 'next_visit', '3月14号'),
    ('l020', 'next_visit', '下个月这个时候'),
    ('l021', 'commitments[0].due', '下下礼拜一'),
    ('l021', 'next_visit', '下下礼拜一'),
    ('l023', 'next_visit', '下个月初'),
    ('l024', 'contacts[0].birthday', '4月2号'),
    ('l024', 'commitments[0].due', '下礼拜六'),
    ('l024', 'next_visit', '下礼拜六'),
    ('l025', 'commitments[1].due', '这礼拜四'),
    ('l025', 'next_visit', '这礼拜四'),
    ('l026', 'commitments[0].due', '明天'),
    ('l026', 'next_visit', '明天'),
    ('l027', 'commitments[0].due', '大后天'),
    ('l027', 'next_visit', '大后天'),
    ('l028', 'commitments[0].due', '明天'),
    ('l028', 'next_visit', '明天'),
    ('l031', 'commitments[0].due', '下礼拜四'),
    ('l031', 'next_visit', '下礼拜四'),
    ('l032', 'commitments[0].due', '下个礼拜三'),
    ('l032', 'next_visit', '下个礼拜三'),
    ('l033', 'commitments[0].due', '下礼拜一'),
    ('l033', 'next_visit', '下礼拜一'),
    ('l034', 'next_visit', '半个月后'),
    ('l035', 'commitments[0].due', '下礼拜二'),
    ('l035', 'next_visit', '下礼拜二'),
    ('l036', 'commitments[0].due', '月底'),
    ('l036', 'next_visit', '月底'),
    ('l037', 'commitments[0].due', '下周四'),
    ('l037', 'next_visit', '下周四'),
    ('l039', 'next_visit', '下个月初'),
    ('l041', 'commitments[0].due', '后天'),
    ('l041', 'next_visit', '后天'),
    ('l042', 'visit_date', '夜儿个'),
    ('l043', 'commitments[0].due', '下月初'),
    ('l043', 'commitments[1].due', '下月初'),
    ('l043', 'next_visit', '下月初'),
    ('l045', 'contacts[1].birthday', '这礼拜六'),
    ('l046', 'next_visit', '一周后'),
    ('l047', 'commitments[0].due', '下礼拜这个时候'),
    ('l047', 'next_visit', '下礼拜这个时候'),
    ('l048', 'contacts[0].birthday', '4月9号'),
    ('l048', 'commitments[0].due', '星期一'),
    ('l048', 'next_visit', '星期一'),
    ('l049', 'commitments[0].due', '十天以后'),
    ('l049', 'next_visit', '十天以后'),
    ('l051', 'commitments[0].due', '明天'),
    ('l051', 'next_visit', '明天'),
    ('l052', 'commitments[0].due', '后天'),
]
# the phrase as it appears in the text, where the rule's canonical spelling differs
TEXT_FORM = {}
# extra assertions: a weekday the note itself states
STATED_WEEKDAY = {}


if __name__ == "__main__":
    main(sys.modules[__name__])
