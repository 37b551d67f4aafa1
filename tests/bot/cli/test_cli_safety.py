"""Compliance from the shell: extract --json, keqing safety list, the team summary's counts."""

from __future__ import annotations

import datetime as dt
import json

from bot.assistant import Assistant
from memory.base.db import Database
from tests.bot.cli.test_cli import keqing
from tests.conftest import SAMPLE, app_context, import_into

NOTE = (
    "西山卫生院 周院长说有个病人吃了头孢克肟以后嗓子发紧 喘不上气。"
    "仲景的代表给周院长送了部手机。克肟订了二十盒"
)


def test_extract_json_adds_the_findings(db: Database) -> None:
    import_into(db, SAMPLE / "catalog_labels.yaml", SAMPLE / "customers.csv", SAMPLE / "reps.csv")
    code, out, _ = keqing("extract", "--json", "--date", "2026-05-13", "--rep", "孙婷", stdin=NOTE)
    assert code == 0
    findings = json.loads(out)["compliance"]
    assert [(f["kind"], f["product"]) for f in findings] == [
        ("adverse_event", "头孢克肟分散片"),
        ("inducement", None),
    ]
    assert all(f["text"] in NOTE and f["advice"] for f in findings)


def test_safety_list_and_team_counts_after_a_confirmed_report(db: Database) -> None:
    import_into(db, SAMPLE / "catalog_labels.yaml", SAMPLE / "customers.csv", SAMPLE / "reps.csv")
    assistant = Assistant(app_context(db))
    card = assistant.handle_text(user="孙婷", text=NOTE, today=dt.date(2026, 5, 13))[-1]
    raw = card.choices[0].action.split(":")[1]
    assistant.choose(user="孙婷", action=f"ack:{raw}")
    assistant.choose(user="孙婷", action=f"report:{raw}")

    code, out, _ = keqing("safety", "list", "--json")
    assert code == 0
    (report,) = json.loads(out)
    assert report["product"] == "头孢克肟分散片" and report["rep"] == "孙婷"
    assert "喘不上气" in report["what_happened"]
    code, _, err = keqing("safety", "list", "--as", "孙婷")
    assert code == 2 and "管理员" in err

    code, out, _ = keqing("team", "--since", "2026-05-01", "--until", "2026-05-31", "--json")
    counts = {r["rep"]: r["compliance"] for r in json.loads(out)["reps"]}
    assert counts["孙婷"] == {"adverse_event": 1, "inducement": 1} and counts["赵磊"] == {}
    code, out, _ = keqing("team", "--since", "2026-05-01", "--until", "2026-05-31")
    assert "疑似不良事件 1" in out
