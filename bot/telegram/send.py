"""Sending text to Telegram: plain text (no parse mode, so nothing a rep types can break the
markup), split at line breaks to stay within Telegram's 4096-character limit."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message

from bot.views.replies import Reply

LIMIT = 4096


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


async def send_replies(message: Message, replies: list[Reply]) -> None:
    for reply in replies:
        if reply.photo is not None:
            await message.reply_photo(reply.photo)
        if reply.document is not None:
            filename, data = reply.document
            await message.reply_document(data, filename=filename, caption=reply.text[:1024])
            continue
        parts = split_text(reply.text)
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            await message.reply_text(part, reply_markup=keyboard(reply) if last else None)
