"""The aiohttp transport maps failures the way PTB expects (its success paths run in test_e2e)."""

from __future__ import annotations

import asyncio
import socket

import pytest
from telegram.error import NetworkError, TimedOut

from bot.telegram.http import AiohttpRequest
from tests.bot.telegram.conftest import free_port


async def _call(url: str, **timeouts: float) -> None:
    request = AiohttpRequest()
    await request.initialize()
    try:
        await request.do_request(url, "POST", **timeouts)
    finally:
        await request.shutdown()


def test_an_unreachable_api_is_a_network_error() -> None:
    with pytest.raises(NetworkError, match=r"aiohttp\.Client"):
        asyncio.run(_call(f"http://127.0.0.1:{free_port()}/botTOKEN/getMe"))


def test_an_api_that_never_answers_times_out() -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/botTOKEN/getMe"
        with pytest.raises(TimedOut):
            asyncio.run(_call(url, read_timeout=0.3))


def test_it_must_be_initialized_first() -> None:
    with pytest.raises(RuntimeError):
        asyncio.run(AiohttpRequest().do_request("http://127.0.0.1:9/botTOKEN/getMe", "POST"))
