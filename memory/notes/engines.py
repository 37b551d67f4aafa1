"""Which engine reads a note: the offline engine for the current master data, or a model merged over it."""

from __future__ import annotations

from sqlalchemy.orm import Session

from memory.accounts.masterdata import master_data_version, read_master_data
from memory.extract.engine import OfflineExtractor
from memory.extract.lexicon import Lexicon
from memory.extract.teach import taught_engine
from memory.llm.extract import LLMExtractor
from memory.llm.model import ChatModel
from memory.notes.learning import learned_phrases

_cache: dict[str, OfflineExtractor] = {}


def offline_extractor(*, session: Session, lexicon: Lexicon) -> OfflineExtractor:
    """The engine for the current master data; rebuilt only when master data changes."""
    key = f"{session.get_bind().engine.url}#{master_data_version(session=session)}#{id(lexicon)}"
    if key not in _cache:
        _cache.clear()
        # what the company's confirmed records taught (memory/notes/learning.py) joins the master data
        _cache[key] = taught_engine(
            read_master_data(session=session), lexicon, learned_phrases(session=session)
        )
    return _cache[key]


def extractor(
    *, session: Session, lexicon: Lexicon, model: ChatModel | None
) -> OfflineExtractor | LLMExtractor:
    """The engine the settings select: the offline engine, or the model merged over it."""
    offline = offline_extractor(session=session, lexicon=lexicon)
    return offline if model is None else LLMExtractor(offline, model)
