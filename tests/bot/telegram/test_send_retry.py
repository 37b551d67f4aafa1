"""A dropped connection while answering (after a button press has saved the note) is sent again,
rather than reported as an error; Telegram refusing a request is not retried."""

from __future__ import annotations

import asyncio

import pytest
from telegram.error import BadRequest, NetworkError, TimedOut

from bot.telegram.send import retrying


class Flaky:
    """A send that drops its connection `drops` times before it goes through."""

    def __init__(self, drops: int, error: Exception) -> None:
        self.drops, self.error, self.calls = drops, error, 0

    async def __call__(self) -> str:
        self.calls += 1
        if self.calls <= self.drops:
            raise self.error
        return "sent"


@pytest.mark.parametrize("error", [NetworkError("Connection reset by peer"), TimedOut("Timed out")])
def test_a_dropped_send_is_sent_again(error: Exception) -> None:
    send = Flaky(2, error)
    assert asyncio.run(retrying(send, pause=0)) == "sent" and send.calls == 3


def test_a_send_that_keeps_failing_gives_up_after_three_attempts() -> None:
    send = Flaky(5, NetworkError("Server disconnected"))
    with pytest.raises(NetworkError):
        asyncio.run(retrying(send, pause=0))
    assert send.calls == 3


def test_a_refused_request_is_not_retried() -> None:
    send = Flaky(1, BadRequest("Message is not modified"))
    with pytest.raises(BadRequest):
        asyncio.run(retrying(send, pause=0))
    assert send.calls == 1
