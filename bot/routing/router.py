"""Which of the contract's intents a chat message is: strong cues first, then the classifier.

When the classifier hesitates between a note and a question, the route says so and the chat asks the
person with two buttons rather than guess (a question taken for a note would be stored as a visit).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from bot.routing.classifier import Classifier, shipped_classifier
from bot.routing.cues import Cues
from bot.routing.normalize import ACCOUNT, COMPETITOR, DISTRIBUTOR, PERSON, PRODUCT, REP, Names, marked, plain
from memory.extract.lexicon import Lexicon

INTENTS = ("note", "question", "briefing", "lookup", "today", "team", "correction", "smalltalk", "other")
# Below this lead of a note over a question (or the reverse), the person is asked; set on the tune split.
UNSURE_MARGIN = 0.25
_EITHER = {"note", "question"}
THINGS = (ACCOUNT, PRODUCT, COMPETITOR, DISTRIBUTOR)  # what the trade is about, never small talk
NAMED = re.compile(f"[{''.join((*THINGS, PERSON, REP))}]")  # anything the master data names


@dataclass(frozen=True)
class Route:
    intent: str
    rule: str | None = None  # the cue that decided, None when the classifier did
    scores: dict[str, float] = field(default_factory=dict)
    unsure: bool = False


def names_in(session: Session, text: str, lexicon: Lexicon) -> Names:
    """What the company's master data names in a plain message."""
    # imported here: the extraction engine's modules are half a second that a briefing, which only
    # needs Route from this module, would pay
    from memory.notes.engines import offline_extractor

    gazetteer = offline_extractor(session=session, lexicon=lexicon).gazetteer
    return Names.of(gazetteer.find(text), gazetteer.reps)


class Router:
    def __init__(
        self,
        cues: Cues | None = None,
        classifier: Classifier | None = None,
        about_the_trade: Callable[[str], bool] | None = None,
    ) -> None:
        """about_the_trade: whether a question is about the knowledge base's trade (the relevance gate's
        notion, knowledge/gate.py); without it every question stays one."""
        self.cues = cues or Cues()
        self._classifier = classifier
        self.about_the_trade = about_the_trade

    @property
    def classifier(self) -> Classifier:
        if self._classifier is None:
            self._classifier = shipped_classifier()
        return self._classifier

    def route(self, text: str, names: Names | None = None) -> Route:
        """The intent of a message; a question about nothing of the trade is a request for something
        else (今晚球赛几点开始, 差旅报销单找谁签字): other, rule `off_topic`. The knowledge base would only
        refuse it; clinical questions stay questions (the gate refuses them with where to ask), and so
        does a question naming what the master data knows (an account, a product, a person: the trade's)."""
        text, names = self._past_greeting(text, names)
        route = self._route(text, names)
        if route.intent != "question" or self.about_the_trade is None or NAMED.search(marked(text, names)):
            return route
        return route if self.about_the_trade(text) else Route("other", "off_topic", route.scores)

    def _past_greeting(self, text: str, names: Names | None) -> tuple[str, Names | None]:
        """A greeting opening a message that then asks or requests something (早上好 今天要去哪, 你好 帮我看看
        ■) is a courtesy: the rest says what the message is for."""
        text = plain(text)
        rest = self.cues.after_greeting(text)
        if not rest or not (self.cues.asks(rest) or self.cues.wants(rest)):
            return text, names
        offset = len(text) - len(rest)
        return rest, names.after(offset) if names is not None else None

    def _route(self, text: str, names: Names | None = None) -> Route:
        """text as the person typed it; names: what master data names in plain(text), if known.

        Shapes overrule the classifier: some intents are impossible for some messages (`possible`);
        and a message asking something in the sender's own voice, or to be told something (给我讲讲二八法则),
        with no errand in it (今晚谁比赛) is a question, never other (rule `asked`), nor a note when it
        names nobody and nothing the master data knows (后天有雨没有 tells no contact); a fact of the
        records asked of nobody named (我答应了还没办的有啥) is asked of the sender's own accounts: their
        due list (`own_records`)."""
        text = plain(text)
        if not text:
            return Route("other", "no_words")
        marks = marked(text, names)
        cue = self.cues.find(text, marks)
        if cue is not None:
            return Route(cue.intent, cue.rule)
        scores = self.classifier.scores(marks)
        ranked = [i for i in scores if self.possible(i, text, marks)]
        (first, p1), (second, p2) = [(i, scores[i]) for i in ranked[:2]]
        asked = self.cues.asks(marks) or self.cues.to_be_told(text)
        if first == "other" and asked and not self.cues.errand(text):
            return Route("question", "asked", scores)
        if (
            first == "note"
            and not NAMED.search(marks)
            and self.cues.asks(marks)
            and not self.cues.quoted(marks)
        ):
            return Route("question", "asked", scores)
        if next(iter(scores)) == "lookup" and first != "lookup" and "today" in ranked:
            return Route("today", "own_records", scores)
        unsure = {first, second} == _EITHER and p1 - p2 < UNSURE_MARGIN
        # someone quoted and nothing asked in the sender's voice (…医生说退烧药卖得快) tells a contact
        if unsure and self.cues.quoted(marks) and not self.cues.asks(marks):
            return Route("note", "told", scores)
        return Route(first, None, scores, unsure)

    def possible(self, intent: str, text: str, marks: str) -> bool:
        """A briefing names a place or a person, or a visit to come (明天要去百姓: a short alias the master
        data could not tell from a word), and is asked for (■周医生下周去进修 reports a plan); small
        talk names no account, product, competitor or distributor (好的 明天去■看看 is about work) and no
        amount of goods, date or phone number (跑了六家 卖了二十盒 累瘫了 reports sales); a due list
        speaks of the sender's work (cues.yaml duty) and names no rep (张伟那边有没有超期的: the
        team's); a note tells a contact, so a visit still to come with a question of one's own is none;
        a lookup asks a fact of one account or person, named or pointed at (他, 那家): 我答应了还没办的
        asks the sender's own list; a phone number written out and not asked about is given, not
        looked up."""
        if intent == "note":
            return not (self.cues.upcoming(text) and self.cues.asks(marks))
        if intent == "briefing":
            named = any(mark in marks for mark in (ACCOUNT, PERSON, DISTRIBUTOR))
            named = named or (self.cues.upcoming(text) and not self.cues.indefinite_place(marks))
            return named and (self.cues.asks(marks) or self.cues.wants(text))
        if intent == "smalltalk":  # nor asks how to do something, nor opens asking for a task (帮我写…)
            asked = self.cues.asks_how(text) or self.cues.opens_with_request(text)
            return not any(mark in marks for mark in THINGS) and not self.cues.figures(text) and not asked
        if intent == "lookup":
            if self.cues.gives_number(text, marks):
                return False
            named = any(mark in marks for mark in (ACCOUNT, PERSON, DISTRIBUTOR, REP))
            return named or self.cues.first(text, "referents") >= 0
        if intent == "correction":
            return self.cues.about_a_note(text, marks)
        if intent == "team":  # a summary across the team's accounts: one account named asks a fact of it
            return ACCOUNT not in marks
        if intent == "today":  # the sender's own list: a rep named is asked about by a manager
            return self.cues.first(text, "duty") >= 0 and REP not in marks
        return True

    def route_in(self, session: Session, text: str, lexicon: Lexicon) -> Route:
        return self.route(text, names_in(session, plain(text), lexicon))
