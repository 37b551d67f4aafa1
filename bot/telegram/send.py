"""Sending text to Telegram: plain text (no parse mode, so nothing a rep types can break the
markup), split at line breaks to stay within Telegram's 4096-character limit."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from functools import partial
from typing import TypeVar

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.error import BadRequest, Forbidden, NetworkError, TimedOut

from bot.views.replies import Reply

LIMIT = 4096
T = TypeVar("T")
log = logging.getLogger("keqing.telegram")


def split_text(text: str, limit: int = LIMIT) -> list[str]:
    parts: list[str] = []
    current = ""
    for line in text.splitlines(keepends=True):
        while len(line) > limit:  # one very long line: cut it hard
            if current:
                parts.append(current)
                current = ""
            parts.append(line[:limit])
            line = line[limit:]
        if len(current) + len(line) > limit:
            parts.append(current)
            current = ""
        current += line
    if current.strip() or not parts:
        parts.append(current)
    return [p.rstrip("\n") or " " for p in parts]


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.choices:
        return None
    buttons = [InlineKeyboardButton(c.label, callback_data=c.action) for c in reply.choices]
    if len(buttons) <= 3 and all(len(c.label) <= 8 for c in reply.choices):
        return InlineKeyboardMarkup([buttons])
    return InlineKeyboardMarkup([[button] for button in buttons])  # long labels: one per row


async def retrying(send: Callable[[], Awaitable[T]], attempts: int = 3, pause: float = 0.5) -> T:
    """A send whose connection dropped is sent again: what it reports (a save, say) has already
    happened, and an error message instead would tell the rep it had not. Telegram refusing the
    request (BadRequest, Forbidden) is not a dropped connection and is not retried."""
    for attempt in range(1, attempts + 1):
        try:
            return await send()
        except (NetworkError, TimedOut) as exc:
            if isinstance(exc, BadRequest | Forbidden) or attempt == attempts:
                raise
            log.warning("sending failed (%s), attempt %d of %d", type(exc).__name__, attempt, attempts)
            await asyncio.sleep(pause * attempt)
    raise AssertionError("unreachable")


async def send_replies(message: Message, replies: list[Reply]) -> None:
    for reply in replies:
        if reply.photo is not None:
            await retrying(partial(message.reply_photo, reply.photo))
        if reply.document is not None:
            filename, data = reply.document
            await retrying(
                partial(message.reply_document, data, filename=filename, caption=reply.text[:1024])
            )
            continue
        parts = split_text(reply.text)
        for index, part in enumerate(parts):
            markup = keyboard(reply) if index == len(parts) - 1 else None
            await retrying(partial(message.reply_text, part, reply_markup=markup))
