"""The knowledge base on a Chroma server (`chroma run`, a real process) answers as the embedded one does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge.playbook_service import Playbook
from tests.knowledge.conftest import TEXTS
from tests.servers import start_chroma

pytestmark = pytest.mark.slow
QUESTIONS = ["第一次拜访诊所要注意什么?", "药店什么时候去拜访比较好?", "竞品搞活动怎么应对?"]


@pytest.fixture
def chroma_url(tmp_path: Path) -> Iterator[str]:
    process, url = start_chroma(tmp_path / "chroma-server")
    yield url
    process.kill()
    process.wait()


def test_a_chroma_server_gives_the_embedded_answers(
    keqing_home: Path, tmp_path: Path, chroma_url: str
) -> None:
    served = Playbook(keqing_home, chroma_url)
    embedded = Playbook(tmp_path / "embedded")
    for question in QUESTIONS:
        assert [p.id for p in served.ask(question).sources] == [p.id for p in embedded.ask(question).sources]
    added = served.store.add(TEXTS[0])
    assert added[1] > 0
    assert any(s.name == added[0] for s in served.store.sources())
    again = Playbook(keqing_home, chroma_url)  # a second client sees what the first one stored
    assert again.store.version() == served.store.version()
