"""Briefings, the day's list, team summaries, the export, and the interactive transports: each command
calls the same flow as the chat, and prints its data as JSON or its replies as text."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Annotated

import typer

from bot.cli.app import AsOption, JsonFlag, app, context, emit, fail, parse_date
from bot.views import texts

DateOption = Annotated[str | None, typer.Option(help="The day, YYYY-MM-DD (default today).")]
SinceOption = Annotated[
    str | None, typer.Option(help="First day, YYYY-MM-DD (default: the 1st of the month).")
]
UntilOption = Annotated[str | None, typer.Option(help="Last day, YYYY-MM-DD (default today).")]


@app.command()
def brief(customer: str, date: DateOption = None, json_: JsonFlag = False, as_: AsOption = None) -> None:
    """Pre-visit briefing for one account (name or alias)."""
    ctx = context()
    from bot.flows.briefing import BriefingFlow

    outcome = BriefingFlow(ctx).brief(user=as_, query=customer, today=parse_date(date, ctx), full=True)
    emit(outcome, json_=json_, to_json=lambda b: b.to_json())


@app.command()
def today(
    date: DateOption = None,
    rep: Annotated[str | None, typer.Option(help="Only this rep's accounts.")] = None,
    json_: JsonFlag = False,
    as_: AsOption = None,
) -> None:
    """Accounts due or overdue for a visit, by tier and days overdue, grouped by town; commitments due."""
    ctx = context()
    from bot.flows.today import TodayFlow

    outcome = TodayFlow(ctx).today(user=as_, day=parse_date(date, ctx), rep=rep)
    emit(outcome, json_=json_, to_json=lambda d: d.to_json())


@app.command()
def team(
    since: SinceOption = None,
    until: UntilOption = None,
    rep: Annotated[str | None, typer.Option(help="Only this rep.")] = None,
    json_: JsonFlag = False,
    chart: Annotated[Path | None, typer.Option(help="Also write the charts to this PNG file.")] = None,
    as_: AsOption = None,
) -> None:
    """Team summary for managers (default: this month up to today)."""
    ctx = context()
    last = parse_date(until, ctx)
    first = parse_date(since, ctx) if since else last.replace(day=1)
    from bot.flows.team import TeamFlow

    outcome = TeamFlow(ctx).team(user=as_, since=first, until=last, rep=rep, chart=chart is not None)
    if chart is not None and outcome.data is not None and outcome.data.chart is not None:
        chart.write_bytes(outcome.data.chart)
    emit(outcome, json_=json_, to_json=lambda r: r.summary.to_json())


@app.command()
def export(
    xlsx: Annotated[Path, typer.Option(help="The Excel file to write.")],
    since: SinceOption = None,
    until: UntilOption = None,
    as_: AsOption = None,
) -> None:
    """Accounts, contacts, visits and commitments as an Excel workbook (managers and admins)."""
    ctx = context()
    last = parse_date(until, ctx)
    first = parse_date(since, ctx) if since else last.replace(day=1)
    from bot.flows.export import ExportFlow

    outcome = ExportFlow(ctx).export(user=as_, since=first, until=last)
    if outcome.data is None:
        fail(outcome.text, 2)
    xlsx.write_bytes(outcome.data.data)
    typer.echo(texts.t("exported", path=xlsx))


@app.command()
def chat(as_: AsOption = None) -> None:
    """The assistant in the terminal."""
    from bot.terminal import run_chat  # rich's console is only needed here

    run_chat(context(), user=as_)


@app.command()
def run(
    webhook: Annotated[
        str | None, typer.Option(help="Public URL for webhook mode.", envvar="KEQING_WEBHOOK_URL")
    ] = None,
    port: Annotated[
        int, typer.Option(help="Local port the webhook listens on.", envvar="KEQING_WEBHOOK_PORT")
    ] = 8443,
) -> None:
    """Run the Telegram bot (polling, or webhook with --webhook); TELEGRAM_API_BASE_URL picks the API."""
    from bot.telegram.app import run_bot  # python-telegram-bot is only needed here

    ctx = context()
    if not ctx.settings.telegram_bot_token:
        fail(texts.t("tg_no_token"), 2)
    run_bot(ctx, webhook=webhook, port=port)


@app.command()
def usage(
    days: Annotated[int, typer.Option(help="How many days back.")] = 30,
    json_: JsonFlag = False,
) -> None:
    """Model requests and tokens per day (KEQING_LLM=openai)."""
    from memory.llm.usage import usage_by_day

    ctx = context()
    with ctx.db.session() as session:
        rows = usage_by_day(session=session, since=ctx.clock.today() - dt.timedelta(days=days - 1))
    if json_:
        typer.echo(
            json.dumps([dataclasses.asdict(r) for r in rows], default=str, ensure_ascii=False, indent=2)
        )
        return
    if not rows:
        typer.echo(texts.t("usage_none"))
        return
    typer.echo(texts.t("usage_header"))
    for r in rows:
        typer.echo(
            texts.t(
                "usage_row",
                day=r.day,
                requests=r.requests,
                failed=r.failed,
                prompt=r.prompt_tokens,
                completion=r.completion_tokens,
                latency=r.mean_latency_ms,
            )
        )
