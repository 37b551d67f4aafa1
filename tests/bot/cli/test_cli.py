"""The `keqing` command line, driven in-process (CliRunner) and once as the installed console script."""

import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select
from typer.testing import CliRunner

from bot.cli import app
from memory.base.db import Database
from memory.base.settings import get_settings
from memory.schema.models import Customer, RawNote, Visit
from tests.conftest import DEV, SAMPLE, dev_notes

runner = CliRunner()


def keqing(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_import_reports_counts_and_is_idempotent() -> None:
    code, out, _ = keqing("import", str(DEV / "catalog.yaml"), str(DEV / "customers.csv"))
    assert code == 0
    assert "客户 新增 20、更新 0" in out and "本品 新增 8" in out
    code, out, _ = keqing("import", str(DEV / "catalog.yaml"), str(DEV / "customers.csv"))
    assert code == 0 and "客户 新增 0、更新 20" in out


def test_a_broken_csv_changes_nothing_and_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "customers.csv"
    bad.write_text("name,type,area\n好药店,pharmacy,urban\n坏药店,shop,urban\n", encoding="utf-8")
    code, _, err = keqing("import", str(DEV / "catalog.yaml"), str(bad))
    assert code == 1
    assert f"{bad} 第 3 行" in err and "shop" in err
    database = Database(get_settings().db_url)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 0


def test_invite_and_link() -> None:
    keqing("import", str(DEV / "reps.csv"))
    code, out, _ = keqing("invite", "张伟")
    assert code == 0 and "/start " in out
    assert keqing("link", "李娜", "4242")[0] == 0
    code, _, err = keqing("link", "无名氏", "1")
    assert code == 1 and "无名氏" in err


def test_extract_one_note_from_stdin_as_json() -> None:
    keqing("import", str(SAMPLE / "catalog.yaml"), str(SAMPLE / "customers.csv"))
    code, out, _ = keqing(
        "extract", "--date", "2026-05-13", "--json", stdin="惠民药房 六味卖了30瓶,下周一再来"
    )
    assert code == 0
    record = json.loads(out)
    assert record["customer"] == {
        "name": "东城惠民大药房",
        "matched": True,
        "type": "pharmacy",
        "area": "urban",
    }
    assert record["next_visit"] == "2026-05-18"
    code, out, _ = keqing("extract", "--date", "2026-05-13", stdin="惠民药房 六味卖了30瓶")
    assert code == 0 and "东城惠民大药房" in out and "30瓶" in out


def test_batch_extract_and_save_the_dev_notes(tmp_path: Path) -> None:
    keqing("import", str(DEV / "catalog.yaml"), str(DEV / "customers.csv"), str(DEV / "reps.csv"))
    notes = tmp_path / "in.jsonl"
    notes.write_text(
        "\n".join(
            json.dumps({k: n[k] for k in ("id", "date", "rep", "text")}, ensure_ascii=False)
            for n in dev_notes()
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert keqing("extract", "--jsonl", str(notes), "--out", str(out))[0] == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [n["id"] for n in dev_notes()]
    code, stdout, _ = keqing("note", "--jsonl", str(notes), "--yes")
    assert code == 0 and "30" in stdout
    database = Database(get_settings().db_url)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(RawNote)) == 30
        assert session.scalar(select(func.count()).select_from(Visit)) == 30


def test_note_needs_yes_and_bad_jsonl_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "in.jsonl"
    bad.write_text('{"id": "a", "text": "x"}\nnot json\n', encoding="utf-8")
    assert keqing("note", "--jsonl", str(bad))[0] == 2
    code, _, err = keqing("note", "--jsonl", str(bad), "--yes")
    assert code == 1 and "第 2 行" in err


def test_bad_date_argument() -> None:
    code, _, err = keqing("extract", "--date", "03/10", stdin="x")
    assert code == 2 and "03/10" in err


def test_the_console_script_and_module_entry_point() -> None:
    for command in (
        [str(Path(sys.executable).parent / "keqing"), "--help"],
        [sys.executable, "-m", "bot", "--help"],
    ):
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        assert done.returncode == 0
        for name in (
            "import",
            "invite",
            "link",
            "extract",
            "note",
            "ask",
            "kb",
            "brief",
            "team",
            "chat",
            "run",
        ):
            assert name in done.stdout
