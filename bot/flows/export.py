"""The Excel export for managers, on any transport: accounts, contacts, visits, commitments."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.context import AppContext
from bot.views import texts
from bot.views.replies import Outcome, Reply
from memory.accounts.access import manager_scope_for
from memory.base.errors import KeqingError
from memory.reports.export import export_workbook
from memory.reports.periods import period_of


@dataclass(frozen=True)
class Workbook:
    filename: str
    data: bytes


class ExportFlow:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def for_words(self, *, user: str | None, words: str, today: dt.date) -> Outcome[Workbook]:
        since, until = period_of(words, today) or period_of("", today) or (today, today)
        return self.export(user=user, since=since, until=until)

    def export(self, *, user: str | None, since: dt.date, until: dt.date) -> Outcome[Workbook]:
        if since > until:
            return Outcome.failed(texts.t("bad_period", since=since, until=until))
        with self.ctx.db.session() as session:
            try:
                rep_ids = manager_scope_for(session=session, name=user)
            except KeqingError as exc:
                return Outcome.failed(texts.error_text(exc))
            data = export_workbook(
                session=session, rep_ids=rep_ids, since=since, until=until, policy=self.ctx.policy
            )
        book = Workbook(texts.t("export.filename", since=since, until=until), data)
        caption = texts.t("team.export_caption", since=since, until=until)
        return Outcome(book, [Reply(caption, document=(book.filename, data))])
