"""What changed at the last contact compared with the one before: quantities of the same product and
kind, competitors not heard of before, commitments the last note reports kept. The first line a rep
reads before walking in."""

from __future__ import annotations

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from memory.schema.models import Commitment, Visit


class QuantityChange(BaseModel):
    name: str
    kind: str
    unit: str | None
    before: float
    after: float


class Changes(BaseModel):
    quantities: list[QuantityChange] = []
    new_competitors: list[str] = []
    kept: list[str] = []

    def __bool__(self) -> bool:
        return bool(self.quantities or self.new_competitors or self.kept)


def changes_at_last_contact(session: Session, visits: list[Visit]) -> Changes:
    """`visits` newest first, with products and competitors loaded."""
    if not visits:
        return Changes()
    last, earlier = visits[0], visits[1:]
    return Changes(
        quantities=_quantities(last, earlier),
        new_competitors=sorted(
            {m.name for m in last.competitors} - {m.name for v in earlier for m in v.competitors}
        ),
        kept=list(session.scalars(select(Commitment.text).where(Commitment.kept_visit_id == last.id))),
    )


def _quantities(last: Visit, earlier: list[Visit]) -> list[QuantityChange]:
    changes = []
    for product in last.products:
        if product.quantity is None:
            continue
        before = next(
            (
                p.quantity
                for v in earlier
                for p in v.products
                if (p.name, p.kind, p.unit) == (product.name, product.kind, product.unit)
                and p.quantity is not None
            ),
            None,
        )
        if before is not None and before != product.quantity:
            changes.append(
                QuantityChange(
                    name=product.name,
                    kind=product.kind,
                    unit=product.unit,
                    before=before,
                    after=product.quantity,
                )
            )
    return changes
