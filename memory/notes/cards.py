"""Which card a person's chat has in hand, and its mode (editing a section, rewording): a row per
person, so that several bot workers behind one webhook continue each other's conversations. The
card's record itself is the raw note's draft."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from memory.schema.models import ChatCard, Person


@dataclass(frozen=True)
class CardState:
    raw_note_id: int
    editing: str | None = None
    rewording: bool = False


def _person_id(session: Session, person: str) -> int | None:
    return session.scalar(select(Person.id).where(Person.name == person))


def card_state(*, session: Session, person: str) -> CardState | None:
    row = session.scalar(
        select(ChatCard).join(Person, ChatCard.person_id == Person.id).where(Person.name == person)
    )
    return None if row is None else CardState(row.raw_note_id, row.editing, row.rewording)


def hold_card(*, session: Session, person: str, state: CardState) -> None:
    """The person's card (and its mode) is now this; the one it replaces keeps its draft."""
    person_id = _person_id(session, person)
    if person_id is None:  # nobody to remember it for (a name no one has: nothing was stored)
        return
    row = session.get(ChatCard, person_id) or ChatCard(person_id=person_id)
    row.raw_note_id, row.editing, row.rewording = state.raw_note_id, state.editing, state.rewording
    session.add(row)


def release_card(*, session: Session, person: str, raw_note_id: int) -> None:
    """The card is done with (saved, discarded, replaced); only if it is still the one in hand."""
    person_id = _person_id(session, person)
    session.execute(
        delete(ChatCard).where(ChatCard.person_id == person_id, ChatCard.raw_note_id == raw_note_id)
    )
