"""Learning from confirmed records: the company's saved visits teach the offline engine its phrasing.

After records are confirmed with corrections (a card edit, a "record" line of `note --jsonl`), the
teacher re-reads the latest confirmed notes, learns the phrases that give the confirmed readings
(memory/extract/teach.py) and stores them; the engine is rebuilt with them on its next use.
A corrected card asks for relearning off the rep's reply (`learn_later`): one worker per process
learns for every database that asked, and requests made while it learns are folded into one more run.
"""

from __future__ import annotations

import atexit
import logging
import threading

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from memory.accounts.masterdata import bump_version, read_master_data
from memory.base.db import Database
from memory.extract.lexicon import Lexicon
from memory.extract.teach import Example, Phrase, Teacher
from memory.schema.models import LearnedPhrase, Person, RawNote, Visit

log = logging.getLogger(__name__)
# How long a process that ends waits for a relearning under way (it would be redone by the next one).
EXIT_WAIT_SECONDS = 30.0

# The newest confirmed notes are the ones the teacher reads: enough to learn a company's phrasing,
# few enough that learning stays a matter of seconds.
RECENT = 400


def learned_phrases(*, session: Session) -> list[Phrase]:
    rows = session.scalars(select(LearnedPhrase).order_by(LearnedPhrase.id))
    return [Phrase(row.section, row.code, row.phrase) for row in rows]


def _examples(session: Session) -> list[Example]:
    rows = session.execute(
        select(RawNote.text, RawNote.note_date, Person.name, Visit.record)
        .join(Visit, Visit.raw_note_id == RawNote.id)
        .outerjoin(Person, RawNote.rep_id == Person.id)
        .where(RawNote.status == "saved")
        .order_by(RawNote.id.desc())
        .limit(RECENT)
    )
    return [Example(text, date, rep, record) for text, date, rep, record in rows if record]


def learn(db: Database, lexicon: Lexicon) -> list[Phrase]:
    """Relearn from the confirmed records; returns the phrases now in use."""
    with db.session() as session:
        examples = list(reversed(_examples(session)))
        data = read_master_data(session=session)
    # The master data holds note-created accounts too; learning starts from the company's lexicon.
    teacher = Teacher(data, lexicon, examples)
    phrases = teacher.learn()
    with db.session() as session:
        old = learned_phrases(session=session)
        if old != phrases:
            session.execute(delete(LearnedPhrase))
            session.add_all(LearnedPhrase(section=p.section, code=p.code, phrase=p.phrase) for p in phrases)
            bump_version(session=session)
    return phrases


class LearningWorker:
    """Relearning off the request path: at most one thread, and no request lost. Each database's
    latest request is kept until the worker takes it; since learning rereads every confirmed record,
    one run after the last request learns all that the requests before it asked for."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: dict[str, tuple[Database, Lexicon]] = {}
        self._idle = threading.Event()
        self._idle.set()
        self._thread: threading.Thread | None = None

    def request(self, db: Database, lexicon: Lexicon) -> None:
        with self._lock:
            self._pending[str(db.engine.url)] = (db, lexicon)
            self._idle.clear()
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="keqing-learning", daemon=True)
                self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until every request made so far is learned; False when `timeout` ran out first."""
        return self._idle.wait(timeout)

    def _run(self) -> None:
        while True:
            with self._lock:
                if not self._pending:
                    self._thread = None
                    self._idle.set()
                    return
                url = next(iter(self._pending))
                db, lexicon = self._pending.pop(url)
            try:
                learn(db, lexicon)
            except Exception:  # a failed run is retried by the next correction; the save stands
                log.exception("relearning from confirmed records failed")


WORKER = LearningWorker()
atexit.register(WORKER.wait, EXIT_WAIT_SECONDS)


def learn_later(db: Database, lexicon: Lexicon) -> None:
    """Relearn from the confirmed records in the background (the process's one learning worker)."""
    WORKER.request(db, lexicon)
