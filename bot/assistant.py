"""The transport-independent assistant: text in, replies (text plus choices) out.

The terminal chat and the Telegram handlers both call this; neither holds any logic of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.flows.briefing import BriefingFlow
from bot.flows.team import TeamFlow
from bot.flows.turn import ACTIONS as TURN_ACTIONS
from bot.flows.turn import ChatTurns
from bot.views import texts
from bot.views.answers import render_answer
from bot.views.cards import note_card
from bot.views.replies import Reply
from memory.base.db import Database
from memory.base.errors import KeqingError
from memory.extract.engine import MAX_CHARS, Extraction
from memory.notes.corrections import apply_edit, parse_edit
from memory.notes.intake import NoteIntake
from memory.schema.record import CustomerRef, VisitRecord

if TYPE_CHECKING:
    from knowledge.playbook_service import Playbook


@dataclass
class Pending:
    raw_note_id: int
    extraction: Extraction
    record: VisitRecord
    editing: bool = False


_CLOSED = {"saved": "already_saved", "discarded": "already_discarded"}  # a note's status → message


class Assistant:
    def __init__(self, db: Database, playbook: Callable[[], Playbook] | None = None) -> None:
        self.db = db
        self.intake = NoteIntake(db)
        self.briefing = BriefingFlow(db)
        self.team = TeamFlow(db)
        self.pending: dict[str, Pending] = {}
        self._playbook_factory = playbook or (lambda: _open_playbook(db))
        self._playbook: Playbook | None = None
        self.turns = ChatTurns(self)

    def warm_up(self) -> None:
        """Loads the extraction index and the knowledge base before the first message needs them."""
        from memory.extract import offline_extractor

        with self.db.session() as session:
            engine = offline_extractor(session=session)
        engine.gazetteer.warm_up()
        engine.extract("预热", date=dt.date.today())
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

    def _card(self, pending: Pending) -> Reply:
        return note_card(pending.raw_note_id, pending.record, pending.extraction.candidates)

    def _pending_for(self, user: str, raw_note_id: int) -> Pending | str:
        """The note a button names: the one in hand, or one reopened from its stored draft (an
        older card, or a card from before a restart); else the key of the message saying why not."""
        current = self.pending.get(user)
        if current is not None and current.raw_note_id == raw_note_id:
            return current
        reopened = self.intake.reopen(raw_note_id=raw_note_id, rep=user)
        if reopened is None or reopened.extraction is None or reopened.record is None:
            status = reopened.status if reopened else ""
            return _CLOSED.get(status, "nothing_pending")
        pending = Pending(raw_note_id, reopened.extraction, reopened.record)
        self.pending[user] = pending  # the one it replaces keeps its draft: its card still works
        return pending

    def handle_text(self, *, user: str, text: str, today: dt.date | None = None) -> list[Reply]:
        today = today or dt.date.today()
        pending = self.pending.get(user)
        if pending is not None and pending.editing:
            return self._edit(user, pending, text, today)
        return self.turns.answer(user=user, text=text, today=today).replies

    def intent(self, text: str) -> str:
        """The contract's intent of a message (bot/routing); one that could be a note or a question is
        "note" here, as the chat then asks which with two buttons."""
        route = self.turns.route(text)
        return "note" if route.unsure else route.intent

    def take_note(self, *, user: str, text: str, today: dt.date | None = None) -> list[Reply]:
        today = today or dt.date.today()
        pending = self.pending.get(user)
        taken = self.intake.take(text=text, note_date=today, rep=user, channel="chat")
        if taken.problem or taken.extraction is None:
            return [Reply(texts.t(taken.problem or "note_extract_failed"))]
        if taken.extraction.record.is_empty():  # a card with nothing on it helps nobody
            self.intake.reject(raw_note_id=taken.raw_note_id, problem="note_nothing_found")
            return [Reply(texts.t("note_nothing_found"))]
        replies = []
        if pending is not None:
            replies.append(Reply(texts.t("previous_note_kept")))
        pending = Pending(taken.raw_note_id, taken.extraction, taken.extraction.record)
        self.pending[user] = pending
        if taken.extraction.truncated:
            replies.append(Reply(texts.t("note_too_long", limit=MAX_CHARS)))
        replies.append(self._card(pending))
        return replies

    def choose(self, *, user: str, action: str, today: dt.date | None = None) -> list[Reply]:
        kind, _, value = action.partition(":")
        if kind in TURN_ACTIONS:
            return self.turns.choose(user=user, action=action, today=today or dt.date.today())
        if kind in {"brief", "kept"} and value.isdigit():
            today = today or dt.date.today()
            if kind == "brief":
                return self.briefing.by_id(user=user, customer_id=int(value), today=today)
            return self.briefing.kept(user=user, commitment_id=int(value), today=today)
        raw, _, rest = value.partition(":")
        if kind not in {"save", "edit", "discard", "customer"} or not raw.isdigit():
            return [Reply(texts.t("unknown_choice"))]
        pending = self._pending_for(user, int(raw))
        if isinstance(pending, str):
            return [Reply(texts.t(pending))]
        if kind == "save":
            del self.pending[user]
            record = None if pending.record == pending.extraction.record else pending.record
            self.intake.confirm(raw_note_id=pending.raw_note_id, extraction=pending.extraction, record=record)
            return [Reply(texts.t("saved", customer=pending.record.customer.name or texts.t("no_customer")))]
        if kind == "discard":
            del self.pending[user]
            self.intake.discard(raw_note_id=pending.raw_note_id)
            return [Reply(texts.t("discarded"))]
        if kind == "edit":
            pending.editing = True
            return [Reply(texts.t("edit_help"))]
        entity = next((e for e in pending.extraction.candidates if str(e.id) == rest), None)
        if entity is None:
            return [Reply(texts.t("unknown_choice"))]
        customer = CustomerRef.model_validate(
            {"name": entity.name, "matched": True, "type": entity.type, "area": entity.area}
        )
        self._revise(pending, pending.record.model_copy(update={"customer": customer}))
        return [self._card(pending)]

    def _revise(self, pending: Pending, record: VisitRecord) -> None:
        pending.record = record
        self.intake.keep_draft(raw_note_id=pending.raw_note_id, record=record)

    def undo(self, *, user: str) -> list[Reply]:
        from memory.notes.intake import undo_last

        with self.db.session() as session:
            customer = undo_last(session=session, rep_name=user)
        if customer is None:
            return [Reply(texts.t("nothing_to_undo"))]
        return [Reply(texts.t("undone", customer=customer or texts.t("no_customer")))]

    def _edit(self, user: str, pending: Pending, text: str, today: dt.date) -> list[Reply]:
        parsed = parse_edit(text)
        if parsed is None:
            return [Reply(texts.t("edit_help"))]
        field_name, value = parsed
        customers = pending.extraction.candidates or []
        if field_name == "customer":
            from memory.extract import offline_extractor

            with self.db.session() as session:
                customers = offline_extractor(session=session).gazetteer.customers()
        try:
            record, _entity = apply_edit(pending.record, field_name, value, customers=customers, today=today)
        except KeqingError as exc:
            return [Reply(texts.error_text(exc))]
        self._revise(pending, record)
        pending.editing = False
        return [self._card(pending)]


def _open_playbook(db: Database) -> Playbook:
    """Imported late: Chroma and jieba take a moment to load, and a note never needs them."""
    from knowledge.playbook_service import open_playbook

    return open_playbook(db)
