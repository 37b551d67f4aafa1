"""A briefing for what a person typed: find the account they may see, then build and annotate it."""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy.orm import Session

from memory.accounts.lookup import find_customers
from memory.base.errors import AmbiguousCustomer, NotFoundError
from memory.base.settings import get_settings
from memory.extract.lexicon import load_lexicon
from memory.llm.client import ChatModel
from memory.llm.phrase import phrase_lines
from memory.reports.briefing import Brief, build_brief
from memory.reports.cadence import load_policy
from memory.reports.talking_points import talking_points
from memory.schema.models import Customer


def name_in_request(text: str) -> str:
    """明天去仁和,帮我准备一下 → 仁和: what is left of a briefing request once its own words are gone."""
    for word in load_lexicon(get_settings().home / "lexicon.yaml").words("brief_request"):
        text = text.replace(word, " ")
    return re.sub(r"[\s,,。!?!?、;;]+", " ", text).strip().split(" ")[0]


def resolve_customer(
    *, session: Session, query: str, rep_ids: set[int] | None, in_text: bool = False
) -> Customer:
    """One account, or an error that says none or which ones: an exact name always wins."""
    found = find_customers(session=session, query=query, rep_ids=rep_ids, in_text=in_text)
    if in_text and not found and name_in_request(query):
        query = name_in_request(query)
        found = find_customers(session=session, query=query, rep_ids=rep_ids)
    exact = [c for c in found if c.name == query.strip() or query.strip() in (c.aliases or [])]
    if len(exact) == 1:
        return exact[0]
    if not found:
        raise NotFoundError("unknown_customer", name=query.strip())
    if len(found) > 1:
        raise AmbiguousCustomer(query.strip(), [(c.id, c.name) for c in found])
    return found[0]


def brief_of(
    *, session: Session, customer: Customer, today: dt.date, model: ChatModel | None = None
) -> Brief:
    """The briefing; with a model, its talking points reworded (facts, reasons and sources unchanged)."""
    brief = build_brief(
        session=session, customer=customer, today=today, policy=load_policy(get_settings().home)
    )
    points = talking_points(brief, today)
    if model is not None and points:
        texts = phrase_lines(
            model,
            prompt="talking_points_llm",
            lines=[p.text for p in points],
            purpose="brief",
            customer=customer.name,
        )
        points = [p.model_copy(update={"text": t}) for p, t in zip(points, texts, strict=True)]
    brief.talking_points = points
    return brief
