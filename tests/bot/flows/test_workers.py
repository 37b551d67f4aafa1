"""Several bot workers share one database and no chat state of their own: a card shown by one worker
is edited, section by section, through whichever worker gets each of the rep's messages, and saved
by another, on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from bot.assistant import Assistant
from memory.base.db import Database
from memory.schema.models import Visit, VisitProduct
from tests.conftest import SAMPLE, app_context, import_into

DAY = dt.date(2026, 5, 13)
USER = "赵磊"


def _action(choices: list[object], prefix: str) -> str:
    return next(c.action for c in choices if c.action.startswith(prefix))  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("note", "edit", "expected"),
    [
        ("惠民药房 王店长说六味卖得一般", "六味 库存 四十瓶", ("六味地黄丸", "stock", 40)),
        ("平安堂西山店 刘店长说丹参片还行", "丹参片 进货 12盒", ("复方丹参片", "order", 12)),
    ],
)
def test_two_workers_continue_each_others_edit(
    any_db: Database, note: str, edit: str, expected: tuple[object, ...]
) -> None:
    import_into(any_db, SAMPLE / "catalog.yaml", SAMPLE / "customers.csv", SAMPLE / "reps.csv")
    one, two = Assistant(app_context(any_db)), Assistant(app_context(any_db))
    card = one.handle_text(user=USER, text=note, today=DAY)[-1]
    sections = two.choose(user=USER, action=_action(card.choices, "edit:"))[0]  # ✏️ on worker two
    one.choose(user=USER, action=_action(sections.choices, "field:").rsplit(":", 1)[0] + ":products")
    assert two.notes.editing(USER)  # the section picked on one is what two is waiting for
    edited = two.handle_text(user=USER, text=edit, today=DAY)[-1]
    assert not one.notes.editing(USER)
    assistant_saving = one  # the card's ✅, on the worker that did not make the edit
    assistant_saving.choose(user=USER, action=_action(edited.choices, "save:"))
    with any_db.session() as session:
        visit = session.scalar(select(Visit))
        assert visit is not None
        lines = session.execute(
            select(VisitProduct.name, VisitProduct.kind, VisitProduct.quantity).where(
                VisitProduct.visit_id == visit.id
            )
        ).all()
    assert expected in [tuple(line) for line in lines]


def test_a_cancel_on_one_worker_ends_the_edit_on_the_other(any_db: Database) -> None:
    import_into(any_db, SAMPLE / "catalog.yaml", SAMPLE / "customers.csv", SAMPLE / "reps.csv")
    one, two = Assistant(app_context(any_db)), Assistant(app_context(any_db))
    card = one.handle_text(user=USER, text="惠民药房 王店长说六味卖得一般", today=DAY)[-1]
    sections = one.choose(user=USER, action=_action(card.choices, "edit:"))[0]
    assert two.notes.editing(USER)
    two.choose(user=USER, action=_action(sections.choices, "cancel:"))
    assert not one.notes.editing(USER)
