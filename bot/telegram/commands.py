"""Slash commands: /start [CODE], /help, /lang, /note, /ask, /undo, /brief, /today, /team, /export."""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.constants import ChatAction

from bot.telegram.access import KeqingContext
from bot.telegram.send import send_replies
from bot.telegram.streaming import answer_streaming
from bot.views import texts
from memory.accounts.people import redeem_invite
from memory.base.errors import KeqingError

# Commands whose work is a flow of the assistant's: the same table as the terminal chat's.
FLOW_COMMANDS = ["note", "brief", "today", "team", "export", "undo", "safety"]


async def start(update: Update, context: KeqingContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    caller = context.linked
    if caller is not None:
        await message.reply_text(texts.t("tg_welcome", name=caller.name))
        return
    try:
        with context.db.session() as session:  # only `/start CODE` of an unlinked person gets here
            person = redeem_invite(session=session, code=(context.args or [""])[0], telegram_id=user.id)
            name = person.name if person else None
    except KeqingError as exc:  # too many wrong codes from this account
        await message.reply_text(texts.error_text(exc))
        return
    await message.reply_text(texts.t("tg_linked", name=name) if name else texts.t("tg_bad_code"))


async def help_(update: Update, context: KeqingContext) -> None:
    if update.effective_message:
        await update.effective_message.reply_text(texts.t("tg_help"))


async def lang(update: Update, context: KeqingContext) -> None:
    if update.effective_message:
        await update.effective_message.reply_text(texts.t("tg_lang"))


async def unknown(update: Update, context: KeqingContext) -> None:
    """A command the bot does not have: say so rather than stay silent."""
    if update.effective_message:
        await update.effective_message.reply_text(texts.t("unknown_command"))


async def flow(update: Update, context: KeqingContext) -> None:
    """/brief 仁和, /team 上周, /export…: the assistant's command table, off the event loop (reports
    and charts take tens to hundreds of milliseconds)."""
    message = update.effective_message
    if message is None or not message.text:
        return
    name = message.text.split()[0].lstrip("/").split("@")[0]
    context.application.create_task(message.chat.send_action(ChatAction.TYPING), update=update)
    replies = await asyncio.to_thread(
        context.assistant.command, user=context.caller.name, name=name, args=" ".join(context.args or [])
    )
    await send_replies(message, replies or [])


async def ask(update: Update, context: KeqingContext) -> None:
    message = update.effective_message
    question = " ".join(context.args or [])
    if message is None:
        return
    if question and await answer_streaming(message, context.assistant, question):
        return
    replies = await asyncio.to_thread(
        context.assistant.command, user=context.caller.name, name="ask", args=question
    )
    await send_replies(message, replies or [])
