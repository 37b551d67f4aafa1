"""Whether a quantity is rising or falling — said only when like is compared with like.

A note's quantity has no period of its own (月销 30 and 这周送了 5 are both "sold"), so a trend needs
the same product, kind and unit over at least three reports, moving the same way each time by a
clear margin. Anything less says nothing: a false "下滑" sends a manager and a rep after a problem
that is not there."""

from __future__ import annotations

from itertools import pairwise
from typing import Literal

MIN_POINTS = 3
MIN_CHANGE = 0.15  # each step at least 15% of the smaller value

Trend = Literal["up", "down"]


def trend_of(newest_first: list[float]) -> Trend | None:
    points = list(reversed(newest_first[:MIN_POINTS]))
    if len(points) < MIN_POINTS or min(points) <= 0:
        return None
    pairs = list(pairwise(points))
    if not all(abs(later - earlier) >= MIN_CHANGE * min(earlier, later) for earlier, later in pairs):
        return None
    if all(later > earlier for earlier, later in pairs):
        return "up"
    if all(later < earlier for earlier, later in pairs):
        return "down"
    return None
