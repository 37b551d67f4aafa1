"""A real Bot API emulator (npm telegram-test-api, corrected in emulator.js) and the real bot
process (`keqing run`) pointed at it; the test plays the users over HTTP."""

from __future__ import annotations

import base64
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

HERE = Path(__file__).parent
TOKEN = "123456:TEST-TOKEN"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def button(message: dict[str, Any], data: str) -> str:
    """The data of the message's button that is `data` or starts with `data:`."""
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    found = [b["callback_data"] for row in rows for b in row if b["callback_data"].partition(":")[0] == data]
    return data if data in found or not found else found[0]


@dataclass
class TelegramUser:
    api: str
    id: int
    name: str
    chat: dict[str, Any] = field(init=False)
    http: httpx.Client = field(init=False)

    def __post_init__(self) -> None:
        self.chat = {"id": self.id, "type": "private", "first_name": self.name}
        self.http = httpx.Client(base_url=self.api, timeout=10)

    def _sender(self) -> dict[str, Any]:
        return {"id": self.id, "is_bot": False, "first_name": self.name}

    def send(self, text: str) -> None:
        payload: dict[str, Any] = {
            "botToken": TOKEN,
            "from": self._sender(),
            "chat": self.chat,
            "date": int(time.time()),
            "text": text,
        }
        route = "/sendMessage"
        if text.startswith("/"):
            command = text.split()[0]
            payload["entities"] = [{"offset": 0, "length": len(command), "type": "bot_command"}]
            route = "/sendCommand"
        self.http.post(route, json=payload).raise_for_status()

    def send_document(self, filename: str, data: bytes) -> None:
        """Sends a file, as a user attaching a document in the app."""
        payload = {
            "botToken": TOKEN,
            "from": self._sender(),
            "chat": self.chat,
            "date": int(time.time()),
            "file_name": filename,
            "content": base64.b64encode(data).decode("ascii"),
        }
        self.http.post("/sendDocument", json=payload).raise_for_status()

    def press(self, message: dict[str, Any], data: str) -> None:
        """Presses the button of `message` whose data is `data`, or `data:…` (buttons name their note)."""
        data = button(message, data)
        payload = {
            "botToken": TOKEN,
            "from": self._sender(),
            "date": int(time.time()),
            "data": data,
            "chat_instance": str(self.id),
            "message": {
                "message_id": message["message_id"],
                "date": int(time.time()),
                "chat": self.chat,
                "text": message.get("text", ""),
            },
        }
        self.http.post("/sendCallback", json=payload).raise_for_status()

    def replies(self, count: int = 1, timeout: float = 20) -> list[dict[str, Any]]:
        """The bot's next `count` messages to this user (waits for them, as a pushed client would)."""
        got: list[dict[str, Any]] = []
        deadline = time.time() + timeout
        while len(got) < count and (left := deadline - time.time()) > 0:
            wait = {"token": TOKEN, "chatId": self.id, "wait": min(left, 5)}
            for record in self.http.post("/getUpdates", json=wait).json()["result"]:
                message = dict(record["message"])
                message["message_id"] = record["messageId"]
                got.append(message)
        assert len(got) >= count, f"expected {count} replies, got {got}"
        return got

    def history(self) -> list[dict[str, Any]]:
        """Every bot message to this user as it stands now, edits included."""
        answer = self.http.post("/getUpdatesHistory", json={"token": TOKEN}).json()["result"]
        return [
            r["message"]
            for r in answer
            if "message" in r and str(r["message"].get("chat_id")) == str(self.id)
        ]

    def wait_for(self, text: str, timeout: float = 120) -> dict[str, Any]:
        """The first bot message (edits included) containing `text`, waiting for it to appear."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            found = next((m for m in self.history() if text in (m.get("text") or "")), None)
            if found is not None:
                return found
            time.sleep(0.2)
        raise AssertionError(f"no message with {text!r}: {self.history()}")


@dataclass
class Harness:
    api: str
    log: Path
    webhook: str | None = None  # the bot's own webhook URL, in webhook mode

    def user(self, telegram_id: int, name: str = "用户") -> TelegramUser:
        return TelegramUser(self.api, telegram_id, name)

    def bot_errors(self) -> list[str]:
        text = self.log.read_text(encoding="utf-8", errors="replace")
        return [
            line
            for line in text.splitlines()
            if " ERROR " in line or "Traceback" in line or "CRITICAL" in line
        ]


@pytest.fixture
def emulator() -> Iterator[str]:
    """The Bot API emulator on a free local port; yields its root URL."""
    port = free_port()
    process = subprocess.Popen(
        ["node", str(HERE / "emulator.js"), str(port)], cwd=HERE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None and "READY" in process.stdout.readline()
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)


def _run_bot(emulator: str, home: Path, log: Path, *args: str) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "KEQING_HOME": str(home),
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": emulator,
    }
    keqing = str(Path(sys.executable).parent / "keqing")
    with log.open("w") as handle:
        bot = subprocess.Popen([keqing, "run", *args], env=env, stdout=handle, stderr=handle)
    # a bot that exits fails at once (poll); one that is slow to warm up on a busy machine (the soak
    # runs beside the suite) is waited for
    deadline = time.time() + 120
    while "Application started" not in log.read_text(errors="replace"):
        assert bot.poll() is None, log.read_text()
        assert time.time() < deadline, log.read_text()
        time.sleep(0.1)
    return bot


@pytest.fixture
def telegram(emulator: str, keqing_home: Path, tmp_path: Path) -> Iterator[Harness]:
    """The emulator and the real bot process (`keqing run`) polling it."""
    log = tmp_path / "bot.log"
    bot = _run_bot(emulator, keqing_home, log)
    try:
        yield Harness(emulator, log)
    finally:
        bot.terminate()
        bot.wait(10)


@pytest.fixture
def telegram_webhook(emulator: str, keqing_home: Path, tmp_path: Path) -> Iterator[Harness]:
    """The real bot process in webhook mode: the emulator pushes each update to it."""
    log = tmp_path / "bot.log"
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    bot = _run_bot(emulator, keqing_home, log, "--webhook", url, "--port", str(port))
    try:
        yield Harness(emulator, log, url)
    finally:
        bot.terminate()
        bot.wait(10)
