"""The knowledge base: ask, kb add/list/remove/rebuild."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from bot.cli.app import JsonFlag, app, kb_app, not_available


@app.command()
def ask(
    question: str,
    json_: JsonFlag = False,
    k: Annotated[int, typer.Option("-k", help="How many passages to retrieve.")] = 3,
) -> None:
    """Answer from the knowledge base, with sources."""
    not_available("ask")


@kb_app.command("add")
def kb_add(paths: list[Path]) -> None:
    """Add documents to the knowledge base."""
    not_available("kb add")


@kb_app.command("list")
def kb_list() -> None:
    """List the knowledge base's sources."""
    not_available("kb list")


@kb_app.command("remove")
def kb_remove(source: str) -> None:
    """Remove one source from the knowledge base."""
    not_available("kb remove")


@kb_app.command("rebuild")
def kb_rebuild() -> None:
    """Rebuild the search index from the stored sources."""
    not_available("kb rebuild")
