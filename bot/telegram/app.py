"""The Telegram application: handlers, one global error handler, polling or webhook."""

from __future__ import annotations

import gc
import logging
import secrets

from telegram import Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.assistant import Assistant
from bot.context import AppContext
from bot.telegram import commands, conversation, dedupe, documents, reminders
from bot.telegram.access import KeqingContext, check_access
from bot.telegram.http import AiohttpRequest
from bot.telegram.startup import wait_for_bot_api
from bot.views import texts
from memory.base.db import unreachable
from memory.base.redact import install_log_redaction

log = logging.getLogger("keqing.telegram")


async def on_error(update: object, context: KeqingContext) -> None:
    """Logs every failure with its traceback and tells the user; nothing is dropped silently."""
    log.error("error while handling an update", exc_info=context.error)
    # the database down for longer than the retries wait: the message was not kept, and says so
    down = context.error is not None and unreachable(context.error)
    if isinstance(update, Update) and update.effective_message is not None:
        await update.effective_message.reply_text(texts.t("tg_db_unavailable" if down else "tg_error"))


async def warm_up(application: Application) -> None:
    """Builds the extraction index before the first rep writes, so nobody waits for it."""
    application.bot_data["assistant"].warm_up()
    # What was just built lives as long as the process: frozen out of the collector, a full
    # collection no longer walks its ~600k objects (0.3 s with the event loop stopped).
    gc.freeze()


def build_application(ctx: AppContext) -> Application:
    settings = ctx.settings
    if not settings.telegram_bot_token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    root = settings.telegram_api_base_url.rstrip("/")
    application = (
        Application.builder()
        .token(settings.telegram_bot_token)
        .base_url(f"{root}/bot")
        .base_file_url(f"{root}/file/bot")
        .concurrent_updates(True)
        .request(AiohttpRequest())
        .get_updates_request(AiohttpRequest(connections=1))
        .post_init(warm_up)
        .context_types(ContextTypes(context=KeqingContext))
        .build()
    )
    application.bot_data["assistant"] = Assistant(ctx)
    application.add_handler(TypeHandler(Update, dedupe.drop_redelivered), group=-2)
    application.add_handler(TypeHandler(Update, check_access), group=-1)
    application.add_handler(CommandHandler("start", commands.start))
    application.add_handler(CommandHandler("help", commands.help_))
    application.add_handler(CommandHandler("lang", commands.lang))
    application.add_handler(CommandHandler("ask", commands.ask))
    application.add_handler(CommandHandler(commands.FLOW_COMMANDS, commands.flow))
    application.add_handler(CommandHandler("reminders", reminders.reminders))
    application.add_handler(MessageHandler(filters.COMMAND, commands.unknown))
    application.add_handler(MessageHandler(filters.Document.ALL, documents.on_document))
    application.add_handler(MessageHandler(filters.TEXT | filters.CAPTION, conversation.on_text))
    # Status updates (pins, members joining) are not messages from a rep: no answer.
    application.add_handler(MessageHandler(~filters.StatusUpdate.ALL, conversation.not_text))
    application.add_handler(CallbackQueryHandler(conversation.on_choice))
    application.add_error_handler(on_error)
    reminders.schedule_reminders(application, settings)
    return application


def run_bot(ctx: AppContext, *, webhook: str | None, port: int) -> None:
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s %(message)s", level=logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    # every request URL carries the token: no log line may show it
    install_log_redaction([ctx.settings.telegram_bot_token, ctx.settings.openai_api_key])
    wait_for_bot_api(base_url=ctx.settings.telegram_api_base_url, token=ctx.settings.telegram_bot_token or "")
    application = build_application(ctx)
    if webhook:
        # Telegram echoes the secret in a header on every push; without it anyone who learns the
        # URL could post updates in a rep's name. A fresh one per start needs no configuration.
        secret = secrets.token_urlsafe(32)
        application.run_webhook(listen="0.0.0.0", port=port, webhook_url=webhook, secret_token=secret)
    else:
        application.run_polling(allowed_updates=Update.ALL_TYPES)
