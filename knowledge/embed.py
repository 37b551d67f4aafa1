"""The offline embedding: hashed character 1–3-grams (scikit-learn's HashingVectorizer), L2-normalised.

Why this one: chromadb's default embedding downloads a model, which cannot happen here; the small
multilingual models on PyPI download their weights too, and the English ones that ship weights
(MiniLM, wordllama) score near zero on Chinese. Character n-grams need no model, no vocabulary fit
(a document added later is embedded exactly as if it had been there from the start), are fast, and
match Chinese sub-words such as 大户/大客户 or 拜访/回访 that a word tokenizer keeps apart.
"""

from __future__ import annotations

import re
from typing import Any

from langchain_core.embeddings import Embeddings

from memory.base.settings import Settings

DIMENSIONS = 2**11


class CharNgramEmbeddings(Embeddings):
    def __init__(self) -> None:
        from sklearn.feature_extraction.text import HashingVectorizer

        self._vectorizer: Any = HashingVectorizer(
            analyzer="char", ngram_range=(1, 3), n_features=DIMENSIONS, alternate_sign=False, norm="l2"
        )

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return [row.tolist() for row in self._vectorizer.transform(texts).toarray()]

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


def configured_embeddings(settings: Settings) -> tuple[str, Embeddings]:
    """(collection name, embedder): the offline one by default, the endpoint's with KEQING_EMBED_MODEL.

    Each embedder has its own Chroma collection: vectors of different models cannot share an index.
    """
    if settings.llm != "openai" or not settings.embed_model:
        return "keqing_kb", CharNgramEmbeddings()
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
    )
    return f"keqing_kb_{slug}", embedder
