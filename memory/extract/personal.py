"""A contact's personal note from one clause: what the clause says about that person, nothing else.

- When the clause names the person, the note is what it says after the name (坐诊的冯大夫是从县中医院退
  下来的 → 从县中医院退下来的), or before it when nothing follows.
- A clause that does not name the person and opens on someone else (坐诊的是…, 那个专家…) is about
  someone else: no note.
- An account's name leading the clause is dropped (it is where, not who); inside the clause it is part of
  the fact (从县中医院退下来的) and stays, so no fragment is left with a hole in it.
"""

from __future__ import annotations

import re

from memory.extract.text import Span

# 坐诊的是…, 管事的那个…, 那个专家…: a clause opening on another person than the one named before it
_SOMEONE_ELSE = re.compile(r"^(?:[^,,的]{1,4}的(?:是|那个|那位)|那个|那位|这个人|另一个|新来的)")
_EDGES = re.compile(r"^[他她的是,,\s]+|[了,,\s]+$")


def personal_note(clause: Span, taken: list[bool], owner_names: list[str], others: list[str]) -> str | None:
    """owner_names: the person's name; others: the other people's names in the note."""
    text = clause.text
    lead = 0
    while lead < len(text) and taken[clause.start + lead]:
        lead += 1  # the account's name opening the clause
    text = text[lead:]
    named = next((n for n in owner_names if n in text), None)
    if named is not None:
        before, _, after = text.partition(named)
        text = after if _EDGES.sub("", after) else before
    elif _SOMEONE_ELSE.match(text):
        return None
    for name in others:
        text = text.replace(name, "")
    note = _EDGES.sub("", text)
    return note or None
