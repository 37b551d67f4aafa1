"""The offline engine: a visit note in, a visit record out, from rules, lexicons and master data."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from memory.base.db import Database
    from memory.extract.engine import OfflineExtractor
    from memory.llm.extract import LLMExtractor

_cache: dict[str, OfflineExtractor] = {}


def offline_extractor(*, session: Session) -> OfflineExtractor:
    """The engine for the current master data; rebuilt only when master data changes."""
    from memory.accounts.masterdata import master_data_version, read_master_data
    from memory.base.settings import get_settings
    from memory.extract.engine import OfflineExtractor

    key = f"{session.get_bind().engine.url}#{master_data_version(session=session)}"
    if key not in _cache:
        _cache.clear()
        from memory.extract.lexicon import load_lexicon
        from memory.extract.teach import apply
        from memory.notes.learning import learned_phrases

        lexicon = load_lexicon(get_settings().home / "lexicon.yaml")
        # what the company's confirmed records taught (memory/notes/learning.py)
        data, lexicon = apply(read_master_data(session=session), lexicon, learned_phrases(session=session))
        _cache[key] = OfflineExtractor(data, lexicon)
    return _cache[key]


def extractor(*, session: Session, db: Database | None = None) -> OfflineExtractor | LLMExtractor:
    """The engine KEQING_LLM selects: the offline engine, or the model merged over it."""
    from memory.base.settings import get_settings
    from memory.llm.client import chat_model
    from memory.llm.extract import LLMExtractor

    offline = offline_extractor(session=session)
    model = chat_model(get_settings(), db)
    return offline if model is None else LLMExtractor(offline, model)
