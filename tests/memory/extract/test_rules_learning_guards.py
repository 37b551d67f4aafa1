"""What confirmed records must not teach (memory/extract/teach.py): a corrected sentiment, commitment
or next contact gives no phrase of the note to later notes, through the real CLI, with phrasings that
appear in no data set."""

from pathlib import Path

import pytest

from memory.extract.gazetteer import MasterData
from memory.extract.lexicon import load_lexicon
from memory.extract.teach import Phrase, apply
from tests.memory.notes.test_learning import confirm, corrected, extracted, setup


@pytest.mark.parametrize(
    ("confirmed", "later"),
    [
        (
            ["惠民药房 王店长说下个月六味还进十瓶", "李氏诊所 李大夫下个月克肟要五盒"],
            ["红旗卫生室 老刘下个月去县里开会", "西山卫生院 周院长下个月不在"],
        ),
        (
            ["惠民药房 王店长说这礼拜六味进了十瓶", "李氏诊所 李大夫这礼拜克肟要了五盒"],
            ["红旗卫生室 老刘这礼拜去县里开会", "西山卫生院 周院长这礼拜不在"],
        ),
    ],
)
def test_a_corrected_sentiment_teaches_no_phrase_of_the_note(
    tmp_path: Path, confirmed: list[str], later: list[str]
) -> None:
    setup()
    before = [extracted(text)["sentiment"] for text in later]
    lines = [
        {"id": f"t{i}", "text": t, "record": corrected(t, sentiment="positive")}
        for i, t in enumerate(confirmed)
    ]
    confirm(tmp_path, lines)
    assert [extracted(text)["sentiment"] for text in later] == before


@pytest.mark.parametrize(
    "phrase",
    [
        Phrase("sentiment", "positive", "这个月"),
        Phrase("commitment_verbs", "", "下个月"),
        Phrase("contact_verbs", "", "卫生室"),
    ],
)
def test_a_phrase_of_a_kind_no_longer_learned_is_ignored(phrase: Phrase) -> None:
    """An earlier version stored such phrases; until the company relearns they change nothing."""
    lexicon = load_lexicon()
    data = MasterData(customers=[], catalog=[], reps=[])
    assert apply(data, lexicon, [phrase])[1].data == lexicon.data


@pytest.mark.parametrize(
    ("asks", "later"),
    [
        (
            ["惠民药房 王店长说想弄个灯箱", "李氏诊所 李大夫问能不能弄个灯箱"],
            "西山卫生院 周院长也想弄个灯箱放门口",
        ),
        (
            ["惠民药房 王店长讲想添个电子屏", "李氏诊所 李大夫也讲想添个电子屏"],
            "红旗卫生室 杨医生讲想添个电子屏",
        ),
    ],
)
def test_an_ask_corrected_in_two_notes_only_is_not_learned(
    tmp_path: Path, asks: list[str], later: str
) -> None:
    """Two corrected notes are chance for a phrase picked among every word of them (the sign test of
    clear_gain.py asks five fixed and none broken)."""
    setup()
    before = extracted(later)["needs"]
    assert "pos_material" not in before
    lines = [
        {"id": f"n{i}", "text": t, "record": corrected(t, needs=["pos_material"])} for i, t in enumerate(asks)
    ]
    confirm(tmp_path, lines)
    assert extracted(later)["needs"] == before


@pytest.mark.parametrize(
    ("notes", "later"),
    [
        (
            ["惠民药房 王店长讲六味再拿十盒 过两天来瞧瞧", "李氏诊所 李大夫讲克肟再拿五盒 过两天来瞧瞧"],
            "西山卫生院 周院长讲六味再拿八盒 过两天来瞧瞧",
        ),
        (
            ["惠民药房 王店长六味要十盒 下趟顺路带上", "李氏诊所 李大夫克肟要五盒 下趟顺路带上"],
            "红旗卫生室 老刘六味要八盒 下趟顺路带上",
        ),
    ],
)
def test_a_payment_term_corrected_in_two_notes_only_is_not_learned(
    tmp_path: Path, notes: list[str], later: str
) -> None:
    """A payment term's phrase is picked among every word of the corrected notes (来看看 was learned as
    cash): like an ask's, it must pass the sign test (five fixed, none broken)."""
    setup()
    before = extracted(later)["payment_terms"]
    assert before != "cash"
    lines = [
        {"id": f"p{i}", "text": t, "record": corrected(t, payment_terms="cash")} for i, t in enumerate(notes)
    ]
    confirm(tmp_path, lines)
    assert extracted(later)["payment_terms"] == before
