"""Free text (a note or a question) and the buttons under a note's card."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatAction
from telegram.ext import ContextTypes

from bot.core import Assistant
from bot.telegram.access import require_caller
from bot.telegram.send import send_replies


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    caller = await require_caller(update, context)
    if caller is None or message is None:
        return
    # The typing indicator goes out alongside the work, not before it: one round trip less per note.
    context.application.create_task(message.chat.send_action(ChatAction.TYPING), update=update)
    assistant: Assistant = context.bot_data["assistant"]
    await send_replies(message, assistant.handle_text(user=caller.name, text=message.text or ""))


async def on_choice(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    caller = await require_caller(update, context)
    if query is None or caller is None:
        return
    await query.answer()
    assistant: Assistant = context.bot_data["assistant"]
    replies = assistant.choose(user=caller.name, action=query.data or "")
    if query.message is not None:
        await query.edit_message_reply_markup(reply_markup=None)
        await send_replies(query.message, replies)  # type: ignore[arg-type]
