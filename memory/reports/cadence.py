"""Visit cadence: how often an account should be contacted, and when it is next due.

The intervals are a policy (memory/reports/cadence.yaml, overridable per company in KEQING_HOME), not code.
An account never contacted has no due date and counts as overdue: nobody is keeping it warm.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from memory.base.yamlfile import read_yaml

DEFAULT_POLICY = Path(__file__).with_name("cadence.yaml")


class CadencePolicy(BaseModel):
    model_config = ConfigDict(extra="forbid")

    area_days: dict[str, int] = Field(default_factory=dict)
    tier_days: dict[str, int] = Field(default_factory=dict)
    max_days: int = 90

    def expected_days(self, *, area: str | None, tier: str | None) -> int:
        """The shortest interval that applies to this account."""
        applicable = [self.max_days]
        if area in self.area_days:
            applicable.append(self.area_days[area])
        if tier in self.tier_days:
            applicable.append(self.tier_days[tier])
        return min(applicable)


@dataclass(frozen=True)
class Cadence:
    expected_days: int
    next_due: dt.date | None
    overdue: bool

    def days_overdue(self, today: dt.date) -> int:
        return (today - self.next_due).days if self.next_due and self.overdue else 0

    def to_json(self) -> dict[str, object]:
        return {
            "expected_days": self.expected_days,
            "next_due": self.next_due.isoformat() if self.next_due else None,
            "overdue": self.overdue,
        }


def cadence_of(
    policy: CadencePolicy, *, area: str | None, tier: str | None, last_contact: dt.date | None, today: dt.date
) -> Cadence:
    expected = policy.expected_days(area=area, tier=tier)
    if last_contact is None:
        return Cadence(expected, None, True)
    due = last_contact + dt.timedelta(days=expected)
    return Cadence(expected, due, today > due)


@cache
def load_policy(home: Path | None = None) -> CadencePolicy:
    """The company's policy when KEQING_HOME has one, else the default."""
    custom = home / "cadence.yaml" if home else None
    path = custom if custom and custom.exists() else DEFAULT_POLICY
    return CadencePolicy.model_validate(read_yaml(path) or {})
