"""Briefings, team summaries and the interactive transports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from bot.cli.app import AsOption, JsonFlag, app, database, fail, narrowed, parse_date, rights
from bot.views import texts


@app.command()
def brief(
    customer: str,
    date: Annotated[str | None, typer.Option(help="Reference date, YYYY-MM-DD (default today).")] = None,
    json_: JsonFlag = False,
    as_: AsOption = None,
) -> None:
    """Pre-visit briefing for one account (name or alias)."""
    from bot.views.briefing import render_brief
    from memory.base.errors import KeqingError
    from memory.base.settings import get_settings
    from memory.llm.client import chat_model
    from memory.reports.brief_service import brief_of, resolve_customer

    today = parse_date(date)
    db = database()
    with db.session() as session:
        try:
            found = resolve_customer(session=session, query=customer, rep_ids=rights(session, as_))
        except KeqingError as exc:
            fail(texts.error_text(exc), 2)
        result = brief_of(session=session, customer=found, today=today, model=chat_model(get_settings(), db))
    if json_:
        typer.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        typer.echo(render_brief(result, today=today.isoformat()))


@app.command()
def today(
    date: Annotated[str | None, typer.Option(help="The day, YYYY-MM-DD (default today).")] = None,
    rep: Annotated[str | None, typer.Option(help="Only this rep's accounts.")] = None,
    json_: JsonFlag = False,
    as_: AsOption = None,
) -> None:
    """Accounts due or overdue for a visit, by tier and days overdue, grouped by town; commitments due."""
    from bot.views.today import render_today
    from memory.base.settings import get_settings
    from memory.reports.cadence import load_policy
    from memory.reports.due import commitments_due, due_customers

    day = parse_date(date)
    with database().session() as session:
        allowed = narrowed(session, rights(session, as_), rep)
        due = due_customers(
            session=session, rep_ids=allowed, today=day, policy=load_policy(get_settings().home)
        )
        commitments = commitments_due(session=session, rep_ids=allowed, until=day)
    if json_:
        payload = {
            "date": day.isoformat(),
            "due": [d.to_json() for d in due],
            "commitments_due": [
                {"customer": p.customer, "text": p.text, "due": p.due.isoformat()} for p in commitments
            ],
        }
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        typer.echo(render_today(due, commitments, today=day, show_rep=rep is None))


@app.command()
def team(
    since: Annotated[
        str | None, typer.Option(help="First day, YYYY-MM-DD (default: the 1st of this month).")
    ] = None,
    until: Annotated[str | None, typer.Option(help="Last day, YYYY-MM-DD (default today).")] = None,
    rep: Annotated[str | None, typer.Option(help="Only this rep.")] = None,
    json_: JsonFlag = False,
    chart: Annotated[Path | None, typer.Option(help="Also write the charts to this PNG file.")] = None,
    as_: AsOption = None,
) -> None:
    """Team summary for managers (default: this month up to today)."""
    from bot.flows.team import manager_rights, render_team
    from bot.views.charts import team_chart
    from memory.base.errors import KeqingError
    from memory.base.settings import get_settings
    from memory.reports.cadence import load_policy
    from memory.reports.team import team_summary, weekly_visits

    last = parse_date(until)
    first = parse_date(since) if since else last.replace(day=1)
    if first > last:
        fail(texts.t("bad_period", since=first, until=last), 2)
    with database().session() as session:
        try:
            allowed = narrowed(session, manager_rights(session, as_ or ""), rep)
        except KeqingError as exc:
            fail(texts.error_text(exc), 2)
        result = team_summary(
            session=session, rep_ids=allowed, since=first, until=last, policy=load_policy(get_settings().home)
        )
        weekly = weekly_visits(session=session, rep_ids=allowed, since=first, until=last) if chart else {}
    if chart is not None:
        chart.write_bytes(team_chart(result, weekly))
    if json_:
        typer.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        typer.echo(render_team(result))


@app.command()
def export(
    xlsx: Annotated[Path, typer.Option(help="The Excel file to write.")],
    since: Annotated[
        str | None, typer.Option(help="First day of visits, YYYY-MM-DD (default: this month).")
    ] = None,
    until: Annotated[str | None, typer.Option(help="Last day, YYYY-MM-DD (default today).")] = None,
    as_: AsOption = None,
) -> None:
    """Accounts, contacts, visits and commitments as an Excel workbook (managers and admins)."""
    from bot.flows.team import manager_rights
    from memory.base.errors import KeqingError
    from memory.reports.export import export_workbook

    last = parse_date(until)
    first = parse_date(since) if since else last.replace(day=1)
    with database().session() as session:
        try:
            allowed = manager_rights(session, as_ or "")
        except KeqingError as exc:
            fail(texts.error_text(exc), 2)
        data = export_workbook(session=session, rep_ids=allowed, since=first, until=last)
    xlsx.write_bytes(data)
    typer.echo(texts.t("exported", path=xlsx))


@app.command()
def chat(as_: AsOption = None) -> None:
    """The assistant in the terminal."""
    from bot.terminal import run_chat

    run_chat(database(), user=as_)


@app.command()
def run(
    webhook: Annotated[str | None, typer.Option(help="Public URL for webhook mode.")] = None,
    port: Annotated[int, typer.Option(help="Local port the webhook listens on.")] = 8443,
) -> None:
    """Run the Telegram bot (polling, or webhook with --webhook); TELEGRAM_API_BASE_URL picks the API."""
    from bot.telegram.app import run_bot
    from memory.base.settings import get_settings

    settings = get_settings()
    if not settings.telegram_bot_token:
        fail(texts.t("tg_no_token"), 2)
    run_bot(db=database(), settings=settings, webhook=webhook, port=port)


@app.command()
def usage(
    days: Annotated[int, typer.Option(help="How many days back.")] = 30,
    json_: JsonFlag = False,
) -> None:
    """Model requests and tokens per day (KEQING_LLM=openai)."""
    import dataclasses
    import datetime as dt

    from memory.llm.usage import usage_by_day

    with database().session() as session:
        rows = usage_by_day(session=session, since=dt.date.today() - dt.timedelta(days=days - 1))
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
