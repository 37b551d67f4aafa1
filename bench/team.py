"""Team summary time with 50 reps, 10 000 accounts and 100 000 contacts on SQLite, one process.

python bench/team.py [--customers 10000] [--visits 100000] [--runs 10]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from history import build

UNTIL = dt.date(2026, 3, 31)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--visits", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    os.environ["KEQING_HOME"] = tempfile.mkdtemp(prefix="keqing-bench-")

    from bot.views.charts import team_chart
    from memory.base.db import open_database
    from memory.reports.cadence import load_policy
    from memory.reports.export import export_workbook
    from memory.reports.team import team_summary, weekly_visits

    db = open_database()
    build(db, customers=args.customers, visits=args.visits, until=UNTIL)
    policy = load_policy()
    cases = {
        "summary, whole company, one month": (None, dt.date(2026, 3, 1)),
        "summary, whole company, one quarter": (None, dt.date(2026, 1, 1)),
        "summary, one manager's team (6–7 reps), one month": ({1, *range(100, 150, 8)}, dt.date(2026, 3, 1)),
    }
    rows = []
    for name, (rep_ids, since) in cases.items():
        samples = []
        for _ in range(args.runs):
            with db.session() as session:
                t0 = time.perf_counter()
                team_summary(session=session, rep_ids=rep_ids, since=since, until=UNTIL, policy=policy)
                samples.append(time.perf_counter() - t0)
        rows.append((name, statistics.median(samples), max(samples)))
    with db.session() as session:
        team = team_summary(
            session=session, rep_ids=None, since=dt.date(2026, 3, 1), until=UNTIL, policy=policy
        )
        t0 = time.perf_counter()
        weekly = weekly_visits(session=session, rep_ids=None, since=dt.date(2026, 3, 1), until=UNTIL)
        png = team_chart(team, weekly)
        rows.append(("chart (50 reps, PNG)", time.perf_counter() - t0, 0.0))
        t0 = time.perf_counter()
        xlsx = export_workbook(
            session=session, rep_ids=None, since=dt.date(2026, 3, 1), until=UNTIL, policy=load_policy()
        )
        rows.append(("Excel export, one month", time.perf_counter() - t0, 0.0))

    print(f"50 reps, {args.customers} accounts, {args.visits} contacts (SQLite); {args.runs} runs each\n")
    print("| step | median ms | max ms |")
    print("|---|---:|---:|")
    for name, median, worst in rows:
        print(
            f"| {name} | {median * 1000:.0f} | {worst * 1000:.0f} |"
            if worst
            else f"| {name} | {median * 1000:.0f} | |"
        )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nPNG {len(png) // 1024} KiB, workbook {len(xlsx) // 1024} KiB; peak RSS {rss:.0f} MiB")
    print("target: summary ≤ 1 s")


if __name__ == "__main__":
    main()
