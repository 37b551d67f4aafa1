"""Numbers as reps write them: 30, 三十, 两, 一百二, 二百一十 (Chinese numerals via cn2an)."""

from __future__ import annotations

import re

import cn2an

CN_DIGITS = "零〇一二两三四五六七八九十百千万"
NUMBER = rf"(?:\d+(?:\.\d+)?|[{CN_DIGITS}]+)"
# Two digits side by side are a range, never a number: 五六瓶 is five or six (56 is 五十六).
_D = "[一二两三四五六七八九]"
_APPROXIMATE = re.compile(rf"{_D}{_D}(?:十|百)?|{_D}?十{_D}{_D}")


def parse_number(text: str) -> float | None:
    """The value of a number as written, or None when it is not one exact number (四五十 is a guess)."""
    text = text.strip()
    if not text:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    if _APPROXIMATE.fullmatch(text):
        return None
    try:
        value = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError):
        return None
    return float(value)


def parse_int(text: str) -> int | None:
    value = parse_number(text)
    return int(value) if value is not None and value.is_integer() else None
