"""Accounts the master data does not know, found by their shape: a name before a kind of place.

济民诊所 and 后湾卫生室 name one place each, as 百姓大药房 does; 去诊所 and 乡镇卫生院 name none. The
router marks a named place as an account, so a new customer's note or briefing request reads like
one for a known customer. The words are data (venues.yaml); the shape is here.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

HERE = Path(__file__).parent
NAME_LONGEST = 4
NAME_SHORTEST = 2
_HAN = re.compile(r"[\u4e00-\u9fff]")


@cache
def _words() -> tuple[re.Pattern[str], frozenset[str], tuple[str, ...]]:
    data = yaml.safe_load((HERE / "venues.yaml").read_text(encoding="utf-8"))
    suffixes = sorted(data["suffixes"], key=len, reverse=True)
    place = re.compile("|".join(re.escape(s) for s in suffixes))
    return place, frozenset(data["stops"]), tuple(data["generic"])


def _name_before(text: str, end: int, stops: frozenset[str], generic: tuple[str, ...]) -> int:
    """Where the name that ends at `end` starts, or -1 when the place before `end` has no name."""
    start = end
    while start > 0 and end - start < NAME_LONGEST:
        char = text[start - 1]
        if not _HAN.match(char) or char in stops:
            break
        start -= 1
    name = text[start:end]
    if len(name) < NAME_SHORTEST or any(g in name or name in g for g in generic):
        return -1
    return start


def mark_venues(text: str, mark: str) -> str:
    """The text with each named place (name and kind) replaced by `mark`."""
    place, stops, generic = _words()
    out, last = [], 0
    for found in place.finditer(text):
        start = _name_before(text, found.start(), stops, generic)
        if start < last:
            continue
        out += [text[last:start], mark]
        last = found.end()
    return "".join(out) + text[last:]
