"""Where a contact's role comes from when no title stands before the name, and which bare titles name
nobody met.

- A title right after the name, with at most 是/就是 or a space between (韩哥是老板, 老张 乡医, 刘姐是
  这家店的店长), in brackets (刘姐（采购）), or before it with 是 (店长就是刘姐), is that person's role,
  not a second person.
- A bare title is nobody met when the words around it say so: a past job (以前干过店长), someone only
  spoken of or waited for (他说店长让问问, 要等老板签字), someone away anywhere in the title's clause
  (老板不在, 店长去总部开会了没碰到), or an activity for people of that title (村医培训).
- A bare title right before a family word (老板侄女, 老板的亲戚) names whose family, not someone met.
- The kind of account fills the role of someone with none: at a village clinic the one person named
  without a title is its doctor; at a shop the one called by a young given name (小芳) is on its staff,
  a grown-up's given name of southern speech (阿玲) is read like any other form (a chain store's 阿玲
  runs it unless a manager is named); else
  by how they are called there (a shop's 老X owns it, its 小X serves; a chain store's people run it; a head
  office is met for its buying). It also re-reads a generic title (a head office's 经理 buys).
- What someone does, said right after the name or handed to them (小谢在收银, 张姐管账, 进货归阿明管), is
  their role, a relative's too.
- Someone of another shop or firm, or of the rep's own company (隔壁药店的刘店长, 葵花的业务员小赵,
  我们王经理), is no contact of the account.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Protocol

from memory.extract.lexicon import Lexicon, alternatives
from memory.extract.text import Segments, contains_any
from memory.extract.titles import TitleReader


class _Named(Protocol):
    name: str
    role: str
    start: int
    titled: bool
    family: bool
    given: bool
    learned: bool
    spoken_of: frozenset[str]
    surname: str | None


class RoleRules:
    def __init__(self, lexicon: Lexicon, title_role: Mapping[str, str]) -> None:
        self.title_role = title_role
        self._titles = tuple(title_role)
        titles = alternatives(title_role)
        self._appositive = re.compile(
            rf"^(?:\s|是|就是)+(?P<t>{titles})|^(?:是|就是)(?:[^\s,,。]{{1,6}}的)?(?P<u>{titles})"
            rf"|^\s*[（(【\[](?P<b>{titles})[）)】\]]"  # 刘姐（采购）: the title in brackets after the name
        )
        self._title_is = re.compile(rf"(?P<t>{titles})(?:就|也)?是\s*$")  # 店长就是刘姐
        self.unmet_before = tuple(lexicon.words("bare_title_unmet_before"))
        self.unmet_after = tuple(lexicon.words("bare_title_unmet_after"))
        self.away = lexicon.words("bare_title_away")
        self.family = tuple(lexicon.words("family"))
        self.form_roles: dict[str, dict[str, str]] = dict(lexicon.data.get("untitled_form_roles") or {})
        self.account_titles: dict[str, dict[str, str]] = dict(lexicon.data.get("account_title_roles") or {})
        self.staff: dict[str, str] = dict(lexicon.data.get("untitled_staff") or {})
        places = alternatives(lexicon.words("outsider_before"), longest=False)
        sellers = alternatives(lexicon.words("outsider_titles"), longest=False)
        # 隔壁药店的, 我们, 葵花的业务员: what stands right before someone of elsewhere
        self._outsider = re.compile(rf"(?:(?:{places})(?:[^\s,,。;;]{{0,5}}的)?|(?:{sellers}))$")
        self.untitled_roles: dict[str, str] = dict(lexicon.data.get("untitled_roles") or {})
        self.given_name_roles: dict[str, str] = dict(lexicon.data.get("given_name_roles") or {})
        self.prefixes: dict[str, str] = dict(lexicon.data["familiar_prefixes"])
        self.kin = tuple(lexicon.words("kin_nicknames"))

    def unmet(self, text: str, start: int, end: int) -> bool:
        """A bare title at text[start:end] that names nobody met in this contact."""
        after = text[end:].lstrip()
        clause = re.split(r"[\s,,。;;!?!?]", after, maxsplit=1)[0]
        return (
            text[:start].endswith(self.unmet_before)
            or after.startswith(self.unmet_after)
            or contains_any(clause, self.away)  # 店长去总部开会了没碰到: away, said later in the clause
            or after.removeprefix("的").startswith(self.family)  # 老板侄女, 老板的亲戚: whose family
        )

    def outsider(self, text: str, start: int) -> bool:
        """The person named at `start` belongs to another shop or firm, or to the rep's company."""
        return self._outsider.search(text[max(0, start - 10) : start]) is not None

    def appositives(self, text: str, people: Sequence[_Named]) -> set[int]:
        """Give an untitled person the title said right after the name; returns the starts of the
        bare titles so used, which name no second person."""
        used: set[int] = set()
        for person in people:
            # a role confirmed records taught yields to the title this note says (钱姐 就是店长)
            if (person.titled and not self._yields(person)) or person.family:
                continue
            end = person.start + len(person.name)
            found = self._appositive.match(text[end : end + 14])
            before = self._title_is.search(text[max(0, person.start - 8) : person.start])
            if found is not None and text.startswith("的", end + found.end()):
                continue  # 刘姐是老板的亲戚: whose relative, not her title
            if found is not None:
                group = next(g for g in ("t", "u", "b") if found.group(g))
                title = found.group(group)
                used.add(end + found.start(group))
            elif before is not None:
                title = before.group("t")
                used.add(person.start - (min(person.start, 8) - before.start("t")))
            else:
                continue
            person.role, person.titled, person.learned = self.title_role[title], True, False
        return used

    def _yields(self, person: _Named) -> bool:
        """The role of someone known from confirmed records yields to what the note says of them,
        unless their name carries its title (赵会计 老板回来了: the title of another)."""
        return person.learned and not person.name.endswith(self._titles)

    def by_activity(
        self, text: str, segments: Segments, people: Sequence[_Named], reader: TitleReader
    ) -> None:
        """Someone without a title, or a relative, doing a job (小谢在收银, 他媳妇张姐管账, 进货归他儿子
        阿明管) holds the role of that job."""
        for person in people:
            if person.titled and not person.family and not self._yields(person):
                continue  # a learned role yields to the job this note says they do (张姐管账)
            end = person.start + len(person.name)
            clause = segments.clause_at(person.start)
            begins = clause.start if clause is not None else max(0, person.start - 10)
            role = reader.doing(text[begins : person.start], text[end : end + 6])
            if role is not None:
                person.role, person.titled, person.learned = role, True, False

    def by_account(self, people: Sequence[_Named], account_type: str | None) -> None:
        """The role of the untitled from the kind of account (see the module's docstring)."""
        if account_type is None:
            return
        untitled = [p for p in people if not p.titled and not p.family and p.role == "other"]
        held = {p.role for p in people if p.titled and not p.family}
        role = self.untitled_roles.get(account_type)
        # 陈老师 is the clinic's doctor: then his 徒弟小雷 is not
        if role is not None and role not in held and len(untitled) == 1 and not untitled[0].given:
            untitled[0].role = role
        role = self.given_name_roles.get(account_type)
        for person in untitled:
            if role is not None and person.given and not person.name.startswith("阿"):
                person.role = role
        forms = self.form_roles.get(account_type, {})
        for person in untitled:
            if person.role == "other" and (not person.given or person.name.startswith("阿")):
                role = forms.get(self._form(person), forms.get("*", "other"))
                taken = role in held or role in person.spoken_of
                person.role = self.staff.get(account_type, role) if taken else role
        titles = self.account_titles.get(account_type, {})
        for person in people:
            if person.titled and not person.family and not person.learned:
                person.role = titles.get(person.role, person.role)

    def _form(self, person: _Named) -> str:
        """How someone is called: 老 (老王), 小 (小王, 尕王), or the word after the surname (姐 of 王姐)."""
        name, surname = person.name, person.surname or ""
        if not surname and name.startswith("阿") and not name.endswith(self.kin):
            return "阿"  # 阿玲; 阿珠姐 is called like 王姐
        if name[:1] in self.prefixes and name[1:] == surname:
            return self.prefixes[name[0]]
        rest = name[len(surname) :] if surname and name.startswith(surname) else name
        return rest[-1:] or "*"
