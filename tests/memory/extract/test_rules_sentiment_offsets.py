"""A company's sentiment offsets (memory/extract/sentiment_model.py, teach.py): learned from its confirmed
notes when its reps draw the line between a routine contact and a good or bad one elsewhere than the
shipped model does, and only when that clearly fixes more confirmed notes than it breaks."""

from memory.extract.gazetteer import MasterData
from memory.extract.lexicon import load_lexicon
from memory.extract.sentiment_model import MIN_GAIN, best_label, fit_offsets
from memory.extract.teach import SENTIMENT_OFFSETS, Phrase, apply

# model scores of a note the model reads neutral by a small margin
_CLOSE_TO_POSITIVE = {"positive": 0.2, "neutral": 0.6, "negative": -0.8}
_PLAIN_NEUTRAL = {"positive": -1.5, "neutral": 1.0, "negative": -1.5}
_CLEAR_NEGATIVE = {"positive": -1.0, "neutral": 0.0, "negative": 1.2}


def test_reps_who_call_near_positive_contacts_positive_teach_a_positive_offset() -> None:
    notes = [(_CLOSE_TO_POSITIVE, "positive")] * (MIN_GAIN + 4) + [(_PLAIN_NEUTRAL, "neutral")] * 5
    offsets = fit_offsets(notes, [_PLAIN_NEUTRAL])
    assert offsets is not None and offsets["positive"] > 0
    assert best_label(_CLOSE_TO_POSITIVE, offsets) == "positive"
    assert best_label(_PLAIN_NEUTRAL, offsets) == "neutral"
    assert best_label(_CLEAR_NEGATIVE, offsets) == "negative"


def test_no_offset_when_the_confirmed_notes_disagree_among_themselves() -> None:
    notes = [(_CLOSE_TO_POSITIVE, "positive")] * 3 + [(_CLOSE_TO_POSITIVE, "neutral")] * 3
    assert fit_offsets(notes, [_PLAIN_NEUTRAL]) is None


def test_no_offset_when_the_model_already_reads_the_confirmed_notes_right() -> None:
    notes = [(_PLAIN_NEUTRAL, "neutral")] * 6 + [(_CLEAR_NEGATIVE, "negative")] * 4
    assert fit_offsets(notes, [_PLAIN_NEUTRAL]) is None


def test_an_offset_never_changes_the_reading_of_a_note_with_nothing_said() -> None:
    nothing = {"positive": 0.0, "neutral": 0.5, "negative": -0.5}
    notes = [({"positive": -0.5, "neutral": 0.6, "negative": -1.0}, "positive")] * (MIN_GAIN + 4)
    assert fit_offsets(notes, []) is not None
    assert fit_offsets(notes, [nothing]) is None


def test_learned_offsets_reach_the_lexicon_the_engine_reads() -> None:
    data = MasterData()
    _, taught = apply(data, load_lexicon(), [Phrase(SENTIMENT_OFFSETS, "0.75 -0.25", "")])
    assert taught.data[SENTIMENT_OFFSETS] == {"positive": 0.75, "negative": -0.25}
