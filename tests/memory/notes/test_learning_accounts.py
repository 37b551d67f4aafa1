"""What a company's confirmed records teach about its accounts, through the real CLI: the people met
there by the names the reps use, and names misheard by one character."""

from pathlib import Path

import pytest

from tests.memory.notes.test_learning import confirm, corrected, extracted, setup


@pytest.mark.parametrize(
    ("first", "later", "name", "role"),
    [
        ("惠民药房 会计小邓说上月的账对完了", "惠民药房 小邓讲六味卖了二十瓶", "小邓", "finance"),
        # (at a village clinic 老马 is its doctor without learning: roles.py)
        ("西山卫生院 药房老马说丹参用得多", "西山卫生院 老马今天不在 丹参还剩五盒", "老马", "pharmacist"),
    ],
)
def test_a_person_named_with_a_role_once_keeps_it_when_named_alone_later(
    tmp_path: Path, first: str, later: str, name: str, role: str
) -> None:
    setup()
    assert (name, role) not in {(c["name"], c["role"]) for c in extracted(later)["contacts"]}
    confirm(tmp_path, [{"id": "c1", "text": first, "record": extracted(first)}])
    assert (name, role) in {(c["name"], c["role"]) for c in extracted(later)["contacts"]}


def test_a_person_of_one_account_is_not_recalled_at_another(tmp_path: Path) -> None:
    setup()
    confirm(
        tmp_path,
        [
            {
                "id": "c1",
                "text": "惠民药房 会计小邓说账对完了",
                "record": extracted("惠民药房 会计小邓说账对完了"),
            }
        ],
    )
    assert "finance" not in {c["role"] for c in extracted("红旗卫生室 小邓说丹参还剩五盒")["contacts"]}


@pytest.mark.parametrize(
    ("written", "later", "field", "expected"),
    [
        ("慧民 王店长说六味卖了10瓶", "慧民 王店长说丹参要补货", "customer", "东城惠民大药房"),
        ("惠民药房 六未卖了10瓶", "惠民药房 六未还剩5瓶", "products", "六味地黄丸"),
    ],
)
def test_a_name_misheard_by_one_character_is_learned_as_an_alias(
    tmp_path: Path, written: str, later: str, field: str, expected: str
) -> None:
    setup()
    gold = {
        "customer": {
            "customer": {"name": "东城惠民大药房", "matched": True, "type": "pharmacy", "area": "urban"}
        },
        "products": {"products": [{"name": "六味地黄丸", "quantity": 10, "unit": "瓶", "kind": "sold"}]},
    }[field]
    confirm(tmp_path, [{"id": "c1", "text": written, "record": corrected(written, **gold)}])
    record = extracted(later)
    names = [record["customer"]["name"]] if field == "customer" else [p["name"] for p in record["products"]]
    assert expected in names
