"""The message a person's chat holds while they choose 记为拜访 or 当作提问: a row per person, so the
worker that gets the tap need not be the one that got the message."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from memory.schema.models import HeldMessage, Person


def hold_message(*, session: Session, person: str, text: str) -> None:
    """The person's held message is now this one (a newer unsure message replaces the older)."""
    person_id = session.scalar(select(Person.id).where(Person.name == person))
    if person_id is None:  # nobody to hold it for: the tap then finds nothing, as after a restart
        return
    row = session.get(HeldMessage, person_id) or HeldMessage(person_id=person_id)
    row.text = text
    session.add(row)


def take_held(*, session: Session, person: str) -> str | None:
    """The held message, forgotten once taken: a second tap on the same buttons finds nothing."""
    row = session.scalar(
        select(HeldMessage).join(Person, HeldMessage.person_id == Person.id).where(Person.name == person)
    )
    if row is None:
        return None
    session.delete(row)
    return row.text
