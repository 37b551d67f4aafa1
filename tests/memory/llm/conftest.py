from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from memory.base.settings import get_settings
from tests.conftest import TEST_MAX_TOKENS

ROOT = Path(__file__).resolve().parents[3]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start(kind: str, *args: str) -> tuple[subprocess.Popen[str], str]:
    """A server of server.py in its own process, and its /v1 URL once it answers."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.memory.llm.server", kind, str(port), *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None and "READY" in process.stdout.readline()
    url = f"http://127.0.0.1:{port}"
    if kind in ("llama", "embed"):
        deadline = time.monotonic() + 600  # loading the weights on a loaded machine: wait, never fail early
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
    return process, f"{url}/v1"


@pytest.fixture
def use_model(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Iterator[object]:
    """Points the settings at an endpoint: use_model(url, timeout=…); against the real model the
    timeout defaults to the budget measured at start (model_budget)."""
    budget = float(request.getfixturevalue("model_budget")) if "llama_url" in request.fixturenames else 60.0

    def point(url: str, timeout: float = budget) -> None:
        monkeypatch.setenv("KEQING_LLM", "openai")
        monkeypatch.setenv("OPENAI_BASE_URL", url)
        monkeypatch.setenv("KEQING_CHAT_MODEL", "gemma3-270m")
        monkeypatch.setenv("KEQING_LLM_TIMEOUT", str(timeout))
        monkeypatch.setenv("KEQING_LLM_MAX_TOKENS", str(TEST_MAX_TOKENS))
        get_settings.cache_clear()

    yield point
    get_settings.cache_clear()
