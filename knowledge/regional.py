"""Regional speech in standard Mandarin: 老细唔理我点算 is searched as 老板不理我怎么办.

A rep in Guangdong or Guangxi types Cantonese words the playbook never uses; rewritten before the
search, they count as the rep's own words for the ranking and the relevance gate (an expansion word
counts half). The words are data (knowledge/regional.yaml, extendable with KEQING_HOME/regional.yaml).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from memory.base.yamlfile import read_yaml

HERE = Path(__file__).parent


@cache
def _rewrites(extra: Path | None) -> tuple[re.Pattern[str], dict[str, str]]:
    words: dict[str, str] = {str(k): str(v) for k, v in read_yaml(HERE / "regional.yaml").items()}
    if extra is not None and extra.exists():
        words |= {str(k): str(v) for k, v in (read_yaml(extra) or {}).items()}
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    return pattern, words


def in_mandarin(question: str, extra: Path | None = None) -> str:
    """The question with each regional word (longest first) replaced by its standard Mandarin one."""
    pattern, words = _rewrites(extra)
    return pattern.sub(lambda found: words[found.group(0)], question)
