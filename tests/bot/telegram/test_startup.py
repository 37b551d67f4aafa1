"""`keqing run` with the Bot API unreachable at start: it asks again with growing pauses, one log line
per attempt, then starts once the API answers; no traceback, no unclosed session, no token in the log."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.telegram.startup import wait_for_bot_api
from tests.bot.telegram.conftest import HERE, TOKEN, free_port


def test_each_failed_attempt_is_one_log_line_and_the_pauses_grow(caplog: pytest.LogCaptureFixture) -> None:
    pauses: list[float] = []
    with caplog.at_level(logging.WARNING, logger="keqing.telegram"):
        reached = wait_for_bot_api(
            base_url=f"http://127.0.0.1:{free_port()}", token=TOKEN, attempts=4, sleep=pauses.append
        )
    assert not reached
    assert pauses == [1, 2, 4, 8]
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 4 and all("unreachable" in line for line in lines)


def test_the_bot_starts_once_the_api_comes_up(keqing_home: Path, tmp_path: Path) -> None:
    port = free_port()
    log = tmp_path / "bot.log"
    env = {
        **os.environ,
        "KEQING_HOME": str(keqing_home),
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": f"http://127.0.0.1:{port}",
    }
    keqing = str(Path(sys.executable).parent / "keqing")
    with log.open("w") as handle:
        bot = subprocess.Popen([keqing, "run"], env=env, stdout=handle, stderr=handle)
    emulator = None
    try:
        deadline = time.time() + 60
        while log.read_text(errors="replace").count("unreachable") < 2:
            assert bot.poll() is None and time.time() < deadline, log.read_text()
            time.sleep(0.2)
        emulator = subprocess.Popen(
            ["node", str(HERE / "emulator.js"), str(port)], cwd=HERE, stdout=subprocess.PIPE, text=True
        )
        assert emulator.stdout is not None and "READY" in emulator.stdout.readline()
        deadline = time.time() + 120
        while "Application started" not in log.read_text(errors="replace"):
            assert bot.poll() is None and time.time() < deadline, log.read_text()
            time.sleep(0.2)
    finally:
        bot.terminate()
        bot.wait(20)
        if emulator is not None:
            emulator.terminate()
            emulator.wait(10)
    text = log.read_text(errors="replace")
    assert "Traceback" not in text and "Unclosed" not in text and TOKEN not in text
