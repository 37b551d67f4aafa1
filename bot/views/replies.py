"""What the assistant says back: text, and the choices a transport shows as buttons or numbers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


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


@dataclass
class Outcome(Generic[T]):
    """What a flow returns to any transport: the data (None when the request failed) and the replies.
    The CLI prints the data as JSON or the replies as text; a chat sends the replies."""

    data: T | None
    replies: list[Reply]

    @classmethod
    def failed(cls, text: str) -> Outcome[T]:
        return cls(None, [Reply(text)])

    @property
    def text(self) -> str:
        """The replies as plain text; choices (buttons in a chat) become lines a terminal can show."""
        lines = []
        for reply in self.replies:
            lines.append(reply.text)
            lines += [f"  · {choice.label}" for choice in reply.choices]
        return "\n".join(lines)
