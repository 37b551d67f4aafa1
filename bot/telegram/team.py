"""/team [本周|上周|本月|上月…] with the chart as a photo, and /export as an Excel file (managers)."""

from __future__ import annotations

import asyncio
import datetime as dt

from telegram import Update
from telegram.constants import ChatAction
from telegram.ext import ContextTypes

from bot.assistant import Assistant
from bot.telegram.access import require_caller
from bot.telegram.send import send_replies


async def team(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    caller = await require_caller(update, context)
    message = update.effective_message
    if caller is None or message is None:
        return
    assistant: Assistant = context.bot_data["assistant"]
    context.application.create_task(message.chat.send_action(ChatAction.UPLOAD_PHOTO), update=update)
    words = " ".join(context.args or [])
    replies = await asyncio.to_thread(
        assistant.team.team, user=caller.name, words=words, today=dt.date.today()
    )
    await send_replies(message, replies)


async def export(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    caller = await require_caller(update, context)
    message = update.effective_message
    if caller is None or message is None:
        return
    assistant: Assistant = context.bot_data["assistant"]
    words = " ".join(context.args or [])
    replies = await asyncio.to_thread(
        assistant.team.export, user=caller.name, words=words, today=dt.date.today()
    )
    await send_replies(message, replies)
