"""The PTB Application driven with built updates (process_update); replies land in the emulator."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy import select
from telegram import Update

from bot.context import AppContext
from bot.telegram.app import build_application
from memory.accounts.people import link_telegram
from memory.base.db import Database
from memory.base.settings import Settings
from memory.schema.models import Visit
from tests.bot.telegram.conftest import TOKEN, TelegramUser, button

USER = {"id": 5001, "is_bot": False, "first_name": "赵磊"}
CHAT = {"id": 5001, "type": "private", "first_name": "赵磊"}


def _message(update_id: int, **content: Any) -> dict[str, Any]:
    message = {"message_id": update_id, "date": int(time.time()), "chat": CHAT, "from": USER, **content}
    return {"update_id": update_id, "message": message}


def text_update(update_id: int, text: str) -> dict[str, Any]:
    if text.startswith("/"):
        command = [{"offset": 0, "length": len(text.split()[0]), "type": "bot_command"}]
        return _message(update_id, text=text, entities=command)
    return _message(update_id, text=text)


def button_update(update_id: int, card: dict[str, Any], kind: str) -> dict[str, Any]:
    """The rep pressing the card's `kind` button (save, edit, …)."""
    return {
        "update_id": update_id,
        "callback_query": {
            "id": str(update_id),
            "from": USER,
            "chat_instance": "1",
            "data": button(card, kind),
            "message": {**_message(0, text="card")["message"], "message_id": card["message_id"]},
        },
    }


Send = Callable[[dict[str, Any]], Awaitable[None]]
Scenario = Callable[[Send, TelegramUser], Awaitable[None]]


def drive(db: Database, emulator: str, scenario: Scenario) -> None:
    """Runs the scenario against the real Application, linked as 赵磊; replies land in the emulator."""
    with db.session() as session:
        link_telegram(session=session, name="赵磊", telegram_id=5001)
    settings = Settings(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=emulator)  # type: ignore[call-arg]
    application = build_application(AppContext.build(settings=settings, db=db))

    async def send(update: dict[str, Any]) -> None:
        await application.process_update(Update.de_json(update, application.bot))

    async def run() -> None:
        await application.initialize()
        await application.start()
        try:
            await scenario(send, TelegramUser(emulator, 5001, "赵磊"))
        finally:
            await application.stop()
            await application.shutdown()

    asyncio.run(run())


def test_edit_a_field_with_the_buttons_then_save(sample_db: Database, emulator: str) -> None:
    async def scenario(send: Send, user: TelegramUser) -> None:
        await send(text_update(900001, "惠民药房 六味卖了30瓶"))
        card = user.replies()[0]
        await send(button_update(900002, card, "edit"))
        assert "字段" in user.replies()[0]["text"]
        await send(text_update(900003, "下次: 2099-05-20"))
        edited = user.replies()[0]
        assert "2099-05-20" in edited["text"]
        await send(button_update(900004, edited, "save"))
        assert "已保存" in user.replies()[0]["text"]

    drive(sample_db, emulator, scenario)
    with sample_db.session() as session:
        visit = session.scalars(select(Visit)).one()
        assert visit.next_visit is not None and visit.next_visit.isoformat() == "2099-05-20"


def test_voice_unknown_commands_and_photos_get_an_answer(sample_db: Database, emulator: str) -> None:
    photo = [{"file_id": "p", "file_unique_id": "pu", "width": 90, "height": 90}]

    async def scenario(send: Send, user: TelegramUser) -> None:
        await send(_message(900011, voice={"file_id": "v", "file_unique_id": "vu", "duration": 4}))
        assert "只能读文字" in user.replies()[0]["text"]
        await send(text_update(900012, "/whatever"))
        assert "/help" in user.replies()[0]["text"]
        await send(_message(900013, photo=photo, caption="惠民药房 王店长说六味卖了30瓶"))  # a shelf photo
        card = user.replies()[0]
        assert "东城惠民大药房" in card["text"] and "30瓶" in card["text"]
        await send(_message(900014, photo=photo))
        assert "只能读文字" in user.replies()[0]["text"]

    drive(sample_db, emulator, scenario)
