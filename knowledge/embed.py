"""The offline embedding: hashed character 1–3-grams, L2-normalised.

Why this one: chromadb's default embedding downloads a model, which cannot happen here; the small
multilingual models on PyPI download their weights too, and the English ones that ship weights
(MiniLM, wordllama) score near zero on Chinese. Character n-grams need no model, no vocabulary fit
(a document added later is embedded exactly as if it had been there from the start), are fast, and
match Chinese sub-words such as 大户/大客户 or 拜访/回访 that a word tokenizer keeps apart.
The hashing is done here (crc32 into 2^11 buckets) rather than with scikit-learn, whose import alone
cost a second of every cold `keqing ask`.
"""

from __future__ import annotations

import math
import re
import zlib
from typing import Any

from memory.base.settings import Settings

DIMENSIONS = 2**11
NGRAMS = (1, 2, 3)
COLLECTION = "keqing_kb_crc"  # the vectors of this embedder (an older index is re-embedded once)
EMBED_BATCH = 8  # passages per request to an embedding endpoint


def char_ngram_vector(text: str) -> list[float]:
    counts: dict[int, int] = {}
    for n in NGRAMS:
        for start in range(len(text) - n + 1):
            bucket = zlib.crc32(text[start : start + n].encode("utf-8")) % DIMENSIONS
            counts[bucket] = counts.get(bucket, 0) + 1
    vector = [0.0] * DIMENSIONS
    norm = math.sqrt(sum(c * c for c in counts.values())) or 1.0
    for bucket, count in counts.items():
        vector[bucket] = count / norm
    return vector


class CharNgramEmbeddings:
    """The two calls Chroma's store needs, as langchain's embedders (an endpoint's) have them."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [char_ngram_vector(text) for text in texts]

    def embed_query(self, text: str) -> list[float]:
        return char_ngram_vector(text)


def configured_embeddings(settings: Settings) -> tuple[str, Any]:
    """(collection name, embedder): the offline one by default, the endpoint's with KEQING_EMBED_MODEL.

    Each embedder has its own Chroma collection: vectors of different models cannot share an index.
    """
    if settings.llm != "openai" or not settings.embed_model:
        return COLLECTION, CharNgramEmbeddings()
    from langchain_openai import OpenAIEmbeddings
    from pydantic import SecretStr

    slug = re.sub(r"[^A-Za-z0-9]+", "_", settings.embed_model).strip("_")[:40] or "remote"
    embedder = OpenAIEmbeddings(
        model=settings.embed_model,
        openai_api_base=settings.openai_base_url,
        openai_api_key=SecretStr(settings.openai_api_key or "not-needed"),
        check_embedding_ctx_length=False,  # a generic endpoint: send text, not tiktoken ids
        request_timeout=settings.llm_timeout,
        max_retries=1,
        # a few passages a request: the timeout is per request, and a small local model embeds a
        # whole playbook in one request slower than any sensible timeout
        chunk_size=EMBED_BATCH,
    )
    return f"keqing_kb_{slug}", embedder
