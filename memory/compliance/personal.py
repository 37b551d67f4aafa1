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
        self.address = re.compile(rf"(?:住在|家住|住)[^,,。;!?\s]{{2,12}}?(?:{addresses})")

    def find(self, view: NoteView, sentence: tuple[int, int], known: set[str]) -> Found | None:
        """`known`: reps' and contacts' names, which are no patient's."""
        start, end = sentence
        text = view.text
        piece = text[start:end]
        digits = _as_digits(text)  # numbers read out digit by digit, in digits: spans hold
        numbers = [(m.start(), m.end()) for m in _ID_NUMBER.finditer(digits, start, end)]
        diagnoses = self._diagnoses(view, sentence)
        patient = any_in(piece, self.patients) or bool(diagnoses)
        names = self._names(view, sentence, bool(diagnoses), known, digits)
        phones = self._phones(view, sentence, [n[0] for n in names + diagnoses], digits)
        # a phone is a patient's in a sentence about a patient, or written right by a patient's name
        numbers += [p for p in phones if patient or any(0 <= p[0] - n[1] <= 6 for n in names)]
        if patient:
            numbers += [(start + m.start(), start + m.end()) for m in self.address.finditer(piece)]
        if names:
            first = names[0][0]
            details = [d for d in numbers + diagnoses if first - 12 <= d[0] <= names[-1][1] + _REACH]
            anchors = names + details
        elif numbers:
            anchors = numbers
        else:
            return None
        left, right = view.span(sentence, min(a for a, _ in anchors), max(b for _, b in anchors))
        return Found("personal_data", left, right, None)

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
    ) -> list[tuple[int, int]]:
        """Patients' names: a surname and one or two characters standing alone, after 叫/病人 or, in
        a sentence that names a diagnosis, after 的/有 or at a clause start."""
        text = view.text
        found: list[tuple[int, int]] = []
        for at in range(sentence[0], sentence[1]):
            if text[at] not in self.surnames and text[at] not in self.titled:
                continue
            before = text[max(sentence[0], at - 3) : at]
            called = any(before.endswith(w) for w in self.name_before)
            if text[at] not in self.surnames and not called:
                continue
            if called and self._instructed(text[max(sentence[0], at - 7) : at], text[at:]):
                continue
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
                    and not view.names_in(at, at + length)
                ):
                    found.append((at, at + length))
                    break
        return found
