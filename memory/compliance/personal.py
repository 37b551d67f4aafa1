"""Patients' personal data: an ID number, a patient's phone, or a patient's name with a diagnosis or
named as a patient. Contacts (a doctor's new number, a director's back pain) are not patients."""

from __future__ import annotations

import re

from memory.compliance.note import Found, NoteView, any_in, find_all
from memory.compliance.vocabulary import Vocabulary

_ID_NUMBER = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")
_PHONE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
_BOUNDARY = re.compile(r"[,,。;!?\s、:(]|$|\d|身份证|电话|手机")
_REACH = 30  # characters a patient's details run on after the name


class PersonalData:
    def __init__(self, vocabulary: Vocabulary, surnames: frozenset[str]) -> None:
        self.diagnoses = vocabulary.words("personal_data", "diagnosis")
        self.patients = vocabulary.words("personal_data", "patient")
        self.titles = vocabulary.words("personal_data", "titles")
        self.surnames = surnames

    def find(self, view: NoteView, sentence: tuple[int, int], known: set[str]) -> Found | None:
        """`known`: reps' and contacts' names, which are no patient's."""
        start, end = sentence
        text = view.text
        piece = text[start:end]
        numbers = [(start + m.start(), start + m.end()) for m in _ID_NUMBER.finditer(piece)]
        diagnoses = [(at, at + len(w)) for at, w in find_all(text, self.diagnoses, start, end)]
        patient = any_in(piece, self.patients) or bool(diagnoses)
        if patient:
            numbers += [(start + m.start(), start + m.end()) for m in _PHONE.finditer(piece)]
        names = self._names(view, sentence, bool(diagnoses), known)
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

    def _names(
        self, view: NoteView, sentence: tuple[int, int], named_patient: bool, known: set[str]
    ) -> list[tuple[int, int]]:
        """Patients' names: a surname and one or two characters standing alone, after 叫/病人 or, in
        a sentence that names a diagnosis, after 的/有 or at a clause start."""
        text = view.text
        found: list[tuple[int, int]] = []
        for at in range(sentence[0], sentence[1]):
            if text[at] not in self.surnames:
                continue
            before = text[max(sentence[0], at - 2) : at]
            called = before.endswith(("叫", "病人", "患者", "病号"))
            opened = at == sentence[0] or re.match(r"[,,\s、的有]", text[at - 1]) is not None
            if not (called or (named_patient and opened)):
                continue
            for length in (3, 2):
                name = text[at : at + length]
                rest = text[at + length : sentence[1]]
                if (
                    re.fullmatch(r"[\u4e00-\u9fff]+", name)
                    and len(name) == length
                    and _BOUNDARY.match(rest)
                    and not any(name[1:].startswith(t) for t in self.titles)
                    and name not in known
                    and not view.names_in(at, at + length)
                ):
                    found.append((at, at + length))
                    break
        return found
