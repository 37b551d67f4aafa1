"""People named or met in a note: 王老板, 采购小赵, 刘店长/刘姐 (one person), 店长姓蒋, 老板娘 — the finding;
the role said before a name is role_before_name.py, merging one person called two ways
person_merging.py, phones and birthdays contact_details.py."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from itertools import chain

from memory.base.dictionary import shared_tokenizer
from memory.extract.contact_details import ContactDetails
from memory.extract.dates import DateMention
from memory.extract.full_names import FullNames
from memory.extract.lexicon import Lexicon, alternatives, longest_first
from memory.extract.person import Person
from memory.extract.person_merging import PersonMerger
from memory.extract.role_before_name import RoleBeforeName
from memory.extract.roles import RoleRules
from memory.extract.text import Segments, contains_any
from memory.extract.titles import TitleReader
from memory.extract.transliterated import TransliteratedNames
from memory.extract.written_apart import WrittenApart

_MASK = "\u25af"  # stands for a character of an account's or a product's name
_AUDIENCE = re.compile(r"[个们给些几各]$")
# 温老 is a person, 王老板/王老师 a title and 王老婆 no one
_NOT_AFTER_LAO = "板师婆公头伴爷家人子乡是"
# How many characters on either side of a name decide whether a word runs across its edge (小毛巾).
_WORD_REACH = 2


class ContactFinder:
    def __init__(self, lexicon: Lexicon, reps: set[str]) -> None:
        self.lexicon = lexicon
        self.reps = reps
        self.title_role = {t: role for role, titles in lexicon.groups("roles").items() for t in titles}
        self.titles = longest_first(list(self.title_role))
        # 钱 or 车 is a word after 老/小 (小钱, 老车) but a surname before a title (钱经理, 钱姐)
        self.titled_only = set(lexicon.words("titled_surnames")) - set(lexicon.surnames)
        self.not_kin = set(lexicon.words("titled_only_not_kin"))
        sur = "|".join(longest_first(list(lexicon.surnames)))
        any_sur = "|".join(longest_first([*lexicon.surnames, *self.titled_only]))
        titles = alternatives(self.titles, longest=False)
        self._titled = re.compile(rf"(?P<s>{any_sur})(?P<t>{titles})")
        # 老王, 小王 and their regional forms (尕王 in the north-west): a familiar prefix and a surname
        self.prefixes: dict[str, str] = dict(lexicon.data["familiar_prefixes"])
        prefixes = "".join(self.prefixes)
        self._familiar = re.compile(rf"(?P<p>[{prefixes}])(?P<s>{sur})")
        # a kin word that starts words too is a name's end only before no character that makes one
        # (温老 but not 王老板; 林生 but not 林生意)
        starts: dict[str, str] = {"老": _NOT_AFTER_LAO, **(lexicon.data.get("kin_word_starts") or {})}
        nicks = "|".join(
            f"{re.escape(n)}(?![{re.escape(starts[n])}])" if n in starts else re.escape(n)
            for n in longest_first(lexicon.words("kin_nicknames"))
        )
        self._nick = re.compile(rf"(?P<s>{any_sur})(?P<n>{nicks})")
        self.reader = TitleReader(lexicon)
        self.said = RoleBeforeName(lexicon, self.title_role, self.titles, self.prefixes, self.reader)
        # a name ending in a title or a kin word ends where the title does (王店长发微信: no 长发)
        self.name_ends = tuple([*self.titles, *lexicon.words("kin_nicknames")])
        self.said_after = set("".join(lexicon.words("given_name_stops")))
        self.full_names = FullNames(lexicon, reps)
        kinds = alternatives([*self.titles, *lexicon.words("kin_nicknames")])
        # 收银的大姐姓韦, 坐诊的老中医姓季, 店长是个小伙子 姓岑: described, then named by a surname
        self._described_by = re.compile(rf"姓(?P<s>{any_sur})(?!{titles})")
        self._kinds = re.compile(rf"(?:{kinds})$")
        self._named_by = re.compile(rf"(?P<t>{titles})姓(?P<s>{any_sur})")
        self._given = re.compile(r"[小阿](?P<g>[\u4e00-\u9fff])")
        self.apart = WrittenApart(list(lexicon.surnames), self.titles, list(self.said.dept_role))
        verbs = alternatives(lexicon.words("given_name_verbs"), longest=False)
        # 开个小会讲: after a measure word 小 is small, no name (小芳讲 is one)
        self._given_speaks = re.compile(rf"(?<![个只点些])[小阿](?P<g>[\u4e00-\u9fff])(?={verbs})")
        self.not_given = set(lexicon.words("not_given_names"))
        self.rules = RoleRules(lexicon, self.title_role)
        self.family = lexicon.words("family")
        self.sound_names = TransliteratedNames(lexicon, self.name_ends, [*self.titles, *self.family])
        self.spouse_words = set(lexicon.words("spouse_kin"))
        self.company_surnames = {name[0] for name in reps if name}
        self.company_titles = set(lexicon.words("company_titles"))
        self.clinic_titles = tuple(lexicon.words("clinic_doctor_titles"))
        bare = lexicon.words("bare_titles")
        self.bare = bare
        self.longer_bare = {t: tuple(b for b in bare if b != t and b.startswith(t)) for t in bare}
        self.nickname_roles: dict[str, str] = dict(lexicon.data["nickname_roles"])
        couples = [set(pair) for pair in lexicon.data["couple_titles"]]
        self.merger = PersonMerger(self.title_role, self.name_ends, couples)
        self.details = ContactDetails(lexicon)
        self.present_after = tuple(lexicon.words("bare_title_present_after"))
        self.adverbs = lexicon.words("bare_title_present_adverbs")
        kin = alternatives(self.family)
        acts = alternatives(lexicon.words("family_acts"))
        self._kin_acts = re.compile(rf"(?:的|他|她)?(?P<k>{kin})(?:也|又|还)?(?:{acts})")

    def find(
        self,
        text: str,
        segments: Segments,
        blocked: list[tuple[int, int]],
        known: Mapping[str, tuple[str | None, str]] | None = None,
        dates: Sequence[DateMention] = (),
    ) -> list[Person]:
        """`known`: the account's people from confirmed records, name → (surname, role); `dates`:
        the note's resolved dates (下周三是她生日)."""
        taken = [False] * len(text)
        for start, end in blocked:
            for i in range(start, end):
                taken[i] = True
        # an account's name is where, not who: 药房 of 同心药房谢姐 is no department before her name
        masked = "".join(_MASK if hidden else c for c, hidden in zip(text, taken, strict=True))
        raw = sorted(
            (
                p
                for p in self._candidates(masked, taken, known or {})
                if not self._colleague(p) and not self.rules.outsider(text, p.start)
            ),
            key=lambda p: p.start,
        )
        titles_used = self.rules.appositives(text, raw)
        self.rules.by_activity(text, segments, raw, self.reader)
        named = [p for p in raw if not (p.start in titles_used and p.name in self.title_role)]
        people = self.merger.merge(named)
        people = sorted([*people, *self._family_acting(text, people)], key=lambda p: p.start)
        people = self._named_alongside(text, people)
        self.details.attach(text, segments, people, taken, dates)
        spoken = self._spoken_of(text)
        for person in people:
            person.spoken_of = spoken
        return people

    def _named_alongside(self, text: str, people: list[Person]) -> list[Person]:
        """Where the note names someone by surname, a bare title is someone met only when it speaks, is
        there or is described right after (老板娘讲…, 老板娘在, 老板娘蛮开心); else it is spoken of
        (要老板点头, 跟店长说一声) — several writers record only the people they name."""
        if not any(p.surname for p in people):
            return people
        return [
            p
            for p in people
            if p.surname
            or p.name not in self.title_role
            or any(self._present(text, p.ends[at]) for at in p.positions)
        ]

    def _present(self, text: str, end: int) -> bool:
        """老板娘讲, 老板娘也在: what follows a bare title says the one who holds it is there."""
        after = text[end : end + 4]
        for adverb in self.adverbs:
            after = after.removeprefix(adverb)
        return after.startswith(self.present_after)

    def _family_acting(self, text: str, people: list[Person]) -> Iterator[Person]:
        """王大夫媳妇打电话来, 刘老板的儿子在看店: a relative named by whose they are, who calls or serves for
        the account, is someone met (role other, no surname of their own)."""
        for person in list(people):
            for at in person.positions:
                end = person.ends[at]
                found = self._kin_acts.match(text, end)
                if found is None:
                    continue
                kin = found.group("k")
                relative = Person(
                    person.name + kin, None, "other", found.start("k"), titled=True, family=True
                )
                relative.positions = [relative.start]
                relative.ends = {relative.start: found.end("k")}
                yield relative
                break

    def _spoken_of(self, text: str) -> frozenset[str]:
        """The roles of bare titles the note speaks of without meeting them (店长让问问, 老板不在)."""
        return frozenset(
            self.title_role[title]
            for title in self.bare
            for match in re.finditer(re.escape(title), text)
            if self.rules.unmet(text, match.start(), match.end())
        )

    def at_a_clinic(self, people: list[Person]) -> None:
        """At a clinic the generic title (陈老师) is the doctor's."""
        for person in people:
            if person.role == "other" and person.name.endswith(self.clinic_titles):
                person.role = "doctor"

    def by_account(self, people: list[Person], account_type: str | None) -> None:
        """The role of someone named without a title, from the kind of their account (roles.py): the
        visited one's, or another's they were named with (whose.py)."""
        groups: dict[str | None, list[Person]] = {}
        for person in people:
            groups.setdefault(person.account_type or account_type, []).append(person)
        for kind, group in groups.items():
            self.rules.by_account(group, kind)

    def _colleague(self, person: Person) -> bool:
        """周经理 when 周志强 manages the reps: someone of the rep's own company is no account contact."""
        title = person.name[len(person.surname or "") :]
        return (
            bool(person.surname) and person.surname in self.company_surnames and title in self.company_titles
        )

    def _candidates(
        self, text: str, taken: list[bool], known: Mapping[str, tuple[str | None, str]]
    ) -> list[Person]:
        """Every person the note names, the first reading of a span winning (people the account's
        confirmed records name, then titled forms)."""
        found: list[Person] = []
        covered = [False] * len(text)
        for person, end in chain(
            self._known_people(text, known),
            self._written_apart_people(text),
            self._transliterated_people(text),
            self._titled_people(text),
            self._described_people(text),
            self._familiar_people(text),
            self._full_named(text),
            self._bare_titles(text),
        ):
            if any(taken[person.start : end]) or any(covered[person.start : end]):
                continue
            if person.name not in known and self._across_words(person, text, end):
                continue
            covered[person.start : end] = [True] * (end - person.start)
            found.append(person)
        return found

    def _across_words(self, person: Person, text: str, end: int) -> bool:
        """冬季村医, 小毛巾, 小姑娘们: a surname or given name read where a word of the dictionary runs
        across its character — from before the name into its first, or from its last on past the
        name — is a character of that word. A word run on into what is said right after names
        (老胡说 → 胡说) is no word there, nor one across a prefix or a title (所长老魏 → 长老)."""
        start, name = person.start, person.name
        checks_start = name[0] not in self.prefixes and name[0] != "阿"
        checks_end = not name.endswith(self.name_ends)
        if not (checks_start or checks_end):
            return False
        left = max(0, start - _WORD_REACH)
        at = left
        for word in shared_tokenizer().cut(text[left : end + _WORD_REACH], HMM=False):
            stop = at + len(word)
            if checks_start and at < start < stop:
                return True
            if checks_end and at < end < stop and text[end] not in self.said_after:
                return True
            at = stop
        return False

    def _known_people(
        self, text: str, known: Mapping[str, tuple[str | None, str]]
    ) -> Iterator[tuple[Person, int]]:
        """钱姐 met before as the account's 店长: the role a confirmed record gave, unless this note
        puts a title before the name (采购小王 is the purchaser whatever was said before)."""
        for name in longest_first([name for name in known if name not in self.title_role]):
            surname, learned = known[name]
            title = next((t for t in self.titles if name.endswith(t)), None)
            for match in re.finditer(re.escape(name), text):
                if title is None:
                    prior, family = self.said.role_before(text, match.start())
                else:  # 药剂科刘主任 met as the director: a department changes only a generic title
                    prior, family = self.said.department_before(text, match.start(), title), False
                # 采购韩姐: the title said before her wins, and is no learned role for what follows
                role = prior if prior is not None and not family else None
                person = Person(
                    name, surname, role or learned, match.start(), titled=True, learned=role is None
                )
                yield person, match.end()

    def _written_apart_people(self, text: str) -> Iterator[tuple[Person, int]]:
        """买买提·艾力大夫, 院长阿依古丽·吐尔逊, Amy张: a title after the name, else one said before it."""
        for name in self.apart.find(text):
            if name.title:
                role = self.said.with_department(text, name.title_at, name.title)
            else:
                role = self.said.role_before(text, name.start)[0] or "other"
            titled = bool(name.title) or role != "other"
            person = Person(text[name.start : name.end], name.surname, role, name.span, titled=titled)
            yield person, name.end

    def _transliterated_people(self, text: str) -> Iterator[tuple[Person, int]]:
        """吐尔逊江院长, 财务热依拉, 阿依古丽姐 (memory/extract/transliterated.py): the title after the name
        gives the role, else the one said before it; a repeat of the name is the same person."""
        for found in self.sound_names.find(text):
            if found.title in self.title_role:
                role = self.said.with_department(text, found.end - len(found.title), found.title)
                family = False
            else:
                prior, family = self.said.role_before(text, found.start) if found.anchored else (None, False)
                role = prior or self.nickname_roles.get(found.title or "", "other")
            surname = self._han_style(found.name)
            person = Person(text[found.start : found.end], surname, role, found.span, titled=role != "other")
            person.family = family
            yield person, found.end

    def _han_style(self, name: str) -> str | None:
        """马哈吉 of the Hui: three characters opening on a common surname are a Han-style name."""
        return name[0] if len(name) == 3 and name[0] in self.lexicon.surnames else None

    def _titled_people(self, text: str) -> Iterator[tuple[Person, int]]:
        """主任王 and 王主任: a surname with a title."""
        for match in self._named_by.finditer(text):
            title, surname = match.group("t"), match.group("s")
            role = self.said.with_department(text, match.start(), title)
            yield Person(surname + title, surname, role, match.start(), titled=True), match.end()
        for match in self._titled.finditer(text):
            surname, title = match.group("s"), match.group("t")
            if any(text.endswith(dept, 0, match.start() + 1) for dept in self.said.dept_role):
                continue  # 药房主任老孙: 房 ends the department, it is not a surname
            if self.reader.is_job(title) and text.startswith("的", match.end()):
                continue  # 管采购的, 管收银的: 管 is no surname here, the words describe someone
            role = self.said.with_department(text, match.start(), title)
            yield Person(match.group(0), surname, role, match.start(), titled=True), match.end()

    def _described_people(self, text: str) -> Iterator[tuple[Person, int]]:
        """收银的大姐姓韦, 店长是个小伙子 姓岑: a role said or described, then the surname."""
        for match in self._described_by.finditer(text):
            before = re.split(r"[,,。;;!?!?]", text[max(0, match.start() - 12) : match.start()])[-1]
            found = self.said.last_role(before)
            if found is None or contains_any(before[found[0] :], self.family):
                continue  # 病人姓丁, 老板说他侄子姓张: nobody of the account, or family
            kind = self._kinds.search(before)
            surname = match.group("s")
            name = surname + (kind.group(0) if kind else "")
            yield Person(name, surname, found[1], match.start(), titled=True), match.end()

    def _familiar_people(self, text: str) -> Iterator[tuple[Person, int]]:
        """老王 and 小王, 王姐 and 王总, and given names after a role (采购建华)."""
        for match in self._familiar.finditer(text):
            if match.group(0) in self.reps:
                continue
            prior, family = self.said.role_before(text, match.start())
            titled = prior is not None and not family
            person = Person(match.group(0), match.group("s"), prior or "other", match.start(), titled=titled)
            person.family = family
            yield person, match.end()
        for match in self._nick.finditer(text):
            if match.group("s") in self.titled_only and match.group("n") in self.not_kin:
                continue  # 钱总共, 古老: a word, not 钱总
            prior, family = self.said.role_before(text, match.start())
            # 王总 runs the business, 王院 the hospital; 王姐/王哥 say nothing of the role.
            role = prior or self.nickname_roles.get(match.group("n"), "other")
            person = Person(match.group(0), match.group("s"), role, match.start(), titled=role != "other")
            # 他老婆罗嫂, 苗嫂: a relative (a wife called by her husband's surname), not the 罗医生 or 老苗
            # named beside her
            person.family = family or match.group("n") in self.spouse_words
            yield person, match.end()
        for match in self._given.finditer(text):
            prior, family = self.said.role_before(text, match.start())
            if prior is not None:
                # 营业员小麻: after a title, 小 and a surname that is also a word is the surname
                surname = (
                    match.group("g")
                    if match.group(0)[0] == "小" and match.group("g") in self.titled_only
                    else None
                )
                person = Person(match.group(0), surname, prior, match.start(), titled=not family)
                person.family, person.given = family, surname is None
                yield person, match.end()
        for match in self._given_speaks.finditer(text):
            # 小芳说, 小芳过生日: a given name that speaks or has a birthday is a person
            if match.group("g") in self.not_given or match.group("g") in self.lexicon.surnames:
                continue
            prior, family = self.said.role_before(text, match.start())
            person = Person(
                match.group(0), None, prior or "other", match.start(), titled=bool(prior) and not family
            )
            person.family, person.given = family, True
            yield person, match.end()

    def _full_named(self, text: str) -> Iterator[tuple[Person, int]]:
        """熊德华, 老板叫熊德华 (memory/extract/full_names.py), with the title said before them."""
        for full in self.full_names.find(text):
            if self.rules.outsider(text, full.role_at):
                continue  # 病人叫马福贵, 我同事叫…: nobody of the account
            prior, family = self.said.role_before(text, full.role_at)
            person = Person(full.name, full.surname, prior or "other", full.start, titled=bool(prior))
            person.family = family
            yield person, full.end

    def _bare_titles(self, text: str) -> Iterator[tuple[Person, int]]:
        """A title alone (院长, 店长) names the one person who holds it."""
        for title in self.lexicon.words("bare_titles"):
            for match in re.finditer(re.escape(title), text):
                after = text[match.end() : match.end() + 2]
                if after[:1] in self.prefixes or after.startswith(("阿", "姓")):
                    continue
                if _AUDIENCE.search(text[max(0, match.start() - 1) : match.start()]) or after.startswith(
                    "们"
                ):
                    continue  # 来了十四个村医, 给村医讲: an audience, not a person met
                if text.startswith(self.longer_bare.get(title, ()), match.start()):
                    continue  # 老板 of 老板娘
                if self.rules.unmet(text, match.start(), match.end()):
                    continue
                yield Person(title, None, self.title_role[title], match.start(), titled=True), match.end()
