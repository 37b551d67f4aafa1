"""Team summaries, charts and the Excel export: rights, the chart's font, the workbook's shape."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from matplotlib import font_manager
from openpyxl import load_workbook
from sqlalchemy import update

from bot.assistant import Assistant
from bot.views.charts import FONT_FILES, chinese_font
from memory.base.db import Database
from memory.schema.models import Contact, Customer, Visit
from tests.bot.cli.test_cli import keqing
from tests.conftest import app_context, dev_notes

T = dt.date(2026, 3, 31)


def test_only_managers_and_admins_get_the_team(saved_dev: Database) -> None:
    assistant = Assistant(app_context(saved_dev))
    refused = assistant.team.for_words(user="张伟", words="本月", today=T).replies[0]
    assert "只对经理和管理员开放" in refused.text and refused.photo is None
    reply = assistant.team.for_words(user="王建国", words="本月", today=T).replies[0]
    assert "团队汇总 2026-03-01 至 2026-03-31" in reply.text and "👤 张伟" in reply.text
    assert reply.photo is not None and reply.photo.startswith(b"\x89PNG")
    assert "没看懂时间段" in assistant.team.for_words(user="王建国", words="明年", today=T).replies[0].text
    # a team question in plain words goes the same way
    assert "团队汇总" in assistant.handle_text(user="王建国", text="本周大家拜访得怎么样", today=T)[0].text


def test_the_chart_font_has_every_chinese_label() -> None:
    path = next(p for p in FONT_FILES if Path(p).exists())
    font = font_manager.get_font(path)
    assert chinese_font()
    for char in "团队拜访情况每周次数覆盖率逾期客户竞品被提及":
        assert font.get_char_index(ord(char)) != 0, char


def test_team_cli_json_chart_and_rights(saved_dev: Database, tmp_path: Path) -> None:
    chart = tmp_path / "team.png"
    code, out, _ = keqing(
        "team", "--since", "2026-03-01", "--until", "2026-03-31", "--json", "--chart", str(chart)
    )
    assert code == 0 and chart.read_bytes().startswith(b"\x89PNG")
    team = json.loads(out)
    assert set(team) == {
        "period",
        "reps",
        "at_risk",
        "competitors",
        "needs",
        "open_commitments",
        "overdue_commitments",
        "talking_points",
        "summary",
    }
    assert team["period"] == {"since": "2026-03-01", "until": "2026-03-31"}
    code, out, _ = keqing("team", "--since", "2026-03-01", "--until", "2026-03-31", "--rep", "李娜", "--json")
    assert [r["rep"] for r in json.loads(out)["reps"]] == ["李娜"]
    code, _, err = keqing("team", "--as", "李娜")
    assert code == 2 and "只对经理和管理员开放" in err
    code, _, err = keqing("team", "--since", "2026-04-01", "--until", "2026-03-01")
    assert code == 2 and "晚于" in err


def test_export_workbook_opens_with_chinese_headers_and_real_dates(
    saved_dev: Database, tmp_path: Path
) -> None:
    path = tmp_path / "export.xlsx"
    code, out, _ = keqing("export", "--xlsx", str(path), "--since", "2026-01-01", "--until", "2026-03-31")
    assert code == 0 and "已导出" in out
    book = load_workbook(io.BytesIO(path.read_bytes()))
    assert book.sheetnames == ["客户", "联系人", "拜访记录", "产品明细", "竞品动态", "承诺", "安全报告"]
    visits = book["拜访记录"]
    assert [c.value for c in visits[1]][:3] == ["日期", "客户", "代表"]
    assert visits.freeze_panes == "A2" and visits.max_row == 31
    assert isinstance(visits["A2"].value, dt.datetime) and visits["A2"].number_format == "yyyy-mm-dd"
    assert book["客户"].max_row == 1 + 24  # 20 imported, 4 created from notes
    code, _, err = keqing("export", "--xlsx", str(path), "--as", "张伟")
    assert code == 2 and "张伟" in err
    code, _, err = keqing("export", "--xlsx", str(path), "--since", "2026-04-01", "--until", "2026-03-01")
    assert code == 2 and "晚于" in err


def test_export_has_one_row_per_product_line_and_competitor_mention_with_filters(
    saved_dev: Database, tmp_path: Path
) -> None:
    gold: list[dict] = [n["gold"] for n in dev_notes()]  # every dev note falls in Q1
    path = tmp_path / "export.xlsx"
    keqing("export", "--xlsx", str(path), "--since", "2026-01-01", "--until", "2026-03-31")
    book = load_workbook(io.BytesIO(path.read_bytes()))
    products = book["产品明细"]
    assert products.max_row - 1 == sum(len(g["products"]) for g in gold)
    assert [c.value for c in products[1]] == ["日期", "代表", "客户", "产品", "类别", "数量", "单位"]
    assert book["竞品动态"].max_row - 1 == sum(len(g["competitors"]) for g in gold)
    for sheet in book.worksheets:
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")
    accounts = [c.value for c in book["客户"][1]]
    assert {"最近联系", "下次应访", "逾期天数"} <= set(accounts)


@pytest.mark.parametrize(
    "payload", ['=HYPERLINK("http://example.invalid","点我")', "=cmd|' /C calc'!A0", "+1+1", "@SUM(A1)"]
)
def test_export_never_writes_a_formula_whatever_the_source(
    saved_dev: Database, tmp_path: Path, payload: str
) -> None:
    with saved_dev.session() as session:
        session.execute(update(Customer).where(Customer.name == "城关百姓大药房").values(address=payload))
        session.execute(update(Visit).values(summary=payload))
        session.execute(update(Contact).values(notes=payload))
    path = tmp_path / "export.xlsx"
    keqing("export", "--xlsx", str(path), "--since", "2026-01-01", "--until", "2026-03-31")
    cells = [
        cell
        for sheet in load_workbook(io.BytesIO(path.read_bytes())).worksheets
        for row in sheet.iter_rows()
        for cell in row
    ]
    assert not [c for c in cells if c.data_type == "f"]
    assert sum(1 for c in cells if c.value == payload) >= 3
