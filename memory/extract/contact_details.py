"""What a note says of the people it names: phones, birthdays and personal notes, each given to the
person the clause is about.

- A clause is about the person named in it, else the last one named before it.
- A birthday is of the person named last before 生日 in its clause (小芳说马老板生日… is 马老板's), unless
  a family word stands between them (他老伴下周三过生日) or a bare title of someone else (小周说老板娘…).
- A relative who tells of 他/她's birthday (周主任屋里堂客讲他后天生日, 儿媳妇小郑说她公公…过六十六) tells of
  the one whose relative they are.
- A day of the lunar calendar anywhere in the sentence of 生日 (腊月初八是王大夫生日) has no fixed MM-DD:
  no birthday is recorded, whichever clause the day was cut into.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from memory.extract.birthdays import birthday_in, said_at, said_next
from memory.extract.dates import DateMention
from memory.extract.lexicon import Lexicon, alternatives
from memory.extract.person import Person
from memory.extract.personal import personal_note
from memory.extract.text import Segments, Span, contains_any

PHONE = re.compile(r"(?<!\d)(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?!\d)")


class ContactDetails:
    def __init__(self, lexicon: Lexicon) -> None:
        self.cues = lexicon.words("personal_cues")
        self.family = lexicon.words("family")
        self.lunar = lexicon.words("lunar_words")
        self.solar = lexicon.words("solar_words")
        self.bare = lexicon.words("bare_titles")
        kin = alternatives(self.family)
        self._relay = re.compile(rf"(?:说|讲|话)(?:他|她|伊)(?:的|家)?(?P<k>{kin})?")

    def attach(
        self,
        text: str,
        segments: Segments,
        people: list[Person],
        taken: list[bool],
        dates: Sequence[DateMention],
    ) -> None:
        if not people:
            return
        for clause in segments.clauses:
            owner = _owner(people, clause.start, clause.end)
            if owner is None:
                continue
            phone = PHONE.search(clause.text)
            if phone and owner.phone is None:
                owner.phone = phone.group(1)
            given = self._birthday(text, segments, clause, people, owner, dates)
            if given == "done":
                continue
            if contains_any(clause.text, self.cues) or given == "family":
                others = [p.name for p in people if p is not owner]
                note = personal_note(clause, taken, [owner.name], others)
                if note and note not in owner.notes:
                    owner.notes.append(note)
        for person in people:
            if person.phone is None:
                _, end = segments.sentence_bounds(person.start)
                phone = PHONE.search(text, person.start, end)
                if phone:
                    person.phone = phone.group(1)

    def _birthday(
        self,
        text: str,
        segments: Segments,
        clause: Span,
        people: list[Person],
        owner: Person,
        dates: Sequence[DateMention],
    ) -> str:
        """Give the clause's birthday to whom it is of: "done" when the clause needs nothing more,
        "family" when the birthday is of someone's family (a personal note), else ""."""
        at = said_at(clause.text)
        if at < 0:
            return ""
        said = clause.start + at
        begins, ends = segments.sentence_bounds(said)
        if contains_any(text[begins:ends], self.lunar):
            return ""
        birthday = birthday_in(clause.text, clause.start, clause.end, dates) or said_next(
            segments, clause, dates, self.solar
        )
        if birthday is None:
            return ""
        holder = _named_before(people, clause.start, said) or owner
        between = self._between(text, segments, holder, said)
        if contains_any(between, self.bare):
            return "done"  # 小周说老板娘下周三生日: someone else's, who is no contact here
        relayed = self._relayed(between, holder, people)
        if relayed is not None:
            holder = relayed
        elif contains_any(between, self.family):
            return "family"
        if holder.birthday is not None:
            return ""
        holder.birthday = birthday
        return "done"

    def _relayed(self, between: str, holder: Person, people: list[Person]) -> Person | None:
        """A relative who tells of 他/她's birthday tells of the one whose relative they are: 周主任屋里
        堂客讲他后天生日 is 周主任's, 他儿媳妇小郑说她公公下礼拜二过六十六 is the one 小郑 is kin of."""
        found = self._relay.search(between)
        if found is None:
            return None
        if not holder.family:  # 堂客讲他…: the relative is a word before the speech, 他 no relative of theirs
            told_by_kin = contains_any(between[: found.start()], self.family)
            return holder if told_by_kin and found.group("k") is None else None
        if found.group("k") is None:
            return None  # 小郑说她下周生日: her own
        whose = [(p.positions[0], p) for p in people if not p.family and p.positions[0] < holder.start]
        return max(whose, key=lambda w: w[0])[1] if whose else None

    @staticmethod
    def _between(text: str, segments: Segments, holder: Person, said: int) -> str:
        """The words from the holder's name (or the sentence's start) to 生日: 龚姐女儿说龚姐生日 is
        龚姐's, named after the family word."""
        begins, _ = segments.sentence_bounds(said)
        named_at = max((at for at in holder.positions if begins <= at < said), default=None)
        return text[begins if named_at is None else holder.ends[named_at] : said]


def _named_before(people: list[Person], start: int, end: int) -> Person | None:
    """The person named last before `end` in a clause: 小芳说马老板生日… is 马老板's birthday."""
    named = [(at, p) for p in people for at in p.positions if start <= at < end]
    return max(named, key=lambda n: n[0])[1] if named else None


def _owner(people: list[Person], start: int, end: int) -> Person | None:
    """The person a clause is about: named in it, else the last one named before it."""
    inside = [p for p in people if any(start <= at < end for at in p.positions)]
    if inside:
        return inside[0]
    before = [(max(at for at in p.positions if at < start), p) for p in people if p.positions[0] < start]
    return max(before, key=lambda b: b[0])[1] if before else None
