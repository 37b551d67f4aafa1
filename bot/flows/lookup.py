"""Lookups: one fact from the records (a phone, a birthday, the last contact, when an account is due, its
open commitments, supplier, terms …) about the accounts and contacts a message names, in the caller's
scope."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from bot.context import AppContext
from bot.routing.words import load_cues
from bot.views import texts
from bot.views.lookup import render_lookup
from bot.views.replies import Reply
from memory.accounts.access import Scope, scope_for
from memory.accounts.contacts import find_contacts
from memory.accounts.lookup import find_customers
from memory.base.errors import KeqingError
from memory.extract.lexicon import longest_first
from memory.reports.briefing import build_brief
from memory.schema.models import Contact, Customer

MAX_ACCOUNTS = 3
# Asked with no field named (■怎么样): what a colleague would say first about an account.
DEFAULT_FIELDS = ["last_contact", "due", "commitments"]


def asked_fields(text: str) -> list[str]:
    """The fields a message asks for, in the order it names them; the longest word wins its place
    (进货周期 is the restock cycle, not the supplier)."""
    groups: dict[str, list[str]] = load_cues()["lookup_fields"]
    owner = {word: field for field, words in groups.items() for word in words}
    found: list[tuple[int, str]] = []
    for word in longest_first(list(owner)):
        at = text.find(word)
        if at >= 0:
            found.append((at, owner[word]))
            text = text[:at] + "\0" * len(word) + text[at + len(word) :]
    fields = [field for _at, field in sorted(found)]
    return list(dict.fromkeys(fields)) or DEFAULT_FIELDS


def _accounts(session: Session, text: str, scope: Scope) -> tuple[list[Customer], list[Contact]]:
    """The accounts a message names and the contacts it names, each narrowing the other."""
    customers = find_customers(session=session, query=text, scope=scope, in_text=True)
    ids = [c.id for c in customers] or None
    contacts = find_contacts(session=session, text=text, scope=scope, customer_ids=ids)
    if not customers and contacts:
        customers = list({c.customer.id: c.customer for c in contacts}.values())
    return customers, contacts


class LookupFlow:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def answer(self, *, user: str, text: str, today: dt.date) -> list[Reply]:
        fields = asked_fields(text)
        with self.ctx.db.session() as session:
            try:
                scope = scope_for(session=session, name=user)
            except KeqingError as exc:
                return [Reply(texts.error_text(exc))]
            customers, contacts = _accounts(session, text, scope)
            if not customers:
                return [Reply(texts.t("lookup_which"))]
            parts = []
            for customer in customers[:MAX_ACCOUNTS]:
                brief = build_brief(
                    session=session,
                    customer=customer,
                    today=today,
                    policy=self.ctx.policy,
                    lexicon=self.ctx.lexicon,
                )
                named = [c for c in contacts if c.customer_id == customer.id]
                parts.append(render_lookup(brief, customer, named, fields, text))
            if len(customers) > MAX_ACCOUNTS:
                parts.append(texts.t("lookup_more", count=len(customers) - MAX_ACCOUNTS))
        return [Reply("\n\n".join(parts))]
