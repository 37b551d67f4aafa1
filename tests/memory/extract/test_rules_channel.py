"""How the contact happened (memory/extract/terms.py `channel`), with phrasings in no data set, on the
sample company."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "刚给红旗卫生室的村医打了过去 六味还有五盒",
        "打给惠民药房王店长 丹参片下周再说",
        "下午又给李大夫打过 他说开会呢",
    ],
)
def test_a_call_is_said_by_its_shape_without_the_word_phone(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(text).channel == "phone"


@pytest.mark.parametrize(
    "text", ["红旗卫生室 给刘大爷打了针 村医说六味还有五盒", "惠民药房 王店长给打了折 丹参片要了十盒"]
)
def test_an_injection_or_a_discount_is_no_call(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(text).channel == "visit"


@pytest.mark.parametrize(
    "text",
    ["红旗卫生室 门锁着 给村医打电话说在镇上开会", "李氏诊所 白跑一趟 打电话问李大夫 说下午回来"],
)
def test_being_at_the_account_before_a_call_makes_it_a_visit(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(text).channel == "visit"


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Call 惠民药房王店长 丹参片这周还剩七盒", "phone"),
        ("wx 红旗卫生室刘大夫 说六味先不补", "message"),
        ("晚上跟李氏诊所李大夫视频通话 聊了聊丹参片的疗程", "phone"),
    ],
)
def test_a_channel_tagged_in_latin_letters_or_by_a_video_call(extract, text: str, channel: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(text).channel == channel


def test_latin_channel_words_match_only_whole_words(extract) -> None:  # type: ignore[no-untyped-def]
    assert extract("惠民药房 王店长说recall的那批丹参片已经退了").channel == "visit"
