"""The sample company with made-up label points (tests/data/sample/catalog_labels.yaml): the rules
are tested on a company and on phrasings that appear in no labelled set."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from memory.base.db import Database
from memory.extract.lexicon import load_lexicon
from memory.notes.engines import offline_extractor
from memory.schema.record import ComplianceFinding
from tests.conftest import SAMPLE, import_into

Check = Callable[[str], list[ComplianceFinding]]


@pytest.fixture
def labelled_db(db: Database) -> Database:
    import_into(db, SAMPLE / "catalog_labels.yaml", SAMPLE / "customers.csv", SAMPLE / "reps.csv")
    return db


@pytest.fixture
def check(labelled_db: Database) -> Check:
    with labelled_db.session() as session:
        engine = offline_extractor(session=session, lexicon=load_lexicon())

    def run(text: str) -> list[ComplianceFinding]:
        return engine.extract(text, date=dt.date(2026, 5, 13), rep="赵磊").record.compliance

    return run


def kinds(findings: list[ComplianceFinding]) -> list[str]:
    return [f.kind for f in findings]
