"""Which account a person belongs to when the note names more than one.

Someone named right after another account (总部吴姐, 同心药房谢姐, 去了趟同心 谢姐不在) is that
account's, and the kind of that account, not of the one visited, says their role where no title does
(a chain's head office is met for its buying, a shop's X姐 owns it).
- Right after: the account's name ends at most `_REACH` characters before the person in one clause,
  or it ends the clause just before the person's (去了趟同心 | 谢姐不在).
- Someone named right after a competitor or a distributor of another firm and 的 (豫康的小李, 九州通那边的
  业务员老郑) works for that firm: no contact of the account.
- Kind words name an account by its kind (总部 in a chain store's note is its head office); they are
  lexicon data (`account_kind_words`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from memory.extract.gazetteer import Mention
from memory.extract.lexicon import Lexicon, alternatives
from memory.extract.text import Segments

_REACH = 2  # 总部吴姐, 同心的谢姐, 总部那边吴姐 is too far to tell
# what may stand between a firm's name and its person: 的 (那边的, 家的), then a title of a few characters
_OF_FIRM = re.compile(r"^(?:那边|那里|家)?的[^\s,,。;;!?!?、]{0,4}$")
_FIRMS = ("competitor", "distributor")


class _Placed(Protocol):
    start: int
    account_type: str | None


@dataclass(frozen=True)
class _Account:
    start: int
    end: int
    type: str


class AccountOf:
    def __init__(self, lexicon: Lexicon) -> None:
        self.kinds: dict[str, str] = dict(lexicon.data.get("account_kind_words") or {})
        self._kind = re.compile(alternatives(list(self.kinds))) if self.kinds else None

    def place(
        self,
        people: Sequence[_Placed],
        text: str,
        segments: Segments,
        mentions: list[Mention],
        visited_type: str | None,
    ) -> None:
        """Set `account_type` of each person named right after an account of another kind than the
        visited one (an account of the same kind gives the same roles)."""
        others = self._accounts(text, mentions, visited_type)
        for person in people:
            clause = segments.clause_at(person.start)
            last = next((a for a in reversed(others) if a.end <= person.start), None)
            if clause is None or last is None:
                continue
            same = last.start >= clause.start and person.start - last.end <= _REACH
            if same or self._ends_clause_before(segments, clause.start, last):
                person.account_type = last.type

    @staticmethod
    def of_firm(text: str, start: int, mentions: list[Mention], visited: tuple[int, int] | None) -> bool:
        """The person named at `start` works for a competitor or a distributor named right before."""
        for mention in mentions:
            if (
                mention.kind not in _FIRMS
                or mention.end > start
                or (visited and mention.start < visited[1] and visited[0] < mention.end)
            ):
                continue
            if _OF_FIRM.match(text[mention.end : start]):
                return True
        return False

    def _accounts(self, text: str, mentions: list[Mention], visited_type: str | None) -> list[_Account]:
        found = [_Account(m.start, m.end, m.entities[0].type or "") for m in mentions if m.kind == "customer"]
        if self._kind is not None:
            found += [_Account(m.start(), m.end(), self.kinds[m.group(0)]) for m in self._kind.finditer(text)]
        return sorted((a for a in found if a.type and a.type != visited_type), key=lambda a: a.start)

    @staticmethod
    def _ends_clause_before(segments: Segments, clause_start: int, account: _Account) -> bool:
        """The account's name closes the clause right before the person's (去了趟同心 | 谢姐不在)."""
        previous = [c for c in segments.clauses if c.end <= clause_start]
        return bool(previous) and previous[-1].start <= account.start and previous[-1].end - account.end <= 1
