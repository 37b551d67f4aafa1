"""The value of a Chinese numeral in plain Python, for the forms notes use: 四十, 一百二, 两千五, 三万零五,
一二三. cn2an reads every form but compiles dozens of regular expressions on import (a fifth of a cold
`keqing extract`); so the forms below are read here, and anything else is left to cn2an
(memory/extract/numbers.py). Where this reader answers, it answers as cn2an's "smart" mode does: the
test compares the two on every string of up to four numeral characters and on every number's
standard spelling.
"""

from __future__ import annotations

DIGITS = {
    **{"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3},
    **{"四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9},
}
UNITS = {"十": 10, "百": 100, "千": 1000}
_ZERO = ("零", "〇")
_TEN_THOUSAND = "万"


def chinese_value(text: str) -> float | None:
    """The value, or None for a form left to cn2an (or no numeral at all)."""
    if not text or any(c not in DIGITS and c not in UNITS and c != _TEN_THOUSAND for c in text):
        return None
    if all(c in DIGITS for c in text):  # 一二三 is read digit by digit
        return float(int("".join(str(DIGITS[c]) for c in text)))
    high, wan, low = text.partition(_TEN_THOUSAND)
    if not wan:
        value = _section(text, first=True, tail=True)
        return None if value is None else float(value)
    if not high or _TEN_THOUSAND in low:
        return None
    upper = _section(high, first=True, tail=False)  # 一百二万 is no number to cn2an
    lower = _below_wan(low)
    return None if not upper or lower is None else float(upper * 10000 + lower)


def _below_wan(low: str) -> int | None:
    """The part after 万: nothing, 零 and less than a thousand, one digit (thousands: 一万二), or
    thousands spelt out."""
    if not low:
        return 0
    if low[0] in _ZERO:
        value = _section(low[1:], first=False, tail=True)
        return value if value and value < 1000 else None
    if len(low) == 1:
        return DIGITS[low] * 1000 if DIGITS.get(low) else None
    value = _section(low, first=False, tail=True)
    return value if value is not None and value >= 1000 else None


def _section(text: str, *, first: bool, tail: bool) -> int | None:
    """A numeral below 10 000: digit-unit pairs in falling order, 零 for skipped units, a bare 十 only
    at the very start, and (when `tail`) a last digit right after 百 or 千 meaning the next unit down."""
    value, last, gap, i = 0, 10000, False, 0
    while i < len(text):
        char = text[i]
        if char in _ZERO:
            if i == 0 or gap or i + 1 >= len(text) or last < 100:
                return None
            gap, i = True, i + 1
        elif char in UNITS:
            if not (first and i == 0 and char == "十"):
                return None
            value, last, i = 10, 10, i + 1
        elif not DIGITS.get(char):
            return None
        elif i + 1 < len(text) and text[i + 1] in UNITS:
            unit = UNITS[text[i + 1]]
            if unit >= last or (gap and unit * 10 >= last):
                return None
            value, last, gap, i = value + DIGITS[char] * unit, unit, False, i + 2
        elif i + 1 != len(text):
            return None
        elif gap or last in (10, 10000):
            return value + DIGITS[char]
        else:
            return value + DIGITS[char] * (last // 10) if tail else None
    return None if gap else value
