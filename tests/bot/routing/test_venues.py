"""An account the master data does not know, found by its shape: a name before a kind of place."""

from bot.routing.normalize import ACCOUNT, marked
from bot.routing.venues import mark_venues


def test_a_name_before_a_kind_of_place_is_an_account() -> None:
    assert mark_venues("明早去永泰诊所", ACCOUNT) == f"明早去{ACCOUNT}"
    assert mark_venues("前进村卫生室的村医说下月再进", ACCOUNT) == f"{ACCOUNT}的村医说下月再进"
    assert marked("延寿堂老板说先放五盒").startswith(ACCOUNT)


def test_a_kind_of_place_with_no_name_before_it_is_no_account() -> None:
    for text in ("头一回去诊所咋开口", "镇上卫生院一般谁管采购", "隔壁药店天天打折", "连锁药房进场费多少"):
        assert ACCOUNT not in mark_venues(text, ACCOUNT), text
