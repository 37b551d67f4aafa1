"""Which sets' items a bench may print: the tune data, and of a fresh set only its -tune part."""

from __future__ import annotations

# Sets whose items may be read: each held-out set becomes tune data once a newer one exists.
READABLE = (
    "tune",
    "heldout2",
    "heldout3",
    "fresh23",
    "heldout4",
    "fresh24",
    "heldout5",
    "fresh25",
    "fresh25r",
    "heldout6",
    "heldout7",
    "fresh26",
    "fresh27",
    "heldout8",
    "tune26a",
    "tune26b",
    "tune26c",
    "tune26d",
    "fresh28",
    "heldout9",
    "tune28a",
    "tune28b",
    "heldout10",
    "tune29a",
    "tune29b",
)


def readable(split: str, part: str) -> bool:
    """A fresh set's -held part stays unread (summary figures only), so its items print only with
    --part tune."""
    if split.startswith("fresh") and part != "tune":
        return False
    return split in READABLE
