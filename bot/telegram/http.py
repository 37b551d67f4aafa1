"""The Bot API over aiohttp instead of PTB's default httpx.

Why: under load the bot spends most of its time in the HTTP client, not in its own work. Against
the same Bot API server httpx costs about 1.0 ms of CPU per call and aiohttp 0.3 ms
(`bench/README.md`, "Telegram under load"); a note and its save take four calls. PTB supports other
clients through `BaseRequest`, which this implements.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

if TYPE_CHECKING:
    from telegram._utils.types import ODVInput

_NOT_GIVEN = type(BaseRequest.DEFAULT_NONE)  # PTB's marker for "the caller set no timeout"


def _seconds(value: ODVInput[float], default: float | None) -> float | None:
    return default if isinstance(value, _NOT_GIVEN) else value  # type: ignore[return-value]


class AiohttpRequest(BaseRequest):
    """One aiohttp session with a bounded connection pool."""

    def __init__(
        self, *, connections: int = 8, read_timeout: float = 5.0, media_timeout: float = 60.0
    ) -> None:
        self._connections = connections
        self._read_timeout = read_timeout
        self._media_timeout = media_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._connections)
            self._session = aiohttp.ClientSession(connector=connector)

    async def shutdown(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None:
            raise RuntimeError("AiohttpRequest is not initialized")
        body: aiohttp.FormData | dict[str, str] | None = None
        media = request_data is not None and request_data.contains_files
        if request_data is not None and media:
            # File names go out as UTF-8, as httpx sends them and the Bot API reads them, not
            # percent-encoded (aiohttp's default).
            body = aiohttp.FormData(request_data.json_parameters, quote_fields=False)
            for name, (filename, content, mimetype) in request_data.multipart_data.items():
                body.add_field(name, content, filename=filename, content_type=mimetype)
        elif request_data is not None:
            body = request_data.json_parameters
        # aiohttp has no write timeout: an upload is bounded by a total time instead.
        timeout = aiohttp.ClientTimeout(
            total=self._media_timeout if media else None,
            connect=_seconds(pool_timeout, 5.0),
            sock_connect=_seconds(connect_timeout, 5.0),
            sock_read=_seconds(read_timeout, self._read_timeout),
        )
        try:
            async with self._session.request(
                method, url, data=body, timeout=timeout, headers={"User-Agent": self.USER_AGENT}
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error
