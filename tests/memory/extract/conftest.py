"""The offline engine on the sample company, as the rule tests call it: a note written by 赵磊 on R."""

import datetime as dt

import pytest

from memory.base.db import Database
from memory.extract.lexicon import load_lexicon
from memory.notes.engines import offline_extractor
from memory.schema.record import VisitRecord
from tests.memory.extract.sample import Extract, NextVisit, R


@pytest.fixture
def extract(sample_db: Database) -> Extract:
    with sample_db.session() as session:
        engine = offline_extractor(session=session, lexicon=load_lexicon())

    def run(text: str) -> VisitRecord:
        return engine.extract(text, date=R, rep="赵磊").record

    return run


@pytest.fixture
def next_visit(extract: Extract) -> NextVisit:
    def run(text: str) -> dt.date | None:
        return extract(text).next_visit

    return run
