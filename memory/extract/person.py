"""A person a note names: who, how called, and what the note says of them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Person:
    name: str
    surname: str | None
    role: str
    start: int
    phone: str | None = None
    positions: list[int] = field(default_factory=list)
    ends: dict[int, int] = field(default_factory=dict)  # where each mention at a position ends
    birthday: str | None = None
    notes: list[str] = field(default_factory=list)
    titled: bool = False
    family: bool = False
    given: bool = False  # called by a given name (小芳), not a surname
    learned: bool = False  # the role is the one a confirmed record gave
    spoken_of: frozenset[str] = frozenset()  # roles of people the note speaks of, not met (店长让问问)
    account_type: str | None = None  # of another account than the visited one (whose.py)
