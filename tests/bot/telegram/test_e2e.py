"""A rep links their account, sends a note, gets the card, presses ✅, asks the playbook; an
unknown user is refused — through a real Bot API emulator and the real `keqing run` process."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import func, select

from bot.assistant import Assistant
from bot.views import texts
from memory.accounts.people import create_invite, link_telegram
from memory.base.db import Database
from memory.schema.models import Customer, Person, RawNote, Visit
from tests.bot.telegram.conftest import Harness
from tests.conftest import TEST_MAX_TOKENS, app_context


def test_a_rep_saves_a_note_and_asks_the_playbook(sample_db: Database, telegram: Harness) -> None:
    with sample_db.session() as session:
        link_telegram(session=session, name="赵磊", telegram_id=5001)
    rep = telegram.user(5001, "赵磊")

    rep.send("惠民药房 王店长说六味卖了30瓶,月结,下周一再来")
    card = rep.replies()[0]
    assert "东城惠民大药房" in card["text"] and "30瓶" in card["text"]
    buttons = [b["callback_data"] for row in card["reply_markup"]["inline_keyboard"] for b in row]
    with sample_db.session() as session:
        assert session.scalars(select(RawNote.status)).all() == ["extracted"]  # stored on arcompetitor
        raw_id = session.scalars(select(RawNote.id)).one()
    assert buttons == [f"save:{raw_id}", f"edit:{raw_id}", f"discard:{raw_id}"]

    rep.press(card, "save")
    assert "已保存" in rep.replies()[0]["text"]
    with sample_db.session() as session:
        visit = session.scalars(select(Visit)).one()
        assert visit.customer is not None and visit.customer.name == "东城惠民大药房"
        assert visit.payment_terms == "monthly"

    rep.send("第一次拜访诊所要注意什么?")
    answer = rep.replies()[0]["text"]
    assert "[1]" in answer and "来源" in answer and "playbook#" in answer

    rep.send("/undo")
    assert "已撤销" in rep.replies()[0]["text"]
    with sample_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Visit)) == 0
    assert telegram.bot_errors() == []


def test_unknown_users_are_refused_and_invites_link_them(sample_db: Database, telegram: Harness) -> None:
    stranger = telegram.user(9999, "路人")
    stranger.send("惠民药房 王店长说六味卖了30瓶")
    assert "只对已登记" in stranger.replies()[0]["text"]
    with sample_db.session() as session:
        assert session.scalar(select(func.count()).select_from(RawNote)) == 0
        code = create_invite(session=session, name="孙婷")
    newcomer = telegram.user(5002, "孙婷")
    newcomer.send("/start WRONG")
    assert "邀请码不对" in newcomer.replies()[0]["text"]
    newcomer.send(f"/start {code}")
    assert "绑定成功" in newcomer.replies()[0]["text"]
    newcomer.send("/help")
    assert "/note" in newcomer.replies()[0]["text"]
    newcomer.send("/note")
    assert "请在 /note 后面" in newcomer.replies()[0]["text"]
    newcomer.send("/ask 第一次拜访诊所要注意什么")
    assert "来源" in newcomer.replies()[0]["text"]
    newcomer.send("/note 西山卫生院 王院长说六味卖了30瓶")
    assert "西山镇中心卫生院" in newcomer.replies()[0]["text"]
    newcomer.send("/team")
    assert "只对经理和管理员开放" in newcomer.replies()[0]["text"]
    assert telegram.bot_errors() == []


def test_briefing_today_and_reminders(saved_dev: Database, telegram: Harness) -> None:
    with saved_dev.session() as session:
        link_telegram(session=session, name="李娜", telegram_id=5003)
    rep = telegram.user(5003, "李娜")
    rep.send("/brief 益康")
    which = rep.replies()[0]
    assert "是哪一家" in which["text"]
    labels = [b["text"] for row in which["reply_markup"]["inline_keyboard"] for b in row]
    assert labels == ["📋 益康大药房连锁总部", "📋 益康大药房人民路店"]
    rep.press(which, "brief:" + str(_customer_id(saved_dev, "益康大药房连锁总部")))
    brief = rep.replies()[0]
    assert "拜访简报 · 益康大药房连锁总部" in brief["text"]
    more = next(b for row in brief["reply_markup"]["inline_keyboard"] for b in row if b["text"] == "📄 更多")
    rep.press(brief, more["callback_data"])
    details = rep.replies()[0]
    assert "这次可以聊" in details["text"]
    # ✖ on a talking point, through Telegram's callback data (64 bytes at most), then a reason
    buttons = [b["callback_data"] for row in details["reply_markup"]["inline_keyboard"] for b in row]
    dismiss = next(d for d in buttons if d.startswith("point:") and d.endswith(":no"))
    rep.press(details, dismiss)
    assert rep.replies()[0]["text"].startswith(texts.t("point.dismissed", text="")[:4])
    rep.send("这家现在不缺这个")
    assert rep.replies()[0]["text"] == texts.t("point.reason_kept")
    rep.send("/today")
    assert "📅" in rep.replies()[0]["text"]
    rep.send("/reminders off")
    assert "已关闭每日提醒" in rep.replies()[0]["text"]
    with saved_dev.session() as session:
        assert session.scalars(select(Person.reminders).where(Person.name == "李娜")).one() is False
    assert telegram.bot_errors() == []


def _customer_id(db: Database, name: str) -> int:
    with db.session() as session:
        return session.scalars(select(Customer.id).where(Customer.name == name)).one()


def test_long_answers_are_split_within_telegrams_limit() -> None:
    from bot.telegram.send import split_text

    text = ("第一行很长的内容。" * 300 + "\n") * 3
    parts = split_text(text)
    assert len(parts) > 1 and all(len(p) <= 4096 for p in parts)
    assert "".join(parts).replace("\n", "") == text.replace("\n", "")
    assert split_text("<b>不是标签</b> & 符号") == ["<b>不是标签</b> & 符号"]  # sent as plain text


def test_assistant_is_shared_core(sample_db: Database) -> None:
    assert Assistant(app_context(sample_db)).undo(user="赵磊")[0].text == "没有可以撤销的记录。"


def test_a_manager_gets_the_team_chart_and_the_export(saved_dev: Database, telegram: Harness) -> None:
    with saved_dev.session() as session:
        link_telegram(session=session, name="王建国", telegram_id=5004)
    manager = telegram.user(5004, "王建国")
    manager.send("/team 本月")
    photo, text = manager.replies(2)
    assert photo["text"].startswith("[photo:")
    assert "团队汇总" in text["text"] and "👤 张伟" in text["text"]
    manager.send("/export 今年")
    document = manager.replies()[0]["text"]
    assert document.startswith("[document:客情导出_") and ".xlsx" in document and "客情导出" in document
    assert telegram.bot_errors() == []


@pytest.fixture
def model_env(llama_url: str, model_budget: float, monkeypatch: pytest.MonkeyPatch) -> float:
    """The bot process inherits these: it answers with the model (set before `telegram` starts it),
    given the time the model needs on this machine now; returns that budget."""
    monkeypatch.setenv("KEQING_LLM", "openai")
    monkeypatch.setenv("KEQING_LLM_TIMEOUT", str(model_budget))
    monkeypatch.setenv("KEQING_LLM_MAX_TOKENS", str(TEST_MAX_TOKENS))
    monkeypatch.setenv("OPENAI_BASE_URL", llama_url)
    monkeypatch.setenv("KEQING_CHAT_MODEL", "gemma3-270m")
    return model_budget


@pytest.mark.slow
def test_answers_stream_from_a_real_model(sample_db: Database, model_env: float, telegram: Harness) -> None:
    with sample_db.session() as session:
        link_telegram(session=session, name="赵磊", telegram_id=5005)
    rep = telegram.user(5005, "赵磊")
    rep.send("第一次拜访诊所要注意什么?")
    rep.replies(timeout=model_env + 60)  # the first tokens arrive as a message…
    rep.wait_for(
        "来源", timeout=3 * model_env + 60
    )  # …edited into the model's answer or, when it wrote junk, the offline one
    assert len(rep.history()) == 1  # one message edited in place, not a message per token
    assert telegram.bot_errors() == []


def test_webhook_mode(sample_db: Database, telegram_webhook: Harness) -> None:
    with sample_db.session() as session:
        link_telegram(session=session, name="赵磊", telegram_id=5006)
    rep = telegram_webhook.user(5006, "赵磊")
    rep.send("惠民药房 王店长说六味卖了30瓶,月结")
    card = rep.replies()[0]
    assert "东城惠民大药房" in card["text"]
    rep.press(card, "save")
    assert "已保存" in rep.replies()[0]["text"]
    with sample_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Visit)) == 1

    # Someone who learns the URL cannot post updates in a rep's name: no secret header, no note.
    assert telegram_webhook.webhook is not None
    forged = {
        "update_id": 990001,
        "message": {
            "message_id": 1,
            "date": 0,
            "chat": {"id": 5006, "type": "private"},
            "from": {"id": 5006, "is_bot": False, "first_name": "赵磊"},
            "text": "平安堂西山店 刘店长要了二十盒六味",
        },
    }
    assert httpx.post(telegram_webhook.webhook, json=forged).status_code == 403
    with sample_db.session() as session:
        assert session.scalar(select(func.count()).select_from(RawNote)) == 1
    assert telegram_webhook.bot_errors() == []
