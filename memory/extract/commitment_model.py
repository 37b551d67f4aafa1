"""Is this clause an undertaking of the rep's? A logistic regression over the clause's characters.

The rules of commitment_finder.py propose commitments; writers of many companies label them. The
model reads a clause with its neighbours (character n-grams, dates masked, so 下礼拜三 and 11月5号
read alike) and two cues (a future date of the clause's own, whether the rules proposed it), and

- vetoes a proposed commitment it finds very unlikely (a carrier's delivery, 汇康下礼拜三来拉), and
- admits a clause with a future date of its own the rules passed over when it is very likely
  (下个礼拜三下午去骨科开个小会, 我话大后天之前搞定), due on that date.

It is fitted with scikit-learn in seconds by `python bench/commitment_loco.py --write` from the
labelled company sets (a candidate is right when its due date is one the writer gave, as the metric
counts); the weights ship (commitment_weights.json) and a cold `keqing extract` scores them in plain
Python. bench/commitment_loco.py measures it leave-one-company-out.
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
Features = dict[str, float]


@dataclass
class Candidate:
    """A clause the model judges: `proposed` by the rules (veto) or not (admit), due on `due`."""

    clause: int
    due: dt.date | None
    proposed: bool
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


def features(
    segments: Segments,
    index: int,
    dates: Sequence[DateMention],
    ref: dt.date,
    *,
    proposed: bool,
    cues: Sequence[str] = (),
) -> Features:
    """The clause's character n-grams (1–3, with its ends marked), the last words of the clause
    before and the first of the one after (1–2), its own future date, and whether rules proposed it."""
    clauses = segments.clauses
    text = f"^{_masked(segments, index, dates)}$"
    names = _grams("c", text, (1, 2, 3))
    if index > 0:
        names += _grams("p", _masked(segments, index - 1, dates)[-6:] + "$", (1, 2))
    if index + 1 < len(clauses):
        names += _grams("n", "^" + _masked(segments, index + 1, dates)[:4], (1, 2))
    clause = clauses[index]
    future = any(clause.start <= d.start < clause.end and not d.past and d.date > ref for d in dates)
    names += ["future" if future else "undated", "proposed" if proposed else "passed"]
    names += [f"cue:{cue}" for cue in cues]
    return dict.fromkeys(names, 1.0)


class CommitmentModel:
    """Two binary logistic regressions (veto, admit) scored from their weights."""

    def __init__(self, models: dict[str, dict[str, Any]], thresholds: dict[str, float]) -> None:
        self.models = models
        self.thresholds = thresholds

    def probability(self, candidate: Candidate) -> float:
        model = self.models["veto" if candidate.proposed else "admit"]
        weights: dict[str, float] = model["weights"]
        score = float(model["bias"]) + sum(weights.get(name, 0.0) * v for name, v in candidate.features.items())
        return 1.0 / (1.0 + math.exp(-max(min(score, 30.0), -30.0)))

    def keeps(self, candidate: Candidate) -> bool:
        """A proposed commitment stays unless very unlikely; a passed-over clause enters if very likely."""
        p = self.probability(candidate)
        return p >= self.thresholds["veto"] if candidate.proposed else p >= self.thresholds["admit"]

    def to_json(self) -> dict[str, Any]:
        return {"models": self.models, "thresholds": self.thresholds}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CommitmentModel:
        return cls(data["models"], {k: float(v) for k, v in data["thresholds"].items()})


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
    due_of: Callable[[int], dt.date | None],
    cues: Callable[[int], list[str]],
) -> list[Candidate]:
    """The rules' commitments, then each clause they passed over with a future date of its own
    (`due_of`: the date the finder reads for a clause), one per day no commitment is due on yet."""
    judged = [
        Candidate(f.clause, f.due, True, features(segments, f.clause, dates, ref, proposed=True, cues=cues(f.clause)))
        for f in found
        if 0 <= f.clause < len(segments.clauses)
    ]
    taken = {f.clause for f in found}
    days = {f.due for f in found}
    for index, clause in enumerate(segments.clauses):
        if index in taken or not any(
            clause.start <= d.start < clause.end and not d.past and d.date > ref for d in dates
        ):
            continue
        due = due_of(index)
        if due is None or due <= ref or due in days:
            continue
        days.add(due)
        judged.append(
            Candidate(index, due, False, features(segments, index, dates, ref, proposed=False, cues=cues(index)))
        )
    return judged


def judged(
    model: CommitmentModel,
    found: list[FoundCommitment],
    segments: Segments,
    picks: list[Candidate],
    internal: Sequence[str],
) -> list[FoundCommitment]:
    """The rules' commitments the model keeps, with the clauses it admits (in the note's order)."""
    vetoed = {c.clause for c in picks if c.proposed and not model.keeps(c)}
    kept = [f for f in found if f.clause not in vetoed]
    for pick in picks:
        if pick.proposed or not model.keeps(pick):
            continue
        clause = segments.clauses[pick.clause]
        steps = any(word in clause.text for word in internal)
        kept.append(
            FoundCommitment(clause.text, pick.due, steps, False, clause.chunk, clause.sentence, pick.clause)
        )
    return sorted(kept, key=lambda f: f.clause)
