"""The model behind a small interface: what callers of a model depend on, and nothing heavy."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel

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
