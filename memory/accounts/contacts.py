"""Finding the contacts a sentence names (孙大夫, 刘姐, 老黄, 小赵) among the accounts a person may see."""

from __future__ import annotations

import re
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from memory.accounts.access import Scope
from memory.base.settings import get_settings
from memory.extract.lexicon import load_lexicon
from memory.schema.models import Contact, Customer

# What people call each other besides titles: 刘姐, 张哥, 王总.
NICKNAMES = ("姐", "哥", "总", "工", "师傅", "叔", "姨", "嫂", "婶")


@lru_cache(maxsize=1)
def _person() -> re.Pattern[str]:
    """A surname with a title or a nickname after it, or 老/小 before it: the surname is group s."""
    lexicon = load_lexicon(get_settings().home / "lexicon.yaml")
    surnames = "|".join(sorted(lexicon.surnames, key=len, reverse=True))
    titles = "|".join(t for ts in lexicon.groups("roles").values() for t in ts)
    return re.compile(
        rf"(?P<s>{surnames})(?P<t>{titles}|{'|'.join(NICKNAMES)})|[老小](?P<s2>{surnames})"
        rf"|(?P<t2>{titles})姓(?P<s3>{surnames})"
    )


def person_pattern() -> re.Pattern[str]:
    return _person()


def _surnames_named(text: str) -> dict[str, str | None]:
    """Surname → the title it came with (None for 老黄, 刘姐)."""
    found: dict[str, str | None] = {}
    for match in _person().finditer(text):
        surname = match.group("s") or match.group("s2") or match.group("s3")
        title = match.group("t") or match.group("t2")
        found[surname] = title if title and title not in NICKNAMES else None
    return found


def find_contacts(
    *, session: Session, text: str, scope: Scope, customer_ids: list[int] | None = None
) -> list[Contact]:
    """Contacts the text names, of the accounts the person may see (of those accounts only, when given):
    by full name first (孙大夫), else by surname (刘姐 → 刘店长 and 刘医生; a title narrows it)."""
    query = select(Contact).join(Customer, Contact.customer_id == Customer.id)
    if customer_ids:
        query = query.where(Contact.customer_id.in_(customer_ids))
    contacts = [c for c in session.scalars(query.order_by(Contact.id)) if scope.sees(c.customer.rep_id)]
    named = [c for c in contacts if len(c.name) >= 2 and c.name in text]
    if named:
        return named
    found: list[Contact] = []
    for surname, title in _surnames_named(text).items():
        same = [c for c in contacts if c.surname == surname]
        titled = [c for c in same if title and title in c.name]
        found += titled or same
    return found
