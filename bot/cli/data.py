"""Master data and people: import, invite, link."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from bot.cli.app import app, database, fail
from bot.views import texts
from memory.base.errors import KeqingError

# The master-data and people modules load the extraction engine (pypinyin, the schema): imported in
# the commands that use them, so that `keqing ask` does not pay for them at start-up.


@app.command("import")
def import_(
    files: Annotated[list[Path], typer.Argument(help="catalog.yaml, customers.csv and/or reps.csv")],
    create_rep: Annotated[
        bool, typer.Option("--create-rep", help="Create reps customers.csv names that reps.csv lacks.")
    ] = False,
) -> None:
    """Import master data; idempotent, all files in one transaction."""
    from memory.accounts.masterdata import import_files

    db = database()
    try:
        with db.session() as session:
            report = import_files(session=session, paths=files, create_reps=create_rep)
    except KeqingError as exc:
        fail(texts.error_text(exc))
    typer.echo(texts.t("imported", summary=texts.import_summary(report.created, report.updated)))
    if report.new_reps:  # never silently: a typo here would be a rep with no manager
        typer.echo(texts.t("imported_new_reps", names="、".join(report.new_reps)), err=True)


@app.command()
def invite(name: str) -> None:
    """Print a one-time code; the person sends `/start CODE` to the bot to link their account."""
    from memory.accounts.people import create_invite

    try:
        with database().session() as session:
            code = create_invite(session=session, name=name)
    except KeqingError as exc:
        fail(texts.error_text(exc))
    typer.echo(texts.t("invite_code", name=name, code=code))


@app.command()
def link(name: str, telegram_id: int) -> None:
    """Link a Telegram account to a person directly."""
    from memory.accounts.people import link_telegram

    try:
        with database().session() as session:
            link_telegram(session=session, name=name, telegram_id=telegram_id)
    except KeqingError as exc:
        fail(texts.error_text(exc))
    typer.echo(texts.t("linked", name=name, telegram_id=telegram_id))


@app.command()
def unlink(name: str) -> None:
    """Unlink a person's Telegram account (and cancel any open invite); effective at once."""
    from memory.accounts.people import unlink as unlink_person

    try:
        with database().session() as session:
            unlink_person(session=session, name=name)
    except KeqingError as exc:
        fail(texts.error_text(exc))
    typer.echo(texts.t("unlinked", name=name))


@app.command()
def deactivate(
    name: str,
    undo: Annotated[bool, typer.Option("--undo", help="Let the person in again.")] = False,
) -> None:
    """Refuse a person everywhere from their next message on; their notes and accounts are kept."""
    from memory.accounts.people import set_active

    try:
        with database().session() as session:
            set_active(session=session, name=name, active=undo)
    except KeqingError as exc:
        fail(texts.error_text(exc))
    typer.echo(texts.t("activated" if undo else "deactivated", name=name))
