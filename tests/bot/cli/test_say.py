"""`keqing say --json`: one chat turn from the shell, through the real CLI, on real SQLite."""

import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select
from typer.testing import CliRunner

from bot.cli import app
from memory.base.db import Database
from memory.schema.models import RawNote
from tests.conftest import DEV

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[3]


def say(*args: str) -> dict[str, object]:
    result = runner.invoke(app, ["say", *args, "--date", "2026-03-19", "--json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_a_note_shows_its_card_and_saves_nothing(dev_db: Database) -> None:
    turn = say("高店院 王院长说加替又用完了 要补五十支", "--as", "张伟")
    assert turn["intent"] == "note" and "高店镇卫生院" in str(turn["reply"])
    assert turn["buttons"] == ["✅ 保存", "✏️ 修改", "❌ 放弃"]
    with dev_db.session() as session:
        assert session.scalar(select(func.count()).select_from(RawNote)) == 0


def test_each_kind_of_turn_names_its_intent(dev_db: Database) -> None:
    assert say("益康总部电话多少", "--as", "李娜")["intent"] == "lookup"
    assert "13800001016" in str(say("益康总部电话多少", "--as", "李娜")["reply"])
    assert say("嗨 早啊")["intent"] == "smalltalk"
    assert say("上一条发错了")["intent"] == "correction"


def test_an_unknown_person_is_refused(dev_db: Database) -> None:
    result = runner.invoke(app, ["say", "你好", "--as", "无名氏", "--json"])
    assert result.exit_code == 2 and "无名氏" in result.stderr


def test_say_as_the_installed_command(tmp_path: Path) -> None:
    env = {"KEQING_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    run = [sys.executable, "-m", "bot"]
    subprocess.run(
        [*run, "import", *(str(DEV / f) for f in ("catalog.yaml", "customers.csv", "reps.csv"))],
        env=env,
        check=True,
        capture_output=True,
    )
    done = subprocess.run(
        [*run, "say", "百姓药房结款方式", "--as", "李娜", "--json"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    assert json.loads(done.stdout)["intent"] == "lookup"
