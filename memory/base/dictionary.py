"""jieba's dictionary read word by word from SQLite, for a tokenizer that starts at once.

A jieba tokenizer loads its whole prefix dictionary (some 500 000 words and prefixes, marshalled) on
first use: over half a second of a cold `keqing ask` or `keqing extract`, which then look up a few
hundred of them. Here the same table (every word and prefix with its count, and the total) is written
once to a SQLite file in the user's cache folder (a copy of package data, shared by every KEQING_HOME)
and read a word at a time; jieba's own code does the cutting, so the words it cuts are the ones it cuts
from its loaded dictionary (tests/memory/base/test_dictionary.py compares the two).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
import threading
from functools import cache
from pathlib import Path
from typing import Any

from memory.base.segmenter import load_jieba
from memory.base.settings import get_settings

log = logging.getLogger("keqing.dictionary")
TOTAL = "\x00total"  # the row of the sum of all counts: no word starts with a NUL


class Frequencies:
    """A word's count (0 for a prefix that is no word), as jieba's dict of them is used: `in`, `[]`,
    `get`, and `[word] = count` for the words a tokenizer adds (kept in this process only)."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._known: dict[str, int | None] = {}  # looked up already (None: no such word), or added

    def get(self, word: str, default: int | None = None) -> int | None:
        if word not in self._known:
            with self._lock:
                row = self._db.execute("SELECT n FROM words WHERE w = ?", (word,)).fetchone()
            self._known[word] = None if row is None else int(row[0])
        found = self._known[word]
        return default if found is None else found

    def __getitem__(self, word: str) -> int:
        found = self.get(word)
        if found is None:
            raise KeyError(word)
        return found

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def __setitem__(self, word: str, count: int) -> None:
        self._known[word] = count


def quick_tokenizer(folder: Path) -> Any:
    """A jieba tokenizer over the default dictionary, read from its SQLite copy in `folder`."""
    jieba = load_jieba()
    path = folder / f"jieba-{jieba.__version__}.sqlite"
    if not path.exists():
        try:
            _write(path, jieba)
        except (OSError, sqlite3.Error):  # a home we cannot write: jieba's own start, slower
            log.warning("cannot write %s; loading jieba's dictionary whole", path, exc_info=True)
            return jieba.Tokenizer()
    tokenizer = jieba.Tokenizer()
    frequencies = Frequencies(path)
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = frequencies, frequencies[TOTAL], True
    return tokenizer


def cache_folder() -> Path:
    """Where the dictionary's copy lives: the user's cache ($XDG_CACHE_HOME or ~/.cache), so a new
    KEQING_HOME (a test's, a benchmark's) does not write it again; KEQING_HOME when there is no user home."""
    base = os.environ.get("XDG_CACHE_HOME") or (Path.home() / ".cache" if Path.home().is_dir() else None)
    return Path(base) / "keqing" if base else get_settings().home


def dictionary_tokenizer() -> Any:
    """A tokenizer of its own (words added to it stay in it) over the dictionary copy, the file
    `keqing ask` reads too."""
    return quick_tokenizer(cache_folder())


@cache
def shared_tokenizer() -> Any:
    """One tokenizer per process for callers that add no words: the default dictionary as it is."""
    return dictionary_tokenizer()


def _write(path: Path, jieba: Any) -> None:
    """The default dictionary's table as jieba builds it; written whole, then moved into place."""
    loaded = jieba.Tokenizer()
    loaded.initialize()
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    os.close(handle)
    with sqlite3.connect(temporary) as db:
        db.execute("CREATE TABLE words (w TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID")
        db.executemany("INSERT INTO words VALUES (?, ?)", loaded.FREQ.items())
        db.execute("INSERT INTO words VALUES (?, ?)", (TOTAL, loaded.total))
    db.close()
    os.replace(temporary, path)
