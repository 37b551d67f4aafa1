"""Masking patients' personal data (the personal_data findings) in what is stored and exported."""

from __future__ import annotations

import re

from memory.compliance.personal import RANKS, SPOKEN_DIGITS
from memory.extract.lexicon import alternatives, load_lexicon
from memory.schema.record import ComplianceFinding, VisitRecord

_DIGITS = re.compile(rf"\d{{7,}}[\dXx]?|{SPOKEN_DIGITS.pattern}")
_NAME_AFTER = ["的", "有", "是"]  # …and the lexicon's words before a patient's name (叫, 村民)
_NAME_BEFORE = r"[\s,,、。:(]|$|\d|身份证|电话|手机"  # …and the lexicon's words after a name (今年, 说)


def secrets_of(findings: list[ComplianceFinding]) -> list[str]:
    """The identifying parts of the personal_data findings: ID and phone numbers, patients' names."""
    if not any(f.kind == "personal_data" for f in findings):
        return []
    lexicon = load_lexicon()
    # 钱, 车 too: in a personal_data finding they begin the patient's name personal.py found
    surnames = "".join(sorted(lexicon.surnames | set(lexicon.words("titled_surnames"))))
    words = _NAME_AFTER + list(lexicon.data["compliance"]["personal_data"]["name_before"])
    after = "|".join(f"(?<={re.escape(w)})" for w in words) + r"|(?<=[\s,,、:])|^"
    ends_name = alternatives(lexicon.data["compliance"]["personal_data"]["name_after"], longest=False)
    name = re.compile(
        rf"(?:{after})([{re.escape(surnames)}][\u4e00-\u9fff]{{1,2}})(?={_NAME_BEFORE}|{ends_name})"
    )
    kin = alternatives(lexicon.data["compliance"]["personal_data"]["kin"], longest=False)
    kin_name = re.compile(rf"[{re.escape(surnames)}][{RANKS}]?(?:{kin})")  # 刘老太, 李二嫂
    ends = alternatives(lexicon.data["compliance"]["personal_data"]["address_end"], longest=False)
    address = re.compile(
        rf"(?:住在|家住|住)(?![了过])([^,,。;!?\s]{{2,12}}?(?:{ends}))"
    )  # as personal.py finds it
    found: set[str] = set()
    for finding in findings:
        if finding.kind != "personal_data":
            continue
        found.update(m.group(0) for m in _DIGITS.finditer(finding.text))
        found.update(m.group(1) for m in name.finditer(finding.text))
        found.update(m.group(1) for m in address.finditer(finding.text))
        found.update(m.group(0) for m in kin_name.finditer(finding.text))
    return sorted(found, key=len, reverse=True)


def _masked(secret: str) -> str:
    if secret[0].isnumeric():  # 138…, and 一五九… read out digit by digit
        return secret[:3] + "*" * (len(secret) - 3)
    return secret[0] + "*" * (len(secret) - 1)


def mask(text: str | None, secrets: list[str]) -> str | None:
    if not text:
        return text
    for secret in secrets:
        text = text.replace(secret, _masked(secret))
    return text


def mask_record(record: VisitRecord) -> VisitRecord:
    """The record as it is stored: patients' names and numbers masked wherever the record repeats them."""
    secrets = secrets_of(record.compliance)
    if not secrets:
        return record
    return record.model_copy(
        update={
            "summary": mask(record.summary, secrets),
            "contacts": [
                c.model_copy(
                    update={
                        "name": mask(c.name, secrets),
                        "notes": mask(c.notes, secrets),
                        # a patient's number the note wrote next to a contact is not the contact's
                        "phone": None if c.phone in secrets else c.phone,
                    }
                )
                for c in record.contacts
                if c.name not in secrets  # a patient the note named is no contact of the account
            ],
            "commitments": [c.model_copy(update={"text": mask(c.text, secrets)}) for c in record.commitments],
            "competitors": [c.model_copy(update={"note": mask(c.note, secrets)}) for c in record.competitors],
            "compliance": [f.model_copy(update={"text": mask(f.text, secrets)}) for f in record.compliance],
        }
    )
