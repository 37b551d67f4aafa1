"""`keqing note --as NAME`: the shell writes with that person's rights (contract cli.md)."""

from __future__ import annotations

from sqlalchemy import func, select

from memory.base.db import Database
from memory.schema.models import RawNote, Visit
from tests.bot.cli.test_cli import keqing
from tests.conftest import DATA, SAMPLE, import_into


def _counts(db: Database) -> tuple[int, int]:
    with db.session() as session:
        raws = session.scalar(select(func.count()).select_from(RawNote)) or 0
        return raws, session.scalar(select(func.count()).select_from(Visit)) or 0


def test_note_as_a_rep_writes_only_to_their_own_accounts(db: Database) -> None:
    import_into(db, SAMPLE / "catalog.yaml", SAMPLE / "customers.csv", SAMPLE / "reps.csv")
    code, out, err = keqing(
        "note", "--yes", "--as", "孙婷", "--date", "2026-05-13", stdin="李氏诊所 李医生说六味用完了,再要20盒"
    )
    assert code == 0 and "1" in out and err == ""
    code, out, err = keqing(
        "note", "--yes", "--as", "孙婷", "--date", "2026-05-13", stdin="红旗卫生室 村医说板蓝根卖了十盒"
    )
    assert "其他同事" in err
    assert _counts(db) == (2, 1)  # the refused note is kept as raw text


def test_note_as_refuses_rows_of_reps_outside_the_scope(db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import_into(db, SAMPLE / "catalog.yaml", SAMPLE / "customers.csv", SAMPLE / "reps.csv")
    import_into(db, DATA / "security" / "reps.csv")
    lines = tmp_path / "notes.jsonl"
    lines.write_text(
        '{"id": "a", "date": "2026-05-13", "rep": "赵磊", "text": "惠民药房 店长说感冒灵卖了40盒"}\n'
        '{"id": "b", "date": "2026-05-13", "rep": "吴涛", "text": "惠民药房 店长要个端架"}\n',
        encoding="utf-8",
    )
    code, _, err = keqing("note", "--yes", "--as", "钱经理", "--jsonl", str(lines))
    assert code == 0 and "吴涛" in err and "id=b" in err
    assert _counts(db)[1] == 1
    code, _, err = keqing("note", "--yes", "--as", "无此人", "--jsonl", str(lines))
    assert code == 2 and "无此人" in err
