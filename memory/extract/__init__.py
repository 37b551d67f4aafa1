"""The offline engine: a visit note in, a visit record out, from rules, lexicons and master data."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from memory.extract.engine import OfflineExtractor

_cache: dict[str, OfflineExtractor] = {}


def offline_extractor(*, session: Session) -> OfflineExtractor:
    """The engine for the current master data; rebuilt only when master data changes."""
    from memory.extract.engine import OfflineExtractor
    from memory.masterdata import master_data_version, read_master_data
    from memory.settings import get_settings

    key = f"{session.get_bind().engine.url}#{master_data_version(session=session)}"
    if key not in _cache:
        _cache.clear()
        from memory.extract.lexicon import load_lexicon

        lexicon = load_lexicon(get_settings().home / "lexicon.yaml")
        _cache[key] = OfflineExtractor(read_master_data(session=session), lexicon)
    return _cache[key]
