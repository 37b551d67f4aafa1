"""The manager's Excel export (openpyxl): accounts, contacts, visits, products per visit, competitor
mentions, commitments — one sheet each, one row per thing, so a manager can filter and pivot.

Headers in Chinese, dates as real dates, header row frozen, an autofilter on every sheet. No cell is
ever a formula: text that a spreadsheet would run (= + - @, tab, CR first) is written as text
(OWASP's CSV-injection advice), whatever its source — a note, a card edit or imported master data.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from memory.compliance.reports import list_reports
from memory.reports.cadence import CadencePolicy, cadence_of
from memory.reports.due import last_contacts
from memory.schema.models import Commitment, CompetitorMention, Contact, Customer, Person, Visit, VisitProduct
from prompts import load_texts

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

DATE_FORMAT = "yyyy-mm-dd"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Row = list[Any]


@dataclass(frozen=True)
class _Scope:
    """What every sheet needs: the period, the accounts in scope by id, people's names, the wording."""

    since: dt.date
    until: dt.date
    customers: list[Customer]
    names: dict[int, str]
    people: dict[int, str]
    texts: dict[str, Any]
    labels: dict[str, dict[str, str]]

    def label(self, group: str, code: str | None) -> str | None:
        return self.labels[group].get(code or "", code)


def export_workbook(
    *, session: Session, rep_ids: set[int] | None, since: dt.date, until: dt.date, policy: CadencePolicy
) -> bytes:
    accounts = select(Customer).order_by(Customer.name)
    if rep_ids is not None:
        accounts = accounts.where(Customer.rep_id.in_(rep_ids))
    customers = list(session.scalars(accounts))
    scope = _Scope(
        since=since,
        until=until,
        customers=customers,
        names={c.id: c.name for c in customers},
        people={p.id: p.name for p in session.scalars(select(Person))},
        texts=load_texts("messages")["export"],
        labels=load_texts("labels"),
    )
    visits = list(
        session.scalars(
            select(Visit)
            .where(Visit.customer_id.in_(scope.names), Visit.visit_date >= since, Visit.visit_date <= until)
            .order_by(Visit.visit_date, Visit.id)
        )
    )
    from openpyxl import Workbook  # lazy: 0.2 s of CPU that every other command would pay

    book = Workbook(write_only=True)
    t = scope.texts
    _sheet(book, t["customers"], t["customer_headers"], _customer_rows(session, scope, policy))
    _sheet(book, t["contacts"], t["contact_headers"], _contact_rows(session, scope))
    _sheet(book, t["visits"], t["visit_headers"], _visit_rows(scope, visits))
    _sheet(book, t["products"], t["product_headers"], _product_rows(session, scope, visits))
    _sheet(book, t["competitors"], t["competitor_headers"], _competitor_rows(session, scope, visits))
    _sheet(book, t["commitments"], t["commitment_headers"], _commitment_rows(session, scope))
    _sheet(book, t["safety"], t["safety_headers"], _safety_rows(session, scope, rep_ids))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _customer_rows(session: Session, scope: _Scope, policy: CadencePolicy) -> list[Row]:
    last = last_contacts(session=session, today=scope.until)
    rows = []
    for c in scope.customers:
        cadence = cadence_of(policy, area=c.area, tier=c.tier, last_contact=last.get(c.id), today=scope.until)
        rows.append(
            [
                c.name,
                scope.label("customer_type", c.type),
                scope.label("area", c.area),
                c.tier,
                scope.people.get(c.rep_id or 0),
                c.phone,
                c.address,
                scope.label("payment_terms", c.payment_terms),
                c.supplier,
                c.restock_cycle_days,
                last.get(c.id),
                cadence.next_due,
                cadence.days_overdue(scope.until) if cadence.overdue else 0,
                "、".join(c.aliases or []),
            ]
        )
    return rows


def _contact_rows(session: Session, scope: _Scope) -> list[Row]:
    contacts = session.scalars(
        select(Contact).where(Contact.customer_id.in_(scope.names)).order_by(Contact.customer_id)
    )
    return [
        [scope.names[c.customer_id], c.name, scope.label("role", c.role), c.phone, c.birthday, c.notes]
        for c in contacts
    ]


def _visit_rows(scope: _Scope, visits: list[Visit]) -> list[Row]:
    return [
        [
            v.visit_date,
            scope.names.get(v.customer_id or 0),
            scope.people.get(v.rep_id or 0),
            scope.label("channel", v.channel),
            scope.label("sentiment", v.sentiment),
            "、".join(scope.label("need", n) or n for n in v.needs or []),
            v.next_visit,
            v.summary,
        ]
        for v in visits
    ]


def _visit_keys(scope: _Scope, visits: list[Visit]) -> dict[int, Row]:
    """The columns that say which visit a product line or a mention belongs to."""
    return {
        v.id: [v.visit_date, scope.people.get(v.rep_id or 0), scope.names.get(v.customer_id or 0)]
        for v in visits
    }


def _product_rows(session: Session, scope: _Scope, visits: list[Visit]) -> list[Row]:
    keys = _visit_keys(scope, visits)
    lines = session.scalars(
        select(VisitProduct).where(VisitProduct.visit_id.in_(keys)).order_by(VisitProduct.visit_id)
    )
    return [
        [*keys[p.visit_id], p.name, scope.label("product_kind", p.kind), _whole(p.quantity), p.unit]
        for p in lines
    ]


def _competitor_rows(session: Session, scope: _Scope, visits: list[Visit]) -> list[Row]:
    keys = _visit_keys(scope, visits)
    mentions = session.scalars(
        select(CompetitorMention)
        .where(CompetitorMention.visit_id.in_(keys))
        .order_by(CompetitorMention.visit_id)
    )
    return [[*keys[m.visit_id], m.name, m.note] for m in mentions]


def _commitment_rows(session: Session, scope: _Scope) -> list[Row]:
    commitments = session.scalars(
        select(Commitment)
        .where(Commitment.customer_id.in_(scope.names), Commitment.promised_on <= scope.until)
        .order_by(Commitment.promised_on, Commitment.id)
    )
    rows = []
    for p in commitments:
        still_open = p.open_on(scope.until)
        overdue = still_open and p.due is not None and p.due < scope.until
        rows.append(
            [
                scope.names.get(p.customer_id or 0),
                scope.people.get(p.rep_id or 0),
                p.text,
                p.promised_on,
                p.due,
                scope.texts["open"] if still_open else scope.texts["kept"],
                scope.texts["overdue"] if overdue else "",
                p.kept_on if not still_open else None,
            ]
        )
    return rows


def _safety_rows(session: Session, scope: _Scope, rep_ids: set[int] | None) -> list[Row]:
    """The safety reports of the period, for the reps in scope (patients already masked)."""
    return [
        [r.reported_on, r.rep, r.customer, r.product, r.what_happened, r.raw_note_id]
        for r in list_reports(session=session, since=scope.since, until=scope.until)
        if rep_ids is None or r.rep_id in rep_ids
    ]


def _whole(quantity: float | None) -> float | int | None:
    return int(quantity) if quantity is not None and quantity.is_integer() else quantity


def _sheet(book: Workbook, title: str, headers: list[str], rows: list[Row]) -> None:
    """One sheet, streamed (write-only mode: a tenth of the time on tens of thousands of rows)."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(title)
    sheet.freeze_panes = "A2"
    _widths(sheet, headers, rows)
    bold = Font(bold=True)
    sheet.append([_cell(sheet, header, font=bold) for header in headers])
    for row in rows:  # dates and text that looks like a formula need a cell object; the rest go as they are
        values = [_printable(v) for v in row]
        sheet.append([_cell(sheet, v) if _needs_cell(v) else v for v in values])
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"


def _widths(sheet: Any, headers: list[str], rows: Iterable[Row]) -> None:
    from openpyxl.utils import get_column_letter

    sample = list(rows)[:200]
    for index, header in enumerate(headers, start=1):
        values = [header, *(row[index - 1] for row in sample)]
        width = max(len(str(v)) if v is not None else 0 for v in values)
        sheet.column_dimensions[get_column_letter(index)].width = min(max(width * 1.8, 8), 60)


# What openpyxl refuses in a cell (its ILLEGAL_CHARACTERS_RE), written out so openpyxl stays lazy.
_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


def _printable(value: Any) -> Any:
    """Control characters (a paste from a phone may carry them) have no place in a worksheet: openpyxl
    refuses them, and the whole export with them. Each becomes U+FFFD."""
    return _ILLEGAL.sub("\ufffd", value) if isinstance(value, str) else value


def _needs_cell(value: Any) -> bool:
    return isinstance(value, dt.date) or (isinstance(value, str) and value.startswith(FORMULA_STARTS))


def _cell(sheet: Any, value: Any, font: Font | None = None) -> WriteOnlyCell:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        cell.data_type = "s"  # stored as a string: Excel and WPS show it, never evaluate it
    if font is not None:
        cell.font = font
    if isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT
    return cell
