"""A large synthetic history for the briefing and team benchmarks, written straight to the tables.

50 reps under 8 managers, 10 000 accounts, 100 000 contacts over a year with products, competitors,
commitments and contacts. Random but seeded, so every run measures the same database.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import insert

from memory.base.db import Database
from memory.schema.models import (
    Commitment,
    CompetitorMention,
    Contact,
    Customer,
    Person,
    RawNote,
    Visit,
    VisitProduct,
)

TYPES = [
    "pharmacy",
    "private_clinic",
    "village_clinic",
    "township_hospital",
    "chain_store",
    "county_hospital",
]
TOWNS = ["城关镇", "高店镇", "柳林镇", "石桥镇", "马集乡", "白庙乡", "王营乡", "李庄乡"]
PRODUCTS = ["感冒灵颗粒", "板蓝根颗粒", "阿莫西林胶囊", "复方甘草片", "藿香正气水", "健胃消食片"]
RIVALS = ["999感冒灵", "白云山板蓝根", "华信左氧", "豫康制药"]
NEEDS = ["training", "promotion", "pos_material", "margin", "display", "credit"]


def build(
    db: Database, *, reps: int = 50, customers: int = 10_000, visits: int = 100_000, until: dt.date
) -> None:
    rng = random.Random(7)
    with db.session() as session:
        managers = [{"id": i + 1, "name": f"经理{i + 1}", "role": "manager"} for i in range(8)]
        people = managers + [
            {"id": 100 + i, "name": f"代表{i + 1:02d}", "role": "rep", "manager_id": 1 + i % 8}
            for i in range(reps)
        ]
        session.execute(insert(Person), people)
        accounts: list[dict[str, Any]] = []
        for i in range(customers):
            town = rng.choice(TOWNS)
            accounts.append(
                {
                    "id": i + 1,
                    "name": f"{town}客户{i + 1:05d}",
                    "aliases": [f"客户{i + 1:05d}"],
                    "type": rng.choice(TYPES),
                    "area": "urban" if town == "城关镇" else "rural",
                    "tier": rng.choice("AABBBCCCDD"),
                    "rep_id": 100 + i % reps,
                    "address": f"{town}人民路{i % 200}号",
                    "restock_cycle_days": rng.choice([7, 15, 30, 60, 90]),
                    "source": "import",
                }
            )
        session.execute(insert(Customer), accounts)
        session.execute(
            insert(Contact),
            [
                {
                    "customer_id": a["id"],
                    "name": "王老板",
                    "surname": "王",
                    "role": "owner",
                    "birthday": f"{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    "notes": "儿子今年高考",
                }
                for a in accounts
            ],
        )
        start = until - dt.timedelta(days=365)
        raws, rows, products, competitors, commitments = [], [], [], [], []
        for i in range(visits):
            account = accounts[rng.randrange(customers)]
            day = start + dt.timedelta(days=rng.randrange(366))
            raws.append(
                {"id": i + 1, "rep_id": account["rep_id"], "text": "…", "note_date": day, "status": "saved"}
            )
            rows.append(
                {
                    "id": i + 1,
                    "raw_note_id": i + 1,
                    "customer_id": account["id"],
                    "rep_id": account["rep_id"],
                    "visit_date": day,
                    "channel": rng.choice(["visit", "visit", "visit", "phone", "message"]),
                    "needs": rng.sample(NEEDS, rng.randrange(3)),
                    "sentiment": rng.choice(["positive", "neutral", "neutral", "negative"]),
                    "summary": "",
                    "record": {},
                }
            )
            for name in rng.sample(PRODUCTS, rng.randrange(1, 3)):
                kind = rng.choice(["sold", "stock", "order"])
                products.append(
                    {
                        "visit_id": i + 1,
                        "name": name,
                        "quantity": rng.randrange(1, 100),
                        "unit": "盒",
                        "kind": kind,
                    }
                )
            if rng.random() < 0.2:
                competitors.append({"visit_id": i + 1, "name": rng.choice(RIVALS), "note": "搞买二送一"})
            if rng.random() < 0.2:
                commitments.append(
                    {
                        "visit_id": i + 1,
                        "customer_id": account["id"],
                        "rep_id": account["rep_id"],
                        "text": "下次带几张海报",
                        "promised_on": day,
                        "due": day + dt.timedelta(days=7),
                        "status": rng.choice(["open", "kept"]),
                    }
                )
        for table, data in (
            (RawNote, raws),
            (Visit, rows),
            (VisitProduct, products),
            (CompetitorMention, competitors),
            (Commitment, commitments),
        ):
            for offset in range(0, len(data), 20_000):
                session.execute(insert(table), data[offset : offset + 20_000])
