"""The role said just before a name or a title (采购小赵, 药剂科刘主任, 收银的大姐姓韦): a title, a
department or a description, for the people memory/extract/contacts.py finds."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from memory.extract.lexicon import Lexicon
from memory.extract.titles import TitleReader


class RoleBeforeName:
    def __init__(
        self,
        lexicon: Lexicon,
        title_role: Mapping[str, str],
        titles: Sequence[str],
        prefixes: Collection[str],
        reader: TitleReader,
    ) -> None:
        self.title_role = title_role
        self.titles = titles
        self.prefixes = prefixes
        self.reader = reader
        self.surnames = lexicon.surnames
        self.family = lexicon.words("family")
        self.dept_role = {d: role for role, depts in lexicon.groups("departments").items() for d in depts}
        self.department_titles = set(lexicon.data["department_titles"])

    def role_before(self, text: str, start: int) -> tuple[str | None, bool]:  # (role, is family)
        """The role named just before a person (采购小赵, 店员小王小陈), and whether it is family."""
        full = text[max(0, start - 10) : start]
        head = full
        while True:  # 店员小王小陈, 店员小刘跟小王: the title before the first of a list of names
            joined = head[:-1] if head.endswith(("跟", "和", "、", "与")) else head
            if not (len(joined) >= 2 and joined[-2] in self.prefixes and joined[-1] in self.surnames):
                break
            head = joined[:-2]
        title_end = start - (len(full) - len(head))
        for word in self.family:
            if head.endswith(word) or head.endswith(word + "的"):
                return "other", True
        for title in self.titles:
            if head.endswith(title):
                return self.with_department(text, title_end - len(title), title), False
        for dept, role in self.dept_role.items():
            # 采购部小刘, 药房的小周: a department names the role, a plain word (采购) only when longer
            if head.endswith(dept + "的") or (
                head.endswith(dept) and (len(dept) >= 3 or dept not in self.title_role)
            ):
                return role, False
        return self.reader.described(head) or self.reader.built(head), False

    def with_department(self, text: str, title_start: int, title: str) -> str:
        role = self.title_role[title]
        if title in self.department_titles:
            before = text[max(0, title_start - 6) : title_start]
            for dept, dept_role in self.dept_role.items():
                if before.endswith(dept):
                    return dept_role
            return self.reader.described(before) or role  # 管采购的黄经理
        return role

    def department_before(self, text: str, start: int, title: str) -> str | None:
        """The role a department just before a generic title gives (采购部刘经理), else None."""
        if title not in self.department_titles:
            return None
        role = self.with_department(text, start, title)
        return role if role != self.title_role[title] else None

    def last_role(self, before: str) -> tuple[int, str] | None:
        """(where, role) of the last title or description in `before` (收银的大姐 → clerk)."""
        best: tuple[int, str] | None = None
        for end in range(len(before), 0, -1):
            head = before[:end]
            title = next((t for t in self.titles if head.endswith(t)), None)
            role = self.title_role[title] if title else self.reader.described(head)
            if role is not None:
                best = (end, role)
                break
        return best
