"""What saving a card with compliance findings takes: an inducement is reworded or confirmed (or,
where the company blocks them, reworded), an adverse event becomes a safety report the rep confirms.
Admins list the safety reports (`keqing safety list`, /safety)."""

from __future__ import annotations

from bot.context import AppContext
from bot.views import texts
from bot.views.replies import Choice, Outcome, Reply
from bot.views.safety import render_safety
from memory.accounts.access import scope_for
from memory.base.errors import KeqingError
from memory.compliance.reports import SafetyReportRow, file_reports, list_reports
from memory.schema.record import VisitRecord

# A save goes through these steps in order; a button names the step the rep has already passed.
SAVE_STEPS = ("save", "ack", "report")


class ComplianceFlow:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def before_save(self, raw_note_id: int, record: VisitRecord, step: str) -> list[Reply]:
        """The question to ask before a save at this step; none when the note may be saved now."""
        kinds = {f.kind for f in record.compliance}
        reword = Choice(texts.t("choice_reword"), f"reword:{raw_note_id}")
        if self.ctx.settings.block_inducements and "inducement" in kinds:
            return [Reply(texts.t("compliance_inducement_blocked"), [reword])]
        if step == "save" and "inducement" in kinds:
            confirm = Choice(texts.t("choice_confirm_inducement"), f"ack:{raw_note_id}")
            return [Reply(texts.t("compliance_inducement_ask"), [reword, confirm])]
        if step != "report" and "adverse_event" in kinds:
            events = "\n".join(f"· {f.text}" for f in record.compliance if f.kind == "adverse_event")
            choices = [
                Choice(texts.t("choice_report"), f"report:{raw_note_id}"),
                Choice(texts.t("choice_edit"), f"edit:{raw_note_id}"),
            ]
            return [Reply(texts.t("compliance_safety_ask", events=events), choices)]
        return []

    def file(self, raw_note_id: int, record: VisitRecord) -> int:
        with self.ctx.db.session() as session:
            return file_reports(session=session, raw_note_id=raw_note_id, record=record)

    def safety(self, *, user: str | None) -> Outcome[list[SafetyReportRow]]:
        """The safety reports, newest first; for admins (the shell is one)."""
        with self.ctx.db.session() as session:
            try:
                scope_for(session=session, name=user).require_admin()
            except KeqingError as exc:
                return Outcome.failed(texts.error_text(exc))
            rows = list_reports(session=session)
        return Outcome(rows, [Reply(render_safety(rows))])
