"""When a reading learned from a company's confirmed notes is kept: it must fix clearly more of the
notes it changes than it breaks.

A learned shift of a judgement (how a company's reps mark a routine contact, where they draw the line
between routine and good) is chosen as the best of several on a few dozen confirmed notes, so its gain
there overstates its gain on the next notes. Counting only the notes it changes — fixed ones (wrong
before, right after) and broken ones (right before, wrong after) — it is kept when a one-sided sign
test says it fixes more than it breaks at the 5% level: as many fixes or more would come by chance
less than one time in twenty if each change were a coin toss. Measured on thirteen labelled companies
(bench/README.md, "Session 27: learning that does no harm").
"""

from __future__ import annotations

import math

# the sign test's level
LEVEL = 0.05


def clearly_better(fixed: int, broken: int, level: float = LEVEL) -> bool:
    """Whether a change that fixes `fixed` notes and breaks `broken` fixes more than it breaks,
    beyond chance (at `level`)."""
    changed = fixed + broken
    chance = sum(math.comb(changed, k) for k in range(fixed, changed + 1)) / 2**changed
    return changed > 0 and chance < level
