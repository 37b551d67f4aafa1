"""Slash commands: /start [CODE], /help, /note, /ask, /undo, /lang, and any other."""

from __future__ import annotations

import asyncio

from telegram import Message, Update
from telegram.ext import ContextTypes

from bot.assistant import Assistant
from bot.telegram.access import known_caller, require_caller
from bot.telegram.send import send_replies
from bot.telegram.streaming import answer_streaming
from bot.views import texts
from memory.accounts.people import redeem_invite


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    db = context.bot_data["db"]
    caller = known_caller(db, update)
    if caller is None and context.args:
        with db.session() as session:
            person = redeem_invite(session=session, code=context.args[0], telegram_id=user.id)
            name = person.name if person else None
        if name is None:
            await message.reply_text(texts.t("tg_bad_code"))
            return
        await message.reply_text(texts.t("tg_linked", name=name))
        return
    if caller is None:
        await message.reply_text(texts.t("tg_unknown_user"))
        return
    await message.reply_text(texts.t("tg_welcome", name=caller.name))


async def unknown(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A command the bot does not have: say so rather than stay silent."""
    if await require_caller(update, context) and update.effective_message:
        await update.effective_message.reply_text(texts.t("unknown_command"))


async def help_(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if await require_caller(update, context) and update.effective_message:
        await update.effective_message.reply_text(texts.t("tg_help"))


async def _text_after_command(
    update: Update, context: ContextTypes.DEFAULT_TYPE, usage: str
) -> tuple[str, Message, str] | None:
    """(caller name, message, the text after the command), or None once the user has been told why not."""
    caller = await require_caller(update, context)
    message = update.effective_message
    if caller is None or message is None:
        return None
    text = " ".join(context.args or [])
    if not text:
        await message.reply_text(texts.t(usage))
        return None
    return caller.name, message, text


async def note(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    found = await _text_after_command(update, context, "tg_note_how")
    if found is not None:
        name, message, text = found
        assistant: Assistant = context.bot_data["assistant"]
        await send_replies(message, assistant.take_note(user=name, text=text))


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    found = await _text_after_command(update, context, "tg_ask_how")
    if found is not None:
        _, message, question = found
        assistant: Assistant = context.bot_data["assistant"]
        if await answer_streaming(message, assistant, question):
            return
        await send_replies(message, await asyncio.to_thread(assistant.ask, question))


async def undo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    caller = await require_caller(update, context)
    if caller is None or update.effective_message is None:
        return
    assistant: Assistant = context.bot_data["assistant"]
    await send_replies(update.effective_message, assistant.undo(user=caller.name))


async def lang(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if await require_caller(update, context) and update.effective_message:
        await update.effective_message.reply_text(texts.t("tg_lang"))
