"""Adding, listing, removing and rebuilding sources in a real embedded Chroma."""

from pathlib import Path

import pytest

from knowledge.store import PLAYBOOK_SOURCE, KnowledgeStore
from memory.base.errors import KeqingError
from tests.knowledge.conftest import SEEDS


def names(store: KnowledgeStore) -> list[str]:
    return [s.name for s in store.sources()]


def test_adding_the_same_file_twice_does_not_duplicate(store: KnowledgeStore) -> None:
    source, chunks, added = store.add(SEEDS[0])
    assert added and chunks > 5
    assert store.add(SEEDS[0]) == (source, chunks, False)
    assert len(store.all_chunks()) == chunks


def test_identical_passages_are_stored_once(store: KnowledgeStore, tmp_path: Path) -> None:
    copy = tmp_path / "copy_of_seed.txt"
    copy.write_text(SEEDS[0].read_text(encoding="utf-8"), encoding="utf-8")
    _, first, _ = store.add(SEEDS[0])
    _, second, added = store.add(copy)
    assert added and second == 0
    assert len(store.all_chunks()) == first


def test_remove_and_list(store: KnowledgeStore) -> None:
    for seed in SEEDS[:2]:
        store.add(seed)
    assert names(store) == [SEEDS[0].stem, SEEDS[1].stem]
    removed = store.remove(SEEDS[0].stem)
    assert removed > 0
    assert names(store) == [SEEDS[1].stem]
    assert {c["source"] for c in store.all_chunks()} == {SEEDS[1].stem}
    with pytest.raises(KeqingError) as caught:
        store.remove("no-such-source")
    assert caught.value.code == "kb_no_source"


def test_the_playbook_loads_once_and_stays_removed(store: KnowledgeStore, keqing_home: Path) -> None:
    store.ensure_playbook()
    assert PLAYBOOK_SOURCE in names(store)
    count = len(store.all_chunks())
    store.ensure_playbook()
    assert len(store.all_chunks()) == count
    store.remove(PLAYBOOK_SOURCE)
    again = KnowledgeStore(keqing_home)
    again.ensure_playbook()
    assert names(again) == [] and again.all_chunks() == []


def test_rebuild_restores_the_same_chunks(store: KnowledgeStore) -> None:
    store.add(SEEDS[2])
    before = sorted(c["id"] for c in store.all_chunks())
    assert store.rebuild() == len(before)
    assert sorted(c["id"] for c in store.all_chunks()) == before


def test_an_empty_document_is_refused(store: KnowledgeStore, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n\n", encoding="utf-8")
    with pytest.raises(KeqingError) as caught:
        store.add(empty)
    assert caught.value.code == "kb_empty"
