"""A commitment as the plan finder finds it, and how neighbouring ones join into one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace


@dataclass
class FoundCommitment:
    text: str
    due: dt.date | None
    internal: bool
    reports_back: bool
    chunk: int
    sentence: int
    clause: int = -1


def merge_same_plan(commitments: list[FoundCommitment]) -> list[FoundCommitment]:
    """堆头本周六重新摆回来 我那天过去帮着摆: clauses next to each other due the same day are one plan."""
    merged: list[FoundCommitment] = []
    for commitment in commitments:
        last = merged[-1] if merged else None
        if (
            last is not None
            and commitment.due is not None
            and (last.due, last.clause + 1)
            == (
                commitment.due,
                commitment.clause,
            )
        ):
            merged[-1] = replace(last, text=f"{last.text},{commitment.text}", clause=commitment.clause)
            continue
        merged.append(commitment)
    return merged


def merge_ask_then_answer(commitments: list[FoundCommitment]) -> list[FoundCommitment]:
    """ "回去报经理,后天过来答复他" is one commitment: an undated internal step joins the answer that
    follows, in the same sentence or the next."""
    merged: list[FoundCommitment] = []
    for commitment in commitments:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.due is None
            and last.internal
            and commitment.reports_back
            and commitment.sentence - last.sentence <= 1  # "回去请示一下。1月5号前答复" too
        ):
            merged[-1] = FoundCommitment(
                f"{last.text},{commitment.text}",
                commitment.due,
                False,
                True,
                commitment.chunk,
                commitment.sentence,
            )
            continue
        merged.append(commitment)
    return merged
