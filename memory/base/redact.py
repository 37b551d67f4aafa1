"""Secrets never reach a log line or a stored error: the Bot API token (it sits in every request URL),
bearer keys and `sk-…` API keys (they appear in the texts of HTTP errors), and the configured secrets
themselves whatever their shape.

`install_log_redaction()` puts a filter on every handler of the root logger (where every logger's
records end up); `redact()` is for text stored in the database.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

MASK = "***"
_PATTERNS = [
    # a Telegram bot token: the bot's numeric id, a colon, 35 url-safe characters
    re.compile(r"(?<!\d)\d{5,12}:[A-Za-z0-9_-]{30,}"),
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]{8,}"),
    re.compile(r"\bsk-[A-Za-z0-9_-]{8,}"),
    re.compile(r"(?i)((?:api[_-]?key|access[_-]?token|secret|password)[\"']?\s*[:=]\s*[\"']?)[^\s\"'&,]{6,}"),
]
_known: set[str] = set()


def remember_secrets(values: Iterable[str | None]) -> None:
    """Secrets from the settings, masked wherever they appear (even in a shape no pattern knows)."""
    _known.update(v for v in values if v and len(v) >= 6)


def redact(text: str) -> str:
    for secret in sorted(_known, key=len, reverse=True):
        text = text.replace(secret, MASK)
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: (m.group(1) if m.groups() else "") + MASK, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites a record's message, and its traceback, with the secrets masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def install_log_redaction(secrets: Iterable[str | None] = ()) -> None:
    """On every root handler (call after logging is configured) and on the last-resort one; idempotent."""
    remember_secrets(secrets)
    handlers = [*logging.getLogger().handlers, logging.lastResort]  # lastResort: a CLI's warnings
    for handler in handlers:
        if handler is None:
            continue
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())
