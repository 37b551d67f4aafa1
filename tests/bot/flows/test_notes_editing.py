"""Editing a card: every section can be changed with a short reply after picking it, a cancel restores
the card, a new note while editing is a new note, and the summary follows every change."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from bot.assistant import Assistant
from bot.views import texts
from bot.views.replies import Reply
from memory.base.db import Database
from memory.schema.models import RawNote, Visit
from tests.conftest import app_context

R = dt.date(2026, 5, 13)
USER = "赵磊"


def _card(assistant: Assistant, text: str) -> Reply:
    return assistant.handle_text(user=USER, text=text, today=R)[-1]


def _pick(assistant: Assistant, card: Reply, section: str) -> str:
    """Presses ✏️ then the section's button; returns the prompt for that section."""
    edit = next(c.action for c in card.choices if c.action.startswith("edit:"))
    pick = assistant.choose(user=USER, action=edit)[0]
    action = next(c.action for c in pick.choices if c.action.endswith(f":{section}"))
    return assistant.choose(user=USER, action=action)[0].text


def _reply(assistant: Assistant, text: str) -> Reply:
    return assistant.handle_text(user=USER, text=text, today=R)[0]


@pytest.mark.parametrize(
    ("note", "edit", "expected"),
    [
        ("惠民药房 王店长在,六味卖得一般", "六味 库存 四十瓶", ("六味地黄丸", "stock", 40, "瓶")),
        ("平安堂西山店 刘店长说丹参片还行", "丹参片 进货 12盒", ("复方丹参片", "order", 12, "盒")),
    ],
)
def test_a_product_line_is_set_by_name_kind_and_amount(
    sample_db: Database, note: str, edit: str, expected: tuple[object, ...]
) -> None:
    assistant = Assistant(app_context(sample_db))
    _pick(assistant, _card(assistant, note), "products")
    edited = _reply(assistant, edit)
    assert edited.choices  # the card again, with its buttons
    record = assistant.notes.current(USER).record
    assert [(p.name, p.kind, p.quantity, p.unit) for p in record.products if p.kind == expected[1]] == [
        expected
    ]
    assert expected[0] in record.summary  # the summary was written again


@pytest.mark.parametrize("delete", ["删掉第1条", "删除 1"])
def test_a_numbered_line_is_deleted(sample_db: Database, delete: str) -> None:
    assistant = Assistant(app_context(sample_db))
    card = _card(assistant, "惠民药房 王店长说六味卖了30瓶 丹参片还剩5盒")
    prompt = _pick(assistant, card, "products")
    assert "1." in prompt and "2." in prompt
    _reply(assistant, delete)
    assert len(assistant.notes.current(USER).record.products) == 1


@pytest.mark.parametrize(
    ("edit", "check"),
    [
        ("王店长 电话 13900007777", lambda c: c.phone == "13900007777"),
        ("王店长 生日 3月5号", lambda c: c.birthday == "03-05"),
    ],
)
def test_a_contact_gets_a_phone_or_a_birthday(sample_db: Database, edit: str, check: object) -> None:
    assistant = Assistant(app_context(sample_db))
    _pick(assistant, _card(assistant, "惠民药房 王店长在,聊了聊六味"), "contacts")
    _reply(assistant, edit)
    contact = next(c for c in assistant.notes.current(USER).record.contacts if c.name == "王店长")
    assert check(contact)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("edit", "needs"), [("加 培训", {"training"}), ("海报、陈列", {"pos_material", "display"})]
)
def test_needs_are_added_or_replaced(sample_db: Database, edit: str, needs: set[str]) -> None:
    assistant = Assistant(app_context(sample_db))
    _pick(assistant, _card(assistant, "惠民药房 王店长在,六味卖了10瓶"), "needs")
    _reply(assistant, edit)
    assert needs <= set(assistant.notes.current(USER).record.needs)


@pytest.mark.parametrize(
    ("edit", "due"), [("下周三送台历过去", dt.date(2026, 5, 20)), ("月底前把报价单发给他", None)]
)
def test_a_commitment_is_added_with_its_due_day(sample_db: Database, edit: str, due: dt.date | None) -> None:
    assistant = Assistant(app_context(sample_db))
    _pick(assistant, _card(assistant, "惠民药房 王店长在,六味卖了10瓶"), "commitments")
    _reply(assistant, edit)
    added = assistant.notes.current(USER).record.commitments[-1]
    assert added.text == edit
    assert added.due == (due or dt.date(2026, 5, 31))


@pytest.mark.parametrize("cancel", ["取消", "算了"])
def test_cancel_restores_the_card(sample_db: Database, cancel: str) -> None:
    assistant = Assistant(app_context(sample_db))
    card = _card(assistant, "惠民药房 王店长说六味卖了30瓶")
    _pick(assistant, card, "products")
    replies = assistant.handle_text(user=USER, text=cancel, today=R)
    assert replies[0].text == texts.t("edit_cancelled") and replies[-1].text == card.text
    assert not assistant.notes.editing(USER)


def test_a_new_note_while_editing_is_a_new_note(sample_db: Database) -> None:
    assistant = Assistant(app_context(sample_db))
    first = _card(assistant, "惠民药房 王店长说六味卖了30瓶")
    _pick(assistant, first, "sentiment")
    second = assistant.handle_text(
        user=USER, text="下午去了平安堂西山店,刘店长说丹参片这个月用了二十盒,下周一再过去", today=R
    )
    assert "平安堂西山店" in second[-1].text
    with sample_db.session() as session:
        assert len(session.scalars(select(RawNote)).all()) == 2  # both notes kept


def test_every_edit_is_saved_as_the_confirmed_record(sample_db: Database) -> None:
    assistant = Assistant(app_context(sample_db))
    card = _card(assistant, "惠民药房 王店长说六味卖了30瓶")
    _pick(assistant, card, "sentiment")
    _reply(assistant, "积极")
    save = next(c.action for c in card.choices if c.action.startswith("save:"))
    assistant.choose(user=USER, action=save)
    with sample_db.session() as session:
        assert session.scalars(select(Visit.sentiment)).one() == "positive"
