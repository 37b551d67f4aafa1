"""The typer app and the helpers its commands share."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, NoReturn, TypeVar

import typer

from bot.views import texts
from bot.views.replies import Outcome

if TYPE_CHECKING:  # the context loads the whole application: a command imports it when it runs
    from bot.context import AppContext
    from memory.base.db import Database

T = TypeVar("T")

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


def parse_date(value: str | None, ctx: AppContext | None = None) -> dt.date:
    """A YYYY-MM-DD option; none means today (in the company's time zone when a context is given)."""
    if not value:
        return ctx.clock.today() if ctx is not None else dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(texts.t("bad_date", value=value), 2)


def database() -> Database:
    from memory.base.db import open_database

    return open_database()


def context() -> AppContext:
    """The application context for one command (settings, database, policy, lexicon, model)."""
    from bot.context import AppContext

    return AppContext.build()


def emit(outcome: Outcome[T], *, json_: bool, to_json: Callable[[T], object]) -> None:
    """A flow's outcome on the terminal: a failure is one line on stderr and exit 2; else JSON or text."""
    if outcome.data is None:
        fail(outcome.text, 2)
    if json_:
        typer.echo(json.dumps(to_json(outcome.data), ensure_ascii=False, indent=2))
    else:
        typer.echo(outcome.text)
