"""Asking the knowledge base: one object the CLI, the terminal chat and Telegram share."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from knowledge.answer import Answer, compose
from knowledge.favours import relayed
from knowledge.gate import clinical, load_gate, refusal
from knowledge.llm_answer import model_answer, verdict
from knowledge.search import Passage, Retrieval, Retriever
from knowledge.store import COLLECTION, KnowledgeStore
from memory.base.errors import KeqingError
from memory.base.settings import get_settings
from memory.llm.factory import chat_model
from memory.llm.model import ChatModel

if TYPE_CHECKING:
    from memory.base.db import Database

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
        self.gate = load_gate()
        self.last = Retrieval([])
        self._last_for: tuple[object, ...] = ()

    def retrieve(self, question: str, k: int = 3) -> Retrieval:
        """The top k passages. A chat question is retrieved when it is routed (is it about the trade?)
        and again when it is answered: the same question, k, retriever and store give the last one."""
        question = question.strip()
        if not question:
            raise KeqingError("ask_empty")
        if k < 1:
            raise KeqingError("ask_bad_k", k=k)
        asked = (question[:MAX_QUESTION], k, id(self.retriever), self.store.version())
        if asked != self._last_for:
            self.last = self.retriever.retrieve(question[:MAX_QUESTION], k)
            self._last_for = asked
        return self.last

    def passages(self, question: str, k: int = 3) -> list[Passage]:
        return self.retrieve(question, k).passages

    def about_the_trade(self, question: str) -> bool:
        """Whether a question is for the knowledge base at all: a clinical one is (refused with where to
        ask), else whether it is about the trade (knowledge/gate.py about_the_trade)."""
        if not question.strip() or clinical(question, self.store.home):
            return True
        return self.gate.about_the_trade(self.retrieve(question))

    def refused(self, question: str, k: int = 3) -> Answer | None:
        """The refusal when the question is clinical or nothing relevant enough was found, else None."""
        if clinical(question, self.store.home):
            self.last, self._last_for = Retrieval([]), ()
            return Answer(refusal("clinical", []), [], covered=False)
        retrieval = self.retrieve(question, k)
        if not self.gate.covers(retrieval) or self.asks_a_favour(question, k):
            return Answer(refusal("uncovered", self.retriever.titles()), [], covered=False)
        return None

    def asks_a_favour(self, question: str, k: int = 3) -> bool:
        """Someone of the trade asks the rep about their own business (村医问我宅基地咋批): what is
        relayed, judged alone, is not covered and names a thing the knowledge base never speaks of."""
        asked = relayed(question)
        if not asked:
            return False
        found = self.retriever.retrieve(asked, k)
        return not self.gate.covers(found) and bool(self.retriever.foreign_thing(found))

    def ask(self, question: str, k: int = 3) -> Answer:
        """A clinical or uncovered question is refused; else the model answers when it can, else the rules."""
        refused = self.refused(question, k)
        if refused is not None:
            return refused
        passages = self.last.passages
        if self.model is not None:
            judged, text = model_answer(self.model, question.strip(), passages)
            if judged != "unusable":
                return self.model_reply(question, text, passages)
        return self.offline_answer(question, passages)

    def model_reply(self, question: str, text: str, passages: list[Passage]) -> Answer:
        """The model's text as the answer; its refusal (the passages do not answer the question) as
        `covered: false` with the usual refusal, not a stitched answer; anything else, the offline one."""
        judged = verdict(text, len(passages))
        if judged == "answer":
            return Answer(text, passages)
        if judged == "refusal":
            return Answer(refusal("uncovered", self.retriever.titles()), [], covered=False)
        return self.offline_answer(question, passages)

    def offline_answer(self, question: str, passages: list[Passage]) -> Answer:
        return compose(self.retriever.expanded(question.strip()), passages, self.retriever.tokenizer)


def open_playbook(db: Database | None = None) -> Playbook:
    """The knowledge base the settings describe, with the model when KEQING_LLM=openai."""
    from knowledge.embed import configured_embeddings  # sklearn or the endpoint's client: when opened

    settings = get_settings()
    return Playbook(
        settings.home, settings.chroma_url, chat_model(settings, db), configured_embeddings(settings)
    )
