"""Learning from confirmed records: the company's saved visits teach the offline engine its phrasing.

After records are confirmed with corrections (a card edit, a "record" line of `note --jsonl`), the
teacher re-reads the latest confirmed notes, learns the phrases that give the confirmed readings
(memory/extract/teach.py) and stores them; the engine is rebuilt with them on its next use.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from memory.accounts.masterdata import bump_version, read_master_data
from memory.base.db import Database
from memory.extract.lexicon import Lexicon
from memory.extract.teach import Example, Phrase, Teacher
from memory.schema.models import LearnedPhrase, Person, RawNote, Visit

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
