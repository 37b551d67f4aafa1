"""The typer app and the helpers its commands share."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from bot.views import texts

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from memory.base.db import Database

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
    from memory.base.db import open_database

    return open_database()


def rights(session: Session, as_: str | None) -> set[int] | None:
    """Whose accounts the caller may see: everyone's from the shell, unless --as names a person."""
    if as_ is None:
        return None
    from memory.accounts.people import get_person, visible_rep_ids
    from memory.base.errors import KeqingError

    try:
        return visible_rep_ids(session=session, person=get_person(session=session, name=as_))
    except KeqingError as exc:
        fail(texts.error_text(exc), 2)


def narrowed(session: Session, allowed: set[int] | None, rep: str | None) -> set[int] | None:
    """Only one rep's accounts (--rep), if the caller may see them."""
    if rep is None:
        return allowed
    from memory.accounts.people import get_person
    from memory.base.errors import KeqingError

    try:
        person = get_person(session=session, name=rep)
    except KeqingError as exc:
        fail(texts.error_text(exc), 2)
    if allowed is not None and person.id not in allowed:
        fail(texts.t("permission_denied", detail=rep), 2)
    return {person.id}
