"""Report periods as managers say them (本周, 上月, 最近7天…); the shell gives --since and --until."""

from __future__ import annotations

import datetime as dt
import re


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def period_of(words: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """(since, until) for a spoken period; None when the words name none. Default: this month."""
    text = words.strip()
    monday = today - dt.timedelta(days=today.weekday())
    if not text or re.search(r"本月|这个月|这月", text):
        return month_start(today), today
    if re.search(r"上个?月", text):
        last = month_start(today) - dt.timedelta(days=1)
        return month_start(last), last
    if re.search(r"本周|这周|这个?星期|这礼拜", text):
        return monday, today
    if re.search(r"上周|上个?星期|上礼拜", text):
        return monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)
    if "今天" in text:
        return today, today
    if "昨天" in text:
        return today - dt.timedelta(days=1), today - dt.timedelta(days=1)
    if re.search(r"今年|本年", text):
        return today.replace(month=1, day=1), today
    recent = re.search(r"(?:最近|近|过去)\s*(\d+)\s*天", text)
    if recent:
        return today - dt.timedelta(days=int(recent.group(1)) - 1), today
    return None
