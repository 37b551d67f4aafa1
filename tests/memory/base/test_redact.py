"""Secrets are masked in every log line (message and traceback) and in every stored error."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from memory.base.db import Database
from memory.base.redact import RedactingFilter, install_log_redaction, redact
from memory.base.settings import get_settings
from memory.llm.client import OpenAIChat
from memory.llm.model import LLMUnavailable
from memory.schema.models import LLMUsage

TOKEN = "7312345678:AAHq-Zx9_fakeTokenForTests0123456789ab"
KEY = "sk-proj-Tst9x8y7z6w5v4u3t2s1"


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    """A handler on the root logger, as `keqing run` configures it, with the filter installed."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    root = logging.getLogger()
    root.addHandler(handler)
    install_log_redaction()
    yield stream
    root.removeHandler(handler)


@pytest.mark.parametrize(
    "leak",
    [
        f"httpx.ConnectError: https://api.telegram.org/bot{TOKEN}/getUpdates",
        f"POST http://127.0.0.1:8081/bot{TOKEN}/sendMessage failed",
        f"Error code: 401 - headers {{'Authorization': 'Bearer {KEY}'}}",
        f"Incorrect API key provided: {KEY}. You can find your API key at …",
        "connect failed: api_key=ZYX987abcdefg&model=qwen",
    ],
)
def test_no_log_line_shows_a_token_or_key(captured: io.StringIO, leak: str) -> None:
    logging.getLogger("keqing.anything").error("request failed: %s", leak)
    line = captured.getvalue()
    assert "request failed" in line and "***" in line
    for secret in (TOKEN, KEY, "ZYX987abcdefg", TOKEN.split(":")[1]):
        assert secret not in line


def test_a_traceback_in_a_log_line_is_masked_too(captured: io.StringIO) -> None:
    try:
        raise ConnectionError(f"cannot reach https://api.telegram.org/bot{TOKEN}/getMe")
    except ConnectionError:
        logging.getLogger("telegram.ext").exception("start-up failed")
    assert "ConnectionError" in captured.getvalue() and TOKEN not in captured.getvalue()


def test_a_configured_secret_of_any_shape_is_masked() -> None:
    install_log_redaction(["plain-secret-value-42"])
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "key is %s", ("plain-secret-value-42",), None)
    assert RedactingFilter().filter(record) and record.getMessage() == "key is ***"


def test_the_rest_of_a_message_is_left_as_it_was() -> None:
    text = "惠民药房 王店长电话13912345678,感冒灵卖了30盒 (note 42: saved)"
    assert redact(text) == text


def test_a_model_error_with_a_key_is_stored_masked(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    get_settings.cache_clear()
    chat = OpenAIChat(get_settings(), db)

    def work() -> None:
        raise RuntimeError(f"401 Unauthorized: Authorization: Bearer {KEY}")

    with pytest.raises(LLMUnavailable):
        chat._call("extract", work)
    with db.session() as session:
        error = session.scalar(select(LLMUsage.error))
    assert error is not None and "401" in error and KEY not in error
