"""A company's own tone, learned from its confirmed notes: used only when it reads them better."""

from pathlib import Path

from sqlalchemy import select

from memory.base.db import Database
from memory.schema.models import LearnedPhrase
from tests.memory.notes.test_learning import confirm, corrected, extracted, setup


def _tone_learned(db: Database) -> bool:
    with db.session() as session:
        return (
            session.scalar(select(LearnedPhrase).where(LearnedPhrase.section == "company_tone")) is not None
        )


def test_a_companys_plain_reports_are_not_read_as_praise_once_confirmed_neutral(tmp_path: Path) -> None:
    """Reps who write 挺满意 of every routine reorder: the phrase learner cannot learn "neutral", the
    company's tone classifier can."""
    db = setup()
    later = ["惠民药房 王店长挺满意 丹参片卖了六盒", "惠民药房 小蒋也挺满意 头孢克肟卖了十盒"]
    assert {extracted(t)["sentiment"] for t in later} == {"positive"}
    routine = [f"惠民药房 王店长挺满意 六味卖了{n}瓶" for n in range(11, 21)]
    glad = [f"惠民药房 王店长请我吃饭 高兴得很 六味又订了{n}瓶" for n in range(3, 9)]
    lines = [
        {"id": f"r{i}", "text": t, "record": corrected(t, sentiment="neutral")} for i, t in enumerate(routine)
    ]
    lines += [{"id": f"g{i}", "text": t, "record": extracted(t)} for i, t in enumerate(glad)]
    confirm(tmp_path, lines)
    assert _tone_learned(db)
    assert {extracted(t)["sentiment"] for t in later} == {"neutral"}


def test_confirmed_notes_read_as_the_engine_reads_them_teach_no_tone(tmp_path: Path) -> None:
    db = setup()
    texts = [f"惠民药房 王店长说六味卖了{n}瓶" for n in range(11, 27)]
    confirm(tmp_path, [{"id": f"n{i}", "text": t, "record": extracted(t)} for i, t in enumerate(texts)])
    assert not _tone_learned(db)
