"""The chunk vectors in one Chroma collection, embedded by our embedder (offline or an endpoint's).

chromadb directly rather than through langchain-chroma, whose import alone cost half a second of
every cold `keqing ask`; the few calls the store needs are here.
"""

from __future__ import annotations

from typing import Any


class ChromaVectors:
    def __init__(self, client: Any, name: str, embeddings: Any) -> None:
        self.embeddings = embeddings
        self.collection = client.get_or_create_collection(
            name, metadata={"hnsw:space": "cosine"}, embedding_function=None
        )

    def count(self) -> int:
        return int(self.collection.count())

    def add_texts(self, texts: list[str], metadatas: list[dict[str, Any]], ids: list[str]) -> None:
        vectors = self.embeddings.embed_documents(texts)
        self.collection.add(ids=ids, embeddings=vectors, documents=texts, metadatas=metadatas)

    def get(self, **query: Any) -> dict[str, Any]:
        return dict(self.collection.get(**query))

    def delete(self, ids: list[str]) -> None:
        self.collection.delete(ids=ids)

    def similarity_search_with_score(self, query: str, k: int) -> list[tuple[str, float]]:
        """(chunk id, cosine distance) of the k nearest chunks, nearest first."""
        found = self.collection.query(
            query_embeddings=[self.embeddings.embed_query(query)], n_results=k, include=["distances"]
        )
        return list(zip(found["ids"][0], found["distances"][0], strict=True))
