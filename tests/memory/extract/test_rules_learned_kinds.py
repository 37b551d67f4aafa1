"""What else a company's confirmed records teach that carries to its later notes, through the real
CLI (memory/extract/tone_prior.py, contacts.py, customers.py), with phrasings that appear in no data set."""

from pathlib import Path
from typing import Any

import pytest

from memory.extract.tone_prior import Contact, Routine, decide, fit_prior
from tests.memory.notes.test_learning import confirm, corrected, extracted, setup

# Orders taken with no word of feeling: the engine reads them neutral.
ORDERS = [
    "惠民药房 王店长订了六味{n}瓶 丹参片{m}瓶",
    "李氏诊所 李大夫要了头孢克肟{n}盒",
    "西山卫生院 周院长这回进了丹参片{n}瓶",
    "红旗卫生室 老刘订六味{m}瓶",
]
LATER_ORDERS = ["平安堂西山店 店长订了丹参片十二瓶", "河东李氏诊所 李大夫又进了六味八瓶 货到付款"]


def _routine(count: int, sentiment: str) -> list[dict[str, object]]:
    texts = [ORDERS[i % len(ORDERS)].format(n=11 + i, m=21 + i) for i in range(count)]
    return [
        {"id": f"{sentiment}{i}", "text": t, "record": corrected(t, sentiment=sentiment)}
        for i, t in enumerate(texts)
    ]


def test_a_company_whose_reps_mark_orders_positive_reads_a_later_plain_order_positive(
    tmp_path: Path,
) -> None:
    setup()
    assert {extracted(t)["sentiment"] for t in LATER_ORDERS} == {"neutral"}
    confirm(tmp_path, _routine(7, "positive") + _routine(1, "neutral"))
    assert {extracted(t)["sentiment"] for t in LATER_ORDERS} == {"positive"}
    # a contact with no business done, or one with a complaint, keeps the engine's reading
    assert extracted("惠民药房 王店长不在 跟店员聊了几句")["sentiment"] == "neutral"
    assert extracted("李氏诊所 李大夫订了六味五瓶 但是嫌我们太贵了 不太高兴")["sentiment"] != "positive"
    assert extracted("红旗卫生室 老刘订了丹参片六瓶 上回那批快过期了要换")["sentiment"] == "neutral"


def test_a_company_whose_reps_mark_orders_neutral_learns_no_tone_prior(tmp_path: Path) -> None:
    setup()
    confirm(tmp_path, _routine(3, "positive") + _routine(4, "neutral"))
    assert {extracted(t)["sentiment"] for t in LATER_ORDERS} == {"neutral"}


def _contact(
    kinds: frozenset[str],
    reading: str = "neutral",
    negative: int = 0,
    needs: frozenset[str] = frozenset(),
    competitors: bool = False,
) -> Contact:
    return Contact(reading, negative, kinds, needs, competitors)


@pytest.mark.parametrize("kinds", [frozenset({"order"}), frozenset({"sold", "stock"})])
def test_the_tone_prior_needs_a_clear_majority_of_confirmed_orders(kinds: frozenset[str]) -> None:
    plain = _contact(kinds)
    # clear: 7 fixed, 1 broken; few: 4 fixed, 1 broken is a gain of 3 but too few to tell from
    # chance (memory/extract/clear_gain.py), and 5 to 3 is no clear majority
    clear = [Routine(plain, "positive")] * 7 + [Routine(plain, "neutral")]
    few = [Routine(plain, "positive")] * 4 + [Routine(plain, "neutral")]
    close = [Routine(plain, "positive")] * 5 + [Routine(plain, "neutral")] * 3
    cue = fit_prior(clear)
    assert cue is not None and decide(cue, plain) == "positive"
    assert fit_prior(close) is None
    assert fit_prior(few) is None


@pytest.mark.parametrize(
    "mixed",
    [
        {"negative": 2},  # the note speaks against us
        {"reading": "negative"},
        {"needs": frozenset({"return_exchange"})},  # an order with a batch to swap
        {"needs": frozenset({"margin", "display"})},  # an order with a margin too thin
        {"competitors": True},  # an order while a competitor is named
    ],
)
def test_the_tone_prior_leaves_a_mixed_contact_as_the_engine_read_it(mixed: dict[str, Any]) -> None:
    kinds = frozenset({"order", "sold"})
    cue = fit_prior([Routine(_contact(kinds), "positive")] * 6)
    assert cue is not None
    contact = _contact(kinds, **mixed)
    assert decide(cue, contact) == contact.reading


@pytest.mark.parametrize(
    ("first", "later", "role"),
    [
        ("西山卫生院 吴主任说丹参片用得快", "西山卫生院 药剂科吴主任讲丹参片还剩九瓶", "director"),
        ("西山卫生院 财务孟会计说下月结账", "西山卫生院 药剂科孟会计打电话说钱打过去了", "finance"),
    ],
)
def test_a_known_contact_with_a_title_keeps_the_role_a_department_before_it_does_not_change(
    tmp_path: Path, first: str, later: str, role: str
) -> None:
    setup()
    confirm(tmp_path, [{"id": "c1", "text": first, "record": extracted(first)}])
    surname = extracted(first)["contacts"][0]["surname"]
    assert [(c["surname"], c["role"]) for c in extracted(later)["contacts"]] == [(surname, role)]


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("东城新开了一家康宁大药房 老板姓顾 六味要了十瓶", "康宁大药房 顾老板说六味卖了四瓶"),
        ("河东乡新开的永春诊所 坐诊的沈大夫要丹参片五瓶", "永春诊所沈大夫电话说丹参片用完了"),
    ],
)
def test_an_account_a_note_created_is_known_later_by_its_kind_and_place_but_stays_unlisted(
    tmp_path: Path, first: str, later: str
) -> None:
    setup()
    record = extracted(first)
    assert record["customer"]["matched"] is False
    confirm(tmp_path, [{"id": "n1", "text": first, "record": record}])
    again = extracted(later)["customer"]
    assert again == {**record["customer"], "matched": False}


@pytest.mark.parametrize(
    ("notes", "later"),
    [
        (
            [
                "惠民药房 六味十瓶 老规矩按月清账",
                "李氏诊所 丹参片六瓶 也是按月清账",
                "西山卫生院 克肟八盒 按月清账",
                "惠民药房 丹参片四瓶 还是按月清账",
                "李氏诊所 克肟两盒 按月清账",
            ],
            "红旗卫生室 六味五瓶 按月清账",
        ),
        (
            [
                "惠民药房 六味十瓶 账按季度一清",
                "西山卫生院 丹参片八瓶 账按季度一清",
                "红旗卫生室 克肟六盒 账按季度一清",
                "西山卫生院 六味四瓶 账按季度一清",
                "红旗卫生室 丹参片两瓶 账按季度一清",
            ],
            "李氏诊所 六味三瓶 账按季度一清",
        ),
    ],
)
def test_a_payment_phrase_is_learned_from_five_corrected_notes_never_from_one(
    tmp_path: Path, notes: list[str], later: str
) -> None:
    """Five fixed and none broken pass the sign test (clear_gain.py); one is chance."""
    setup()
    assert extracted(later)["payment_terms"] is None
    lines = [
        {"id": f"p{i}", "text": t, "record": corrected(t, payment_terms="monthly")}
        for i, t in enumerate(notes)
    ]
    confirm(tmp_path, lines[:1])
    assert extracted(later)["payment_terms"] is None
    confirm(tmp_path, lines[1:])
    assert extracted(later)["payment_terms"] == "monthly"
