"""The offline embedding: hashed character 1–3-grams (scikit-learn's HashingVectorizer), L2-normalised.

Why this one: chromadb's default embedding downloads a model, which cannot happen here; the small
multilingual models on PyPI download their weights too, and the English ones that ship weights
(MiniLM, wordllama) score near zero on Chinese. Character n-grams need no model, no vocabulary fit
(a document added later is embedded exactly as if it had been there from the start), are fast, and
match Chinese sub-words such as 大户/大客户 or 拜访/回访 that a word tokenizer keeps apart.
"""

from __future__ import annotations

from typing import Any

from langchain_core.embeddings import Embeddings

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
