"""Briefing latency with 10 000 accounts and 100 000 contacts on SQLite, one process.

python bench/brief.py [--customers 10000] [--visits 100000] [--runs 300]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from history import build

UNTIL = dt.date(2026, 3, 31)


def _ms(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[int(len(ordered) * 0.95) - 1] * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--visits", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()
    os.environ["KEQING_HOME"] = tempfile.mkdtemp(prefix="keqing-bench-")

    from bot.context import AppContext
    from bot.flows.briefing import BriefingFlow
    from memory.accounts.access import SHELL
    from memory.accounts.lookup import resolve_customer
    from memory.reports.due import due_customers

    ctx = AppContext.build()
    db, flow = ctx.db, BriefingFlow(ctx)
    started = time.perf_counter()
    build(db, customers=args.customers, visits=args.visits, until=UNTIL)
    built = time.perf_counter() - started
    rng = random.Random(1)
    with db.session() as session:
        resolve_customer(
            session=session, query="客户00001", scope=SHELL, lexicon=ctx.lexicon
        )  # builds the name index once
    timings: dict[str, list[float]] = {
        "lookup + brief (by alias)": [],
        "brief (account known)": [],
        "today (one rep)": [],
    }
    for _ in range(args.runs):
        number = rng.randrange(1, args.customers + 1)
        with db.session() as session:
            t0 = time.perf_counter()
            customer = resolve_customer(
                session=session, query=f"客户{number:05d}", scope=SHELL, lexicon=ctx.lexicon
            )
            t1 = time.perf_counter()
            flow.by_id(user=None, customer_id=customer.id, today=UNTIL)
            t2 = time.perf_counter()
        timings["lookup + brief (by alias)"].append(t2 - t0)
        timings["brief (account known)"].append(t2 - t1)
    for _ in range(max(args.runs // 10, 5)):
        with db.session() as session:
            t0 = time.perf_counter()
            due_customers(session=session, rep_ids={100 + rng.randrange(50)}, today=UNTIL, policy=ctx.policy)
            timings["today (one rep)"].append(time.perf_counter() - t0)

    print(f"{args.customers} accounts, {args.visits} contacts (SQLite); history written in {built:.1f} s\n")
    print("| step | median ms | p95 ms |")
    print("|---|---:|---:|")
    for name, samples in timings.items():
        median, p95 = _ms(samples)
        print(f"| {name} | {median:.1f} | {p95:.1f} |")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS {rss:.0f} MiB; target: brief ≤ 50 ms")


if __name__ == "__main__":
    main()
