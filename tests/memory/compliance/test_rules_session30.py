"""Compliance rules added in session 30 from the false findings on the readable companies' notes
(tests/data/companies: notes written by unseen writers, with no compliance labels) and the readable
compliance splits: each rule on phrasings written for it on the sample company, in no set."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from memory.base.db import Database
from memory.extract.lexicon import load_lexicon
from memory.notes.engines import offline_extractor
from tests.conftest import SAMPLE, import_into
from tests.memory.compliance.conftest import Check, kinds
from tests.memory.compliance.test_rules import only


@pytest.fixture
def numbered_check(db: Database, tmp_path: Path) -> Check:
    """The sample company with a product and an account whose names hold a number (百, 千)."""
    catalog = (SAMPLE / "catalog_labels.yaml").read_text(encoding="utf-8")
    extra = "  - name: 百合固金丸\n    aliases: [固金丸]\n    unit: 瓶\n    category: OTC\ncompetitors:"
    (tmp_path / "catalog.yaml").write_text(catalog.replace("competitors:", extra, 1), encoding="utf-8")
    customers = (SAMPLE / "customers.csv").read_text(encoding="utf-8").rstrip("\n")
    account = "千禧大药房,千禧药房|千禧,pharmacy,urban,B,赵磊,13900000009,东城街道人民路9号"
    (tmp_path / "customers.csv").write_text(f"{customers}\n{account}\n", encoding="utf-8")
    import_into(db, tmp_path / "catalog.yaml", tmp_path / "customers.csv", SAMPLE / "reps.csv")
    with db.session() as session:
        engine = offline_extractor(session=session, lexicon=load_lexicon())
    return lambda text: engine.extract(text, date=dt.date(2026, 5, 13), rep="赵磊").record.compliance


# -- inducements --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "红旗卫生室 村医说克肟还要进 让我每月送三十盒过去 我说礼拜四先送三十盒",
        "惠民药房 王店长讲丹参片走得快 想多进点 瑞康两礼拜才送一趟 我说催瑞康明天送拢",
    ],
)
def test_a_count_of_packs_or_runs_sent_is_the_order_delivered(check: Check, text: str) -> None:
    assert "inducement" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "下午给护士讲了百合固金丸 来了十来个 当场又要二十瓶",
        "给千禧药房回电话 丹参片想多进点 我说下礼拜带货过去",
    ],
)
def test_a_number_inside_a_name_is_no_sum(numbered_check: Check, text: str) -> None:
    assert "inducement" not in kinds(numbered_check(text))


def test_a_phone_number_is_no_sum(check: Check) -> None:
    assert "inducement" not in kinds(check("回来路上打孙大夫电话13900007654 他说克肟还要多进二十盒"))


@pytest.mark.parametrize(
    "text",
    [
        "瑞康催款 欠的三万只给了一万 剩下的说月底给 克肟还要进二十盒",
        "国药财务说又转了五万 还差两万 丹参片下月多进点",
    ],
)
def test_money_owed_and_paid_is_a_settlement(check: Check, text: str) -> None:
    assert "inducement" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长说电视广告打得多的牌子好卖 要是有电视广告就多进丹参片",
        "平安堂总部 新来的采购那个人脾气有点大 要我们给一样的价 不然就不进了",
    ],
)
def test_a_word_holding_a_valuable_that_names_something_else_is_none(check: Check, text: str) -> None:
    assert "inducement" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长想要点小扇子送顾客 说丹参片多进点",
        "平安堂总部 丹参片活动批了 买五瓶送一个暖手宝 采购当场定了一百瓶 还要个端架",
        "惠民药房 蒲地蓝做活动 买六盒送一把雨伞 王店长说要主推",
    ],
)
def test_a_shoppers_promotion_gives_no_one_value(check: Check, text: str) -> None:
    assert "inducement" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长讲仲景给她返八个点 咱才五个点 不想进咱蒲地蓝了",
        "平安堂总部 采购说扬子江给十二个点扣 问我们要是也给十二个点就多进点",
    ],
)
def test_a_rate_of_points_is_the_accounts_terms(check: Check, text: str) -> None:
    assert "inducement" not in kinds(check(text))


def test_points_kept_off_the_books_stay_an_inducement(check: Check) -> None:
    only(check, "国药 开票员说只要私下给他三个点 丹参片都往咱这走", "inducement")


# -- adverse events -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 蒲地蓝这个月进了五十盒 天凉了 腰疼的老人多",
        "红旗卫生室 丹参片这月用了二十瓶 入冬了 头晕的老人不少",
        "惠民药房 蒲地蓝先要十盒 王店长说入冬了头晕腰疼的都多",
        "红旗卫生室 村医说丹参片专给头晕的老人开 一个月二十瓶",
    ],
)
def test_a_complaint_said_with_how_many_come_with_it_is_demand(check: Check, text: str) -> None:
    assert "adverse_event" not in kinds(check(text))


# -- off-label ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 有个对头孢过敏的老病号肺部感染 周院长说克肟好使照样上",
        "红旗卫生室 村医讲对头孢过敏的病人他也上克肟 说好使",
    ],
)
def test_a_drip_put_up_as_ever_is_a_use(check: Check, text: str) -> None:
    assert "off_label" in kinds(check(text))
