"""What confirmed records teach for contacts, products and the account (memory/extract/teach.py,
customers.py), through the real CLI, with phrasings that appear in no data set."""

from pathlib import Path

import pytest

from memory.extract.teach import _word_grams
from tests.memory.notes.test_learning import confirm, corrected, extracted, setup


def _kinds(record: dict[str, object], name: str) -> set[str]:
    return {p["kind"] for p in record["products"] if p["name"] == name}  # type: ignore[attr-defined]


def test_a_product_kind_corrected_in_two_notes_is_read_from_the_words_after_the_product(
    tmp_path: Path,
) -> None:
    setup()
    later = "红旗卫生室 丹参片搁柜里八瓶"
    assert "stock" not in _kinds(extracted(later), "复方丹参片")
    texts = ["惠民药房 六味搁柜里十瓶 王店长说卖得慢", "李氏诊所 克肟搁柜里五盒 李大夫说够用"]
    names = ["六味地黄丸", "头孢克肟分散片"]
    lines = []
    for i, (text, name) in enumerate(zip(texts, names, strict=True)):
        record = extracted(text)
        record["products"] = [{**p, "kind": "stock"} if p["name"] == name else p for p in record["products"]]
        lines.append({"id": f"k{i}", "text": text, "record": record})
    confirm(tmp_path, lines)
    assert "stock" in _kinds(extracted(later), "复方丹参片")


def test_a_product_kind_corrected_in_one_note_only_is_not_learned(tmp_path: Path) -> None:
    setup()
    text = "惠民药房 六味搁柜里十瓶"
    record = extracted(text)
    record["products"] = [{**p, "kind": "stock"} for p in record["products"]]
    confirm(tmp_path, [{"id": "k1", "text": text, "record": record}])
    assert "stock" not in _kinds(extracted("红旗卫生室 丹参片搁柜里八瓶"), "复方丹参片")


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("惠民药房 店长钱姐说六味卖了十瓶", "钱姐来电话 六味再要二十瓶"),
        ("李氏诊所 坐诊的李大夫说丹参用得多", "李大夫微信说丹参片还剩三瓶"),
    ],
)
def test_an_account_is_known_by_someone_its_confirmed_records_name(
    tmp_path: Path, first: str, later: str
) -> None:
    setup()
    assert not extracted(later)["customer"]["matched"]
    expected = extracted(first)["customer"]
    confirm(tmp_path, [{"id": "a1", "text": first, "record": corrected(first)}])
    assert extracted(later)["customer"]["name"] == expected["name"]


@pytest.mark.parametrize(
    ("run", "cut"),
    [("周六把易拉宝捎过去", "六把易"), ("老板说挺满意的", "说挺满"), ("上礼拜三捎了两件货给老板", "拜三捎")],
)
def test_a_learned_phrase_is_whole_words_and_never_an_amount(run: str, cut: str) -> None:
    grams = _word_grams(run)
    assert cut not in grams
    assert grams and not any(ch in gram for gram in grams for ch in "一二两三四五六七八九十")
