"""/reminders on|off, and the morning reminder job (PTB JobQueue) in the company's time zone."""

from __future__ import annotations

import asyncio
import logging
from zoneinfo import ZoneInfo

from telegram import Update
from telegram.ext import Application

from bot.reminders import morning_messages, set_reminders
from bot.telegram.access import KeqingContext
from bot.telegram.dedupe import claim_job
from bot.views import texts
from memory.base.settings import Settings
from prompts import load_texts

log = logging.getLogger("keqing.reminders")


async def reminders(update: Update, context: KeqingContext) -> None:
    if update.effective_message is None:
        return
    on = (context.args or ["on"])[0].lower() not in load_texts("labels")["chat_words"]["off"]
    set_reminders(context.db, name=context.caller.name, on=on)
    at = context.assistant.ctx.settings.reminder_time.strftime("%H:%M")
    await update.effective_message.reply_text(
        texts.t("reminders_on", time=at) if on else texts.t("reminders_off")
    )


async def send_reminders(context: KeqingContext) -> None:
    """Runs every morning in one worker; one person's failed delivery does not stop the others'."""
    ctx = context.assistant.ctx
    today = ctx.clock.today()
    if not await asyncio.to_thread(claim_job, ctx.db, "morning-reminders", today):
        return  # another worker sends today's reminders
    messages = await asyncio.to_thread(morning_messages, ctx, today)
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
