"""The typer app and the helpers its commands share."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from bot import texts

if TYPE_CHECKING:
    from memory.db import Database

app = typer.Typer(
    help="客情助手 Keqing: visit notes, playbook answers, briefings and team summaries for pharma reps.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
kb_app = typer.Typer(help="Manage the knowledge base (txt, md, html, docx, pdf).", no_args_is_help=True)
app.add_typer(kb_app, name="kb")

AsOption = Annotated[str | None, typer.Option("--as", help="Act as this person (with their rights).")]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def fail(message: str, code: int = 1) -> NoReturn:
    typer.echo(message, err=True)
    raise typer.Exit(code)


def parse_date(value: str | None) -> dt.date:
    if not value:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(texts.t("bad_date", value=value), 2)


def database() -> Database:
    from memory.db import open_database

    return open_database()


def not_available(command: str) -> NoReturn:
    fail(texts.t("not_available", command=command), 3)
