"""Briefings, team summaries and the interactive transports."""

from __future__ import annotations

from typing import Annotated

import typer

from bot.cli.app import AsOption, JsonFlag, app, database, not_available


@app.command()
def brief(
    customer: str,
    date: Annotated[str | None, typer.Option(help="Reference date, YYYY-MM-DD (default today).")] = None,
    json_: JsonFlag = False,
    as_: AsOption = None,
) -> None:
    """Pre-visit briefing for one account."""
    not_available("brief")


@app.command()
def team(
    since: Annotated[str | None, typer.Option(help="First day, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last day, YYYY-MM-DD.")] = None,
    rep: Annotated[str | None, typer.Option(help="Only this rep.")] = None,
    json_: JsonFlag = False,
    as_: AsOption = None,
) -> None:
    """Team summary for managers (default: this month up to today)."""
    not_available("team")


@app.command()
def chat(as_: AsOption = None) -> None:
    """The assistant in the terminal."""
    from bot.terminal import run_chat

    run_chat(database(), user=as_)


@app.command()
def run(webhook: Annotated[str | None, typer.Option(help="Public URL for webhook mode.")] = None) -> None:
    """Run the Telegram bot (polling, or webhook with --webhook)."""
    not_available("run")
