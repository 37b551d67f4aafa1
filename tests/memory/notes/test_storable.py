"""Whatever a note contains, its raw text is stored first on every database; what does not fit a
column is refused with a message before the database is asked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.flows.notes import NoteFlow
from memory.base.db import Database
from memory.base.errors import KeqingError
from memory.base.limits import NUL_STAND_IN
from memory.base.settings import get_settings
from memory.notes.corrections import apply_edit
from memory.schema.models import Customer, RawNote
from tests.bot.cli.test_cli import keqing
from tests.conftest import SAMPLE, app_context, import_into, intake_for

DAY = dt.date(2026, 5, 13)


@pytest.mark.parametrize(
    "text",
    ["惠民药房\x00 店长说六味卖了30瓶", "\x00\x00红旗卫生室 村医要板蓝根\x00二十盒", "\x00"],
)
def test_a_nul_character_never_loses_the_raw_note(any_db: Database, text: str) -> None:
    import_into(any_db, SAMPLE / "catalog.yaml", SAMPLE / "customers.csv", SAMPLE / "reps.csv")
    taken = intake_for(any_db).take(text=text, note_date=DAY, rep="赵磊", channel="chat")
    with any_db.session() as session:
        raw = session.get(RawNote, taken.raw_note_id)
        assert raw is not None and raw.text == text.replace("\x00", NUL_STAND_IN)
    if taken.extraction is not None:
        intake_for(any_db).confirm(raw_note_id=taken.raw_note_id, extraction=taken.extraction)


@pytest.mark.parametrize("field", ["customer", "supplier"])
def test_an_over_long_edit_is_refused_with_a_message(any_db: Database, field: str) -> None:
    import_into(any_db, SAMPLE / "catalog.yaml", SAMPLE / "customers.csv", SAMPLE / "reps.csv")
    flow = NoteFlow(app_context(any_db))
    card = flow.take(user="赵磊", text="惠民药房 店长说感冒灵卖了20盒", today=DAY)[-1]
    record = flow.current("赵磊").record
    with pytest.raises(KeqingError) as refused:
        apply_edit(record, field, "长" * 200, entities=[], today=DAY)
    assert refused.value.code == "edit_too_long"
    raw = card.choices[0].action.partition(":")[2]
    assert "已保存" in flow.choose(user="赵磊", kind="save", value=raw)[0].text


def test_an_over_long_csv_name_is_a_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "customers.csv"
    bad.write_text(f"name,type,area\n{'药' * 5000},pharmacy,urban\n", encoding="utf-8")
    code, out, err = keqing("import", str(bad))
    assert code == 1 and "第 2 行" in err and len(err) < 300 and "Traceback" not in out + err


@pytest.mark.parametrize(("key", "value"), [("id", "x" * 500), ("rep", "张" * 200)])
def test_an_over_long_jsonl_id_or_rep_is_a_one_line_error(tmp_path: Path, key: str, value: str) -> None:
    lines = tmp_path / "notes.jsonl"
    lines.write_text(
        f'{{"{key}": "{value}", "date": "2026-05-13", "text": "惠民 卖了3盒"}}\n', encoding="utf-8"
    )
    code, _, err = keqing("note", "--yes", "--jsonl", str(lines))
    assert code == 1 and "第 1 行" in err and len(err) < 200


def test_an_over_long_rep_option_is_refused_without_a_traceback() -> None:
    _, out, err = keqing("note", "--yes", "--rep", "王" * 100, stdin="惠民 卖了3盒")
    assert "64" in err and "Traceback" not in out + err
    db = Database(get_settings().db_url)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 0
    db.dispose()
