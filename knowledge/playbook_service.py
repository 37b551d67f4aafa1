"""Asking the knowledge base: one object the CLI, the terminal chat and Telegram share."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from knowledge.answer import Answer, compose
from knowledge.expand import expand
from knowledge.llm_answer import model_answer
from knowledge.search import Passage, Retriever
from knowledge.store import COLLECTION, KnowledgeStore
from memory.base.db import Database
from memory.base.errors import KeqingError
from memory.llm.model import ChatModel

MAX_QUESTION = 500


class Playbook:
    def __init__(
        self,
        home: Path,
        chroma_url: str | None = None,
        model: ChatModel | None = None,
        embeddings: tuple[str, Any] | None = None,
    ) -> None:
        collection, embedder = embeddings or (COLLECTION, None)
        self.store = KnowledgeStore(home, chroma_url, embedder, collection)
        self.store.ensure_playbook()
        self.retriever = Retriever(self.store)
        self.model = model

    def passages(self, question: str, k: int = 3) -> list[Passage]:
        question = question.strip()
        if not question:
            raise KeqingError("ask_empty")
        if k < 1:
            raise KeqingError("ask_bad_k", k=k)
        return self.retriever.search(question[:MAX_QUESTION], k)

    def ask(self, question: str, k: int = 3) -> Answer:
        """With no relevant passage there is no answer; the model writes it when it can, else the rules."""
        passages = self.passages(question, k)
        if not passages:
            return Answer("", [])
        if self.model is not None:
            written = model_answer(self.model, question.strip(), passages)
            if written is not None:
                return Answer(written, passages)
        return self.offline_answer(question, passages)

    def offline_answer(self, question: str, passages: list[Passage]) -> Answer:
        query = expand(question.strip(), self.retriever.synonyms)
        return Answer(compose(query, passages, self.retriever.tokenizer), passages)


def open_playbook(db: Database | None = None) -> Playbook:
    """The knowledge base the settings describe, with the model when KEQING_LLM=openai."""
    from knowledge.embed import configured_embeddings
    from memory.base.settings import get_settings
    from memory.llm.factory import chat_model

    settings = get_settings()
    return Playbook(
        settings.home, settings.chroma_url, chat_model(settings, db), configured_embeddings(settings)
    )
