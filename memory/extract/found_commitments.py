"""A commitment as the plan finder finds it, and how neighbouring ones join into one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
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
    # 叫我送二十盒来: the words are the customer's ask of the rep, which the rep's answer may follow
    asked: bool = False


# How many clauses after the customer's ask the rep's answer to it may come (叫我送二十盒来 货款伊讲先赊着
# … 下礼拜四我送过去): a voice-typed note is one sentence, its clauses a few words each.
_REPLY_REACH = 6


def merge_ask_and_reply(
    commitments: list[FoundCommitment], closed: Callable[[int, int], bool]
) -> list[FoundCommitment]:
    """叫我送二十盒来 … 下礼拜四我送过去, 让咱给大夫们搞个培训 我说下礼拜四带着医学部的来: the customer's
    ask of the rep and the rep's own commitment next after it in its sentence are one commitment, due
    when the rep says (else when the ask said); not when `closed(ask, reply)`: a yes took the ask up
    and the customer spoke again before the reply (我回她行|她又问台历|我说月底带过去)."""
    merged: list[FoundCommitment] = []
    for commitment in commitments:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.asked
            and not commitment.asked
            and commitment.sentence == last.sentence
            and 0 < commitment.clause - last.clause <= _REPLY_REACH
            and not closed(last.clause, commitment.clause)
        ):
            due = commitment.due or last.due
            merged[-1] = replace(commitment, text=f"{last.text},{commitment.text}", due=due)
            continue
        merged.append(commitment)
    return merged


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
