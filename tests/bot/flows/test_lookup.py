"""Lookups answered from the records, in the caller's scope, on real SQLite with the dev company's notes."""

import datetime as dt

from bot.assistant import Assistant
from bot.flows.lookup import LookupFlow, asked_fields
from memory.accounts.access import SHELL
from memory.accounts.lookup import resolve_customer
from memory.base.db import Database
from memory.extract.lexicon import load_lexicon
from memory.reports.briefing import build_brief
from memory.reports.cadence import load_policy
from tests.conftest import app_context

DAY = dt.date(2026, 3, 19)


def ask(db: Database, user: str, text: str) -> str:
    return "\n".join(r.text for r in LookupFlow(app_context(db)).answer(user=user, text=text, today=DAY))


def test_asked_fields_by_their_longest_word() -> None:
    assert asked_fields("仁和诊所从哪进货 进货周期多久") == ["supplier", "restock"]
    assert asked_fields("安泰药店多久补一次货") == ["restock"]
    assert asked_fields("安泰药店的王老板手机号和生日") == ["phone", "birthday"]
    assert asked_fields("安泰药店咋样") == ["last_contact", "due", "commitments"]


def test_a_contacts_phone_and_birthday(saved_dev: Database) -> None:
    assert "13800005271" in ask(saved_dev, "张伟", "华泰批发部小赵手机号给我")
    reply = ask(saved_dev, "张伟", "县人医马主任哪天过生日")
    assert "马主任" in reply and "04-02" in reply
    assert "01-20" in ask(saved_dev, "李娜", "刘店长生日几月几号")  # a contact named without the account


def test_the_last_contact_and_when_an_account_is_due(saved_dev: Database) -> None:
    with saved_dev.session() as session:
        customer = resolve_customer(session=session, query="康宁门诊", scope=SHELL, lexicon=load_lexicon())
        brief = build_brief(session=session, customer=customer, today=DAY, policy=load_policy())
    assert brief.last_visit is not None and brief.cadence.next_due is not None
    assert brief.last_visit.isoformat() in ask(saved_dev, "张伟", "康宁门诊最近一回啥时候联系的")
    assert brief.cadence.next_due.isoformat() in ask(saved_dev, "张伟", "康宁门诊下次该哪天跑")


def test_open_commitments_supplier_and_terms(saved_dev: Database) -> None:
    reply = ask(saved_dev, "李娜", "百姓药房那边我答应的还有啥没兑现")
    assert "未兑现的承诺" in reply and "申请报上去" in reply
    reply = ask(saved_dev, "张伟", "德仁堂在哪家进货 怎么结账")
    assert "九州通" in reply and "货到付款" in reply


def test_only_accounts_in_the_callers_scope(saved_dev: Database) -> None:
    assert "没找到" in ask(saved_dev, "李娜", "德仁堂老黄电话")  # 张伟's account
    assert "德仁堂" in ask(saved_dev, "张伟", "德仁堂老黄电话")
    assert "德仁堂" in ask(saved_dev, "王建国", "德仁堂老黄电话")  # their manager


def test_a_lookup_in_the_chat_stores_nothing(saved_dev: Database) -> None:
    reply = Assistant(app_context(saved_dev)).handle_text(user="张伟", text="华泰小赵的手机号", today=DAY)
    assert "13800005271" in reply[0].text and not reply[0].choices
