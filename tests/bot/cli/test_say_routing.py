"""`keqing say` for what routing adds to the chat: lookups answered from the records in the caller's
scope, corrections with undo or edit, small talk that is never taken for a note. Real CLI, real SQLite
with the dev company's notes saved; every phrasing here is in no data set."""

import datetime as dt
import json

from sqlalchemy import func, select
from typer.testing import CliRunner

from bot.assistant import Assistant
from bot.cli import app
from bot.views import texts
from memory.base.db import Database
from memory.schema.models import RawNote
from prompts import load_texts
from tests.conftest import app_context

DAY = dt.date(2026, 3, 20)
DUE = load_texts("messages")["lookup"]["due"]
runner = CliRunner()


def say(text: str, user: str = "") -> dict[str, object]:
    args = ["say", text, "--date", "2026-03-20", "--json"] + (["--as", user] if user else [])
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    turn: dict[str, object] = json.loads(result.stdout)
    return turn


def looked_up(text: str, user: str) -> str:
    turn = say(text, user)
    assert turn["intent"] == "lookup", (text, turn)
    return str(turn["reply"])


def test_a_phone_and_a_birthday_come_from_the_records(saved_dev: Database) -> None:
    assert "13800001012" in looked_up("百姓药房座机号码发我", "李娜")
    assert "13800001015" in looked_up("德仁堂的联系方式", "张伟")
    assert "01-20" in looked_up("百姓刘店长几月几号生日", "李娜")
    assert "04-02" in looked_up("县人医马主任生日哪天", "张伟")


def test_the_last_contact_and_the_next_due_come_from_the_records(saved_dev: Database) -> None:
    assert "2026-03-18" in looked_up("百姓大药房最后一回去是哪天", "李娜")  # 昨天, in a note of 03-19
    assert "2026-03-" in looked_up("德仁堂最近一次拜访啥时候", "张伟")
    for text in ("康宁门诊下回该哪天去", "康宁门诊啥时候到期"):
        assert DUE.split("{date}")[0] + "2026-" in looked_up(text, "张伟")


def test_open_commitments_supplier_and_payment_terms_come_from_the_records(saved_dev: Database) -> None:
    assert "申请报上去" in looked_up("百姓大药房那边我答应了啥还没办", "李娜")
    assert "九州通" in looked_up("德仁堂谁送货", "张伟")
    assert "货到付款" in looked_up("德仁堂付款方式", "张伟")
    assert "货到付款" in looked_up("德仁堂账期咋算的", "张伟")


def test_a_lookup_outside_the_callers_scope_finds_nothing(saved_dev: Database) -> None:
    for text in ("德仁堂谁送货", "德仁堂付款方式"):
        reply = looked_up(text, "李娜")  # 张伟's account
        assert "九州通" not in reply and "货到付款" not in reply
    assert "九州通" in looked_up("德仁堂谁送货", "王建国")  # their manager sees it


def test_a_correction_offers_undo_or_edit(saved_dev: Database) -> None:
    for text in ("刚才那条弄错了", "上一条记得不对 要改"):
        turn = say(text, "张伟")
        assert turn["intent"] == "correction"
        assert turn["buttons"] == [texts.t("choice_undo"), texts.t("choice_reedit")]


SMALL_TALK = ("跑了一上午 渴死了", "唉 今天白忙活了", "哎呀 忘带样品了", "周末愉快啊各位")


def test_small_talk_is_never_taken_for_a_rejected_note(saved_dev: Database) -> None:
    for text in SMALL_TALK:
        turn = say(text, "李娜")
        assert turn["intent"] == "smalltalk" and turn["reply"] != texts.t("note_nothing_found"), (text, turn)


def test_small_talk_in_the_chat_stores_no_note(dev_db: Database) -> None:
    assistant = Assistant(app_context(dev_db))
    for text in SMALL_TALK:
        assert assistant.handle_text(user="李娜", text=text, today=DAY)[0].text != texts.t(
            "note_nothing_found"
        )
    with dev_db.session() as session:
        assert session.scalar(select(func.count()).select_from(RawNote)) == 0


def test_a_note_that_names_no_account_is_still_a_note(saved_dev: Database) -> None:
    assert say("没见着人 白跑一趟 下周再来", "李娜")["intent"] == "note"
