"""Finding an account by what a person types: its name, an alias, part of either, or a near miss."""

from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick
from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from memory.accounts.access import Scope
from memory.accounts.masterdata import master_data_version
from memory.base.errors import AmbiguousCustomer, NotFoundError
from memory.extract.lexicon import Lexicon
from memory.schema.models import Customer


@dataclass(frozen=True)
class _Account:
    id: int
    name: str
    rep_id: int | None


class CustomerIndex:
    """Every customer name and alias, for exact, substring and fuzzy lookup."""

    def __init__(self, rows: list[tuple[int, str, list[str], int | None]]) -> None:
        self.by_key: dict[str, list[_Account]] = {}
        for id_, name, aliases, rep_id in rows:
            account = _Account(id_, name, rep_id)
            for key in {name, *aliases}:
                if key:
                    self.by_key.setdefault(key, []).append(account)
        self.keys = list(self.by_key)
        self.automaton = ahocorasick.Automaton()
        for key in self.keys:
            self.automaton.add_word(key, key)
        if self.keys:
            self.automaton.make_automaton()

    def find(self, query: str, *, limit: int = 5) -> list[_Account]:
        query = query.strip()
        if not query:
            return []
        if query in self.by_key:
            return _unique(self.by_key[query])[:limit]
        inside = sorted((k for k in self.keys if query in k), key=len)
        if inside:
            return _unique([a for k in inside for a in self.by_key[k]])[:limit]
        named = self.mentioned_in(query)
        if named:
            return named[:limit]
        near = process.extract(query, self.keys, scorer=fuzz.WRatio, limit=limit * 2, score_cutoff=75)
        return _unique([a for key, _score, _ in near for a in self.by_key[key]])[:limit]

    def mentioned_in(self, text: str) -> list[_Account]:
        """Accounts whose name or alias appears in a sentence, the longest mention first."""
        if not self.keys:
            return []
        found = {key for _end, key in self.automaton.iter(text) if len(key) >= 2}
        return _unique([a for k in sorted(found, key=len, reverse=True) for a in self.by_key[k]])


def _unique(accounts: list[_Account]) -> list[_Account]:
    seen: dict[int, _Account] = {}
    for account in accounts:
        seen.setdefault(account.id, account)
    return list(seen.values())


_cache: dict[str, CustomerIndex] = {}


def customer_index(*, session: Session) -> CustomerIndex:
    """Rebuilt only when master data changes (an import, or an account created from a note)."""
    key = f"{session.get_bind().engine.url}#{master_data_version(session=session)}"
    if key not in _cache:
        _cache.clear()
        rows = session.execute(select(Customer.id, Customer.name, Customer.aliases, Customer.rep_id))
        _cache[key] = CustomerIndex([(r[0], r[1], list(r[2] or []), r[3]) for r in rows])
    return _cache[key]


def find_customers(
    *, session: Session, query: str, scope: Scope, limit: int = 5, in_text: bool = False
) -> list[Customer]:
    """Accounts the person may see (own and unowned) that match the query, or that a sentence names."""
    index = customer_index(session=session)
    found = index.mentioned_in(query) if in_text else index.find(query, limit=limit * 4)
    visible = [a for a in found if scope.sees(a.rep_id)][:limit]
    customers = [session.get(Customer, a.id) for a in visible]
    return [c for c in customers if c is not None]


def name_in_request(text: str, lexicon: Lexicon) -> str:
    """明天去仁和,帮我准备一下 → 仁和: what is left of a briefing request once its own words are gone."""
    for word in lexicon.words("brief_request"):
        text = text.replace(word, " ")
    return re.sub(r"[\s,,。!?!?、;;]+", " ", text).strip().split(" ")[0]


def resolve_customer(
    *, session: Session, query: str, scope: Scope, lexicon: Lexicon, in_text: bool = False
) -> Customer:
    """One account, or an error that says none or which ones: an exact name always wins."""
    found = find_customers(session=session, query=query, scope=scope, in_text=in_text)
    if in_text and not found and name_in_request(query, lexicon):
        query = name_in_request(query, lexicon)
        found = find_customers(session=session, query=query, scope=scope)
    exact = [c for c in found if c.name == query.strip() or query.strip() in (c.aliases or [])]
    if len(exact) == 1:
        return exact[0]
    if not found:
        raise NotFoundError("unknown_customer", name=query.strip())
    if len(found) > 1:
        raise AmbiguousCustomer(query.strip(), [(c.id, c.name) for c in found])
    return found[0]
