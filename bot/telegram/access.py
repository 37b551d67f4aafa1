"""Who is writing: a linked rep, manager or admin; everyone else is politely refused."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import Update
from telegram.ext import ContextTypes

from bot import texts
from memory.db import Database
from memory.people import person_by_telegram


@dataclass(frozen=True)
class Caller:
    name: str
    role: str


def known_caller(db: Database, update: Update) -> Caller | None:
    user = update.effective_user
    if user is None:
        return None
    with db.session() as session:
        person = person_by_telegram(session=session, telegram_id=user.id)
        return Caller(person.name, person.role) if person else None


async def require_caller(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Caller | None:
    """The caller, or None after telling an unknown user how to get access (nothing is stored)."""
    caller = known_caller(context.bot_data["db"], update)
    if caller is None and update.effective_message is not None:
        await update.effective_message.reply_text(texts.t("tg_unknown_user"))
    return caller
