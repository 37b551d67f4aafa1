"""Who is writing, checked once per update before any handler runs (group -1, as PTB recommends):
a linked rep, manager or admin goes on; everyone else is politely refused and nothing is stored.

The check reads the database on every update (a fraction of a millisecond), so `keqing unlink` or a
deactivation takes effect at once, and several bot workers never disagree about who may write."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from telegram import Update
from telegram.ext import ApplicationHandlerStop, CallbackContext, ExtBot

from bot.assistant import Assistant
from bot.views import texts
from memory.accounts.people import person_by_telegram
from memory.base.db import Database


@dataclass(frozen=True)
class Caller:
    name: str
    role: str


class KeqingContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """What every handler gets: the assistant, and the caller the access check let through."""

    @property
    def assistant(self) -> Assistant:
        return cast(Assistant, self.bot_data["assistant"])

    @property
    def db(self) -> Database:
        return self.assistant.ctx.db

    @property
    def linked(self) -> Caller | None:
        """The caller, or None for someone not linked yet (only /start CODE gets this far)."""
        return None if self.user_data is None else cast(Caller | None, self.user_data.get("caller"))

    @property
    def caller(self) -> Caller:
        caller = self.linked
        if caller is None:  # check_access stops every update of an unknown user but /start CODE
            raise RuntimeError("handler reached without a linked caller")
        return caller


def _redeeming_code(update: Update) -> bool:
    """`/start CODE` is how a new person links their account: it must reach its handler."""
    message = update.effective_message
    text = message.text if message is not None else None
    return bool(text and text.startswith("/start ") and len(text.split()) == 2)


async def check_access(update: object, context: KeqingContext) -> None:
    if not isinstance(update, Update) or update.effective_user is None:
        raise ApplicationHandlerStop
    with context.db.session() as session:
        person = person_by_telegram(session=session, telegram_id=update.effective_user.id)
        caller = Caller(person.name, person.role) if person is not None else None
    if context.user_data is not None:
        context.user_data["caller"] = caller
    if caller is not None or _redeeming_code(update):
        return
    if update.callback_query is not None:
        await update.callback_query.answer(texts.t("tg_unknown_user"), show_alert=True)
    elif update.effective_message is not None:
        await update.effective_message.reply_text(texts.t("tg_unknown_user"))
    raise ApplicationHandlerStop
