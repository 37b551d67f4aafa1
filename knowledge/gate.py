"""Whether the knowledge base covers a question: clinical questions never, others by absolute evidence.

A refusal says why and what the knowledge base does cover (its documents' titles), so a rep knows
what to ask instead; the sentences are in prompts/messages.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from knowledge.clinical import is_clinical, load_cues
from knowledge.search import Retrieval
from memory.base.yamlfile import read_yaml

HERE = Path(__file__).parent
MAX_TOPICS = 6
MIN_OWN = 2  # a question of one word is too little to say it asks in the knowledge base's words


@dataclass(frozen=True)
class Gate:
    cosine_weight: float
    threshold: float
    domain_threshold: float = 0.0
    strong_term: float = float("inf")
    known_term: float = float("inf")
    close_scene: float = float("inf")

    def relevance(self, retrieval: Retrieval) -> float:
        return retrieval.bm25 + self.cosine_weight * retrieval.cosine

    def talks_the_trade(self, retrieval: Retrieval) -> bool:
        """Its words together are the trade's, or one of its own words is strongly so (陈列咋弄)."""
        return retrieval.domain >= self.domain_threshold or retrieval.strongest >= self.strong_term

    def tells_a_scene(self, retrieval: Retrieval) -> bool:
        """It tells a situation close to the written scenes of one section (公司把我派到新片区 一个人都不认识
        从哪摸起): a playbook question, though told in everyday words with no word of the trade."""
        return retrieval.scenes >= self.close_scene

    def in_its_words(self, retrieval: Retrieval) -> bool:
        """Every thing the question names is one the knowledge base speaks of, one of its words a word of
        the trade (人家不要我的货, 每次去都说没空, 老板不搭理我): short questions match little, but ask
        about nothing else — an unknown verb or quality (搭理, 贵) is only how the rep puts it."""
        own = retrieval.own
        if len(own) < MIN_OWN or retrieval.strongest < self.known_term:
            return False
        return not retrieval.unknown_things()

    def about_the_trade(self, retrieval: Retrieval) -> bool:
        """Whether the question is about the knowledge base's trade at all, however well it is covered:
        what tells a question for the playbook from a request about anything else (routing's other)."""
        if not retrieval.passages:
            return False
        trade = self.talks_the_trade(retrieval) or self.tells_a_scene(retrieval)
        return trade or self.in_its_words(retrieval)

    def covers(self, retrieval: Retrieval) -> bool:
        """A passage matches well enough and the question talks the knowledge base's trade, or it asks
        in the knowledge base's own words; and it is not about another line of business (奶茶店搞会员
        borrows the trade's words) nor paperwork with an office (开药店要办哪些证)."""
        if not retrieval.passages or retrieval.other_trade or retrieval.paperwork:
            return False
        trade = self.talks_the_trade(retrieval) or self.tells_a_scene(retrieval)
        return (self.relevance(retrieval) >= self.threshold and trade) or self.in_its_words(retrieval)


@cache
def load_gate() -> Gate:
    data = read_yaml(HERE / "gate.yaml")
    keys = ("threshold", "domain_threshold", "strong_term", "known_term", "close_scene")
    thresholds = (float(data[key]) for key in keys)
    return Gate(float(data["cosine_weight"]), *thresholds)


def clinical(question: str, home: Path | None = None) -> bool:
    return is_clinical(question, load_cues(home / "clinical.yaml" if home else None))


def topics(titles: list[str]) -> list[str]:
    """The documents' titles (a passage title is `document · section`), in order, at most six."""
    found: list[str] = []
    for title in titles:
        document = title.split(" · ")[0].strip()
        if document and document not in found:
            found.append(document)
    return found[:MAX_TOPICS]


def refusal(kind: str, titles: list[str]) -> str:
    """The answer to a question the knowledge base does not cover (`kind`: clinical or uncovered)."""
    from prompts import load_texts

    messages = load_texts("messages")
    if kind == "clinical":
        return str(messages["ask_clinical"])
    covered = topics(titles)
    if not covered:
        return str(messages["ask_nothing"])
    return str(messages["ask_not_covered"]).format(topics="、".join(covered))
