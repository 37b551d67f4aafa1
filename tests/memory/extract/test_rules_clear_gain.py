"""A learned shift of a judgement is kept only when it fixes clearly more confirmed notes than it
breaks (memory/extract/clear_gain.py)."""

from __future__ import annotations

import pytest

from memory.extract.clear_gain import clearly_better
from memory.extract.sentiment_model import fit_offsets


@pytest.mark.parametrize(("fixed", "broken"), [(5, 0), (7, 1), (12, 3), (30, 10)])
def test_a_shift_that_fixes_clearly_more_than_it_breaks_is_kept(fixed: int, broken: int) -> None:
    assert clearly_better(fixed, broken)


@pytest.mark.parametrize(("fixed", "broken"), [(0, 0), (4, 0), (4, 1), (5, 3), (10, 10), (1, 4)])
def test_a_shift_whose_gain_could_be_chance_is_not_kept(fixed: int, broken: int) -> None:
    assert not clearly_better(fixed, broken)


def _scores(positive: float) -> dict[str, float]:
    return {"positive": positive, "neutral": 0.0, "negative": -2.0}


def test_offsets_are_judged_against_the_engines_own_readings() -> None:
    # seven notes the model reads neutral by a little, confirmed positive: a shift of +0.5 fixes all
    # of them against the model's labels, but the engine (the rules, where the model is neutral)
    # already reads six of them positive, so against the engine it fixes one note only
    notes = [(_scores(-0.3), "positive")] * 7 + [(_scores(-1.5), "neutral")] * 4
    assert fit_offsets(notes, []) is not None
    engine = ["positive"] * 6 + ["neutral"] * 5
    assert fit_offsets(notes, [], readings=engine) is None


@pytest.mark.parametrize(("fixed", "kept"), [(5, False), (6, False), (7, True), (9, True)])
def test_a_score_shift_chosen_among_many_must_pass_the_stricter_level(fixed: int, kept: bool) -> None:
    """The offsets are the best of 169 shifts: five or six notes fixed and none broken could be
    chance among so many (sentiment_model.OFFSET_LEVEL, 1%); seven could not."""
    notes = [(_scores(-0.3), "positive")] * fixed + [(_scores(-1.5), "neutral")] * 4
    assert (fit_offsets(notes, []) is not None) is kept
