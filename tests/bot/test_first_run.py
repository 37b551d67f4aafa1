"""A newcomer's first minutes: an empty database says what to do first, `keqing demo` gives a company
to try everything with, and a note matched to no account says so before it is saved."""

import datetime as dt
import re

from sqlalchemy import func, select
from typer.testing import CliRunner

from bot.assistant import Assistant
from bot.cli import app
from bot.views import texts
from memory.base.db import Database
from memory.schema.models import Customer, Visit
from tests.conftest import app_context

runner = CliRunner()
DAY = dt.date(2026, 5, 13)


def test_a_note_on_an_empty_database_says_to_import_or_try_the_demo(db: Database) -> None:
    assistant = Assistant(app_context(db))
    for note in ("今天去了城南一家诊所,医生说退烧药卖得快", "下午跑了两家药店,老板都说要等下个月再进货"):
        replies = assistant.handle_text(user="", text=note, today=DAY)
        assert replies[-1].text == texts.t("first_run")
        assert "keqing import" in replies[-1].text and "keqing demo" in replies[-1].text


def test_with_master_data_no_first_run_hint(sample_db: Database) -> None:
    replies = Assistant(app_context(sample_db)).handle_text(
        user="赵磊", text="路过一家新开的小药店,老板说感冒药卖得一般", today=DAY
    )
    assert all(r.text != texts.t("first_run") for r in replies)


def test_a_card_with_no_matched_account_says_it_is_saved_to_nobody(sample_db: Database) -> None:
    assistant = Assistant(app_context(sample_db))
    for note in ("见了一位老板,说六味地黄丸卖了20瓶", "电话回访了一个店员,头孢克肟还剩三盒"):
        card = assistant.handle_text(user="孙婷", text=note, today=DAY)[-1]
        assert texts.t("card.no_account") in card.text


def test_demo_loads_a_company_whose_commands_work_at_once(db: Database) -> None:
    result = runner.invoke(app, ["demo"])
    assert result.exit_code == 0, result.stderr
    with db.session() as session:
        assert session.scalar(select(func.count(Customer.id))) >= 5
        assert session.scalar(select(func.count(Visit.id))) >= 4
        linked = session.scalar(select(func.count(Visit.id)).where(Visit.customer_id.is_not(None)))
        assert linked == session.scalar(select(func.count(Visit.id)))  # every demo note found its account
    account = re.search(r"keqing brief (\S+)", result.stdout)
    rep = re.search(r"--as (\S+?),", result.stdout)
    assert account and rep
    brief = runner.invoke(app, ["brief", account.group(1)])
    assert brief.exit_code == 0 and "上次联系" in brief.stdout
    today = runner.invoke(app, ["today", "--as", rep.group(1)])
    assert today.exit_code == 0
    team = runner.invoke(app, ["team", "--json"])
    assert team.exit_code == 0 and '"visits"' in team.stdout


def test_demo_never_mixes_into_a_database_with_accounts(sample_db: Database) -> None:
    result = runner.invoke(app, ["demo"])
    assert result.exit_code == 2 and texts.t("demo_not_empty") in result.stderr
    with sample_db.session() as session:
        assert session.scalar(select(func.count(Visit.id))) == 0
