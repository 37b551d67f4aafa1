"""`keqing demo`: a small made-up company of its own (master data and a few visits, dated back from
today) so a newcomer can try notes, briefs and the team view before importing their own data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from bot.context import AppContext
from memory.accounts.masterdata import has_master_data, import_files
from memory.base.yamlfile import read_yaml

HERE = Path(__file__).parent
MASTER_DATA = ("catalog.yaml", "customers.csv", "reps.csv")


@dataclass(frozen=True)
class DemoLoaded:
    company: str
    customers: int
    visits: int
    rep: str  # someone to try the commands as, and one of their accounts
    account: str


def load_demo(ctx: AppContext) -> DemoLoaded | None:
    """The demo company and its visits; None when the database already holds accounts (the demo
    never mixes into a real company's data)."""
    with ctx.db.session() as session:
        if has_master_data(session=session):
            return None
        report = import_files(session=session, paths=[HERE / name for name in MASTER_DATA])
    notes = read_yaml(HERE / "notes.yaml")
    intake, today = ctx.intake(), ctx.clock.today()
    saved: list[tuple[str, str]] = []
    for note in sorted(notes, key=lambda n: -int(n["days_ago"])):
        taken = intake.take(
            text=note["text"],
            note_date=today - dt.timedelta(days=int(note["days_ago"])),
            rep=note["rep"],
            channel="cli",
        )
        if taken.extraction is not None:
            intake.confirm(raw_note_id=taken.raw_note_id, extraction=taken.extraction)
            saved.append((note["rep"], taken.extraction.record.customer.name or ""))
    catalog = read_yaml(HERE / "catalog.yaml")
    rep, account = saved[-1]
    return DemoLoaded(catalog["company"], report.created.get("customers", 0), len(saved), rep, account)
