"""Whether a firm named in a note delivers there (its supplier) or is the place visited."""

from __future__ import annotations

import re

from memory.extract.gazetteer import Mention

# A wholesaler delivering: 顺发送的, 永康送, 德顺给送过来, 众和拿货 / 从众和, 喊顺发, 叫德顺.
_DELIVERS = re.compile(r"(?:那边|的车)?给?(?:送|配送|配|拿|发|捎|进|调)")
_DELIVERED_BY = re.compile(r"(?:从|喊|叫|让|找|走|是)$")


def delivers(text: str, mention: Mention) -> bool:
    """The firm named delivers: 顺发送的, 从华鲁进的, 叫德顺给送."""
    before = text[max(0, mention.start - 2) : mention.start]
    return bool(_DELIVERS.match(text, mention.end) or _DELIVERED_BY.search(before))
