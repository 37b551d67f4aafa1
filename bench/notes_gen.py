"""Synthetic visit notes built from a data set's master data (no names of its own)."""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path
from typing import Any

from memory.base.yamlfile import read_yaml

TEMPLATES = [
    "{customer} {contact}说{product}上个月卖了{n}{unit},还剩{m}{unit}。{terms},{supplier}送货。{when}再来",
    "今天去了{customer},{contact}挺配合的。订了{product}{n}{unit} {product2}{m}{unit},{terms}。"
    "{competitor}在搞活动,{contact}想让我们也做个促销",
    "电话问了{customer}{contact},{product}还有{m}{unit} 先不要,{when}再打",
    "{customer} {contact}嫌我们{product}价格高,说{competitor}便宜一块。态度一般。"
    "答应回去申请,{when}过来给答复",
    "{customer} 见了{contact},{product}这个月用了{n}{unit},库房还有{m}{unit}。"
    "{contact}生日{month}月{day}号,孩子今年高考。{when}带海报过去",
]
CONTACTS = ["王老板", "李店长", "采购小赵", "张医生", "刘院长", "彭护士长", "老板娘", "财务孙会计"]
TERMS = ["现结", "月结", "先款后货", "货到付款", "代销", "压一批结一批"]
WHEN = ["明天", "后天", "下周三", "周五", "一周后", "半个月后", "月底", "下个月初", "3天后"]


def load(dataset: Path) -> dict[str, Any]:
    catalog = read_yaml(dataset / "catalog.yaml")
    with (dataset / "customers.csv").open(encoding="utf-8") as handle:
        customers = list(csv.DictReader(handle))
    return {"catalog": catalog, "customers": customers}


def generate(dataset: Path, count: int, seed: int = 7) -> list[dict[str, str]]:
    data = load(dataset)
    rng = random.Random(seed)
    products = data["catalog"]["products"]
    competitors = data["catalog"].get("competitors") or [{"name": "竞品"}]
    distributors = data["catalog"].get("distributors") or [{"name": "配送公司"}]
    start = dt.date(2026, 1, 1)
    notes = []
    for index in range(count):
        customer = rng.choice(data["customers"])
        names = [customer["name"], *[a for a in customer["aliases"].split("|") if a]]
        product, product2 = rng.sample(products, 2)
        text = rng.choice(TEMPLATES).format(
            customer=rng.choice(names),
            contact=rng.choice(CONTACTS),
            product=rng.choice([product["name"], *product.get("aliases", [])]),
            product2=product2["name"],
            unit=product.get("unit") or "盒",
            n=rng.randint(5, 200),
            m=rng.choice(["三", "十", "两", "二十", "15", "8"]),
            terms=rng.choice(TERMS),
            supplier=rng.choice(distributors)["name"],
            competitor=rng.choice(competitors)["name"],
            when=rng.choice(WHEN),
            month=rng.randint(1, 12),
            day=rng.randint(1, 28),
        )
        day = start + dt.timedelta(days=rng.randint(0, 300))
        notes.append({"id": f"b{index:05d}", "date": day.isoformat(), "rep": customer["rep"], "text": text})
    return notes
