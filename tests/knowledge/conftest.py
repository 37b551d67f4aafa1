from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge.store import KnowledgeStore
from tests.conftest import SHARED

SEEDS = sorted((SHARED / "seeds").glob("*.txt"))


@pytest.fixture
def store(keqing_home: Path) -> Iterator[KnowledgeStore]:
    """An embedded Chroma knowledge base in the test's own KEQING_HOME."""
    yield KnowledgeStore(keqing_home)
