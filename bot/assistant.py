"""The transport-independent assistant: text in, replies (text plus choices) out.

It decides what a message is (bot/routing: note, question, briefing, lookup, today, team,
correction, smalltalk, other) and hands it to the flow for that feature (bot/flows/); the terminal
chat and the Telegram handlers call only this.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.context import AppContext
from bot.flows.briefing import BriefingFlow
from bot.flows.export import ExportFlow
from bot.flows.notes import NoteFlow
from bot.flows.team import TeamFlow
from bot.flows.today import TodayFlow
from bot.flows.turn import ACTIONS as TURN_ACTIONS
from bot.flows.turn import ChatTurns
from bot.views import texts
from bot.views.answers import render_answer
from bot.views.replies import Reply
from memory.base.errors import KeqingError
from memory.notes.engines import offline_extractor

if TYPE_CHECKING:
    from knowledge.playbook_service import Playbook


class Assistant:
    def __init__(self, ctx: AppContext, playbook: Callable[[], Playbook] | None = None) -> None:
        self.ctx = ctx
        self.notes = NoteFlow(ctx)
        self.briefing = BriefingFlow(ctx)
        self.today = TodayFlow(ctx)
        self.team = TeamFlow(ctx)
        self.export = ExportFlow(ctx)
        self._playbook_factory = playbook or (lambda: _open_playbook(ctx))
        self._playbook: Playbook | None = None
        self.turns = ChatTurns(self)

    def warm_up(self) -> None:
        """Loads the extraction index and the knowledge base before the first message needs them."""
        with self.ctx.db.session() as session:
            engine = offline_extractor(session=session, lexicon=self.ctx.lexicon)
        engine.gazetteer.warm_up()
        engine.extract("预热", date=self.ctx.clock.today())
        self.turns.route("预热")  # trains the router's classifier
        self.playbook().retriever.search("预热", 1)

    def playbook(self) -> Playbook:
        """Opened on the first question: Chroma and jieba take a moment to load."""
        if self._playbook is None:
            self._playbook = self._playbook_factory()
        return self._playbook

    def ask(self, question: str) -> list[Reply]:
        try:
            answer = self.playbook().ask(question)
        except KeqingError as exc:
            return [Reply(texts.error_text(exc))]
        return [Reply(render_answer(answer))]

    def handle_text(self, *, user: str, text: str, today: dt.date | None = None) -> list[Reply]:
        today = today or self.ctx.clock.today()
        offered = self.notes.unconfirmed(user=user)  # cards a crash may have swallowed, offered back
        return offered + self._handle_text(user=user, text=text, today=today)

    def _handle_text(self, *, user: str, text: str, today: dt.date) -> list[Reply]:
        if user in self.briefing.points.awaiting:  # the reason after a ✖ on a talking point
            reason = self.briefing.points.reason(user=user, text=text, route=self.turns.route(text))
            if reason is not None:
                return reason
        if self.notes.editing(user):
            edited = self.notes.edit(user=user, text=text, today=today)
            if edited is not None:
                return edited
        return self.turns.answer(user=user, text=text, today=today).replies

    def intent(self, text: str) -> str:
        """The contract's intent of a message (bot/routing); one that could be a note or a question is
        "note" here, as the chat then asks which with two buttons."""
        route = self.turns.route(text)
        return "note" if route.unsure else route.intent

    def take_note(self, *, user: str, text: str, today: dt.date | None = None) -> list[Reply]:
        return self.notes.take(user=user, text=text, today=today or self.ctx.clock.today())

    def choose(self, *, user: str, action: str, today: dt.date | None = None) -> list[Reply]:
        kind, _, value = action.partition(":")
        today = today or self.ctx.clock.today()
        if kind in TURN_ACTIONS:
            return self.turns.choose(user=user, action=action, today=today)
        if kind == "brief" and value.isdigit():
            return self.briefing.by_id(user=user, customer_id=int(value), today=today).replies
        more = re.fullmatch(r"(\d+):(\d{4}-\d{2}-\d{2})", value)
        if kind == "more" and more is not None:
            day = dt.date.fromisoformat(more.group(2))
            return self.briefing.details(user=user, customer_id=int(more.group(1)), today=day).replies
        if kind == "point":
            return self.briefing.point(user=user, value=value, today=today)
        if kind == "kept" and value.isdigit():
            return self.briefing.kept(user=user, commitment_id=int(value), today=today).replies
        return self.notes.choose(user=user, kind=kind, value=value)

    def undo(self, *, user: str) -> list[Reply]:
        return self.notes.undo(user=user)

    def command(self, *, user: str, name: str, args: str, today: dt.date | None = None) -> list[Reply] | None:
        """A slash command typed in any chat (/brief 仁和, /team 上周); None when there is no such command."""
        day = today or self.ctx.clock.today()
        if name == "note":
            return (
                self.take_note(user=user, text=args, today=day) if args else [Reply(texts.t("tg_note_how"))]
            )
        if name == "ask":
            return self.ask(args) if args else [Reply(texts.t("tg_ask_how"))]
        if name == "brief":
            if not args:
                return [Reply(texts.t("brief_which"))]
            return self.briefing.brief(user=user, query=args, today=day).replies
        if name == "today":
            return self.today.today(user=user, day=day).replies
        if name == "team":
            return self.team.for_words(user=user, words=args, today=day).replies
        if name == "export":
            return self.export.for_words(user=user, words=args, today=day).replies
        if name == "undo":
            return self.undo(user=user)
        if name == "safety":
            return self.notes.compliance.safety(user=user).replies
        return None


def _open_playbook(ctx: AppContext) -> Playbook:
    """Imported late: Chroma and jieba take a moment to load, and a note never needs them."""
    from knowledge.playbook_service import open_playbook

    return open_playbook(ctx.db)
