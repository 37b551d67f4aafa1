"""Patients' personal data: an ID number, a patient's phone, or a patient's name with a diagnosis or
named as a patient. Contacts (a doctor's new number, a director's back pain) are not patients."""

from __future__ import annotations

import re

from memory.compliance.note import Found, NoteView, any_in, find_all
from memory.compliance.vocabulary import Vocabulary
from memory.extract.lexicon import alternatives

_ID_NUMBER = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")
# 一五九三七二八六六五一, 幺三八…: a number read out digit by digit (voice input), one digit a character
SPOKEN_DIGITS = re.compile(r"[零〇一二三四五六七八九幺洞]{7,}")
_DIGIT_OF = str.maketrans("零〇一二三四五六七八九幺洞", "0012345678910")


def _as_digits(text: str) -> str:
    """The text with numbers read out digit by digit written in digits; same length, so spans hold."""
    return SPOKEN_DIGITS.sub(lambda m: m.group(0).translate(_DIGIT_OF), text)


_PHONE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_BOUNDARY = r"[,,。;!?\s、:(]|$|\d|身份证|电话|手机"
_REACH = 30  # characters a patient's details run on after the name
_ATTACHED = re.compile(r"[\s:,,]{0,2}(?:电话|手机号?|身份证号?|号码)?[\s:]{0,2}(?:\d{11}|\d{17}[\dXx])(?!\d)")


_NO_END = 1 << 30
RANKS = "大二三四五六七八九"  # 李二嫂, 张三婶: a rank among siblings before a kin word
# 周院长自己高血压, 孙主任也有糖尿病: what stands between a contact's title and their own diagnosis
_OWN_HEALTH = re.compile(r"(?:自己|本人|他|她)?(?:也|又|还|一直)?(?:有|得了|患|是)?")


def _people(
    names: list[tuple[int, int]], details: list[tuple[int, int]]
) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """Names grouped by person: a name starts a new person where a detail stands between it and the
    name before (张小兰 扁桃体炎 孙国强 中耳炎). Each person: where its names start and end, and its
    details — from a little before its first name (the first person: 肺炎的病人叫…) up to the next
    person, at most _REACH characters after its last name. A later name with no detail of its own is
    no new person: it stays with the one before."""
    groups: list[list[tuple[int, int]]] = [[names[0]]]
    for name in names[1:]:
        if any(groups[-1][-1][1] <= d[0] < name[0] for d in details):
            groups.append([name])
        else:
            groups[-1].append(name)
    people: list[tuple[int, int, list[tuple[int, int]]]] = []
    for index, group in enumerate(groups):
        low = group[0][0] - 12 if index == 0 else group[0][0]
        ceiling = groups[index + 1][0][0] if index + 1 < len(groups) else _NO_END
        mine = [d for d in details if low <= d[0] < ceiling and d[0] <= group[-1][1] + _REACH]
        if people and not mine:
            people[-1] = (people[-1][0], group[-1][1], people[-1][2] + mine)
            continue
        people.append((group[0][0], group[-1][1], mine))
    return people


class PersonalData:
    def __init__(self, vocabulary: Vocabulary, surnames: frozenset[str], titled: frozenset[str]) -> None:
        self.diagnoses = vocabulary.words("personal_data", "diagnosis")
        self.patients = vocabulary.words("personal_data", "patient")
        self.titles = vocabulary.words("personal_data", "titles")
        self.surnames = surnames
        # 钱, 车: surnames that are everyday words too; a name only where a word calls it one (顾客钱明亮)
        self.titled = titled
        self.name_before = vocabulary.words("personal_data", "name_before")
        self.contact_words = self.titles + vocabulary.words("personal_data", "contact")
        marks = alternatives(self.contact_words, longest=False)
        # 孙主任电话138…, 联系人张红: a title or a contact's role right before a number or name
        self.contact_owned = re.compile(
            rf"(?:{marks})的?(?:新)?(?:电话|手机号?|号码|微信)?(?:是|换成|换了)?[\s:]*$"
        )
        self.not_diagnosis = vocabulary.words("personal_data", "not_diagnosis")
        self.advising = vocabulary.words("personal_data", "advising")
        self.imperative = vocabulary.words("personal_data", "imperative")
        self.suffixes = vocabulary.words("personal_data", "diagnosis_suffix")
        addresses = alternatives(vocabulary.words("personal_data", "address_end"), longest=False)
        # 胡秀兰今年七十了, 孙有才说: a name ends at punctuation, a number, or a word that follows a name
        after = vocabulary.words("personal_data", "name_after")
        self.boundary = re.compile(_BOUNDARY + "|" + alternatives(after, longest=False))
        # 住了几天院 is a stay, not where someone lives
        self.address = re.compile(rf"(?:住在|家住|住)(?![了过])[^,,。;!?\s]{{2,12}}?(?:{addresses})")
        self.kin = vocabulary.words("personal_data", "kin")

    def find(self, view: NoteView, sentence: tuple[int, int], known: set[str]) -> list[Found]:
        """One finding per patient named (two patients with their own details are two findings), or
        one for numbers with no name. `known`: reps' and contacts' names, which are no patient's."""
        start, end = sentence
        text = view.text
        piece = text[start:end]
        digits = _as_digits(text)  # numbers read out digit by digit, in digits: spans hold
        numbers = [(m.start(), m.end()) for m in _ID_NUMBER.finditer(digits, start, end)]
        # 周院长自己高血压: a contact's own health marks no patient
        diagnoses = [
            d for d in self._diagnoses(view, sentence) if not self._contacts_own(view, sentence, d[0])
        ]
        names, kin = self._names(view, sentence, bool(diagnoses), known, digits)
        # 高血压 opens with the surname 高: a diagnosis is no name
        names = [n for n in names if not any(d[0] < n[1] and n[0] < d[1] for d in diagnoses)]
        patient = any_in(piece, self.patients) or bool(diagnoses) or bool(kin)
        phones = self._phones(view, sentence, [n[0] for n in names + diagnoses], digits)
        # a phone is a patient's in a sentence about a patient, or written right by a patient's name
        numbers += [p for p in phones if patient or any(0 <= p[0] - n[1] <= 6 for n in names)]
        if patient:
            numbers += [(start + m.start(), start + m.end()) for m in self.address.finditer(piece)]
        if not names:
            return (
                [
                    Found(
                        "personal_data",
                        *view.span(sentence, min(numbers)[0], max(b for _, b in numbers)),
                        None,
                    )
                ]
                if numbers
                else []
            )
        found = []
        for first, last, details in _people(names, numbers + diagnoses):
            if not details and all(n in kin for n in names if first <= n[0] < last):
                continue  # 王大爷 alone: a kin word names an elder, a patient only with a detail
            anchors = [(first, last), *details]
            left, right = view.span(sentence, min(a for a, _ in anchors), max(b for _, b in anchors))
            found.append(Found("personal_data", left, right, None))
        return found

    def _contacts_own(self, view: NoteView, sentence: tuple[int, int], at: int) -> bool:
        """周院长自己高血压, 孙主任也有糖尿病: a diagnosis right after a contact's title in its clause,
        with at most 自己/也/有 between (_OWN_HEALTH), is the contact's own health."""
        left = view.clause_start(at, sentence[0])
        titles = find_all(view.text, self.titles, left, at)
        if not titles:
            return False
        between = view.text[titles[-1][0] + len(titles[-1][1]) : at]
        return _OWN_HEALTH.fullmatch(between) is not None

    def _diagnoses(self, view: NoteView, sentence: tuple[int, int]) -> list[tuple[int, int]]:
        text = view.text
        found = [(at, at + len(w)) for at, w in find_all(text, self.diagnoses, *sentence)]
        blocked = {
            i for at, w in find_all(text, self.not_diagnosis, *sentence) for i in range(at, at + len(w))
        }
        # 肺气肿, 慢性胃炎, 肝癌: a disease named by its ending after a word's first character
        for at, suffix in find_all(text, self.suffixes, *sentence):
            if at > sentence[0] and _HAN.match(text[at - 1]) and at not in blocked and at - 1 not in blocked:
                found.append((at - 1, at + len(suffix)))
        return sorted(set(found))

    def _phones(
        self, view: NoteView, sentence: tuple[int, int], marks: list[int], digits: str
    ) -> list[tuple[int, int]]:
        """Mobile numbers in the sentence, less a contact's own: the number's nearest holder before it
        is a contact (孙主任电话…, 宋大夫 新加了微信 电话…) rather than a patient (`marks`: where
        patients' names and diagnoses stand) or a word for a patient."""
        text = view.text
        contacts = [at for at, _ in find_all(text, self.contact_words, *sentence)]
        marks = marks + [at for at, _ in find_all(text, self.patients, *sentence)]
        return [
            (m.start(), m.end())
            for m in _PHONE.finditer(digits, *sentence)
            if max((at for at in contacts if at < m.start()), default=-1)
            <= max((at for at in marks if at < m.start()), default=-1)
        ]

    def _instructed(self, before: str, rest: str) -> bool:
        """提醒病人莫开车: after a verb of advising, 病人 is followed by what to do, and 莫 (a surname too)
        says 'don't'."""
        return any_in(before, self.advising) and rest.startswith(tuple(self.imperative))

    def _names(
        self, view: NoteView, sentence: tuple[int, int], named_patient: bool, known: set[str], digits: str
    ) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
        """Patients' names: a surname and one or two characters standing alone, after 叫/病人 or, in
        a sentence that names a diagnosis, after 的/有 or at a clause start; or a surname with a kin
        word for an elder or a relative (刘老太, 王大爷, 李二嫂), which are the second list too."""
        text = view.text
        found: list[tuple[int, int]] = []
        kin: set[tuple[int, int]] = set()
        for at in range(sentence[0], sentence[1]):
            if text[at] not in self.surnames and text[at] not in self.titled:
                continue
            if text[at] in self.surnames and (called_by := self._kin_name(view, at, sentence[1], known)):
                found.append(called_by)
                kin.add(called_by)
                continue
            name = self._name_at(view, sentence, at, named_patient, known, digits)
            if name is not None:
                found.append(name)
        return found, kin

    def _kin_name(self, view: NoteView, at: int, end: int, known: set[str]) -> tuple[int, int] | None:
        """刘老太, 王大爷, 李二嫂: a surname, perhaps a rank among siblings, then a kin word."""
        rank = 1 if view.text[at + 1 : at + 2] in RANKS else 0
        word = next((w for w in self.kin if view.text.startswith(w, at + 1 + rank)), "")
        stop = at + 1 + rank + len(word)
        if not word or stop > end or view.text[at:stop] in known or view.names_in(at, stop):
            return None
        return at, stop

    def _name_at(
        self,
        view: NoteView,
        sentence: tuple[int, int],
        at: int,
        named_patient: bool,
        known: set[str],
        digits: str,
    ) -> tuple[int, int] | None:
        """A name of two or three characters starting at a surname, where something calls it one."""
        text = view.text
        before = text[max(sentence[0], at - 3) : at]
        called = any(before.endswith(w) for w in self.name_before)
        if text[at] not in self.surnames and not called:
            return None
        if called and self._instructed(text[max(sentence[0], at - 7) : at], text[at:]):
            return None
        opened = at == sentence[0] or re.match(r"[,,\s、的有是]", text[at - 1]) is not None
        for length in (3, 2):
            name = text[at : at + length]
            rest = text[at + length : sentence[1]]
            # 孙小花 13900017460: a name written right before a number is a person's, wherever it stands
            numbered = _ATTACHED.match(digits, at + length, sentence[1]) is not None and opened
            if not (called or (named_patient and opened) or numbered):
                continue
            if (
                re.fullmatch(r"[\u4e00-\u9fff]+", name)
                and len(name) == length
                and self.boundary.match(rest)
                and not self.contact_owned.search(text, sentence[0], at)
                and not any(name[1:].startswith(t) for t in self.titles)
                and name not in known
                and not any(name.startswith(w) for w in self.patients)  # 顾客, 病人: a word, not 顾某
                and not view.names_in(at, at + length)
            ):
                return at, at + length
        return None
