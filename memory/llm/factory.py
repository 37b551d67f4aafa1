"""The configured model, or None in offline mode.

Light on purpose: the offline default imports this on every start, while the client behind it
(openai, langchain: about a second to import) is loaded only when a model is configured.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from memory.base.settings import Settings
from memory.llm.model import ChatModel

if TYPE_CHECKING:  # the database is only passed through: an offline `ask` never loads SQLAlchemy
    from memory.base.db import Database

_models: dict[str, ChatModel] = {}


def chat_model(settings: Settings, db: Database | None) -> ChatModel | None:
    """The configured model, or None in offline mode. One per endpoint, so the breaker is shared."""
    if settings.llm != "openai":
        return None
    key = f"{settings.openai_base_url}|{settings.chat_model}|{db.engine.url if db else None}"
    if key not in _models:
        # Lazy: openai and langchain cost about a second to import, and offline mode never needs them.
        from memory.llm.client import OpenAIChat

        _models[key] = OpenAIChat(settings, db)
    return _models[key]
