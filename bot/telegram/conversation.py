"""Free text (a note, a question, a request) and the buttons under a card."""

from __future__ import annotations

import asyncio
from functools import partial

from telegram import Update
from telegram.constants import ChatAction

from bot.telegram.access import KeqingContext
from bot.telegram.send import retrying, send_replies
from bot.telegram.streaming import answer_streaming
from bot.views import texts


async def on_text(update: Update, context: KeqingContext) -> None:
    message = update.effective_message
    if message is None:
        return
    assistant, user = context.assistant, context.caller.name
    text = message.text or message.caption or ""  # a shelf photo's caption is a note too
    intent = assistant.intent(text)
    if intent == "question" and await answer_streaming(message, assistant, text):
        return
    if intent != "note":
        # Retrieval, briefings and charts take tens to hundreds of milliseconds: off the event loop.
        context.application.create_task(message.chat.send_action(ChatAction.TYPING), update=update)
        replies = await asyncio.to_thread(assistant.handle_text, user=user, text=text)
    else:
        # A note is a few milliseconds of CPU: running it inline beats a thread hop under load.
        replies = assistant.handle_text(user=user, text=text)
    await send_replies(message, replies)


async def not_text(update: Update, context: KeqingContext) -> None:
    """Voice, stickers, files, uncaptioned photos: only text can become a note, and the rep is told."""
    if update.effective_message is not None:
        await update.effective_message.reply_text(texts.t("tg_text_only"))


async def on_choice(update: Update, context: KeqingContext) -> None:
    query = update.callback_query
    if query is None:
        return
    replies = context.assistant.choose(user=context.caller.name, action=query.data or "")
    if query.message is None:
        await query.answer()
        return
    # The spinner stops and the card loses its buttons together, then the outcome follows.
    await asyncio.gather(
        retrying(query.answer), retrying(partial(query.edit_message_reply_markup, reply_markup=None))
    )
    await send_replies(query.message, replies)  # type: ignore[arg-type]
