"""What the assistant says back: text, and the choices a transport shows as buttons or numbers."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Choice:
    label: str
    action: str


@dataclass
class Reply:
    text: str
    choices: list[Choice] = field(default_factory=list)
    photo: bytes | None = None
    document: tuple[str, bytes] | None = None
