"""The manager's Excel export (openpyxl): accounts, contacts, contacts made in the period, commitments.

Headers in Chinese, dates as real dates, the header row frozen, so it opens cleanly in Excel or WPS.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlalchemy import select
from sqlalchemy.orm import Session

from memory.schema.models import Commitment, Contact, Customer, Person, Visit
from prompts import load_texts

DATE_FORMAT = "yyyy-mm-dd"


def _sheet(book: Workbook, title: str, headers: list[str], rows: list[list[Any]]) -> None:
    """One sheet, streamed (write-only mode: a tenth of the time on tens of thousands of rows)."""
    sheet = book.create_sheet(title)
    sheet.freeze_panes = "A2"
    for index, header in enumerate(headers, start=1):
        values = [header, *(row[index - 1] for row in rows[:200])]
        width = max(len(str(v)) if v is not None else 0 for v in values)
        sheet.column_dimensions[get_column_letter(index)].width = min(max(width * 1.8, 8), 60)
    bold = Font(bold=True)
    sheet.append([_cell(sheet, header, font=bold) for header in headers])
    for row in rows:  # only dates need a cell object (for their format); plain values go as they are
        sheet.append([_cell(sheet, v) if isinstance(v, dt.date) else v for v in row])


def _cell(sheet: Any, value: Any, font: Font | None = None) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    if font is not None:
        cell.font = font
    if isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT
    return cell


def export_workbook(*, session: Session, rep_ids: set[int] | None, since: dt.date, until: dt.date) -> bytes:
    texts = load_texts("messages")["export"]
    labels = load_texts("labels")
    people = {p.id: p.name for p in session.scalars(select(Person))}
    accounts = select(Customer).order_by(Customer.name)
    if rep_ids is not None:
        accounts = accounts.where(Customer.rep_id.in_(rep_ids))
    customers = list(session.scalars(accounts))
    names = {c.id: c.name for c in customers}
    book = Workbook(write_only=True)
    _sheet(
        book,
        texts["customers"],
        texts["customer_headers"],
        [
            [
                c.name,
                labels["customer_type"].get(c.type or "", c.type),
                labels["area"].get(c.area or "", c.area),
                c.tier,
                people.get(c.rep_id or 0),
                c.phone,
                c.address,
                labels["payment_terms"].get(c.payment_terms or "", c.payment_terms),
                c.supplier,
                c.restock_cycle_days,
                "、".join(c.aliases or []),
            ]
            for c in customers
        ],
    )
    contacts = session.scalars(
        select(Contact).where(Contact.customer_id.in_(names)).order_by(Contact.customer_id)
    )
    _sheet(
        book,
        texts["contacts"],
        texts["contact_headers"],
        [
            [names[c.customer_id], c.name, labels["role"].get(c.role, c.role), c.phone, c.birthday, c.notes]
            for c in contacts
        ],
    )
    visits = session.scalars(
        select(Visit)
        .where(Visit.customer_id.in_(names), Visit.visit_date >= since, Visit.visit_date <= until)
        .order_by(Visit.visit_date, Visit.id)
    )
    _sheet(
        book,
        texts["visits"],
        texts["visit_headers"],
        [
            [
                v.visit_date,
                names.get(v.customer_id or 0),
                people.get(v.rep_id or 0),
                labels["channel"].get(v.channel, v.channel),
                labels["sentiment"].get(v.sentiment, v.sentiment),
                "、".join(labels["need"].get(n, n) for n in v.needs or []),
                v.next_visit,
                v.summary,
            ]
            for v in visits
        ],
    )
    commitments = session.scalars(
        select(Commitment)
        .where(Commitment.customer_id.in_(names), Commitment.promised_on <= until)
        .order_by(Commitment.promised_on, Commitment.id)
    )
    _sheet(
        book,
        texts["commitments"],
        texts["commitment_headers"],
        [
            [
                names.get(p.customer_id or 0),
                people.get(p.rep_id or 0),
                p.text,
                p.promised_on,
                p.due,
                texts["kept"] if p.kept_on is not None and p.kept_on <= until else texts["open"],
                p.kept_on,
            ]
            for p in commitments
        ],
    )
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
