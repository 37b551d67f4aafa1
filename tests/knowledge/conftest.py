from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge.store import KnowledgeStore

DOCUMENTS = Path(__file__).resolve().parents[1] / "data" / "knowledge"
TEXTS = sorted(DOCUMENTS.glob("*.txt"))  # small articles written for the tests, one with web clutter


@pytest.fixture
def store(keqing_home: Path) -> Iterator[KnowledgeStore]:
    """An embedded Chroma knowledge base in the test's own KEQING_HOME."""
    yield KnowledgeStore(keqing_home)
