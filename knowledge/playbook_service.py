"""Asking the knowledge base: one object the CLI, the terminal chat and Telegram share."""

from __future__ import annotations

from pathlib import Path

from knowledge.answer import Answer, compose
from knowledge.expand import expand
from knowledge.search import Retriever
from knowledge.store import KnowledgeStore
from memory.errors import KeqingError

MAX_QUESTION = 500


class Playbook:
    def __init__(self, home: Path, chroma_url: str | None = None) -> None:
        self.store = KnowledgeStore(home, chroma_url)
        self.store.ensure_playbook()
        self.retriever = Retriever(self.store)

    def ask(self, question: str, k: int = 3) -> Answer:
        question = question.strip()
        if not question:
            raise KeqingError("ask_empty")
        if k < 1:
            raise KeqingError("ask_bad_k", k=k)
        question = question[:MAX_QUESTION]
        passages = self.retriever.search(question, k)
        if not passages:
            return Answer("", [])
        query = expand(question, self.retriever.synonyms)
        return Answer(compose(query, passages, self.retriever.tokenizer), passages)
