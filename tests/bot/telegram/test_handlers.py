"""The PTB Application driven with built updates (process_update); replies land in the emulator."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from sqlalchemy import select
from telegram import Update

from bot.telegram.app import build_application
from memory.db import Database
from memory.models import Visit
from memory.people import link_telegram
from memory.settings import Settings
from tests.bot.telegram.conftest import TOKEN, TelegramUser, button

USER = {"id": 5001, "is_bot": False, "first_name": "赵磊"}
CHAT = {"id": 5001, "type": "private", "first_name": "赵磊"}


def text_update(update_id: int, text: str) -> dict[str, Any]:
    message: dict[str, Any] = {
        "message_id": update_id,
        "date": int(time.time()),
        "chat": CHAT,
        "from": USER,
        "text": text,
    }
    if text.startswith("/"):
        message["entities"] = [{"offset": 0, "length": len(text.split()[0]), "type": "bot_command"}]
    return {"update_id": update_id, "message": message}


def button_update(update_id: int, card: dict[str, Any], kind: str) -> dict[str, Any]:
    """The rep pressing the card's `kind` button (save, edit, …)."""
    message_id, data = card["message_id"], button(card, kind)
    return {
        "update_id": update_id,
        "callback_query": {
            "id": str(update_id),
            "from": USER,
            "chat_instance": "1",
            "data": data,
            "message": {"message_id": message_id, "date": int(time.time()), "chat": CHAT, "text": "card"},
        },
    }


def test_edit_a_field_with_the_buttons_then_save(sample_db: Database, emulator: str) -> None:
    with sample_db.session() as session:
        link_telegram(session=session, name="赵磊", telegram_id=5001)
    settings = Settings(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=emulator)  # type: ignore[call-arg]
    application = build_application(db=sample_db, settings=settings)
    user = TelegramUser(emulator, 5001, "赵磊")

    async def scenario() -> None:
        await application.initialize()
        await application.start()
        try:
            await application.process_update(
                Update.de_json(text_update(900001, "惠民药房 六味卖了30瓶"), application.bot)
            )
            card = user.replies()[0]
            await application.process_update(
                Update.de_json(button_update(900002, card, "edit"), application.bot)
            )
            assert "字段" in user.replies()[0]["text"]
            await application.process_update(
                Update.de_json(text_update(900003, "下次: 2099-05-20"), application.bot)
            )
            edited = user.replies()[0]
            assert "2099-05-20" in edited["text"]
            await application.process_update(
                Update.de_json(button_update(900004, edited, "save"), application.bot)
            )
            assert "已保存" in user.replies()[0]["text"]
        finally:
            await application.stop()
            await application.shutdown()

    asyncio.run(scenario())
    with sample_db.session() as session:
        visit = session.scalars(select(Visit)).one()
        assert visit.next_visit is not None and visit.next_visit.isoformat() == "2099-05-20"
