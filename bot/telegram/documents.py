"""A file sent to the bot: an admin's PDF/DOCX/HTML/TXT joins the knowledge base (bot/flows/documents.py)."""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.constants import ChatAction

from bot.flows.documents import DocumentFlow
from bot.telegram.access import KeqingContext
from bot.telegram.send import send_replies


async def on_document(update: Update, context: KeqingContext) -> None:
    message = update.effective_message
    if message is None or message.document is None:
        return
    assistant = context.assistant
    flow = DocumentFlow(assistant.ctx, assistant.playbook)
    context.application.create_task(message.chat.send_action(ChatAction.TYPING), update=update)
    document = message.document
    data = bytes(await (await document.get_file()).download_as_bytearray())
    outcome = await asyncio.to_thread(
        flow.add, user=context.caller.name, filename=document.file_name or "document.txt", data=data
    )
    await send_replies(message, outcome.replies)
