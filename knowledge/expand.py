"""Query expansion from the synonym lexicon (knowledge/synonyms.yaml, extendable by a company)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

HERE = Path(__file__).parent


@cache
def load_synonyms(extra: Path | None = None) -> dict[str, list[str]]:
    data: dict[str, list[str]] = yaml.safe_load((HERE / "synonyms.yaml").read_text(encoding="utf-8"))
    if extra is not None and extra.exists():
        for key, terms in (yaml.safe_load(extra.read_text(encoding="utf-8")) or {}).items():
            data[key] = [*data.get(key, []), *terms]
    return data


def expand(question: str, synonyms: dict[str, list[str]]) -> str:
    """The question followed by the playbook's words for what it asks."""
    extra: list[str] = []
    for key, terms in synonyms.items():
        if key in question:
            extra.extend(term for term in terms if term not in question and term not in extra)
    return f"{question} {' '.join(extra)}" if extra else question
