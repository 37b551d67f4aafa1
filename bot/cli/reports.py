"""Briefings, team summaries and the interactive transports."""

from __future__ import annotations

from typing import Annotated

import typer

from bot import texts
from bot.cli.app import AsOption, JsonFlag, app, database, fail, not_available


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
def run(
    webhook: Annotated[str | None, typer.Option(help="Public URL for webhook mode.")] = None,
    port: Annotated[int, typer.Option(help="Local port the webhook listens on.")] = 8443,
    poll_interval: Annotated[float, typer.Option(help="Seconds between polls.")] = 0.0,
) -> None:
    """Run the Telegram bot (polling, or webhook with --webhook); TELEGRAM_API_BASE_URL picks the API."""
    from bot.telegram.app import run_bot
    from memory.settings import get_settings

    settings = get_settings()
    if not settings.telegram_bot_token:
        fail(texts.t("tg_no_token"), 2)
    run_bot(db=database(), settings=settings, webhook=webhook, poll_interval=poll_interval, port=port)
