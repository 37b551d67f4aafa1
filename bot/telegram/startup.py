"""Start-up when the Bot API cannot be reached yet (the network is not up, a local Bot API server is
still starting): ask it again with growing pauses, one log line per attempt, rather than exit with a
traceback. The probe is a plain getMe over a client that is always closed, so a failed attempt leaves
no open session behind."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import httpx

log = logging.getLogger("keqing.telegram")


def wait_for_bot_api(
    *,
    base_url: str,
    token: str,
    attempts: int | None = None,
    first_pause: float = 1.0,
    longest_pause: float = 60.0,
    sleep: Callable[[float], None] = time.sleep,
) -> bool:
    """True once getMe answers; False after `attempts` failures (None: keep trying)."""
    url = f"{base_url.rstrip('/')}/bot{token}/getMe"
    pause, attempt = first_pause, 0
    while attempts is None or attempt < attempts:
        attempt += 1
        try:
            with httpx.Client(timeout=10) as client:
                answer = client.get(url)
            if answer.status_code < 500:  # reached: a wrong token is Telegram's answer to report, not ours
                return True
            problem = f"HTTP {answer.status_code}"
        except httpx.HTTPError as exc:
            problem = type(exc).__name__
        log.warning("Bot API unreachable (attempt %d: %s); trying again in %.0f s", attempt, problem, pause)
        sleep(pause)
        pause = min(pause * 2, longest_pause)
    return False
