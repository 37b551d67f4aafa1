"""`keqing brief` and `keqing today` on the saved dev notes, with the rights of --as."""

from __future__ import annotations

import json

from memory.base.db import Database
from tests.bot.cli.test_cli import keqing


def test_brief_json_follows_the_contract(saved_dev: Database) -> None:
    code, out, _ = keqing("brief", "百姓", "--date", "2026-03-19", "--json")
    assert code == 0
    brief = json.loads(out)
    assert set(brief) == {
        "customer",
        "contacts",
        "last_visit",
        "days_since_last_visit",
        "visits_last_90_days",
        "cadence",
        "open_commitments",
        "upcoming_birthdays",
        "recent_products",
        "competitor_activity",
        "open_needs",
        "talking_points",
    }
    assert brief["customer"]["name"] == "城关百姓大药房" and brief["customer"]["rep"] == "李娜"
    assert brief["last_visit"] == "2026-03-18" and brief["days_since_last_visit"] == 1
    assert brief["cadence"] == {"expected_days": 15, "next_due": "2026-04-02", "overdue": False}
    assert brief["contacts"][0]["name"] == "刘店长"
    assert any(
        p["name"] == "感冒灵颗粒" and p["kind"] == "stock" and p["quantity"] == 10
        for p in brief["recent_products"]
    )
    assert brief["competitor_activity"][0]["name"] == "板蓝根颗粒(白云山)"
    assert set(brief["recent_products"][0]) == {"name", "quantity", "unit", "kind", "date"}
    points = brief["talking_points"]
    assert 3 <= len(points) <= 6 and all(p["text"] and p["why"] for p in points)
    assert points[0]["text"].startswith("先兑现承诺") and points[0]["playbook"] == "after-sales"


def test_brief_in_text_names_the_overdue_commitment(saved_dev: Database) -> None:
    code, out, _ = keqing("brief", "城关百姓大药房", "--date", "2026-03-19")
    assert code == 0
    assert "拜访简报" in out and "⚠️逾期" in out and "这次可以聊" in out


def test_brief_refuses_another_reps_account_and_asks_which_when_ambiguous(saved_dev: Database) -> None:
    code, _, err = keqing("brief", "百姓", "--as", "张伟")
    assert code == 2 and "找不到客户" in err
    code, _, err = keqing("brief", "益康", "--as", "李娜")
    assert code == 2 and "益康大药房连锁总部" in err and "益康大药房人民路店" in err
    code, _, err = keqing("brief", "益康", "--as", "王建国")
    assert code == 2 and "益康大药房柳林店" in err  # the manager sees both reps' accounts


def test_a_first_visit_brief_is_about_the_person(dev_db: Database) -> None:
    code, out, _ = keqing("brief", "后湾卫生室", "--json", "--date", "2026-03-01")
    brief = json.loads(out)
    assert code == 0 and brief["last_visit"] is None
    assert brief["talking_points"][0]["playbook"] == "first-visit"


def test_today_lists_due_accounts_by_tier_and_town(saved_dev: Database) -> None:
    code, out, _ = keqing("today", "--date", "2026-03-31", "--rep", "李娜", "--json")
    assert code == 0
    due = json.loads(out)["due"]
    assert due and all(d["rep"] == "李娜" for d in due)
    tiers = [d["tier"] or "Z" for d in due]
    assert tiers == sorted(tiers)
    names = [d["customer"] for d in due]
    # visited 03-18, cadence due 04-02, but that note planned 下周一 (03-23): due by plan, 8 days late
    planned = next(d for d in due if d["customer"] == "城关百姓大药房")
    assert (planned["reason"], planned["next_due"], planned["days_overdue"]) == ("planned", "2026-03-23", 8)
    assert "益康大药房连锁总部" in names  # tier A, last 03-06, due 03-21
    code, _, err = keqing("today", "--rep", "李娜", "--as", "张伟")
    assert code == 2 and "没有权限" in err
    code, out, _ = keqing("today", "--date", "2026-03-31", "--as", "张伟")
    assert "📍 高店镇" in out and "李庄村卫生室" not in out
