"""How far one record is from another, field by field, in the units of the extraction metric.

Scalars count 0 or 1; lists count the items missing plus the items extra. The learner uses it to
tell which fields a confirmed record corrected and whether a learned phrase broke anything; the
metamorphic tests use `score` (the mean per-field accuracy / micro F1 over a set of notes).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

Record = dict[str, Any]


def _quantity(value: Any) -> Any:
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return value
    return int(number) if number.is_integer() else number


def _customer(record: Record, key: str) -> Any:
    return (record.get("customer") or {}).get(key)


SCALARS: dict[str, Callable[[Record], Any]] = {
    "visit_date": lambda r: str(r.get("visit_date")),
    "channel": lambda r: r.get("channel"),
    "customer.name": lambda r: _customer(r, "name"),
    "customer.matched": lambda r: bool(_customer(r, "matched")),
    "customer.type": lambda r: _customer(r, "type"),
    "customer.area": lambda r: _customer(r, "area"),
    "payment_terms": lambda r: r.get("payment_terms"),
    "restock_cycle_days": lambda r: _quantity(r.get("restock_cycle_days")),
    "supplier": lambda r: r.get("supplier"),
    "next_visit": lambda r: None if r.get("next_visit") is None else str(r.get("next_visit")),
    "sentiment": lambda r: r.get("sentiment"),
}

LISTS: dict[str, Callable[[Record], Counter[Any]]] = {
    "contacts": lambda r: Counter((c.get("surname"), c.get("role")) for c in r.get("contacts") or []),
    "products": lambda r: Counter(
        (p.get("name"), p.get("kind"), _quantity(p.get("quantity"))) for p in r.get("products") or []
    ),
    "product_names": lambda r: Counter({p.get("name"): 1 for p in r.get("products") or []}),
    "competitors": lambda r: Counter({c.get("name"): 1 for c in r.get("competitors") or []}),
    "needs": lambda r: Counter(set(r.get("needs") or [])),
    "commitments": lambda r: Counter(
        None if c.get("due") is None else str(c.get("due")) for c in r.get("commitments") or []
    ),
    "birthdays": lambda r: Counter(
        (c.get("surname"), c.get("birthday")) for c in r.get("contacts") or [] if c.get("birthday")
    ),
}


def field_errors(gold: Record, pred: Record) -> dict[str, int]:
    """Per field: 1 for a wrong scalar, the missing plus extra items of a list."""
    errors = {name: int(get(gold) != get(pred)) for name, get in SCALARS.items()}
    for name, get_list in LISTS.items():
        wanted, got = get_list(gold), get_list(pred)
        errors[name] = sum((wanted - got).values()) + sum((got - wanted).values())
    return errors


def score(pairs: Iterable[tuple[Record, Record]]) -> dict[str, float]:
    """Per-field scores and "overall" over (gold, predicted) pairs, as the extraction metric counts."""
    pairs = list(pairs)
    result: dict[str, float] = {}
    for name, get in SCALARS.items():
        result[name] = sum(get(g) == get(p) for g, p in pairs) / max(len(pairs), 1)
    for name, get_list in LISTS.items():
        tp = fp = fn = 0
        for gold, pred in pairs:
            wanted, got = get_list(gold), get_list(pred)
            both = sum((wanted & got).values())
            tp, fp, fn = tp + both, fp + sum(got.values()) - both, fn + sum(wanted.values()) - both
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        result[name] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    result["overall"] = sum(result.values()) / len(result)
    return result
