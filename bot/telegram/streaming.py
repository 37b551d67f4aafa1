"""A model's answer streamed into one Telegram message, edited in place as tokens arrive (throttled)."""

from __future__ import annotations

import asyncio
import time

from telegram import Message

from bot.assistant import Assistant
from bot.telegram.send import split_text
from bot.views.answers import render_answer
from knowledge.llm_answer import stream_answer

EDIT_EVERY = 1.0  # seconds between edits: Telegram rate-limits edits of one message


async def answer_streaming(message: Message, assistant: Assistant, question: str) -> bool:
    """True once answered; False when there is no model, the question is refused (clinical, or nothing
    relevant enough), or the model failed before its first token — then the caller answers the usual
    way and the rep never waits on a dead endpoint."""
    playbook = await asyncio.to_thread(assistant.playbook)
    if playbook.model is None:
        return False
    if await asyncio.to_thread(playbook.refused, question) is not None:
        return False  # clinical or not covered: the usual answer is the refusal
    passages = playbook.last.passages
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str | BaseException | None] = asyncio.Queue()
    model = playbook.model

    def produce() -> None:
        try:
            for text in stream_answer(model, question, passages):
                loop.call_soon_threadsafe(queue.put_nowait, text)
            loop.call_soon_threadsafe(queue.put_nowait, None)
        except Exception as exc:  # reported to the consumer, which falls back
            loop.call_soon_threadsafe(queue.put_nowait, exc)

    producer = asyncio.create_task(asyncio.to_thread(produce))
    sent: Message | None = None
    shown, text, last_edit = "", "", 0.0
    while (item := await queue.get()) is not None:
        if isinstance(item, BaseException):
            if sent is None:
                await producer
                return False
            break
        text = item
        if not text.strip() or time.monotonic() - last_edit < EDIT_EVERY:
            continue
        if sent is None:
            sent = await message.reply_text(text)
        elif text != shown:
            await sent.edit_text(text)
        shown, last_edit = text, time.monotonic()
    await producer
    answer = playbook.model_reply(question, text, passages)
    first, *rest = split_text(render_answer(answer))
    if sent is None:
        await message.reply_text(first)
    elif first != shown:
        await sent.edit_text(first)
    for part in rest:
        await message.reply_text(part)
    return True
