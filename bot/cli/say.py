"""`keqing say`: one chat turn from the shell, answered exactly as the chat would answer that person."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from bot.cli.app import AsOption, JsonFlag, app, context, fail, parse_date
from bot.views import texts
from memory.base.errors import KeqingError


@app.command()
def say(
    text: str,
    as_: AsOption = None,
    date: Annotated[str | None, typer.Option(help="The day of the chat, YYYY-MM-DD (default today).")] = None,
    json_: JsonFlag = False,
) -> None:
    """One chat turn; a note's card is shown but nothing is saved (saving takes a button)."""
    from bot.assistant import Assistant  # the whole chat: loaded only when this command runs
    from memory.accounts.access import scope_for

    ctx = context()
    day = parse_date(date, ctx)
    with ctx.db.session() as session:
        try:
            scope_for(session=session, name=as_)  # an unknown name fails here, as in every other command
        except KeqingError as exc:
            fail(texts.error_text(exc), 2)
    turn = Assistant(ctx).turns.answer(user=as_ or "", text=text, today=day, preview=True)
    reply = "\n\n".join(r.text for r in turn.replies)
    buttons = [c.label for r in turn.replies for c in r.choices]
    if json_:
        typer.echo(
            json.dumps({"intent": turn.intent, "reply": reply, "buttons": buttons}, ensure_ascii=False)
        )
        return
    typer.echo(reply)
    for number, label in enumerate(buttons, start=1):
        typer.echo(f"  {number}. {label}")
