"""Writes across reps and teams: a note attaches only to an account in the writer's scope (a rep: their
own; a manager: the team's; an admin: all). Anything else stays a raw note and changes no account."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from bot.flows.notes import NoteFlow
from memory.base.db import Database
from memory.schema.models import Contact, Customer, RawNote, Visit
from tests.conftest import DATA, SAMPLE, app_context, import_into, intake_for

DAY = dt.date(2026, 5, 13)


@pytest.fixture
def two_teams(any_db: Database) -> Database:
    """华康医药 (钱经理: 赵磊, 孙婷) plus a second team (周敏: 吴涛) and an admin."""
    import_into(any_db, SAMPLE / "catalog.yaml", SAMPLE / "customers.csv", SAMPLE / "reps.csv")
    import_into(any_db, DATA / "security" / "reps.csv")
    return any_db


def _account(db: Database, name: str) -> tuple[str | None, str | None, int, int]:
    with db.session() as session:
        customer = session.scalar(select(Customer).where(Customer.name == name))
        assert customer is not None
        visits = session.scalar(select(func.count()).where(Visit.customer_id == customer.id))
        contacts = session.scalar(select(func.count()).where(Contact.customer_id == customer.id))
        return customer.payment_terms, customer.supplier, visits or 0, contacts or 0


@pytest.mark.parametrize(
    ("writer", "text", "account"),
    [
        ("孙婷", "惠民药房 新来的陈店长电话13911112222,以后现结,华润送货", "东城惠民大药房"),
        ("吴涛", "今天去了红旗卫生室,村医老马说要月结,九州通配送,手机13700001111", "红旗村卫生室"),
    ],
)
def test_a_note_on_an_account_outside_the_scope_stays_raw_and_changes_nothing(
    two_teams: Database, writer: str, text: str, account: str
) -> None:
    before = _account(two_teams, account)
    taken = intake_for(two_teams).take(text=text, note_date=DAY, rep=writer, channel="chat")
    assert taken.problem == "note_other_rep" and taken.extraction is None
    with two_teams.session() as session:
        raw = session.get(RawNote, taken.raw_note_id)
        assert raw is not None and raw.text == text and raw.status == "rejected"
    assert _account(two_teams, account) == before


@pytest.mark.parametrize("writer", ["赵磊", "钱经理", "管理员"])
def test_the_owner_their_manager_and_an_admin_may_write_to_an_account(
    two_teams: Database, writer: str
) -> None:
    intake = intake_for(two_teams)
    taken = intake.take(
        text="惠民药房 老板说以后现结,感冒灵卖了20盒", note_date=DAY, rep=writer, channel="chat"
    )
    assert taken.problem is None and taken.extraction is not None
    intake.confirm(raw_note_id=taken.raw_note_id, extraction=taken.extraction)
    assert _account(two_teams, "东城惠民大药房")[2] == 1


def test_a_manager_of_another_team_cannot_write_to_it(two_teams: Database) -> None:
    taken = intake_for(two_teams).take(
        text="西山卫生院 院长说下个月开始月结", note_date=DAY, rep="周敏", channel="chat"
    )
    assert taken.problem == "note_other_rep"


def test_the_chat_tells_the_rep_the_account_is_someone_elses_without_its_details(two_teams: Database) -> None:
    flow = NoteFlow(app_context(two_teams))
    replies = flow.take(user="吴涛", text="东城惠民大药房 店长说感冒灵卖完了,要补50盒", today=DAY)
    text = "\n".join(r.text for r in replies)
    assert "其他同事" in text
    assert "13900000001" not in text and "中山路" not in text and "赵磊" not in text
    assert not any(r.choices for r in replies)


@pytest.mark.parametrize("typed", ["东城惠民大药房", "惠民药房"])
def test_a_customer_edit_only_matches_accounts_in_scope(two_teams: Database, typed: str) -> None:
    flow = NoteFlow(app_context(two_teams))
    flow.take(user="孙婷", text="西山卫生院 院长说下周开始现结", today=DAY)
    (card,) = [r for r in flow.choose(user="孙婷", kind="edit", value=str(_last_raw(two_teams)))]
    assert card.text
    edited = flow.edit(user="孙婷", text=f"客户: {typed}", today=DAY)
    assert "已匹配" not in edited[-1].text
    replies = flow.choose(user="孙婷", kind="save", value=str(_last_raw(two_teams)))
    if typed == "东城惠民大药房":  # the exact name of someone else's account: refused at the save
        assert "其他同事" in replies[0].text
    assert _account(two_teams, "东城惠民大药房")[2] == 0


def _last_raw(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.max(RawNote.id))) or 0)
