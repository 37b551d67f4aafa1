"""Whose accounts a note may be written onto: the caller's scope (memory/accounts/access.py) decides.

A rep's note attaches only to their own accounts, a manager's to the team's, an admin's to any. A note
that names an account outside the scope is kept as its raw text and attached to nothing; the rep is
told the account is someone else's, and learns nothing more about it.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from memory.accounts.access import Scope
from memory.extract.engine import Extraction
from memory.extract.gazetteer import Entity
from memory.schema.models import Customer
from memory.schema.record import CustomerRef

OTHER_REP = "note_other_rep"  # the message key a rep is given for a note on someone else's account


def visible(*, session: Session, scope: Scope, entities: list[Entity]) -> list[Entity]:
    """The accounts among `entities` the scope may write to (an unowned account is everyone's)."""
    if scope.rep_ids is None or not entities:
        return list(entities)
    ids = {e.id for e in entities}
    owners = dict(session.execute(select(Customer.id, Customer.rep_id).where(Customer.id.in_(ids))).all())
    return [e for e in entities if e.id in owners and scope.sees(owners[e.id])]


def within_scope(*, session: Session, scope: Scope, extraction: Extraction) -> Extraction | None:
    """The extraction with only the accounts the scope may write to; None when the account it names is
    outside the scope and no account in scope shares the name (the note stays a raw note)."""
    candidates = visible(session=session, scope=scope, entities=extraction.candidates)
    chosen = extraction.customer
    if chosen is None or visible(session=session, scope=scope, entities=[chosen]):
        return replace(extraction, candidates=candidates)
    if not candidates:
        return None
    # the alias is shared with an account of the caller's: that one is meant
    chosen = candidates[0]
    record = extraction.record.model_copy(deep=True)
    record.customer = CustomerRef.model_validate(
        {"name": chosen.name, "matched": True, "type": chosen.type, "area": chosen.area}
    )
    return replace(extraction, record=record, customer=chosen, candidates=candidates)


def may_write(*, session: Session, scope: Scope, customer: Customer | None) -> bool:
    """Whether a visit (and the profile fields it refreshes) may be written onto this account."""
    return customer is None or scope.sees(customer.rep_id)
