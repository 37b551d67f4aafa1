"""`keqing demo` (a made-up company to try the assistant with) and `keqing health` (for containers)."""

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


@app.command()
def health() -> None:
    """Exit 0 when the database (and the Chroma server, if one is configured) answers: the container's
    health check."""
    import httpx
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    from memory.base.db import make_engine
    from memory.base.settings import get_settings

    settings = get_settings()
    try:
        with make_engine(settings.db_url, patient=False).connect() as connection:
            connection.execute(text("SELECT 1"))
        if settings.chroma_url:
            httpx.get(f"{settings.chroma_url.rstrip('/')}/api/v2/heartbeat", timeout=5).raise_for_status()
    except (SQLAlchemyError, httpx.HTTPError) as exc:
        fail(texts.t("health_failed", problem=str(exc).splitlines()[0]))
    typer.echo(texts.t("health_ok", chroma=texts.t("health_chroma") if settings.chroma_url else ""))
