"""Safety reports as text: /safety, `keqing safety list`."""

from __future__ import annotations

from bot.views import texts
from memory.compliance.reports import SafetyReportRow


def render_safety(rows: list[SafetyReportRow]) -> str:
    if not rows:
        return texts.t("safety_none")
    unknown = texts.t("safety_unknown")
    lines = [texts.t("safety_title", count=len(rows))]
    lines += [
        texts.t(
            "safety_row",
            id=r.id,
            date=r.reported_on.isoformat(),
            rep=r.rep or unknown,
            customer=r.customer or unknown,
            product=r.product or unknown,
            what=r.what_happened,
        )
        for r in rows
    ]
    return "\n".join(lines)
