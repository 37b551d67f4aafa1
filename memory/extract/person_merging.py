"""One person called two ways in a note (刘店长 / 刘姐; 院长 / 王院长) merged into one contact."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from memory.extract.person import Person


class PersonMerger:
    def __init__(
        self, title_role: Mapping[str, str], name_ends: Sequence[str], couples: list[set[str]]
    ) -> None:
        self.title_role = title_role
        self.name_ends = tuple(name_ends)
        self.couples = couples

    def merge(self, people: list[Person]) -> list[Person]:
        """One person called two ways (刘店长 / 刘姐; 院长 / 王院长) is one contact, named first."""
        merged: list[Person] = []
        for person in people:
            same = next((p for p in merged if self._same(p, person)), None)
            if same is None:
                person.positions = [person.start]
                person.ends = {person.start: person.start + len(person.name)}
                merged.append(person)
                continue
            same.positions.append(person.start)
            same.ends[person.start] = person.start + len(person.name)
            if same.surname is None and person.surname is not None:
                same.surname = person.surname
                same.name = person.name if same.name in self.title_role else same.name
            if not same.titled and person.titled:
                same.role, same.titled = person.role, True
        return merged

    def _called_with_title(self, longer: str, name: str) -> bool:
        """买买提主任 and 买买提: a name without a surname, said once with a title after it."""
        return longer.startswith(name) and longer[len(name) :] in self.name_ends

    def _same(self, a: Person, b: Person) -> bool:
        if a.name == b.name:
            return True
        if a.family != b.family:
            return False  # 周大夫 and his daughter 小周
        if a.surname and b.surname:
            return a.surname == b.surname and (a.role == b.role or not a.titled or not b.titled)
        if a.surname is None and b.surname is None:
            return self._called_with_title(a.name, b.name) or self._called_with_title(b.name, a.name)
        bare = a if a.surname is None else b
        named = b if bare is a else a
        title = named.name.removeprefix(named.surname or "")
        if {title, bare.name} in self.couples:
            return False  # 胡老板 and 老板娘: the owner and his wife
        return bare.name in self.title_role and bare.role == named.role
