from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from memory.base.db import Database
from memory.extract.lexicon import load_lexicon
from memory.notes.commitments import kept_in
from memory.notes.intake import NoteIntake, undo_last
from memory.schema.models import Commitment
from tests.conftest import intake_for

LEX = load_lexicon()


@pytest.mark.parametrize(
    ("commitment", "note", "kept"),
    [
        ("下次带几张海报过来", "海报带过来了 店长挺高兴", True),
        ("下次带几张海报过来", "店长说海报还没贴", False),
        ("回去申请换货", "换货的事总算办完了", True),
        ("发票这周五寄过去", "培训定在下周三", False),
        ("答应宽限到月底", "老板把年前的钱结了", True),
        ("回去问问", "都办完了", False),  # a commitment that names nothing cannot be matched
        ("下次带几张海报过来", "周医生说海报到现在也没送到", False),  # a denied delivery is not one
    ],
)
def test_a_later_note_reports_a_commitment_kept(commitment: str, note: str, kept: bool) -> None:
    assert kept_in(commitment, note, LEX) is kept


def _save(intake: NoteIntake, text: str, day: str) -> int:
    taken = intake.take(text=text, note_date=dt.date.fromisoformat(day), rep="赵磊", channel="chat")
    return intake.confirm(raw_note_id=taken.raw_note_id, extraction=taken.extraction)


def test_kept_commitments_close_and_reopen_on_undo(sample_db: Database) -> None:
    intake = intake_for(sample_db)
    _save(intake, "惠民药房 王店长想要些海报,下次带过去", "2026-05-06")
    _save(intake, "惠民药房 海报带过去了 王店长说贴在门口", "2026-05-20")
    with sample_db.session() as session:
        commitment = session.scalars(select(Commitment)).one()
        assert (commitment.status, commitment.kept_on) == ("kept", dt.date(2026, 5, 20))
        undo_last(session=session, rep_name="赵磊")
    with sample_db.session() as session:
        commitment = session.scalars(select(Commitment)).one()
        assert (commitment.status, commitment.kept_on) == ("open", None)
