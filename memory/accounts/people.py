"""Who may use the assistant, and how a Telegram account is linked to a person."""

from __future__ import annotations

import datetime as dt
import difflib
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from memory.base.errors import KeqingError, NotFoundError
from memory.schema.models import InviteFailure, Person


def get_person(*, session: Session, name: str) -> Person:
    person = session.scalar(select(Person).where(Person.name == name))
    if person is None:
        raise NotFoundError("unknown_person", name=name)
    return person


def nearest_name(*, session: Session, name: str) -> str | None:
    """The known person's name closest to a misspelt one (张纬 → 张伟), if any is close."""
    names = list(session.scalars(select(Person.name)))
    close = difflib.get_close_matches(name, names, n=1, cutoff=0.5)
    return close[0] if close else None


def unknown_rep(session: Session, name: str) -> NotFoundError:
    """The error for a rep's name nobody has, naming the closest known one."""
    nearest = nearest_name(session=session, name=name)
    if nearest is None:
        return NotFoundError("unknown_rep", name=name)
    return NotFoundError("unknown_rep_near", name=name, nearest=nearest)


def team_known(*, session: Session) -> bool:
    """Whether the company's team has been described (a reps.csv with a manager or an admin): from
    then on a rep's name nobody has is taken for a typo, not for a new rep."""
    lead = select(Person.id).where((Person.role != "rep") | Person.manager_id.is_not(None)).limit(1)
    return session.scalar(lead) is not None


INVITE_LENGTH = 12  # ~60 bits from an alphabet without look-alikes (0/O, 1/I/L)
INVITE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
INVITE_LIFETIME = dt.timedelta(days=7)
MAX_FAILED_CODES = 5  # per Telegram account, then it waits LOCKOUT after its last wrong code
LOCKOUT = dt.timedelta(hours=24)


def person_by_telegram(*, session: Session, telegram_id: int) -> Person | None:
    """The active person linked to this account; a deactivated one is as unknown as a stranger."""
    return session.scalar(select(Person).where(Person.telegram_id == telegram_id, Person.active.is_(True)))


def create_invite(*, session: Session, name: str, now: dt.datetime | None = None) -> str:
    """A one-time code the person sends as `/start CODE`, valid for 7 days; a new invite replaces the
    old one."""
    person = get_person(session=session, name=name)
    person.invite_code = "".join(secrets.choice(INVITE_ALPHABET) for _ in range(INVITE_LENGTH))
    person.invite_expires = (now or _now()) + INVITE_LIFETIME
    return person.invite_code


def unlink(*, session: Session, name: str) -> Person:
    """The person's Telegram account and any open invite no longer let anyone in (at once)."""
    person = get_person(session=session, name=name)
    person.telegram_id, person.invite_code, person.invite_expires = None, None, None
    return person


def set_active(*, session: Session, name: str, active: bool) -> Person:
    """A deactivated person is refused like a stranger from their next message on; nothing is deleted."""
    person = get_person(session=session, name=name)
    person.active = active
    if not active:
        person.invite_code, person.invite_expires = None, None
    return person


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def link_telegram(*, session: Session, name: str, telegram_id: int) -> Person:
    person = get_person(session=session, name=name)
    holder = person_by_telegram(session=session, telegram_id=telegram_id)
    if holder is not None and holder.id != person.id:
        raise KeqingError("telegram_taken", telegram_id=telegram_id, name=holder.name)
    person.telegram_id = telegram_id
    return person


def redeem_invite(
    *, session: Session, code: str, telegram_id: int, now: dt.datetime | None = None
) -> Person | None:
    """Links the account whose invite this is, and spends the code. None when the code is unknown or
    expired (and counted); KeqingError("invite_locked") after too many wrong codes from this account."""
    now = now or _now()
    failures = session.get(InviteFailure, telegram_id)
    if failures is not None and failures.count >= MAX_FAILED_CODES and now - failures.last_at < LOCKOUT:
        raise KeqingError("invite_locked")
    person = session.scalar(
        select(Person).where(Person.invite_code == code.strip().upper()[:32], Person.active.is_(True))
    )
    if person is None or person.invite_expires is None or person.invite_expires < now:
        if failures is None:
            failures = InviteFailure(telegram_id=telegram_id, count=0, last_at=now)
            session.add(failures)
        failures.count = 1 if now - failures.last_at >= LOCKOUT else failures.count + 1
        failures.last_at = now
        return None
    link_telegram(session=session, name=person.name, telegram_id=telegram_id)
    person.invite_code, person.invite_expires = None, None
    if failures is not None:
        session.delete(failures)
    return person
