"""Who may use the assistant, and how a Telegram account is linked to a person."""

from __future__ import annotations

import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from memory.base.errors import KeqingError, NotFoundError
from memory.schema.models import Person


def get_person(*, session: Session, name: str) -> Person:
    person = session.scalar(select(Person).where(Person.name == name))
    if person is None:
        raise NotFoundError("unknown_person", name=name)
    return person


def person_by_telegram(*, session: Session, telegram_id: int) -> Person | None:
    return session.scalar(select(Person).where(Person.telegram_id == telegram_id))


def create_invite(*, session: Session, name: str) -> str:
    """A one-time code the person sends as `/start CODE`; a new invite replaces the old one."""
    person = get_person(session=session, name=name)
    person.invite_code = secrets.token_hex(4).upper()
    return person.invite_code


def link_telegram(*, session: Session, name: str, telegram_id: int) -> Person:
    person = get_person(session=session, name=name)
    holder = person_by_telegram(session=session, telegram_id=telegram_id)
    if holder is not None and holder.id != person.id:
        raise KeqingError("telegram_taken", telegram_id=telegram_id, name=holder.name)
    person.telegram_id = telegram_id
    return person


def redeem_invite(*, session: Session, code: str, telegram_id: int) -> Person | None:
    """Links the account whose invite this is, and spends the code. None when the code is unknown."""
    person = session.scalar(select(Person).where(Person.invite_code == code.strip().upper()))
    if person is None:
        return None
    link_telegram(session=session, name=person.name, telegram_id=telegram_id)
    person.invite_code = None
    return person
