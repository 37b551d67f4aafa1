"""Needs a later note reports met (台历和海报送过去了): a briefing no longer lists them as open.

A clause of a later note that names one of the need's keywords together with a "granted" marker
(lexicon need_granted, commitment_kept) meets that need, as of that note's day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from memory.extract.lexicon import Lexicon
from memory.extract.text import Segments, contains_any, normalize
from memory.schema.models import Visit


def needs_met_in(text: str, lexicon: Lexicon) -> set[str]:
    granted = lexicon.words("need_granted") + lexicon.words("commitment_kept")
    groups = lexicon.groups("needs")
    met: set[str] = set()
    for clause in Segments(normalize(text)).clauses:
        if contains_any(clause.text, granted):
            met |= {need for need, words in groups.items() if contains_any(clause.text, words)}
    return met


def still_open(
    need_dates: dict[str, dt.date], visits: Iterable[Visit], lexicon: Lexicon
) -> dict[str, dt.date]:
    """The needs asked (with the day last asked) that no note after that day reports met."""
    met_on: dict[str, dt.date] = {}
    for visit in visits:
        if visit.raw_note is None or not any(visit.visit_date > d for d in need_dates.values()):
            continue
        for need in needs_met_in(visit.raw_note.text, lexicon) & set(need_dates):
            met_on[need] = max(met_on.get(need, visit.visit_date), visit.visit_date)
    return {need: day for need, day in need_dates.items() if need not in met_on or met_on[need] <= day}
