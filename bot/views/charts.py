"""The team charts as one PNG (matplotlib, headless): visits per rep per week, coverage against
cadence, competitor mentions. Chinese labels need a CJK font; the project's set-up installs one."""

from __future__ import annotations

import datetime as dt
import io
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from memory.reports.team import TeamSummary
from prompts import load_texts

if TYPE_CHECKING:
    from matplotlib.figure import Figure

FONT_FILES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
)


class NoChineseFont(RuntimeError):
    pass


@cache
def chinese_font() -> str:
    """Registers the first CJK font found and returns its family name."""
    from matplotlib import font_manager  # lazy: matplotlib costs 0.6 s of CPU, only charts need it

    for path in FONT_FILES:
        if Path(path).exists():
            font_manager.fontManager.addfont(path)
            return font_manager.FontProperties(fname=path).get_name()
    raise NoChineseFont("no CJK font: run .ci/system-packages.sh (fonts-wqy-microhei)")


def team_chart(team: TeamSummary, weekly: dict[str, dict[dt.date, int]]) -> bytes:
    import matplotlib  # lazy: see chinese_font

    # The object API without pyplot: no global figure state, safe from the bot's worker threads.
    with matplotlib.rc_context({"font.family": [chinese_font()], "axes.unicode_minus": False}):
        buffer = io.BytesIO()
        team_figure(team, weekly).savefig(buffer, format="png", dpi=110)
        return buffer.getvalue()


def team_figure(team: TeamSummary, weekly: dict[str, dict[dt.date, int]]) -> Figure:
    """The three charts on one figure: weekly visits, coverage with its percentage, competitors."""
    from matplotlib.figure import Figure  # lazy: see chinese_font
    from matplotlib.ticker import MaxNLocator

    words = load_texts("messages")["chart"]
    fig = Figure(figsize=(9, 12), layout="constrained")
    weeks_ax, cover_ax, competitor_ax = fig.subplots(3, 1)
    fig.suptitle(words["title"].format(since=team.period.since, until=team.period.until), fontsize=15)

    first = team.period.since - dt.timedelta(days=team.period.since.weekday())
    starts = [first + dt.timedelta(weeks=n) for n in range((team.period.until - first).days // 7 + 1)]
    width = 0.8 / max(len(weekly), 1)
    for index, (rep, counts) in enumerate(sorted(weekly.items())):
        xs = [i + index * width for i in range(len(starts))]
        weeks_ax.bar(xs, [counts.get(week, 0) for week in starts], width, label=rep)
    weeks_ax.set_xticks([i + 0.4 - width / 2 for i in range(len(starts))])
    # a week that began before the period is labelled by the period's first day: no week outside it
    shown = [max(w, team.period.since) for w in starts]
    weeks_ax.set_xticklabels([words["week"].format(date=w.strftime("%m-%d")) for w in shown])
    calls = sum(r.calls for r in team.reps)
    weeks_ax.set_title(words["visits"] + (words["calls_apart"].format(count=calls) if calls else ""))
    weeks_ax.set_ylabel(words["count"])
    if weekly:
        weeks_ax.legend(ncol=min(len(weekly), 6), fontsize=8)

    weeks_ax.yaxis.set_major_locator(MaxNLocator(integer=True))

    reps = [r.rep for r in team.reps]
    bars = cover_ax.bar(reps, [r.coverage * 100 for r in team.reps], color="#4C9F70")
    labels = [
        words["overdue"].format(percent=round(r.coverage * 100), count=r.overdue_customers) for r in team.reps
    ]
    cover_ax.bar_label(bars, labels=labels, color="#D1495B", fontsize=9)
    cover_ax.axhline(100, color="#888888", linestyle="--", linewidth=1)
    cover_ax.set_ylim(0, max([110.0, *(r.coverage * 100 + 15 for r in team.reps)]))
    cover_ax.set_title(words["coverage_title"])
    cover_ax.set_ylabel(words["coverage"])
    cover_ax.tick_params(axis="x", labelrotation=30 if len(reps) > 8 else 0)

    competitors = team.competitors[:10][::-1]
    if competitors:
        competitor_ax.barh([r.name for r in competitors], [r.mentions for r in competitors], color="#EDAE49")
    else:
        competitor_ax.text(
            0.5, 0.5, words["no_competitors"], ha="center", va="center", transform=competitor_ax.transAxes
        )
    competitor_ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    competitor_ax.set_title(words["competitors"])
    competitor_ax.set_xlabel(words["mentions"])

    return fig
