"""A visit note's life in chat: note → card → ✅ save / ✏️ edit / ❌ discard (or another account), and
/undo. The raw text is stored before anything else happens to it (NoteIntake)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.context import AppContext
from bot.views import texts
from bot.views.cards import render_card
from bot.views.replies import Choice, Reply
from memory.accounts.access import scope_for
from memory.base.errors import KeqingError, PermissionDenied
from memory.extract.engine import MAX_CHARS, Extraction
from memory.notes.corrections import apply_edit, parse_edit
from memory.notes.engines import offline_extractor
from memory.notes.intake import undo_last
from memory.notes.scoping import visible
from memory.notes.unconfirmed import unconfirmed_notes
from memory.schema.record import CustomerRef, VisitRecord

_CLOSED = {"saved": "already_saved", "discarded": "already_discarded"}  # a note's status → message
CARD_ACTIONS = {"save", "edit", "discard", "customer", "show"}


@dataclass
class Pending:
    raw_note_id: int
    extraction: Extraction
    record: VisitRecord
    editing: bool = False


class NoteFlow:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.intake = ctx.intake()
        self.pending: dict[str, Pending] = {}
        self.reminded: set[str] = set()  # people already offered their unconfirmed notes (this process)

    def editing(self, user: str) -> bool:
        pending = self.pending.get(user)
        return pending is not None and pending.editing

    def take(self, *, user: str, text: str, today: dt.date) -> list[Reply]:
        previous = self.pending.get(user)
        taken = self.intake.take(text=text, note_date=today, rep=user, channel="chat")
        if taken.problem or taken.extraction is None:
            return [Reply(texts.t(taken.problem or "note_extract_failed"))]
        if taken.extraction.record.is_empty():  # a card with nothing on it helps nobody
            self.intake.reject(raw_note_id=taken.raw_note_id, problem="note_nothing_found")
            return [Reply(texts.t("note_nothing_found"))]
        replies = [Reply(texts.t("previous_note_kept"))] if previous is not None else []
        pending = Pending(taken.raw_note_id, taken.extraction, taken.extraction.record)
        self.pending[user] = pending
        if taken.extraction.truncated:
            replies.append(Reply(texts.t("note_too_long", limit=MAX_CHARS)))
        replies.append(self._card(pending))
        return replies

    def choose(self, *, user: str, kind: str, value: str) -> list[Reply]:
        """A button under a card: `value` is the note's id, then for `customer` the account's."""
        raw, _, rest = value.partition(":")
        if kind not in CARD_ACTIONS or not raw.isdigit():
            return [Reply(texts.t("unknown_choice"))]
        pending = self._pending_for(user, int(raw))
        if isinstance(pending, str):
            return [Reply(texts.t(pending))]
        if kind == "save":
            record = None if pending.record == pending.extraction.record else pending.record
            try:
                self.intake.confirm(
                    raw_note_id=pending.raw_note_id, extraction=pending.extraction, record=record
                )
            except PermissionDenied as exc:  # an account typed in an edit that is someone else's
                return [Reply(texts.error_text(exc))]
            del self.pending[user]
            return [Reply(texts.t("saved", customer=pending.record.customer.name or texts.t("no_customer")))]
        if kind == "discard":
            del self.pending[user]
            self.intake.discard(raw_note_id=pending.raw_note_id)
            return [Reply(texts.t("discarded"))]
        if kind == "edit":
            pending.editing = True
            return [Reply(texts.t("edit_help"))]
        if kind == "show":  # a note offered back by `unconfirmed`: its card again
            return [self._card(pending)]
        return self._other_customer(pending, rest)

    def edit(self, *, user: str, text: str, today: dt.date) -> list[Reply]:
        pending = self.pending[user]
        parsed = parse_edit(text)
        if parsed is None:
            return [Reply(texts.t("edit_help"))]
        field_name, value = parsed
        customers = pending.extraction.candidates or []
        if field_name == "customer":  # only the accounts this person may write to
            with self.ctx.db.session() as session:
                engine = offline_extractor(session=session, lexicon=self.ctx.lexicon)
                scope = scope_for(session=session, name=user)
                customers = visible(session=session, scope=scope, entities=engine.gazetteer.customers())
        try:
            record = apply_edit(pending.record, field_name, value, customers=customers, today=today)
        except KeqingError as exc:
            return [Reply(texts.error_text(exc))]
        self._revise(pending, record)
        pending.editing = False
        return [self._card(pending)]

    def unconfirmed(self, *, user: str) -> list[Reply]:
        """On a person's first message to this process: notes stored and read but never confirmed
        (their card may have been lost in a crash), offered back one button each."""
        if user in self.reminded:
            return []
        self.reminded.add(user)
        current = self.pending.get(user)
        with self.ctx.db.session() as session:
            count, notes = unconfirmed_notes(
                session=session, rep_name=user, exclude=current.raw_note_id if current else None
            )
        if not notes:
            return []
        choices = [
            Choice(
                texts.t("choice_unconfirmed", date=f"{n.note_date:%m-%d}", customer=n.customer or "?"),
                f"show:{n.raw_note_id}",
            )
            for n in notes
        ]
        return [Reply(texts.t("unconfirmed", count=count), choices)]

    def undo(self, *, user: str) -> list[Reply]:
        with self.ctx.db.session() as session:
            customer = undo_last(session=session, rep_name=user)
        if customer is None:
            return [Reply(texts.t("nothing_to_undo"))]
        return [Reply(texts.t("undone", customer=customer or texts.t("no_customer")))]

    def _other_customer(self, pending: Pending, entity_id: str) -> list[Reply]:
        entity = next((e for e in pending.extraction.candidates if str(e.id) == entity_id), None)
        if entity is None:
            return [Reply(texts.t("unknown_choice"))]
        customer = CustomerRef.model_validate(
            {"name": entity.name, "matched": True, "type": entity.type, "area": entity.area}
        )
        self._revise(pending, pending.record.model_copy(update={"customer": customer}))
        return [self._card(pending)]

    def _card(self, pending: Pending) -> Reply:
        # Every button names its note, so a button on an older card acts on that card's note.
        raw = pending.raw_note_id
        choices = [
            Choice(texts.t("choice_save"), f"save:{raw}"),
            Choice(texts.t("choice_edit"), f"edit:{raw}"),
            Choice(texts.t("choice_discard"), f"discard:{raw}"),
        ]
        text = render_card(pending.record)
        others = [e for e in pending.extraction.candidates if e.name != pending.record.customer.name]
        if others:  # an alias several accounts share: offer the others as one-tap fixes
            text += "\n" + texts.t("card_other_customers")
            choices += [
                Choice(texts.t("choice_customer", name=e.name), f"customer:{raw}:{e.id}") for e in others
            ]
        return Reply(text, choices)

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

    def _revise(self, pending: Pending, record: VisitRecord) -> None:
        pending.record = record
        self.intake.keep_draft(raw_note_id=pending.raw_note_id, record=record)
