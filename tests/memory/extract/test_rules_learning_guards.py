"""What confirmed records must not teach: a phrase of time, a phrase the confirmed notes disagree on
(memory/extract/teach.py), through the real CLI, with phrasings that appear in no data set."""

from pathlib import Path

import pytest

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
def test_a_word_of_time_is_never_learned_as_a_phrase_of_speech(
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


@pytest.mark.parametrize("phrase", ["开车过去", "骑车过去"])
def test_a_phrase_the_confirmed_notes_disagree_on_is_not_learned(tmp_path: Path, phrase: str) -> None:
    setup()
    later = f"惠民药房 {phrase} 丹参片还有三瓶"
    before = extracted(later)["sentiment"]
    positive = [f"惠民药房 {phrase} 王店长六味进了十瓶", f"李氏诊所 {phrase} 李大夫克肟要了五盒"]
    # said as often where the rep met complaints, which the engine reads right without any phrase
    negative = [
        f"红旗卫生室 {phrase} 老刘发火了 说我们太贵了 很不满意 以后不进了",
        f"西山卫生院 {phrase} 周院长很生气 嫌我们贵 丹参片不要了 要换别家",
    ]
    lines = [
        {"id": f"p{i}", "text": t, "record": corrected(t, sentiment="positive")}
        for i, t in enumerate(positive)
    ]
    lines += [{"id": f"n{i}", "text": t, "record": corrected(t)} for i, t in enumerate(negative)]
    confirm(tmp_path, lines)
    assert extracted(later)["sentiment"] == before
