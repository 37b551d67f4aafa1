"""People called by a full name (熊德华, 范晓燕): a surname and one or two given characters.

A surname and two more characters is as often a word (周转快, 高血压) as a name, so a full name is read
only where the structure of the sentence says a name stands there:
- introduced: after 叫/名叫 (老板叫熊德华, 新来的店长叫范晓燕), the title before 叫 giving the role;
- acting: a three-character name right before a verb of speaking or doing (熊德华说, 熊德华开了…);
- titled: a three-character name right after a title, before a pause or such a verb (店长王建国说).
The rep's own people (reps.csv) are nobody's contacts; the rest of what a person is (role, merging with
汤老板 said later) is the contact finder's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain

from memory.extract.lexicon import Lexicon, alternatives, longest_first

_HAN = r"[\u4e00-\u9fff]"


@dataclass(frozen=True)
class FullName:
    name: str
    surname: str
    start: int
    end: int
    role_at: int  # where a title before the name would end (before 叫 of 老板叫熊德华)


class FullNames:
    def __init__(self, lexicon: Lexicon, reps: set[str]) -> None:
        self.reps = reps
        sur = "|".join(longest_first(list(lexicon.surnames)))
        intro = alternatives(lexicon.words("full_name_intro"))
        verbs = alternatives(lexicon.words("full_name_verbs"))
        # one character a name may follow inside a run of text (小龚说熊德华开了, 打给范晓燕说)
        before = re.escape("".join(lexicon.words("full_name_before")))
        # what never ends a given name: a function word or a verb said right after a name (叫王说)
        self.stops = set("".join(lexicon.words("given_name_stops")))
        self.not_given = set("".join(lexicon.words("full_name_not_given")))
        self.outsiders = tuple(lexicon.words("full_name_outsiders"))
        self._introduced = re.compile(rf"(?P<i>{intro})(?P<s>{sur})(?P<g>{_HAN}{{1,2}})")
        titles = alternatives([t for group in lexicon.groups("roles").values() for t in group])
        # 店长王建国说, 老板王建国 说: a title, then the whole name, then a pause or a verb
        self._titled = re.compile(rf"(?:{titles})(?P<s>{sur})(?P<g>{_HAN}{{2}})(?=[\s,,。;;!?!?]|$|{verbs})")
        self._acting = re.compile(
            rf"(?:(?<!{_HAN})|(?<=[{before}]))(?P<s>{sur})(?P<g>{_HAN}{{2}})(?={verbs})"
        )

    def find(self, text: str) -> Iterator[FullName]:
        for match in self._introduced.finditer(text):
            if text[max(0, match.start() - 4) : match.start()].endswith(self.outsiders):
                continue  # 那人叫冯二妮, 病人叫马福贵: someone the account told of, no contact
            given = match.group("g")
            if given[-1] in self.stops:
                given = given[:-1]
            found = self._name(match.group("s"), given, match.start("s"))
            if found is not None:
                yield FullName(*found, role_at=match.start())
        for match in chain(self._acting.finditer(text), self._titled.finditer(text)):
            found = self._name(match.group("s"), match.group("g"), match.start("s"))
            if found is not None:
                yield FullName(*found, role_at=match.start("s"))

    def _name(self, surname: str, given: str, start: int) -> tuple[str, str, int, int] | None:
        if not given or given[0] in self.not_given or any(c in self.stops or c == "老" for c in given):
            return None  # 叫王姐, 顾客老问: a title, a familiar name or a word, read as such elsewhere
        name = surname + given
        if name in self.reps:
            return None
        return name, surname, start, start + len(name)
