"""Is this dated clause the rules passed over an undertaking of the rep's? A learned judge.

The rules of commitment_finder.py find most commitments; what they pass over is written in ways no
rule names (下个礼拜三下午去骨科开个小会, 返利下礼拜三打过去). A clause with a future date of its own
that no commitment stands on, and whose day no commitment is due on yet, is a candidate; a logistic
regression reads it with its neighbours (character n-grams with dates masked, so 下礼拜三 and 11月5号
read alike, and names of what the rules see in it: the rep's or the customer's words, an ask just
before, a committing verb, a contact, a carrier…) and admits it, due on its date, when it is very
likely (ADMIT).

It is fitted with scikit-learn in seconds by `python bench/commitment_loco.py --write` from the
labelled company sets (a candidate is right when its due date is one the writer gave that the rules'
commitments did not take, as the metric counts); its weights ship (commitment_weights.json) and a
cold `keqing extract` scores them in plain Python. bench/commitment_loco.py measures it
leave-one-company-out (bench/README.md, "Session 26: commitments").
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from memory.extract.dates import DateMention
from memory.extract.found_commitments import FoundCommitment
from memory.extract.text import Segments

WEIGHTS = Path(__file__).parent / "commitment_weights.json"
# a date phrase reads as this one character (its words are the date module's business)
_DATE = "〇"
# how likely a passed-over clause must be to enter (chosen leave-one-company-out: fitted with sets 8, 9
# and tune28a/b, at 0.75 the newer companies gain most while no company but one falls below its figure
# fitted without them at 0.8, and tune26d by one note; bench/README.md, session 29)
ADMIT = 0.75
Features = dict[str, float]


@dataclass
class Candidate:
    """A dated clause the rules passed over, due on `due`, as the model reads it."""

    clause: int
    due: dt.date
    features: Features


def _masked(segments: Segments, index: int, dates: Sequence[DateMention]) -> str:
    clause = segments.clauses[index]
    text = clause.text
    for mention in sorted(dates, key=lambda d: d.start, reverse=True):
        if clause.start <= mention.start and mention.end <= clause.end:
            text = text[: mention.start - clause.start] + _DATE + text[mention.end - clause.start :]
    return text


def _grams(prefix: str, text: str, sizes: Sequence[int]) -> list[str]:
    return [f"{prefix}{text[i : i + n]}" for n in sizes for i in range(len(text) - n + 1)]


def features(segments: Segments, index: int, dates: Sequence[DateMention], cues: Sequence[str]) -> Features:
    """The clause's character n-grams (1–3, its ends marked), the last words of the clause before and
    the first of the one after (1–2), and the cues the rules see (`cues`)."""
    clauses = segments.clauses
    names = _grams("c", f"^{_masked(segments, index, dates)}$", (1, 2, 3))
    if index > 0:
        names += _grams("p", _masked(segments, index - 1, dates)[-6:] + "$", (1, 2))
    if index + 1 < len(clauses):
        names += _grams("n", "^" + _masked(segments, index + 1, dates)[:4], (1, 2))
    names += [f"cue:{cue}" for cue in cues]
    return dict.fromkeys(names, 1.0)


class CommitmentModel:
    """A binary logistic regression scored from its weights."""

    def __init__(self, bias: float, weights: dict[str, float]) -> None:
        self.bias = bias
        self.weights = weights

    def probability(self, values: Features) -> float:
        score = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in values.items())
        return 1.0 / (1.0 + math.exp(-max(min(score, 30.0), -30.0)))

    def admits(self, candidate: Candidate) -> bool:
        return self.probability(candidate.features) >= ADMIT

    def to_json(self) -> dict[str, Any]:
        return {"bias": self.bias, "weights": self.weights}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CommitmentModel:
        return cls(float(data["bias"]), {str(k): float(v) for k, v in data["weights"].items()})


@lru_cache(maxsize=1)
def shipped_model() -> CommitmentModel | None:
    if not WEIGHTS.exists():
        return None
    return CommitmentModel.from_json(json.loads(WEIGHTS.read_text(encoding="utf-8")))


def candidates(
    found: Sequence[FoundCommitment],
    segments: Segments,
    dates: Sequence[DateMention],
    ref: dt.date,
    read: tuple[Callable[[int], dt.date | None], Callable[[int], list[str]]],
) -> list[Candidate]:
    """Each clause the rules' commitments do not stand on with a future date of its own, one per day
    no commitment is due on yet; `read`: the due date the finder reads for a clause, and its cues."""
    due_of, cues = read
    taken = {f.clause for f in found}
    days = {f.due for f in found}
    picks = []
    for index, clause in enumerate(segments.clauses):
        if index in taken or not any(
            clause.start <= d.start < clause.end and not d.past and d.date > ref for d in dates
        ):
            continue
        due = due_of(index)
        if due is None or due <= ref or due in days:
            continue
        days.add(due)
        picks.append(Candidate(index, due, features(segments, index, dates, cues(index))))
    return picks
