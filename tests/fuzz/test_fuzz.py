"""Any input gives a record or a clear error, never an exception escaping to the user: hypothesis over
the note extractor, the date resolver, the importers, the router and the export writer."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from bot.assistant import Assistant
from memory.accounts.masterdata import import_files
from memory.base.db import Database
from memory.base.errors import KeqingError
from memory.extract.dates import find_dates, resolve_phrase
from memory.notes.engines import offline_extractor
from memory.reports.export import _sheet
from tests.conftest import Templates, app_context

# Pieces of real notes, numbers, dates, punctuation and the odd character a phone or a paste brings.
FRAGMENTS = [
    "惠民药房",
    "惠民",
    "西山卫生院",
    "店长",
    "王店长",
    "李医生",
    "六味",
    "感冒灵",
    "板蓝根",
    "卖了",
    "30瓶",
    "三十盒",
    "库存",
    "还剩",
    "月结",
    "现结",
    "九州通",
    "送货",
    "下周三",
    "3月20号",
    "明天",
    "后天",
    "上个月",
    "大后天",
    "下下周",
    "2026-02-30",
    "13/45",
    "生日",
    "13912345678",
    "要个端架",
    "回去申请",
    "吗?",
    "?",
    "帮我准备一下",
    "团队",
    "本周",
    "客户:",
    "下次:",
    "付款:",
    ",",
    "。",
    "、",
    " ",
    "\n",
    "\t",
    "\x00",
    "\x07",
    "\u200b",
    "😀",
    "=cmd|' /C calc'!A0",
    "+1",
    "@SUM(A1)",
    "-",
    "𠀀",
    "零",
    "两",
    "十万八千",
    "9" * 30,
    "年",
    "月",
    "日",
    "号",
    "周",
    "星期",
]
notes = st.one_of(
    st.lists(st.sampled_from(FRAGMENTS), max_size=25).map("".join),
    st.text(max_size=200),
)
days = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31))
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture
def engine(sample_db: Database):  # type: ignore[no-untyped-def]
    from memory.extract.lexicon import load_lexicon

    with sample_db.session() as session:
        return offline_extractor(session=session, lexicon=load_lexicon())


@FUZZ
@given(text=notes, day=days)
def test_the_extractor_gives_a_record_for_any_text(engine, text: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    extraction = engine.extract(text, date=day, rep="赵磊")
    assert extraction.record.visit_date is not None
    extraction.record.to_json()


@FUZZ
@given(text=notes, day=days)
def test_the_date_resolver_gives_a_date_or_nothing(text: str, day: dt.date) -> None:
    for mention in find_dates(text, day):
        assert mention is not None
    resolved = resolve_phrase(text, day)
    assert resolved is None or isinstance(resolved, dt.date)


CELL = st.one_of(st.text(max_size=40), st.sampled_from(FRAGMENTS), st.integers(-5, 10**12).map(str))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    kind=st.sampled_from(["customers", "reps"]),
    rows=st.lists(st.lists(CELL, min_size=1, max_size=9), max_size=6),
    encoding=st.sampled_from(["utf-8", "gb18030", "utf-16"]),
)
def test_the_importers_import_or_say_why(
    tmp_path: Path, templates: Templates, kind: str, rows: list[list[str]], encoding: str
) -> None:
    header = (
        "name,aliases,type,area,tier,rep,phone,address"
        if kind == "customers"
        else "name,role,manager,telegram_id"
    )
    body = "\n".join(",".join(cells) for cells in rows)
    path = tmp_path / f"{kind}.csv"
    try:
        path.write_bytes(f"{header}\n{body}\n".encode(encoding))
    except UnicodeEncodeError:
        return
    templates.copy_to("empty", tmp_path / "fuzz.db")  # migrated once a session, not once an example
    db = Database(f"sqlite:///{tmp_path / 'fuzz.db'}")
    try:
        with db.session() as session:
            import_files(session=session, paths=[path])
    except KeqingError:
        pass  # a clear error, worded by bot/views/texts.py
    finally:
        db.dispose()
        (tmp_path / "fuzz.db").unlink(missing_ok=True)


@pytest.fixture
def chat(sample_db: Database) -> Assistant:
    """One assistant for all of a test's examples, as a running bot has: its router and playbook load
    once, and each text meets whatever state the earlier ones left (a card, edit mode, a held text)."""
    return Assistant(app_context(sample_db))


@FUZZ
@given(text=notes)
def test_the_router_names_an_intent_for_any_text(chat: Assistant, text: str) -> None:
    assert isinstance(chat.intent(text), str)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=notes)
def test_the_chat_answers_any_text(chat: Assistant, text: str) -> None:
    replies = chat.handle_text(user="赵磊", text=text, today=dt.date(2026, 5, 13))
    assert replies and all(isinstance(r.text, str) and r.text for r in replies)


@FUZZ
@given(
    rows=st.lists(
        st.lists(st.one_of(CELL, days, st.none(), st.integers()), min_size=3, max_size=3), max_size=8
    )
)
def test_the_export_writer_writes_any_value_as_data(rows: list[list[object]]) -> None:
    book = Workbook(write_only=True)
    _sheet(book, "表", ["甲", "乙", "丙"], rows)
    buffer = io.BytesIO()
    book.save(buffer)
    sheet = load_workbook(io.BytesIO(buffer.getvalue()))["表"]
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
