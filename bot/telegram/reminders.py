"""/brief CUSTOMER, /today, /reminders on|off, and the daily reminder job (PTB JobQueue)."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from zoneinfo import ZoneInfo

from telegram import Update
from telegram.ext import Application, ContextTypes

from bot.assistant import Assistant
from bot.reminders import morning_messages, set_reminders
from bot.telegram.access import require_caller
from bot.telegram.send import send_replies
from bot.views import texts
from memory.base.settings import Settings

log = logging.getLogger("keqing.reminders")


async def brief(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    caller = await require_caller(update, context)
    message = update.effective_message
    if caller is None or message is None:
        return
    query = " ".join(context.args or [])
    if not query:
        await message.reply_text(texts.t("brief_which"))
        return
    assistant: Assistant = context.bot_data["assistant"]
    replies = await asyncio.to_thread(
        assistant.briefing.brief, user=caller.name, query=query, today=dt.date.today()
    )
    await send_replies(message, replies)


async def today(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    caller = await require_caller(update, context)
    if caller is None or update.effective_message is None:
        return
    assistant: Assistant = context.bot_data["assistant"]
    replies = await asyncio.to_thread(assistant.briefing.today, user=caller.name, today=dt.date.today())
    await send_replies(update.effective_message, replies)


async def reminders(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    caller = await require_caller(update, context)
    if caller is None or update.effective_message is None:
        return
    on = (context.args or ["on"])[0].lower() not in {"off", "关", "关闭", "0"}
    set_reminders(context.bot_data["db"], name=caller.name, on=on)
    settings: Settings = context.bot_data["settings"]
    text = (
        texts.t("reminders_on", time=settings.reminder_time.strftime("%H:%M"))
        if on
        else texts.t("reminders_off")
    )
    await update.effective_message.reply_text(text)


async def send_reminders(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Runs every morning; one person's failed delivery does not stop the others'."""
    settings: Settings = context.bot_data["settings"]
    day = dt.datetime.now(ZoneInfo(settings.timezone)).date()
    messages = await asyncio.to_thread(morning_messages, context.bot_data["db"], day)
    for chat_id, text in messages:
        try:
            await context.bot.send_message(chat_id=chat_id, text=text)
        except Exception:
            log.warning("reminder to %s not delivered", chat_id, exc_info=True)


def schedule_reminders(application: Application, settings: Settings) -> None:
    if application.job_queue is None:
        raise RuntimeError("python-telegram-bot[job-queue] is not installed")
    at = settings.reminder_time.replace(tzinfo=ZoneInfo(settings.timezone))
    application.job_queue.run_daily(send_reminders, time=at, name="morning-reminders")
