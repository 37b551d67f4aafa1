"""Notes read but never confirmed: after a crash (or a restart) their cards may never have reached
the rep, so they are offered back rather than left invisible."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from memory.schema.models import Person, RawNote


@dataclass(frozen=True)
class Unconfirmed:
    raw_note_id: int
    note_date: dt.date
    customer: str


def unconfirmed_notes(
    *, session: Session, rep_name: str, exclude: int | None = None, limit: int = 5
) -> tuple[int, list[Unconfirmed]]:
    """How many of the rep's notes wait for ✅/❌ (extracted, neither saved nor discarded; `exclude`
    is the one on the rep's screen), and the newest `limit` of them."""
    waiting = (
        select(RawNote.id, RawNote.note_date, RawNote.draft)
        .join(Person, RawNote.rep_id == Person.id)
        .where(Person.name == rep_name, RawNote.status == "extracted", RawNote.draft.is_not(None))
        .where(RawNote.id != (exclude or 0))
        .order_by(RawNote.id.desc())
    )
    rows = session.execute(waiting).all()
    newest = [
        Unconfirmed(id_, day, str(((draft or {}).get("customer") or {}).get("name") or ""))
        for id_, day, draft in rows[:limit]
    ]
    return len(rows), newest
