"""Taking back a saved note: undone for good, or put back on its card for the rep to edit."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from memory.notes.commitments import reopen_kept_by
from memory.schema.models import Person, RawNote, Visit


def last_saved(*, session: Session, rep_name: str) -> RawNote | None:
    """The rep's most recently saved note."""
    return session.scalar(
        select(RawNote)
        .join(Person, RawNote.rep_id == Person.id)
        .where(Person.name == rep_name, RawNote.status == "saved")
        .order_by(RawNote.id.desc())
        .limit(1)
    )


def saved_note(*, session: Session, raw_note_id: int, rep_name: str) -> RawNote | None:
    """One of the rep's notes, if it is saved (not someone else's, not already taken back)."""
    return session.scalar(
        select(RawNote)
        .join(Person, RawNote.rep_id == Person.id)
        .where(RawNote.id == raw_note_id, Person.name == rep_name, RawNote.status == "saved")
    )


def visit_of(*, session: Session, raw: RawNote) -> Visit | None:
    return session.scalar(select(Visit).where(Visit.raw_note_id == raw.id))


def take_back(*, session: Session, raw: RawNote, status: str = "undone") -> str:
    """Deletes a saved note's visit (commitments it marked kept are open again); returns its customer's
    name. status "extracted" puts the note back on its card, as saved, for the rep to edit."""
    visit = visit_of(session=session, raw=raw)
    name = visit.customer.name if visit and visit.customer else ""
    if visit is not None:
        reopen_kept_by(session=session, visit_id=visit.id)
        if status == "extracted":
            raw.draft = visit.record
        session.delete(visit)
    raw.status = status
    return name
