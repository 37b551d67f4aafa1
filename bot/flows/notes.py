"""A visit note's life in chat: note → card → ✅ save / ✏️ edit / ❌ discard (or another account), and
/undo. The raw text is stored before anything else happens to it (NoteIntake). Which card a person
has in hand and its mode live in the database (memory/notes/cards.py), the card's record in the raw
note's draft: any bot worker can take the person's next message."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.context import AppContext
from bot.flows.compliance import SAVE_STEPS, ComplianceFlow
from bot.views import texts
from bot.views.cards import field_value, note_card, section_lines
from bot.views.replies import Choice, Reply
from memory.accounts.access import scope_for
from memory.accounts.masterdata import has_master_data
from memory.base.errors import KeqingError, PermissionDenied
from memory.extract.engine import MAX_CHARS, Extraction
from memory.extract.summary import summarize
from memory.notes.cards import CardState, card_state, hold_card, release_card
from memory.notes.corrections import apply_edit, parse_edit
from memory.notes.engines import offline_extractor
from memory.notes.intake import undo_last
from memory.notes.list_edits import LIST_FIELDS
from memory.notes.scoping import visible
from memory.notes.unconfirmed import unconfirmed_notes
from memory.schema.record import CustomerRef, VisitRecord
from prompts import load_texts

_CLOSED = {"saved": "already_saved", "discarded": "already_discarded"}  # a note's status → message
CARD_ACTIONS = {*SAVE_STEPS, "edit", "discard", "customer", "field", "cancel", "reword", "show"}
ANY_FIELD = "*"  # editing, no section chosen yet: only 「字段: 值」 is an edit
MAX_EDIT_CHARS = 40  # a longer text while editing is a new note, not a correction
SHORT_EDIT_CHARS = 15  # a reply that is no valid edit and longer than this is taken as a new message
KEPT_EXTRACTIONS = 1000  # notes whose extraction this process remembers (another worker re-reads)


@dataclass
class Pending:
    raw_note_id: int
    extraction: Extraction
    record: VisitRecord
    editing: str | None = None  # the section being edited, ANY_FIELD, or None
    rewording: bool = False  # the rep's next note replaces this one (a compliance finding to reword)


class NoteFlow:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.intake = ctx.intake()
        # What the engine read of a note, by note: a cache (the draft is the card; another worker,
        # or this one after a restart, re-reads the candidates with the offline engine).
        self.extractions: dict[int, Extraction] = {}
        self.reminded: set[str] = set()  # people already offered their unconfirmed notes (this process)
        self.compliance = ComplianceFlow(ctx)

    def _state(self, user: str) -> CardState | None:
        with self.ctx.db.session() as session:
            return card_state(session=session, person=user)

    def _hold(self, user: str, pending: Pending) -> None:
        state = CardState(pending.raw_note_id, pending.editing, pending.rewording)
        with self.ctx.db.session() as session:
            hold_card(session=session, person=user, state=state)

    def _release(self, user: str, raw_note_id: int) -> None:
        self.extractions.pop(raw_note_id, None)
        with self.ctx.db.session() as session:
            release_card(session=session, person=user, raw_note_id=raw_note_id)

    def current(self, user: str) -> Pending | None:
        """The card in the person's hand as the database has it (any worker may have changed it)."""
        state = self._state(user)
        if state is None:
            return None
        pending = self._open(user, state.raw_note_id)
        if isinstance(pending, str):  # saved or discarded meanwhile (another worker, a CLI)
            self._release(user, state.raw_note_id)
            return None
        pending.editing, pending.rewording = state.editing, state.rewording
        return pending

    def editing(self, user: str) -> bool:
        state = self._state(user)
        return state is not None and state.editing is not None

    def take(self, *, user: str, text: str, today: dt.date) -> list[Reply]:
        previous = self._state(user)
        if previous is not None and previous.rewording:  # the reworded note replaces the old one
            self.intake.discard(raw_note_id=previous.raw_note_id)
            self._release(user, previous.raw_note_id)
            previous = None
        taken = self.intake.take(text=text, note_date=today, rep=user, channel="chat")
        if taken.problem or taken.extraction is None:
            return [Reply(texts.t(taken.problem or "note_extract_failed"))]
        if taken.extraction.record.is_empty():  # a card with nothing on it helps nobody
            self.intake.reject(raw_note_id=taken.raw_note_id, problem="note_nothing_found")
            return self._first_run([Reply(texts.t("note_nothing_found"))])
        again = previous is not None and previous.raw_note_id == taken.raw_note_id  # a resend
        replies = [Reply(texts.t("previous_note_kept"))] if previous is not None and not again else []
        pending = Pending(taken.raw_note_id, taken.extraction, taken.extraction.record)
        self._remember(pending)
        self._hold(user, pending)
        if taken.extraction.truncated:
            replies.append(Reply(texts.t("note_too_long", limit=MAX_CHARS)))
        replies.append(self._card(pending))
        return replies if pending.record.customer.matched else self._first_run(replies)

    def _first_run(self, replies: list[Reply]) -> list[Reply]:
        """On an empty database a note can match nothing: say what to do first (import, or the demo)."""
        with self.ctx.db.session() as session:
            empty = not has_master_data(session=session)
        return [*replies, Reply(texts.t("first_run"))] if empty else replies

    def choose(self, *, user: str, kind: str, value: str) -> list[Reply]:
        """A button under a card: `value` is the note's id, then for `customer` the account's."""
        raw, _, rest = value.partition(":")
        if kind not in CARD_ACTIONS or not raw.isdigit():
            return [Reply(texts.t("unknown_choice"))]
        pending = self._pending_for(user, int(raw))
        if isinstance(pending, str):
            return [Reply(texts.t(pending))]
        if kind in SAVE_STEPS:
            return self._save(user, pending, kind)
        if kind == "reword":
            self._mode(user, pending, rewording=True)
            return [Reply(texts.t("compliance_reword_help"))]
        if kind == "discard":
            self._release(user, pending.raw_note_id)
            self.intake.discard(raw_note_id=pending.raw_note_id)
            return [Reply(texts.t("discarded"))]
        if kind == "edit":
            self._mode(user, pending, editing=ANY_FIELD)
            return [self._section_choices(pending)]
        if kind == "field" and rest in load_texts("labels")["edit_sections"]:
            self._mode(user, pending, editing=rest)
            return [Reply(self._section_prompt(pending, rest))]
        if kind == "cancel":
            self._mode(user, pending, editing=None)
            return [Reply(texts.t("edit_cancelled")), self._card(pending)]
        if kind == "show":  # a note offered back by `unconfirmed`: its card again
            return [self._card(pending)]
        return self._other_customer(pending, rest)

    def edit(self, *, user: str, text: str, today: dt.date) -> list[Reply] | None:
        """A reply while a card is being edited; None when it is no edit (a new note, a question):
        the card leaves edit mode, keeps its draft, and the text goes on as any other message."""
        pending = self.current(user)
        if pending is None:  # the card was saved or discarded meanwhile
            return None
        words = load_texts("labels")["edit_words"]
        if text.strip() in words["cancel"]:
            self._mode(user, pending, editing=None)
            return [Reply(texts.t("edit_cancelled")), self._card(pending)]
        parsed = parse_edit(text)
        if parsed is None and pending.editing not in (None, ANY_FIELD) and len(text) <= MAX_EDIT_CHARS:
            parsed = (str(pending.editing), text.strip())
        if parsed is None:
            self._mode(user, pending, editing=None)
            return None
        field_name, value = parsed
        with self.ctx.db.session() as session:
            entities = offline_extractor(session=session, lexicon=self.ctx.lexicon).gazetteer.entities
            # a 客户: edit only matches accounts this person may write to
            scope = scope_for(session=session, name=user)
            accounts = [e for e in entities if e.kind == "customer"]
            allowed = {e.id for e in visible(session=session, scope=scope, entities=accounts)}
            entities = [e for e in entities if e.kind != "customer" or e.id in allowed]
        try:
            record = apply_edit(pending.record, field_name, value, entities=list(entities), today=today)
        except KeqingError as exc:
            if len(text.strip()) > SHORT_EDIT_CHARS:  # not a botched edit: something new to say
                self._mode(user, pending, editing=None)
                return None
            return [Reply(texts.error_text(exc))]
        self._revise(pending, record)
        self._mode(user, pending, editing=None)
        return [self._card(pending)]

    def unconfirmed(self, *, user: str) -> list[Reply]:
        """On a person's first message to this process: notes stored and read but never confirmed
        (their card may have been lost in a crash), offered back one button each."""
        if user in self.reminded:
            return []
        self.reminded.add(user)
        current = self._state(user)
        # the card in hand is left out only if this process showed it: a crash may have eaten it
        shown = current.raw_note_id if current and current.raw_note_id in self.extractions else None
        with self.ctx.db.session() as session:
            count, notes = unconfirmed_notes(session=session, rep_name=user, exclude=shown)
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

    def _section_choices(self, pending: Pending) -> Reply:
        raw = pending.raw_note_id
        sections = load_texts("labels")["edit_sections"]
        choices = [
            Choice(texts.t("choice_section", name=name), f"field:{raw}:{key}")
            for key, name in sections.items()
        ]
        return Reply(texts.t("edit_pick"), [*choices, Choice(texts.t("choice_cancel"), f"cancel:{raw}")])

    def _section_prompt(self, pending: Pending, section: str) -> str:
        name = load_texts("labels")["edit_sections"][section]
        if section not in LIST_FIELDS:
            return texts.t("edit_section.scalar", name=name, value=field_value(pending.record, section))
        lines = section_lines(pending.record, section)
        example = texts.t(f"edit_section.{section}")
        if not lines:
            return texts.t("edit_section.empty", name=name) + "\n" + example
        numbered = "\n".join(f"{n}. {line.strip()}" for n, line in enumerate(lines, start=1))
        return texts.t("edit_section.list", name=name, items=numbered) + "\n" + example

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
        revised = pending.record.model_copy(update={"customer": customer})
        revised.summary = summarize(revised)
        self._revise(pending, revised)
        return [self._card(pending)]

    def _card(self, pending: Pending) -> Reply:
        return note_card(pending.raw_note_id, pending.record, pending.extraction.candidates)

    def _pending_for(self, user: str, raw_note_id: int) -> Pending | str:
        """The note a button names, which becomes the card in hand (keeping its mode if it already
        was): the one in hand, an older card, or a card from before a restart or from another worker;
        else the key of the message saying why not."""
        state = self._state(user)
        pending = self._open(user, raw_note_id)
        if isinstance(pending, str):
            return pending
        if state is not None and state.raw_note_id == raw_note_id:
            pending.editing, pending.rewording = state.editing, state.rewording
        else:
            self._hold(user, pending)  # the one it replaces keeps its draft: its card still works
        return pending

    def _open(self, user: str, raw_note_id: int) -> Pending | str:
        """The note as its card stands (its draft), or the key of why it has no card any more."""
        known = self.extractions.get(raw_note_id)
        reopened = self.intake.reopen(raw_note_id=raw_note_id, rep=user, known=known)
        if reopened is None or reopened.extraction is None or reopened.record is None:
            status = reopened.status if reopened else ""
            return _CLOSED.get(status, "nothing_pending")
        pending = Pending(raw_note_id, reopened.extraction, reopened.record)
        self._remember(pending)
        return pending

    def _remember(self, pending: Pending) -> None:
        self.extractions[pending.raw_note_id] = pending.extraction
        if len(self.extractions) > KEPT_EXTRACTIONS:  # the oldest goes (dicts keep insertion order)
            self.extractions.pop(next(iter(self.extractions)))

    def _mode(self, user: str, pending: Pending, **mode: str | bool | None) -> None:
        """Edit mode or rewording changed: stored, for whichever worker gets the next message."""
        for key, value in mode.items():
            setattr(pending, key, value)
        self._hold(user, pending)

    def _save(self, user: str, pending: Pending, step: str) -> list[Reply]:
        """Saves the card, once its compliance findings are answered (bot/flows/compliance.py)."""
        asked = self.compliance.before_save(pending.raw_note_id, pending.record, step)
        if asked:
            return asked
        record = None if pending.record == pending.extraction.record else pending.record
        try:
            self.intake.confirm(raw_note_id=pending.raw_note_id, extraction=pending.extraction, record=record)
        except PermissionDenied as exc:  # an account typed in an edit that is someone else's
            return [Reply(texts.error_text(exc))]
        self._release(user, pending.raw_note_id)
        customer = pending.record.customer.name or texts.t("no_customer")
        if step == "report":
            count = self.compliance.file(pending.raw_note_id, pending.record)
            return [Reply(texts.t("saved_with_reports", customer=customer, count=count))]
        return [Reply(texts.t("saved", customer=customer))]

    def _revise(self, pending: Pending, record: VisitRecord) -> None:
        pending.record = record
        self.intake.keep_draft(raw_note_id=pending.raw_note_id, record=record)
