"""Scale-out: two bot workers against one PostgreSQL, then briefing and team latency by size.

python bench/scale.py [--notes 10000] [--sizes 10000 100000] [--runs 30] [--skip-save]

1. Saving. A throwaway PostgreSQL cluster (tests/servers.py) gets the dev master data. Two worker
   processes each receive every one of N generated notes as a Telegram update, as if Telegram had
   delivered each to both workers behind one webhook. Each worker drops what another worker took
   (bot/telegram/dedupe.first_delivery), then takes and confirms the rest through NoteIntake, as the
   chat's ✅ does. NoteIntake is driven directly: through the Bot API emulator the emulator itself
   would be what is measured. Checked: every update stored once (raw notes by external id), every
   stored note saved as one visit, no contact created twice for one account.
2. Latency. bench/history.py's synthetic company (50 reps, 10 000 accounts) with 10k and 100k
   contacts, on SQLite and on PostgreSQL: brief (account known), the day's list of one rep, and the
   team summary (whole company, one month), through the same flows as the chat.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

UNTIL = dt.date(2026, 3, 31)
FIRST_UPDATE = 500_000_000


def worker(notes_path: Path, name: str) -> None:
    """One bot worker: every update in the file, in order, skipping those another worker took."""
    from bot.context import AppContext
    from bot.telegram.dedupe import first_delivery

    ctx = AppContext.build()
    intake = ctx.intake()
    notes = json.loads(notes_path.read_text(encoding="utf-8"))
    mine = failed = 0
    started = time.perf_counter()
    for index, note in enumerate(notes):
        update_id = FIRST_UPDATE + index
        if not first_delivery(ctx.db, update_id):
            continue
        mine += 1
        taken = intake.take(
            text=note["text"],
            note_date=dt.date.fromisoformat(note["date"]),
            rep=note["rep"],
            channel="telegram",
            external_id=str(update_id),
        )
        if taken.extraction is None or taken.extraction.record.is_empty():
            failed += 1
            continue
        try:
            intake.confirm(raw_note_id=taken.raw_note_id, extraction=taken.extraction)
        except Exception as exc:  # counted, not hidden: the check below reports it as a loss
            failed += 1
            print(f"{name}: update {update_id} not saved: {exc!r}"[:300], file=sys.stderr)
    elapsed = time.perf_counter() - started
    print(json.dumps({"worker": name, "took": mine, "failed": failed, "seconds": elapsed}))


def save_concurrently(url: str, count: int) -> dict[str, object]:
    from notes_gen import generate
    from sqlalchemy import func, select

    from bot.context import AppContext
    from memory.accounts.masterdata import import_files
    from memory.base.db import Database

    dev = ROOT / "tests" / "data" / "dev"
    db = Database(url)
    with db.session() as session:
        import_files(session=session, paths=[dev / "catalog.yaml", dev / "customers.csv", dev / "reps.csv"])
    reps = ["张伟", "李娜", "王芳"]
    notes = [
        {
            **note,
            "rep": reps[i % len(reps)],
            "date": (dt.date(2026, 1, 1) + dt.timedelta(days=i % 80)).isoformat(),
        }
        for i, note in enumerate(generate(dev, count))
    ]
    path = Path(tempfile.mkdtemp(prefix="keqing-scale-")) / "notes.json"
    path.write_text(json.dumps(notes, ensure_ascii=False), encoding="utf-8")
    env = {**os.environ, "KEQING_DATABASE_URL": url, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    workers = [
        subprocess.Popen(
            [sys.executable, __file__, "--worker", str(path), name],
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        for name in ("A", "B")
    ]
    reports = [json.loads((w.communicate()[0] or "{}").strip().splitlines()[-1]) for w in workers]
    wall = time.perf_counter() - started
    from memory.schema.models import Contact, RawNote, Visit

    with db.session() as session:
        raw = session.scalar(select(func.count(RawNote.id)))
        distinct = session.scalar(select(func.count(func.distinct(RawNote.external_id))))
        visits = session.scalar(select(func.count(Visit.id)))
        saved_once = session.scalar(select(func.count(func.distinct(Visit.raw_note_id))))
        contacts = session.scalar(select(func.count(Contact.id)))
        people = session.scalar(
            select(func.count()).select_from(select(Contact.customer_id, Contact.name).distinct().subquery())
        )
    db.dispose()
    del AppContext
    return {
        "notes": count,
        "workers": reports,
        "wall_s": wall,
        "raw_notes": raw,
        "distinct_updates": distinct,
        "visits": visits,
        "visits_per_note_once": saved_once,
        "contacts": contacts,
        "distinct_contacts": people,
    }


def latency(url: str, visits: int, runs: int) -> dict[str, float]:
    import random

    from history import build

    from bot.context import AppContext
    from bot.flows.briefing import BriefingFlow
    from memory.base.db import Database
    from memory.reports.due import due_customers
    from memory.reports.team import team_summary

    db = Database(url)
    ctx = AppContext.build(db=db)
    build(db, customers=10_000, visits=visits, until=UNTIL)
    rng = random.Random(1)
    flow = BriefingFlow(ctx)
    samples: dict[str, list[float]] = {"brief": [], "today": [], "team": []}
    for _ in range(runs):
        t0 = time.perf_counter()
        flow.by_id(user=None, customer_id=rng.randrange(1, 10_001), today=UNTIL)
        samples["brief"].append(time.perf_counter() - t0)
    for _ in range(max(runs // 5, 5)):
        with db.session() as session:
            t0 = time.perf_counter()
            due_customers(session=session, rep_ids={100 + rng.randrange(50)}, today=UNTIL, policy=ctx.policy)
            samples["today"].append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            team_summary(
                session=session, rep_ids=None, since=dt.date(2026, 3, 1), until=UNTIL, policy=ctx.policy
            )
            samples["team"].append(time.perf_counter() - t0)
    db.dispose()
    return {name: statistics.median(values) * 1000 for name, values in samples.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--skip-save", action="store_true")
    parser.add_argument("--worker", nargs=2, metavar=("NOTES", "NAME"))
    args = parser.parse_args()
    if args.worker:
        worker(Path(args.worker[0]), args.worker[1])
        return
    from tests.servers import start_postgres, stop_postgres

    home = Path(tempfile.mkdtemp(prefix="keqing-scale-"))
    os.environ["KEQING_HOME"] = str(home / "home")
    os.environ.pop("KEQING_DATABASE_URL", None)
    server, data = start_postgres(Path(tempfile.mkdtemp(prefix="keqing-pg-")))  # its own: postgres owns it
    try:
        if not args.skip_save:
            with_db = server.rsplit("/", 1)[0] + "/postgres"
            print(
                json.dumps(save_concurrently(with_db, args.notes), ensure_ascii=False, indent=1), flush=True
            )
        print("\n| database | contacts | brief ms | today (one rep) ms | team (month, all) ms |")
        print("|---|---:|---:|---:|---:|")
        for size in args.sizes:
            for label, url in (
                ("SQLite", f"sqlite:///{home}/bench-{size}.db"),
                ("PostgreSQL", _fresh_database(server, f"bench{size}")),
            ):
                t = latency(url, size, args.runs)
                print(
                    f"| {label} | {size:,} | {t['brief']:.1f} | {t['today']:.1f} | {t['team']:.0f} |",
                    flush=True,
                )
    finally:
        stop_postgres(data)


def _fresh_database(server: str, name: str) -> str:
    from sqlalchemy import create_engine, text

    engine = create_engine(server, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    engine.dispose()
    return server.rsplit("/", 1)[0] + f"/{name}"


if __name__ == "__main__":
    main()
