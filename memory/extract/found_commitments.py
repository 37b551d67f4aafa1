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
    # 周四前落实: the clause opens on its date, what it does is the step before it
    opens_on_date: bool = False


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
    """ "回去报经理,后天过来答复他" is one commitment: an undated step joins the answer that follows,
    in the same sentence or the next; so does the dated act right after it in its chunk, or opening on
    its date in its sentence, the step leading to it (我马上联系物流 明天给他补齐, 我方将协调,周四前落实)."""
    merged: list[FoundCommitment] = []
    for commitment in commitments:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.due is None
            and (
                # "回去请示一下。1月5号前答复" too
                (commitment.reports_back and commitment.sentence - last.sentence <= 1)
                or (
                    commitment.due is not None
                    and commitment.clause == last.clause + 1
                    and (
                        commitment.chunk == last.chunk
                        or (commitment.opens_on_date and commitment.sentence == last.sentence)
                    )
                )
            )
        ):
            merged[-1] = replace(commitment, text=f"{last.text},{commitment.text}", internal=False)
            continue
        merged.append(commitment)
    return merged
