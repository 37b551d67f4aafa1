"""The router over the sample company's database, shared by the rule tests of this folder."""

import pytest

from bot.routing.router import Router
from memory.base.db import Database
from memory.extract.lexicon import load_lexicon


@pytest.fixture
def route(sample_db: Database):  # type: ignore[no-untyped-def]
    """(intent, the rule that decided) of a message."""
    router = Router()

    def routed(text: str) -> tuple[str, str | None]:
        with sample_db.session() as session:
            found = router.route_in(session, text, load_lexicon())
        return found.intent, found.rule

    return routed
