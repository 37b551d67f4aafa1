"""A note's way into the database: the raw text first (always), then the confirmed visit."""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, replace

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from memory.accounts.access import Scope, scope_for
from memory.accounts.people import unknown_rep
from memory.base.db import Database
from memory.base.errors import KeqingError
from memory.base.limits import PERSON_LIMIT, storable
from memory.base.redact import redact
from memory.extract.agreement import field_errors
from memory.extract.engine import Extraction
from memory.extract.lexicon import Lexicon
from memory.llm.model import ChatModel
from memory.notes.engines import extractor, offline_extractor
from memory.notes.learning import learn_later
from memory.notes.revisions import take_back
from memory.notes.scoping import OTHER_REP, within_scope
from memory.notes.visits import save_visit
from memory.schema.models import (
    Person,
    RawNote,
    Visit,
)
from memory.schema.record import VisitRecord

log = logging.getLogger(__name__)


@dataclass
class Reopened:
    status: str
    extraction: Extraction | None
    record: VisitRecord | None


@dataclass
class Intake:
    raw_note_id: int
    extraction: Extraction | None
    problem: str | None = None


def store_raw_note(
    *,
    session: Session,
    text: str,
    note_date: dt.date,
    rep: Person | None,
    channel: str,
    external_id: str | None = None,
) -> RawNote:
    raw = RawNote(
        text=text,
        note_date=note_date,
        rep_id=rep.id if rep else None,
        channel=channel,
        external_id=None if external_id is None else storable(str(external_id)),
    )
    session.add(raw)
    session.flush()
    return raw


def problem_with(text: str) -> str | None:
    """Why a note cannot become a record, as a message key; None when it can."""
    if not text.strip():
        return "note_empty"
    if not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", text):
        return "note_no_text"
    return None


def _rep(session: Session, name: str | None, *, create: bool = False) -> Person | None:
    """The note's writer. A name nobody has is refused (a typo would otherwise become a new rep
    with no manager and no accounts) unless `create` says to add them."""
    if not name:
        return None
    if len(name) > PERSON_LIMIT:
        raise KeqingError("too_long", what=name[:20] + "…", limit=PERSON_LIMIT)
    person = session.scalar(select(Person).where(Person.name == name))
    if person is None:
        if not create:
            raise unknown_rep(session, name)
        person = Person(name=name, role="rep")
        session.add(person)
        session.flush()
    return person


# A rep who got an error, or no answer, sends the same note again: the same rep, the same text and
# day, a chat note not yet saved again in this window is the same note (see bench/README.md, Soak).
RESEND_WINDOW = dt.timedelta(minutes=10)
RESENDABLE = ("received", "failed", "extracted", "saved")


def resent_note(session: Session, *, rep: Person, text: str, note_date: dt.date) -> RawNote | None:
    """The rep's earlier chat note this one repeats, if it is a resend."""
    return session.scalar(
        select(RawNote)
        .where(
            RawNote.rep_id == rep.id,
            RawNote.channel == "chat",
            RawNote.note_date == note_date,
            RawNote.status.in_(RESENDABLE),
            RawNote.received_at >= _database_now(session) - RESEND_WINDOW,
            RawNote.text == text,
        )
        .order_by(RawNote.id.desc())
        .limit(1)
    )


UNDO_WINDOW = dt.timedelta(days=1)


def undo_last(*, session: Session, rep_name: str) -> str | None:
    """Deletes the rep's most recently saved visit; returns its customer's name, None if none. Only
    a note the rep saved in chat in the last day can be undone: never an import, nor another's note."""
    rep = session.scalar(select(Person).where(Person.name == rep_name))
    if rep is None:
        return None
    raw = session.scalar(
        select(RawNote)
        .where(
            RawNote.rep_id == rep.id,
            RawNote.status == "saved",
            RawNote.channel == "chat",
            RawNote.received_at >= _database_now(session) - UNDO_WINDOW,
        )
        .order_by(RawNote.id.desc())
        .limit(1)
    )
    return None if raw is None else take_back(session=session, raw=raw)


def differs(extraction: Extraction | None, record: VisitRecord | None) -> bool:
    """Whether the confirmed record corrects the extraction in any field the engine fills."""
    if record is None:
        return False
    if extraction is None:
        return True
    errors = field_errors(record.to_json(), extraction.record.to_json())
    return any(errors.values())


def saved_ids(db: Database, ids: list[str]) -> set[str]:
    """Which of these external note ids are already saved as visits."""
    if not ids:
        return set()
    with db.session() as session:
        rows = session.scalars(
            select(RawNote.external_id).where(RawNote.external_id.in_(ids), RawNote.status == "saved")
        )
        return {row for row in rows if row is not None}


def _database_now(session: Session) -> dt.datetime:
    """The database's own clock, which stamped received_at (naive, as the column is)."""
    now = session.scalar(select(func.now()))
    value = now if isinstance(now, dt.datetime) else dt.datetime.fromisoformat(str(now))
    return value.replace(tzinfo=None)


class NoteIntake:
    """Receives notes for any transport. `take` stores the raw text before anything else happens."""

    def __init__(self, db: Database, *, lexicon: Lexicon, model: ChatModel | None) -> None:
        self.db = db
        self.lexicon = lexicon
        self.model = model

    def take(
        self,
        *,
        text: str,
        note_date: dt.date,
        rep: str | None,
        channel: str,
        external_id: str | None = None,
        scope: Scope | None = None,
        create_rep: bool = False,
    ) -> Intake:
        """`scope` is the writer's (default: the rep's own): the note attaches only to accounts in it.
        A rep's name nobody has raises KeqingError unless `create_rep`."""
        text = storable(text)  # anything else stays verbatim, on every database

        def store(session: Session) -> tuple[int, str | None, Scope]:
            writer = _rep(session, rep, create=create_rep)
            earlier = None
            if channel == "chat" and writer is not None:
                earlier = resent_note(session, rep=writer, text=text, note_date=note_date)
            if earlier is not None:
                return earlier.id, earlier.status, scope or scope_for(session=session, name=rep)
            raw = store_raw_note(
                session=session,
                text=text,
                note_date=note_date,
                rep=writer,
                channel=channel,
                external_id=external_id,
            )
            return raw.id, None, scope or scope_for(session=session, name=rep)

        # the one write that must survive a database restart: retried until the server is back
        raw_id, earlier_status, scope = self.db.retrying(store)
        if earlier_status == "saved":  # the rep resent a note whose ✅ answer they never saw
            return Intake(raw_id, None, "already_saved")
        problem = problem_with(text)
        if problem is not None:
            self._mark(raw_id, "rejected", problem)
            return Intake(raw_id, None, problem)
        return self._extract(raw_id, text=text, note_date=note_date, rep=rep, scope=scope)

    def _extract(
        self, raw_id: int, *, text: str, note_date: dt.date, rep: str | None, scope: Scope
    ) -> Intake:
        """The stored note's record, kept as its draft; a failure marks the note, never loses it."""
        try:
            with self.db.session() as session:
                engine = extractor(session=session, lexicon=self.lexicon, model=self.model)
            # outside any transaction: a model may take seconds
            extraction = engine.extract(text, date=note_date, rep=rep)
            with self.db.session() as session:
                scoped = within_scope(session=session, scope=scope, extraction=extraction)
            if scoped is None:
                self._mark(raw_id, "rejected", OTHER_REP)
                return Intake(raw_id, None, OTHER_REP)
            extraction = scoped
            with self.db.session() as session:
                session.execute(
                    update(RawNote)
                    .where(RawNote.id == raw_id)
                    .values(status="extracted", draft=extraction.record.to_json())
                )
        except Exception as exc:
            log.exception("extraction failed for raw note %s", raw_id)
            self._mark(raw_id, "failed", repr(exc))
            return Intake(raw_id, None, "note_extract_failed")
        return Intake(raw_id, extraction, None)

    def _mark(self, raw_id: int, status: str, error: str | None) -> None:
        with self.db.session() as session:
            session.execute(
                update(RawNote)
                .where(RawNote.id == raw_id)
                .values(status=status, error=None if error is None else redact(error), draft=None)
            )

    def reject(self, *, raw_note_id: int, problem: str) -> None:
        """Nothing to confirm (the raw text stays, with why)."""
        self._mark(raw_note_id, "rejected", problem)

    def keep_draft(self, *, raw_note_id: int, record: VisitRecord) -> None:
        """The card changed (an edit, another account picked): its buttons now mean this record."""
        with self.db.session() as session:
            session.execute(update(RawNote).where(RawNote.id == raw_note_id).values(draft=record.to_json()))

    def reopen(self, *, raw_note_id: int, rep: str, known: Extraction | None = None) -> Reopened | None:
        """A note of this rep's as its card stands (its draft), for a button pressed on an older card
        or a message another worker's card is waiting for; None if the note is not theirs. `known`:
        the note's extraction, if this process still has it (else the offline engine reads it again)."""
        with self.db.session() as session:
            raw = session.scalar(
                select(RawNote)
                .join(Person, RawNote.rep_id == Person.id)
                .where(RawNote.id == raw_note_id, Person.name == rep)
            )
            if raw is None:
                return None
            if raw.status != "extracted" or raw.draft is None:
                return Reopened(raw.status, None, None)
            draft = VisitRecord.model_validate(raw.draft)
            if known is not None:
                return Reopened("extracted", known, draft)
            # Only the account candidates are needed again: the offline engine, never a model.
            engine = offline_extractor(session=session, lexicon=self.lexicon)
            text, note_date = raw.text, raw.note_date
            extraction = engine.extract(text, date=note_date, rep=rep)
            scope = scope_for(session=session, name=rep)
            scoped = within_scope(session=session, scope=scope, extraction=extraction)
        return Reopened("extracted", scoped or replace(extraction, customer=None, candidates=[]), draft)

    def confirm(
        self,
        *,
        raw_note_id: int,
        extraction: Extraction | None,
        record: VisitRecord | None = None,
        scope: Scope | None = None,
        teach: bool = True,
    ) -> int:
        """Save the (possibly corrected) record of a taken note; returns the visit id. `scope` is the
        writer's (default: the note's rep's); an account outside it raises PermissionDenied. A
        corrected record teaches the engine (unless `teach` is off: a batch learns once at its end)."""
        chosen = record or (extraction.record if extraction else None)
        if chosen is None:
            raise ValueError("nothing to save")
        customer_id = (
            extraction.customer.id if extraction and extraction.customer and record is None else None
        )
        with self.db.session() as session:
            # Two workers may both get a ✅ for one note (a double tap): the row lock makes the second
            # wait for the first, then find the visit saved (on SQLite writers queue anyway).
            raw = session.scalar(select(RawNote).where(RawNote.id == raw_note_id).with_for_update())
            assert raw is not None
            saved = session.scalar(select(Visit.id).where(Visit.raw_note_id == raw.id))
            if saved is not None:  # a second ✅ on the same card (another worker, a double tap)
                return saved
            if scope is None:
                writer = session.get(Person, raw.rep_id) if raw.rep_id else None
                scope = scope_for(session=session, name=writer.name if writer else None)
            visit_id = save_visit(
                session=session,
                raw=raw,
                record=chosen,
                customer_id=customer_id,
                lexicon=self.lexicon,
                scope=scope,
            ).id
        if teach and differs(extraction, record):
            # Relearning reads the company's recent confirmed notes (seconds): off the rep's reply.
            learn_later(self.db, self.lexicon)
        return visit_id

    def discard(self, *, raw_note_id: int) -> None:
        self._mark(raw_note_id, "discarded", None)
