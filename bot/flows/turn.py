"""One chat turn: the message routed (bot/routing), then answered by the flow of its intent.

Also the buttons routing adds: 记为拜访 / 当作提问 when a message could be either, and 撤销 / 修改 when the
rep says the last note was wrong.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from bot.context import AppContext
from bot.flows.briefing import BriefingFlow
from bot.flows.lookup import LookupFlow
from bot.flows.notes import NoteFlow
from bot.flows.team import TeamFlow
from bot.flows.today import TodayFlow
from bot.routing.router import Route, Router
from bot.routing.words import load_cues
from bot.views import texts
from bot.views.cards import note_card
from bot.views.replies import Choice, Reply
from memory.extract.dates import find_dates
from memory.extract.engine import Extraction
from memory.notes.engines import extractor
from memory.notes.held import hold_message, take_held
from memory.notes.intake import problem_with
from memory.notes.revisions import last_saved, saved_note, take_back, visit_of
from memory.reports.periods import period_of

if TYPE_CHECKING:
    from knowledge.playbook_service import Playbook


class Chat(Protocol):
    """What a turn needs of the assistant it serves (bot/assistant.py): its context, its flows, and
    the note and choice entry points — named here so the flows never import the assistant."""

    ctx: AppContext
    notes: NoteFlow
    briefing: BriefingFlow
    today: TodayFlow
    team: TeamFlow

    def take_note(self, *, user: str, text: str, today: dt.date | None = None) -> list[Reply]: ...

    def ask(self, question: str) -> list[Reply]: ...

    def playbook(self) -> Playbook: ...

    def choose(self, *, user: str, action: str, today: dt.date | None = None) -> list[Reply]: ...


ACTIONS = {"route", "undo", "reedit"}
# What a message the classifier took for a note is when no record can be made of it (跑了一天 累死了): the
# likelier of these, when the classifier gives it at least a fifth, rather than a rejected note. A note
# that names no account (没见着人 白跑一趟) scores under a tenth for either, and stays a note.
NOT_A_NOTE = ("smalltalk", "other")
NOT_A_NOTE_SHARE = 0.2
DUE_DAYS_AHEAD = 7  # 明天该去哪 looks a day ahead; a week at most


@dataclass
class Turn:
    intent: str
    replies: list[Reply]


def smalltalk_reply(text: str) -> str:
    """The reply of the first kind with a word in the text, a greeting when none; how the day went (the
    `feeling` class of cues.yaml: 累, 遭罪, 压力) before a mere acknowledgement (腰酸得不行 holds 行)."""
    cues = load_cues()
    kinds: dict[str, list[str]] = dict(cues["smalltalk_kinds"])
    ack = kinds.pop("ack")
    kinds |= {"feeling": cues["classes"]["feeling"], "ack": ack}
    lowered = text.lower()
    kind = next((k for k, words in kinds.items() if any(w in lowered for w in words)), "hello")
    return texts.t(f"smalltalk_{kind}")


def due_day(text: str, today: dt.date) -> dt.date:
    """The day a due-list request names (明天该去哪), else today."""
    found = [d.date for d in find_dates(text, today)]
    ahead = [d for d in found if today <= d <= today + dt.timedelta(days=DUE_DAYS_AHEAD)]
    return ahead[0] if ahead else today


class ChatTurns:
    def __init__(self, assistant: Chat, router: Router | None = None) -> None:
        self.assistant = assistant
        self.router = router or Router()
        if self.router.about_the_trade is None:  # a question about nothing of the trade is other
            self.router.about_the_trade = lambda text: assistant.playbook().about_the_trade(text)
        self.lookup = LookupFlow(assistant.ctx)

    def route(self, text: str) -> Route:
        with self.assistant.ctx.db.session() as session:
            return self.router.route_in(session, text, self.assistant.ctx.lexicon)

    def answer(self, *, user: str, text: str, today: dt.date, preview: bool = False) -> Turn:
        """preview: a note's card is shown but nothing is stored (keqing say)."""
        route = self.route(text)
        if route.unsure:
            if not preview:
                with self.assistant.ctx.db.session() as session:  # any worker may get the tap
                    hold_message(session=session, person=user, text=text)
            choices = [
                Choice(texts.t("choice_as_note"), "route:note"),
                Choice(texts.t("choice_as_question"), "route:question"),
            ]
            return Turn(route.intent, [Reply(texts.t("note_or_question"), choices)])
        intent = self.unless_empty(route, user, text, today)
        return Turn(intent, self.reply(intent, user=user, text=text, today=today, preview=preview))

    def unless_empty(self, route: Route, user: str, text: str, today: dt.date) -> str:
        """A note the classifier guessed that holds nothing a record keeps is small talk or other when
        the classifier thinks it may be: never stored as a rejected note. A cue's note names an account."""
        if route.intent != "note" or route.rule is not None:
            return route.intent
        runner_up = max(NOT_A_NOTE, key=lambda i: route.scores.get(i, 0.0))
        if route.scores.get(runner_up, 0.0) < NOT_A_NOTE_SHARE or problem_with(text) is not None:
            return route.intent
        # The offline engine only: asking a model twice for every such message would cost a request.
        return runner_up if self._extract(user, text, today, offline=True).record.is_empty() else route.intent

    def _extract(self, user: str, text: str, today: dt.date, offline: bool = False) -> Extraction:
        ctx = self.assistant.ctx
        with ctx.db.session() as session:
            engine = extractor(session=session, lexicon=ctx.lexicon, model=None if offline else ctx.model)
        return engine.extract(text, date=today, rep=user or None)

    def reply(
        self, intent: str, *, user: str, text: str, today: dt.date, preview: bool = False
    ) -> list[Reply]:
        a = self.assistant
        if intent == "note":
            return (
                self.preview(user, text, today) if preview else a.take_note(user=user, text=text, today=today)
            )
        if intent == "question":
            return a.ask(text)
        if intent == "briefing":
            return a.briefing.brief(user=user, query=text, today=today, in_text=True).replies
        if intent == "team":  # a period the words do not name: this month
            words = text if period_of(text, today) else ""
            return a.team.for_words(user=user, words=words, today=today).replies
        if intent == "today":
            return a.today.today(user=user, day=due_day(text, today)).replies
        if intent == "lookup":
            return self.lookup.answer(user=user, text=text, today=today)
        if intent == "correction":
            return self.correction(user)
        if intent == "smalltalk":
            return [Reply(smalltalk_reply(text))]
        return [Reply(texts.t("other_help"))]

    def preview(self, user: str, text: str, today: dt.date) -> list[Reply]:
        """The card a note would get, with nothing stored: the buttons name no note."""
        problem = problem_with(text)
        if problem is not None:
            return [Reply(texts.t(problem))]
        extraction = self._extract(user, text, today)
        if extraction.record.is_empty():
            return [Reply(texts.t("note_nothing_found"))]
        return [note_card(0, extraction.record, extraction.candidates)]

    def correction(self, user: str) -> list[Reply]:
        """The note on the rep's card can be edited or dropped; a saved one undone or edited again."""
        pending = self.assistant.notes.current(user)
        if pending is not None:
            raw = pending.raw_note_id
            name = pending.record.customer.name or texts.t("no_customer")
            choices = [
                Choice(texts.t("choice_edit"), f"edit:{raw}"),
                Choice(texts.t("choice_discard"), f"discard:{raw}"),
            ]
            return [Reply(texts.t("correct_pending", customer=name), choices)]
        with self.assistant.ctx.db.session() as session:
            saved = last_saved(session=session, rep_name=user)
            if saved is None:
                return [Reply(texts.t("correct_nothing"))]
            visit = visit_of(session=session, raw=saved)
            name = visit.customer.name if visit and visit.customer else texts.t("no_customer")
            date = visit.visit_date if visit else saved.note_date
            raw = saved.id
        choices = [
            Choice(texts.t("choice_undo"), f"undo:{raw}"),
            Choice(texts.t("choice_reedit"), f"reedit:{raw}"),
        ]
        return [Reply(texts.t("correct_saved", date=date, customer=name), choices)]

    def choose(self, *, user: str, action: str, today: dt.date) -> list[Reply]:
        kind, _, value = action.partition(":")
        if kind == "route":
            with self.assistant.ctx.db.session() as session:
                text = take_held(session=session, person=user)
            if text is None or value not in {"note", "question"}:
                return [Reply(texts.t("route_expired"))]
            return self.reply(value, user=user, text=text, today=today)
        if not value.isdigit():
            return [Reply(texts.t("unknown_choice"))]
        with self.assistant.ctx.db.session() as session:
            raw = saved_note(session=session, raw_note_id=int(value), rep_name=user)
            if raw is None:
                return [Reply(texts.t("nothing_to_undo"))]
            name = take_back(session=session, raw=raw, status="undone" if kind == "undo" else "extracted")
        if kind == "undo":
            return [Reply(texts.t("undone", customer=name or texts.t("no_customer")))]
        return self.assistant.choose(user=user, action=f"edit:{value}", today=today)
