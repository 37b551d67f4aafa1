"""Saving notes: the raw text first, then the visit, its contacts, products, competitors and commitments."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from memory.base.db import Database
from memory.schema.models import Commitment, Contact, Customer, RawNote, Visit, VisitProduct
from tests.conftest import intake_for

R = dt.date(2026, 5, 13)


def raw_notes(db: Database) -> list[tuple[str, str]]:
    with db.session() as session:
        return [(r.text, r.status) for r in session.scalars(select(RawNote).order_by(RawNote.id))]


def test_a_note_is_saved_with_everything_it_names(sample_db: Database) -> None:
    intake = intake_for(sample_db)
    taken = intake.take(
        text="惠民药房 王店长说六味卖了30瓶,还剩5瓶。同仁堂六味搞买赠。月结,瑞康送货。下周一过来送海报",
        note_date=R,
        rep="赵磊",
        channel="cli",
    )
    assert taken.problem is None and taken.extraction is not None
    visit_id = intake.confirm(raw_note_id=taken.raw_note_id, extraction=taken.extraction)
    with sample_db.session() as session:
        visit = session.get(Visit, visit_id)
        assert visit is not None and visit.customer is not None
        assert visit.customer.name == "东城惠民大药房"
        assert visit.raw_note.status == "saved"
        assert [(p.name, p.kind, p.quantity) for p in visit.products] == [
            ("六味地黄丸", "sold", 30),
            ("六味地黄丸", "stock", 5),
        ]
        assert [c.name for c in visit.competitors] == ["六味地黄丸(同仁堂)"]
        assert [(c.text, c.due, c.status) for c in visit.commitments] == [
            ("下周一过来送海报", dt.date(2026, 5, 18), "open")
        ]
        assert [c.name for c in visit.customer.contacts] == ["王店长"]
        assert (visit.customer.payment_terms, visit.customer.supplier) == ("monthly", "瑞康医药")


def test_the_profile_follows_the_newest_note_only(sample_db: Database) -> None:
    intake = intake_for(sample_db)
    for text, day in [("惠民药房 现结", dt.date(2026, 5, 10)), ("惠民药房 改月结了", dt.date(2026, 5, 1))]:
        taken = intake.take(text=text, note_date=day, rep="赵磊", channel="cli")
        intake.confirm(raw_note_id=taken.raw_note_id, extraction=taken.extraction)
    with sample_db.session() as session:
        customer = session.scalar(select(Customer).where(Customer.name == "东城惠民大药房"))
        assert customer is not None and customer.payment_terms == "cash"


def test_an_unknown_customer_is_created_and_its_contacts_kept(sample_db: Database) -> None:
    intake = intake_for(sample_db)
    for _ in range(2):
        taken = intake.take(text="西山镇新开的福寿诊所,吴医生人不错", note_date=R, rep="赵磊", channel="cli")
        intake.confirm(raw_note_id=taken.raw_note_id, extraction=taken.extraction)
    with sample_db.session() as session:
        customer = session.scalar(select(Customer).where(Customer.name == "福寿诊所"))
        assert customer is not None
        assert (customer.source, customer.type, customer.rep.name) == ("note", "private_clinic", "赵磊")
        assert session.scalar(select(func.count()).select_from(Contact)) == 1
        assert session.scalar(select(func.count()).select_from(Visit)) == 2


@pytest.mark.parametrize(
    ("text", "problem"),
    [("", "note_empty"), ("   \n ", "note_empty"), ("👍👍🎉", "note_no_text"), ("\x00\x07", "note_no_text")],
)
def test_unusable_notes_are_refused_but_stored(sample_db: Database, text: str, problem: str) -> None:
    taken = intake_for(sample_db).take(text=text, note_date=R, rep="赵磊", channel="cli")
    assert taken.problem == problem and taken.extraction is None
    assert raw_notes(sample_db) == [(text.replace("\x00", "\u2400"), "rejected")]  # NUL: see limits.py


@pytest.mark.parametrize(
    "text",
    [
        "Visited the pharmacy today, the manager wants posters",
        "'; DROP TABLE visits; -- 惠民药房",
        "今天天气不错,路上堵车",
        "惠民药房\x1b[31m 王店长\x7f在",
        "惠民药房 六味卖了30瓶。" * 5000,
    ],
)
def test_odd_notes_still_give_a_record_and_keep_the_raw_text(sample_db: Database, text: str) -> None:
    intake = intake_for(sample_db)
    taken = intake.take(text=text, note_date=R, rep="赵磊", channel="cli")
    assert taken.problem is None and taken.extraction is not None
    intake.confirm(raw_note_id=taken.raw_note_id, extraction=taken.extraction)
    assert raw_notes(sample_db) == [(text, "saved")]
    with sample_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Visit)) == 1
        assert "visits" in {t for t in session.get_bind().dialect.get_table_names(session.connection())}


def test_a_very_long_note_is_cut_for_parsing_only(sample_db: Database) -> None:
    text = "惠民药房 六味卖了30瓶。" + "闲聊。" * 20000
    taken = intake_for(sample_db).take(text=text, note_date=R, rep="赵磊", channel="cli")
    assert taken.extraction is not None and taken.extraction.truncated
    assert raw_notes(sample_db)[0][0] == text


def test_a_discarded_note_keeps_its_raw_text(sample_db: Database) -> None:
    intake = intake_for(sample_db)
    taken = intake.take(text="惠民药房 王店长在", note_date=R, rep="赵磊", channel="cli")
    intake.discard(raw_note_id=taken.raw_note_id)
    assert raw_notes(sample_db) == [("惠民药房 王店长在", "discarded")]
    with sample_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Visit)) == 0
        assert session.scalar(select(func.count()).select_from(VisitProduct)) == 0
        assert session.scalar(select(func.count()).select_from(Commitment)) == 0
