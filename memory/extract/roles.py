"""Where a contact's role comes from when no title stands before the name, and which bare titles name
nobody met.

- A title right after the name, with at most 是/就是 or a space between (韩哥是老板, 老张 乡医), is that
  person's role, not a second person.
- A bare title is nobody met when the words around it say so: a past job (以前干过店长), someone only
  spoken of (他说店长让问问), someone away (老板不在, 店长休假了), or an activity for people of that
  title (村医培训).
- The kind of account fills the role of someone with none: at a village clinic the one person named
  without a title is its doctor; at a shop the one called by a given name (小芳) is on its staff.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Protocol

from memory.extract.lexicon import Lexicon


class _Named(Protocol):
    name: str
    role: str
    start: int
    titled: bool
    family: bool
    given: bool


class RoleRules:
    def __init__(self, lexicon: Lexicon, title_role: Mapping[str, str]) -> None:
        self.title_role = title_role
        titles = "|".join(map(re.escape, sorted(title_role, key=len, reverse=True)))
        self._appositive = re.compile(rf"^(?:\s|是|就是)+(?P<t>{titles})|^(?:是|就是)(?P<u>{titles})")
        self.unmet_before = tuple(lexicon.words("bare_title_unmet_before"))
        self.unmet_after = tuple(lexicon.words("bare_title_unmet_after"))
        self.untitled_roles: dict[str, str] = dict(lexicon.data.get("untitled_roles") or {})
        self.given_name_roles: dict[str, str] = dict(lexicon.data.get("given_name_roles") or {})

    def unmet(self, text: str, start: int, end: int) -> bool:
        """A bare title at text[start:end] that names nobody met in this contact."""
        return text[:start].endswith(self.unmet_before) or text[end:].lstrip().startswith(self.unmet_after)

    def appositives(self, text: str, people: Sequence[_Named]) -> set[int]:
        """Give an untitled person the title said right after the name; returns the starts of the
        bare titles so used, which name no second person."""
        used: set[int] = set()
        for person in people:
            if person.titled or person.family:
                continue
            end = person.start + len(person.name)
            found = self._appositive.match(text[end : end + 8])
            if found is None:
                continue
            title = found.group("t") or found.group("u")
            person.role, person.titled = self.title_role[title], True
            used.add(end + found.start("t" if found.group("t") else "u"))
        return used

    def by_account(self, people: Sequence[_Named], account_type: str | None) -> None:
        """The role of the untitled from the kind of account (see the module's docstring)."""
        if account_type is None:
            return
        untitled = [p for p in people if not p.titled and not p.family and p.role == "other"]
        role = self.untitled_roles.get(account_type)
        if role is not None and len(untitled) == 1 and not untitled[0].given:
            untitled[0].role = role
        role = self.given_name_roles.get(account_type)
        for person in untitled:
            if role is not None and person.given:
                person.role = role
