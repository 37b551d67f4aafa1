"""The knowledge base's derived index (word and bigram BM25, word statistics, the offline vectors),
built from its chunks and kept on disk in KEQING_HOME, so a cold `keqing ask` does not cut every
passage with jieba again.

The cache file is keyed by a hash of everything the index is made of: every chunk's text and place,
the words added to the tokenizer, jieba's version, the stop words and the source of the modules that
build it. Adding, removing or changing a document, the vocabulary or this code gives another key,
and the index is rebuilt and the file replaced. It is a pickle, read only from KEQING_HOME, which
holds the database itself: whoever can write it owns the data already.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import pickle
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from knowledge.bm25 import BM25
from knowledge.embed import char_ngram_vector
from knowledge.lexical import LexicalIndex, keyness
from knowledge.situations import SITUATIONS, SituationIndex, load_situations
from memory.base.segmenter import load_jieba

HERE = Path(__file__).parent
STOPWORDS = HERE / "stopwords.txt"
_STOP = frozenset(
    word
    for line in STOPWORDS.read_text(encoding="utf-8").splitlines()
    if not line.startswith("#")
    for word in line.split()
)
# What an index is computed by: a change to any of them is a new key.
_CODE = (
    Path(__file__),
    HERE / "bm25.py",
    HERE / "lexical.py",
    HERE / "embed.py",
    HERE / "situations.py",
    SITUATIONS,
    STOPWORDS,
)
_FIELDS = ("id", "title", "body", "source", "section")

log = logging.getLogger("keqing.index")


def tokens(text: str, tokenizer: Any) -> list[str]:
    words = [w.strip() for w in tokenizer.cut_for_search(text)]
    return [w for w in words if w and re.search(r"[\u4e00-\u9fffA-Za-z0-9]", w) and w not in _STOP]


@dataclass
class Index:
    chunks: list[dict[str, Any]] = field(default_factory=list)
    bm25: BM25 | None = None
    lexical: LexicalIndex | None = None
    situations: SituationIndex | None = None  # the playbook's sections by the scenes they answer
    idf: dict[str, float] = field(default_factory=dict)
    keyness: dict[str, float] = field(default_factory=dict)
    vocabulary: set[str] = field(default_factory=set)  # every word of the passages
    matrix: Any = None  # the offline vectors of the passages (numpy), when compared in process


def build_index(chunks: list[dict[str, Any]], tokenizer: Any, vectors: bool) -> Index:
    if not chunks:
        return Index()
    corpus = [tokens(f"{c['title']} {c['body']}", tokenizer) or ["∅"] for c in chunks]
    frequency: dict[str, int] = {}
    for words in corpus:
        for word in set(words):
            frequency[word] = frequency.get(word, 0) + 1
    matrix = None
    if vectors:
        import numpy

        texts = [f"{c['title']}\n{c['body']}" for c in chunks]
        matrix = numpy.asarray([char_ngram_vector(t) for t in texts], dtype="float32")
    return Index(
        chunks=chunks,
        bm25=BM25(corpus),
        lexical=LexicalIndex(chunks, lambda text: tokens(text, tokenizer)),
        situations=SituationIndex(chunks, load_situations()),
        idf={w: math.log(1 + len(corpus) / n) for w, n in frequency.items()},
        keyness=keyness(corpus, tokenizer.FREQ, tokenizer.total),
        vocabulary=set(frequency),
        matrix=matrix,
    )


def index_key(chunks: list[dict[str, Any]], added: Iterable[str], vectors: bool) -> str:
    digest = hashlib.sha256()
    for path in _CODE:
        digest.update(path.read_bytes())
    content = [load_jieba().__version__, vectors, sorted(added), [[c[k] for k in _FIELDS] for c in chunks]]
    digest.update(json.dumps(content, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()


def cached_index(
    path: Path, chunks: list[dict[str, Any]], tokenizer: Any, added: Iterable[str], vectors: bool
) -> Index:
    """The index of `chunks` from the cache file when its key matches, else built and saved there."""
    key = index_key(chunks, added, vectors).encode("ascii")
    if path.exists():
        head, _, body = path.read_bytes().partition(b"\n")
        if head == key:
            try:
                found: Index = pickle.loads(body)  # written by build_index, below
                return found
            except Exception:  # a file cut short or from another numpy: build it again
                log.warning("unreadable knowledge index cache %s; rebuilding", path, exc_info=True)
    index = build_index(chunks, tokenizer, vectors)
    try:
        _write(path, key + b"\n" + pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:  # a read-only home still answers, building the index in each process
        log.warning("cannot write the knowledge index cache %s", path, exc_info=True)
    return index


def _write(path: Path, data: bytes) -> None:
    """Whole or not at all: several workers may rebuild at once, a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(handle, "wb") as out:
        out.write(data)
    os.replace(temporary, path)
