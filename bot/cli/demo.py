"""`keqing demo`: a made-up company to try the assistant with, before importing real master data."""

from __future__ import annotations

import typer

from bot.cli.app import app, context, fail
from bot.views import texts


@app.command()
def demo() -> None:
    """Load a small made-up company with a few visits into an empty database, to try things out."""
    from bot.demo import load_demo  # the extraction engine is imported by this command only

    loaded = load_demo(context())
    if loaded is None:
        fail(texts.t("demo_not_empty"), 2)
    typer.echo(
        texts.t(
            "demo_loaded",
            company=loaded.company,
            customers=loaded.customers,
            visits=loaded.visits,
            rep=loaded.rep,
            account=loaded.account,
        )
    )
