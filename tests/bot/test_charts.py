"""The team charts: coverage bars labelled with their percentage, calls and WeChat said to be counted
apart, no week outside the period, competitor mentions on an integer scale."""

from __future__ import annotations

import datetime as dt

from bot.views import texts
from bot.views.charts import team_chart, team_figure
from memory.reports.team import CompetitorCount, Period, RepNumbers, TeamSummary

SINCE, UNTIL = dt.date(2026, 4, 8), dt.date(2026, 4, 21)  # a Wednesday to a Tuesday


def _team(calls: int) -> TeamSummary:
    reps = [
        RepNumbers(
            rep="甲",
            visits=5,
            calls=calls,
            customers_contacted=3,
            customers_owned=4,
            coverage=0.75,
            overdue_customers=1,
        ),
        RepNumbers(
            rep="乙",
            visits=2,
            calls=0,
            customers_contacted=1,
            customers_owned=3,
            coverage=0.33,
            overdue_customers=2,
        ),
    ]
    return TeamSummary(
        period=Period(since=SINCE, until=UNTIL),
        reps=reps,
        at_risk=[],
        competitors=[CompetitorCount(name="某竞品", mentions=3)],
        needs=[],
        open_commitments=0,
        overdue_commitments=0,
    )


WEEKLY = {"甲": {dt.date(2026, 4, 6): 2, dt.date(2026, 4, 13): 3}, "乙": {dt.date(2026, 4, 20): 2}}


def test_coverage_bars_carry_their_percentage() -> None:
    cover = team_figure(_team(calls=0), WEEKLY).axes[1]
    labels = [t.get_text() for t in cover.texts]
    assert texts.t("chart.overdue", percent=75, count=1) in labels
    assert texts.t("chart.overdue", percent=33, count=2) in labels


def test_calls_and_wechat_are_said_to_be_counted_apart() -> None:
    weeks = team_figure(_team(calls=4), WEEKLY).axes[0]
    assert texts.t("chart.calls_apart", count=4) in weeks.get_title()
    assert texts.t("chart.calls_apart", count=0) not in team_figure(_team(0), WEEKLY).axes[0].get_title()


def test_no_week_is_labelled_outside_the_period() -> None:
    weeks = team_figure(_team(calls=0), WEEKLY).axes[0]
    days = [label.get_text() for label in weeks.get_xticklabels()]
    assert days[0] == texts.t("chart.week", date=SINCE.strftime("%m-%d"))  # not the Monday before
    assert len(days) == 3  # the weeks of 6, 13 and 20 April, no more


def test_competitor_mentions_use_an_integer_scale() -> None:
    competitors = team_figure(_team(calls=0), WEEKLY).axes[2]
    ticks = competitors.get_xticks()
    assert len(ticks) >= 2 and all(float(t).is_integer() for t in ticks)  # 3 mentions: 0 1 2 3, no 0.5
    assert team_chart(_team(calls=0), WEEKLY).startswith(b"\x89PNG")
