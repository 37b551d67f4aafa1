"""Word classes as features of the classifier: which classes a marked message has words of, as marks.

A class (cues.yaml `classes`: a manager's team words, period words, greetings, thanks, laughter, ads,
errands …) stands for all its words at once: the classifier learns "a group word and a period word"
from the training phrases, and that holds for every other word of the two classes. Emoji are a class
too. (A mark for the message's length was tried and lowered the tune score: bench/README.md.)
"""

from __future__ import annotations

import re
import unicodedata

from bot.routing.normalize import REP, SLOTS
from bot.routing.words import load_cues, upcoming_shape

# One private-use character per class, so no message can contain a mark by chance.
_FIRST_MARK = 0xE000


def _classes() -> tuple[tuple[str, tuple[str, ...]], ...]:
    classes: dict[str, list[str]] = load_cues()["classes"]
    return tuple((name, tuple(w.lower() for w in words)) for name, words in classes.items())


def _upcoming() -> re.Pattern[str]:
    return upcoming_shape(load_cues())


def _mark(index: int) -> str:
    return chr(_FIRST_MARK + index)


def class_marks(marked: str) -> str:
    """The marks of the classes the message has a word of (a rep named counts as the team's; a visit
    to come counts by its shape too) and of its emoji."""
    classes = _classes()
    found = [i for i, (name, words) in enumerate(classes) if any(w in marked for w in words)]
    group = next(i for i, (name, _w) in enumerate(classes) if name == "group")
    if REP in marked:
        found.append(group)
    if _upcoming().search(marked):  # a visit to come, in words the class does not list (过两天跑■)
        found.append(next(i for i, (name, _w) in enumerate(classes) if name == "upcoming"))
    names = set(SLOTS.values())  # the marks of names are symbols too, but no emoji
    if any(unicodedata.category(ch) == "So" and ch not in names for ch in marked):
        found.append(len(classes))
    return "".join(_mark(i) for i in sorted(set(found)))
