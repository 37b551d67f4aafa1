"""A team summary as text: /team, `keqing team`."""

from __future__ import annotations

from memory.reports.team import TeamSummary
from prompts import load_texts

MAX_RISKS = 10


def render_team(team: TeamSummary) -> str:
    form = load_texts("messages")["team"]
    labels = load_texts("labels")
    lines = [form["title"].format(since=team.period.since, until=team.period.until), team.summary, ""]
    for rep in team.reps:
        lines.append(
            form["rep"].format(
                rep=rep.rep,
                visits=rep.visits,
                calls=rep.calls,
                contacted=rep.customers_contacted,
                owned=rep.customers_owned,
                coverage=f"{rep.coverage:.0%}",
                overdue=rep.overdue_customers,
            )
        )
        if rep.compliance:
            counts = "、".join(f"{labels['compliance_kind'][k]} {n}" for k, n in rep.compliance.items())
            lines.append(form["compliance"].format(counts=counts))
    if team.at_risk:
        lines.append(form["at_risk"])
        for risk in team.at_risk[:MAX_RISKS]:
            reasons = "、".join(labels["risk"].get(r, r) for r in risk.reasons)
            lines.append(form["risk"].format(customer=risk.customer, rep=risk.rep or "-", reasons=reasons))
        if len(team.at_risk) > MAX_RISKS:
            lines.append(form["more"].format(count=len(team.at_risk) - MAX_RISKS))
    if team.competitors:
        lines.append(
            form["competitors"].format(
                competitors="、".join(f"{c.name}×{c.mentions}" for c in team.competitors[:5])
            )
        )
    if team.needs:
        needs = "、".join(f"{labels['need'].get(n.need, n.need)}×{n.count}" for n in team.needs[:5])
        lines.append(form["needs"].format(needs=needs))
    lines.append(form["commitments"].format(open=team.open_commitments, overdue=team.overdue_commitments))
    if team.talking_points:
        kinds = labels["talking_point"]
        follows = "、".join(
            form["point_follow"].format(
                kind=kinds.get(p.kind, p.kind), followed=p.followed, dismissed=p.dismissed
            )
            for p in team.talking_points
        )
        lines.append(form["point_follows"].format(follows=follows))
    return "\n".join(lines)
