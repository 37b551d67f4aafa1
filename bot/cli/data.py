"""Master data and people: import, invite, link."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from bot.cli.app import app, database, fail
from bot.views import texts
from memory.accounts.masterdata import import_files
from memory.accounts.people import create_invite, link_telegram
from memory.base.errors import KeqingError


@app.command("import")
def import_(
    files: Annotated[list[Path], typer.Argument(help="catalog.yaml, customers.csv and/or reps.csv")],
) -> None:
    """Import master data; idempotent, all files in one transaction."""

    db = database()
    try:
        with db.session() as session:
            report = import_files(session=session, paths=files)
    except KeqingError as exc:
        fail(texts.error_text(exc))
    typer.echo(texts.t("imported", summary=texts.import_summary(report.created, report.updated)))


@app.command()
def invite(name: str) -> None:
    """Print a one-time code; the person sends `/start CODE` to the bot to link their account."""

    try:
        with database().session() as session:
            code = create_invite(session=session, name=name)
    except KeqingError as exc:
        fail(texts.error_text(exc))
    typer.echo(texts.t("invite_code", name=name, code=code))


@app.command()
def link(name: str, telegram_id: int) -> None:
    """Link a Telegram account to a person directly."""

    try:
        with database().session() as session:
            link_telegram(session=session, name=name, telegram_id=telegram_id)
    except KeqingError as exc:
        fail(texts.error_text(exc))
    typer.echo(texts.t("linked", name=name, telegram_id=telegram_id))
