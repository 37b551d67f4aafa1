"""The model behind a small interface, and the factory that gives it (or None in offline mode).

This module is light on purpose: the offline default imports it on every start, while the client
behind it (openai, langchain) is imported only when a model is configured.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from pydantic import BaseModel

from memory.base.db import Database
from memory.base.settings import Settings

if TYPE_CHECKING:
    from memory.llm.client import OpenAIChat

Schema = TypeVar("Schema", bound=BaseModel)


@dataclass(frozen=True)
class BadOutput:
    """The model answered, but not with what was asked (cut off at the token limit, not valid JSON)."""

    reason: str


class LLMUnavailable(Exception):
    """The model could not answer (down, slow, broken output); the offline engine takes over."""


class ChatModel(Protocol):
    def structured(self, prompt: str, schema: type[Schema], *, purpose: str, **values: Any) -> Schema: ...

    def text(self, prompt: str, *, purpose: str, **values: Any) -> str: ...

    def stream(self, prompt: str, *, purpose: str, **values: Any) -> Iterator[str]: ...


_models: dict[str, OpenAIChat] = {}


def chat_model(settings: Settings, db: Database | None) -> OpenAIChat | None:
    """The configured model, or None in offline mode. One per endpoint, so the breaker is shared."""
    if settings.llm != "openai":
        return None
    key = f"{settings.openai_base_url}|{settings.chat_model}|{db.engine.url if db else None}"
    if key not in _models:
        # Lazy: openai and langchain cost about a second to import, and offline mode never needs them.
        from memory.llm.client import OpenAIChat

        _models[key] = OpenAIChat(settings, db)
    return _models[key]
