"""Numbers as reps write them: 30, 三十, 两, 一百二, 二百一十 (Chinese numerals read by
memory/extract/numerals.py, or by cn2an for the rarer forms it leaves)."""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType

from memory.extract.numerals import chinese_value

CN_DIGITS = "零〇一二两三四五六七八九十百千万廿卅"
# 廿 and 卅 (twenty, thirty) as older hands and some input methods write them.
_TENS = {"廿": "二十", "卅": "三十"}
# Phones and voice input mix the two: 3十, 2百5, 4千, and a digit inside a spoken number (一百5十).
NUMBER = rf"(?:\d+(?:\.\d+)?(?:[十百千万][\d{CN_DIGITS}]*)?|[{CN_DIGITS}](?:[{CN_DIGITS}]|\d(?!\d))*)"
_ARABIC_TO_CHINESE = str.maketrans("0123456789", "零一二三四五六七八九")
# Two digits side by side are a range, never a number: 五六瓶 is five or six (56 is 五十六).
_D = "[一二两三四五六七八九]"
_APPROXIMATE = re.compile(rf"(?:{_D}[百千])?{_D}{_D}(?:十|百)?|{_D}?十{_D}{_D}")


def parse_number(text: str) -> float | None:
    """The value of a number as written; an estimate of two digits side by side is its lower bound."""
    text = text.strip()
    if not text:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    for short, spelt in _TENS.items():
        text = text.replace(short, spelt)
    if text[0] in "百千":  # 百来盒, 上百盒: a bare hundred is one hundred
        text = "一" + text
    if re.fullmatch(r"\d", text[0]) and "." not in text:
        try:
            text = _mixed_to_chinese(text)
        except ValueError:  # more digits than cn2an reads (16): no amount anyone writes
            return None
    elif "." not in text and re.search(
        r"\d", text
    ):  # 一百5十: single digits inside a spoken number are spoken digits
        text = text.translate(_ARABIC_TO_CHINESE)
    if _APPROXIMATE.fullmatch(text):
        # 一百五六, 七八十, 四五: an estimate counts as its lower bound (150, 70, 4)
        text = re.sub(rf"({_D}){_D}", r"\1", text, count=1)
    value = chinese_value(text)
    if value is not None:
        return value
    try:
        return float(_cn2an().cn2an(text, "smart"))
    except (ValueError, KeyError):
        return None


def parse_int(text: str) -> int | None:
    value = parse_number(text)
    return int(value) if value is not None and value.is_integer() else None


def _mixed_to_chinese(text: str) -> str:
    """3十 → 三十, 2百5 → 二百五, 12万 → 十二万: Arabic digits before a magnitude read as Chinese."""
    digits = re.match(r"\d+", text)
    assert digits is not None
    head = digits.group(0)
    spoken = _cn2an().an2cn(head) if len(head) > 1 else head.translate(_ARABIC_TO_CHINESE)
    return spoken + text[len(head) :].translate(_ARABIC_TO_CHINESE)


@cache
def _cn2an() -> ModuleType:
    import cn2an  # imported when first needed: its import is a fifth of a cold `keqing extract`

    return cn2an
