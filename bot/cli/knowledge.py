"""The knowledge base: ask, kb add/list/remove/rebuild."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from bot.cli.app import JsonFlag, app, database, fail, kb_app
from bot.views import texts
from memory.base.errors import KeqingError

if TYPE_CHECKING:
    from knowledge.playbook_service import Playbook


def playbook() -> Playbook:
    """The knowledge base; the database (for the model's usage log) is opened only in model mode."""
    from knowledge.playbook_service import open_playbook
    from memory.base.settings import get_settings

    return open_playbook(database() if get_settings().llm == "openai" else None)


@app.command()
def ask(
    question: str,
    json_: JsonFlag = False,
    k: Annotated[int, typer.Option("-k", help="How many passages to retrieve.")] = 3,
) -> None:
    """Answer from the knowledge base, with sources."""

    try:
        answer = playbook().ask(question, k)
    except KeqingError as exc:
        fail(texts.error_text(exc), 2)
    if json_:
        typer.echo(json.dumps(answer.to_json(), ensure_ascii=False, indent=1))
        return
    from bot.views.answers import render_answer

    typer.echo(render_answer(answer))


@kb_app.command("add")
def kb_add(paths: list[Path]) -> None:
    """Add documents to the knowledge base (the same file twice is not duplicated)."""

    base = playbook()
    failed = False
    for path in paths:
        try:
            source, chunks, added = base.store.add(path)
        except KeqingError as exc:
            typer.echo(texts.error_text(exc), err=True)
            failed = True
            continue
        typer.echo(texts.t("kb_added" if added else "kb_unchanged", source=source, chunks=chunks))
    if failed:
        raise typer.Exit(1)


@kb_app.command("list")
def kb_list() -> None:
    """List the knowledge base's sources."""
    sources = playbook().store.sources()
    if not sources:
        typer.echo(texts.t("kb_empty_list"))
    for source in sources:
        typer.echo(f"{source.name}\t{source.chunks}\t{source.path}")


@kb_app.command("remove")
def kb_remove(source: str) -> None:
    """Remove one source from the knowledge base (the shipped one is `playbook`)."""

    try:
        removed = playbook().store.remove(source)
    except KeqingError as exc:
        fail(texts.error_text(exc))
    typer.echo(texts.t("kb_removed", source=source, chunks=removed))


@kb_app.command("restore-playbook")
def kb_restore_playbook() -> None:
    """Load the shipped playbook again (after `kb remove playbook`)."""
    from knowledge.store import PLAYBOOK_SOURCE

    source, chunks, added = playbook().store.restore_playbook()
    message = "kb_added" if added else "kb_unchanged"
    typer.echo(texts.t(message, source=source or PLAYBOOK_SOURCE, chunks=chunks))


@kb_app.command("rebuild")
def kb_rebuild() -> None:
    """Re-chunk and re-index every stored source."""
    typer.echo(texts.t("kb_rebuilt", chunks=playbook().store.rebuild()))
