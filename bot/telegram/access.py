"""Who is writing: a linked rep, manager or admin; everyone else is politely refused."""

from __future__ import annotations

import time
from dataclasses import dataclass

from telegram import Update
from telegram.ext import ContextTypes

from bot.views import texts
from memory.accounts.people import person_by_telegram
from memory.base.db import Database


@dataclass(frozen=True)
class Caller:
    name: str
    role: str


_CACHE_SECONDS = 60.0
_callers: dict[int, tuple[float, Caller]] = {}


def known_caller(db: Database, update: Update) -> Caller | None:
    """Linked people are remembered for a minute: every message needs this, links rarely change."""
    user = update.effective_user
    if user is None:
        return None
    cached = _callers.get(user.id)
    if cached is not None and time.monotonic() - cached[0] < _CACHE_SECONDS:
        return cached[1]
    with db.session() as session:
        person = person_by_telegram(session=session, telegram_id=user.id)
        caller = Caller(person.name, person.role) if person else None
    if caller is not None:
        _callers[user.id] = (time.monotonic(), caller)
    return caller


async def require_caller(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Caller | None:
    """The caller, or None after telling an unknown user how to get access (nothing is stored)."""
    caller = known_caller(context.bot_data["db"], update)
    if caller is None and update.effective_message is not None:
        await update.effective_message.reply_text(texts.t("tg_unknown_user"))
    return caller
