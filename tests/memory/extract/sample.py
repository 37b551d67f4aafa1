"""What the rule tests share: the day their notes are written on and the shapes of the engine they call."""

import datetime as dt
from collections.abc import Callable

from memory.schema.record import VisitRecord

R = dt.date(2026, 5, 13)  # a Wednesday
Extract = Callable[[str], VisitRecord]
NextVisit = Callable[[str], dt.date | None]


def day(month: int, date: int) -> dt.date:
    return dt.date(2026, month, date)
