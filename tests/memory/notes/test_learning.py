"""Learning from confirmed records, through the real CLI: `note --jsonl` lines carrying "record"."""

import json
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from typer.testing import CliRunner

from bot.cli import app
from memory.base.db import Database
from memory.base.settings import get_settings
from memory.schema.models import LearnedPhrase, RawNote, Visit
from tests.conftest import SAMPLE

runner = CliRunner()
DATE = "2026-05-13"


def keqing(*args: str, stdin: str | None = None) -> str:
    result = runner.invoke(app, list(args), input=stdin)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def extracted(text: str) -> dict[str, Any]:
    return json.loads(keqing("extract", "--date", DATE, "--json", stdin=text))  # type: ignore[no-any-return]


def confirm(tmp_path: Path, lines: list[dict[str, Any]]) -> str:
    path = tmp_path / "confirm.jsonl"
    rows = [{"date": DATE, "rep": "赵磊", **line} for line in lines]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return keqing("note", "--jsonl", str(path), "--yes")


def corrected(text: str, **fields: Any) -> dict[str, Any]:
    return {**extracted(text), **fields}


def setup() -> Database:
    keqing("import", str(SAMPLE / "catalog.yaml"), str(SAMPLE / "customers.csv"), str(SAMPLE / "reps.csv"))
    return Database(get_settings().db_url)


def test_a_record_line_is_saved_instead_of_the_extraction_and_a_saved_id_is_skipped(tmp_path: Path) -> None:
    db = setup()
    text = "惠民药房 王店长说六味卖得还行"
    record = corrected(text, sentiment="positive")
    confirm(tmp_path, [{"id": "n1", "text": text, "record": record}])
    confirm(
        tmp_path, [{"id": "n1", "text": text, "record": record}, {"id": "n2", "text": "红旗卫生室 老刘不在"}]
    )
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(RawNote)) == 2
        saved = session.scalars(select(Visit.record).order_by(Visit.id)).all()
    assert saved[0]["sentiment"] == "positive"
    assert saved[1]["customer"]["name"] == "红旗村卫生室"
    db.dispose()


def test_an_ask_corrected_in_five_notes_is_read_in_a_later_note(tmp_path: Path) -> None:
    setup()
    later = "西山卫生院 周院长也想弄个灯箱放门口"
    assert "pos_material" not in extracted(later)["needs"]
    texts = [
        "惠民药房 王店长说想弄个灯箱",
        "李氏诊所 李大夫问能不能弄个灯箱",
        "红旗卫生室 杨医生也说弄个灯箱好",
        "平安堂西山店 店长想弄个灯箱挂外头",
        "平安堂总部 采购说门店都要弄个灯箱",
    ]
    confirm(
        tmp_path,
        [
            {"id": f"c{i}", "text": t, "record": corrected(t, needs=["pos_material"])}
            for i, t in enumerate(texts)
        ],
    )
    assert "pos_material" in extracted(later)["needs"]


def test_a_phrase_that_would_change_an_uncorrected_note_is_not_learned(tmp_path: Path) -> None:
    db = setup()
    plain = "惠民药房 门口那个灯箱坏了 王店长说找人修"
    before = extracted(plain)
    asks = ["西山卫生院 周院长说想弄个灯箱", "李氏诊所 李大夫问能不能弄个灯箱"]
    lines = [{"id": "p0", "text": plain}]
    lines += [
        {"id": f"a{i}", "text": t, "record": corrected(t, needs=["pos_material"])} for i, t in enumerate(asks)
    ]
    confirm(tmp_path, lines)
    with db.session() as session:
        # the account's people (王店长) are facts learned from every record, not phrases of a correction
        learned = session.scalars(
            select(LearnedPhrase.phrase).where(LearnedPhrase.section != "account_contacts")
        ).all()
    assert all(phrase not in plain for phrase in learned)
    after = extracted(plain)
    assert {k: v for k, v in after.items() if k != "summary"} == {
        k: v for k, v in before.items() if k != "summary"
    }
    db.dispose()


def test_a_contacts_corrected_role_is_kept_for_the_name_they_go_by(tmp_path: Path) -> None:
    setup()
    text = "惠民药房 小郑说六味卖了三十瓶"
    record = extracted(text)
    assert record["contacts"] == [] or record["contacts"][0]["role"] != "finance"
    fixed = corrected(text, contacts=[{"name": "小郑", "surname": "郑", "role": "finance"}])
    confirm(tmp_path, [{"id": "r1", "text": text, "record": fixed}])
    later = extracted("惠民药房 对账 小郑说下周结")
    assert [(c["name"], c["role"]) for c in later["contacts"]] == [("小郑", "finance")]
