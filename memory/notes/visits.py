"""A confirmed record becomes a visit: its account, contacts, product lines, competitor mentions
and commitments, written in one flush, and the account's profile refreshed."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from memory.accounts.access import SHELL, Scope
from memory.accounts.masterdata import bump_version
from memory.base.errors import PermissionDenied
from memory.compliance.privacy import mask_record
from memory.extract.lexicon import Lexicon
from memory.notes.commitments import close_kept
from memory.notes.scoping import OTHER_REP, may_write
from memory.reports.risks import note_threats
from memory.schema.models import (
    CatalogItem,
    Commitment,
    CompetitorMention,
    Contact,
    Customer,
    Person,
    RawNote,
    Visit,
    VisitContact,
    VisitProduct,
)
from memory.schema.record import ContactRecord, VisitRecord


def _customer(
    session: Session, record: VisitRecord, rep: Person | None, customer_id: int | None
) -> Customer | None:
    if customer_id is not None:
        return session.get(Customer, customer_id)
    name = record.customer.name
    if not name:
        return None
    existing = session.scalar(select(Customer).where(Customer.name == name))
    if existing is not None:
        return existing
    customer = Customer(
        name=name,
        type=record.customer.type,
        area=record.customer.area,
        rep_id=rep.id if rep else None,
        source="note",
        aliases=[],
    )
    session.add(customer)
    session.flush()
    bump_version(session=session)
    return customer


def _contacts(session: Session, customer: Customer, found: list[ContactRecord]) -> list[Contact]:
    """The account's contacts the note names, matched by name, then by surname and role."""
    # Two workers saving notes on one account at once would both add the same new contact: the
    # account's row lock makes the second wait, then read the first one's contacts.
    session.execute(select(Customer.id).where(Customer.id == customer.id).with_for_update())
    known = list(session.scalars(select(Contact).where(Contact.customer_id == customer.id)))
    named: list[Contact] = []
    for person in found:
        same = next((c for c in known if c.name == person.name), None)
        if same is None and person.surname:
            same = next((c for c in known if c.surname == person.surname and c.role == person.role), None)
        if same is None:
            same = Contact(
                customer_id=customer.id, name=person.name, surname=person.surname, role=person.role
            )
            known.append(same)
        if person.role != "other":
            same.role = person.role
        same.phone = person.phone or same.phone
        same.birthday = person.birthday or same.birthday
        if person.notes and person.notes not in (same.notes or ""):
            same.notes = f"{same.notes};{person.notes}" if same.notes else person.notes
        if all(c is not same for c in named):
            named.append(same)
    return named


def _catalog_ids(session: Session, record: VisitRecord) -> dict[tuple[str, str], int]:
    names = {p.name for p in record.products} | {r.name for r in record.competitors}
    if not names:
        return {}
    rows = session.execute(
        select(CatalogItem.id, CatalogItem.kind, CatalogItem.name).where(CatalogItem.name.in_(names))
    )
    return {(kind, name): id_ for id_, kind, name in rows}


def save_visit(
    *,
    session: Session,
    raw: RawNote,
    record: VisitRecord,
    customer_id: int | None,
    lexicon: Lexicon,
    scope: Scope = SHELL,
) -> Visit:
    """Store a confirmed record with everything it names, and refresh the account's profile. An
    account outside the writer's scope is refused (PermissionDenied), before anything is written."""
    # Everything is built first and written in one flush: under load the ORM's per-flush cost, not
    # SQLite, is what a save spends its time on.
    record = mask_record(record)  # patients' names and numbers are not kept in what is stored
    with session.no_autoflush:
        rep = session.get(Person, raw.rep_id) if raw.rep_id else None
        customer = _customer(session, record, rep, customer_id)
        if not may_write(session=session, scope=scope, customer=customer):
            raise PermissionDenied(OTHER_REP)
        visit = _visit_of(session, raw, record, customer)
        if customer is not None:
            visit.contacts = [VisitContact(contact=c) for c in _contacts(session, customer, record.contacts)]
            _refresh_profile(session, customer, visit)
        raw.status, raw.draft = "saved", None
        session.add(visit)
    session.flush()
    if customer is not None:
        close_kept(session=session, visit=visit, note=raw.text, lexicon=lexicon)
        note_threats(session=session, visit=visit, text=raw.text, lexicon=lexicon)
    return visit


def _visit_of(session: Session, raw: RawNote, record: VisitRecord, customer: Customer | None) -> Visit:
    """The visit with its product lines, competitor mentions and commitments, not yet added."""
    catalog = _catalog_ids(session, record)
    return Visit(
        raw_note_id=raw.id,
        customer=customer,
        rep_id=raw.rep_id,
        visit_date=record.visit_date,
        channel=record.channel,
        payment_terms=record.payment_terms,
        restock_cycle_days=record.restock_cycle_days,
        supplier=record.supplier,
        needs=list(record.needs),
        next_visit=record.next_visit,
        sentiment=record.sentiment,
        summary=record.summary,
        record=record.to_json(),
        compliance=[f.kind for f in record.compliance],
        products=[
            VisitProduct(
                name=p.name,
                quantity=p.quantity,
                unit=p.unit,
                kind=p.kind,
                catalog_id=catalog.get(("product", p.name)),
            )
            for p in record.products
        ],
        competitors=[
            CompetitorMention(name=r.name, note=r.note, catalog_id=catalog.get(("competitor", r.name)))
            for r in record.competitors
        ],
        commitments=[
            Commitment(
                customer_id=customer.id if customer else None,
                rep_id=raw.rep_id,
                text=commitment.text,
                promised_on=record.visit_date,
                due=commitment.due,
            )
            for commitment in record.commitments
        ],
        contacts=[],
    )


def _refresh_profile(session: Session, customer: Customer, visit: Visit) -> None:
    """Payment terms, supplier and restock cycle follow the newest note that states them."""
    newer = session.scalar(
        select(Visit.id).where(Visit.customer_id == customer.id, Visit.visit_date > visit.visit_date).limit(1)
    )
    if newer is not None:
        return
    customer.payment_terms = visit.payment_terms or customer.payment_terms
    customer.supplier = visit.supplier or customer.supplier
    customer.restock_cycle_days = visit.restock_cycle_days or customer.restock_cycle_days
