"""Adding, listing, removing and rebuilding sources in a real embedded Chroma."""

from pathlib import Path

import pytest

from knowledge.store import PLAYBOOK_SOURCE, KnowledgeStore
from memory.base.errors import KeqingError
from tests.knowledge.conftest import DOCUMENTS, TEXTS


def names(store: KnowledgeStore) -> list[str]:
    return [s.name for s in store.sources()]


def test_adding_the_same_file_twice_does_not_duplicate(store: KnowledgeStore) -> None:
    source, chunks, added = store.add(TEXTS[0])
    assert added and chunks >= 3
    assert store.add(TEXTS[0]) == (source, chunks, False)
    assert len(store.all_chunks()) == chunks


def test_a_duplicate_document_is_retrieved_once_and_survives_the_removal_of_the_other(
    store: KnowledgeStore, tmp_path: Path
) -> None:
    from knowledge.search import Retriever

    copy = tmp_path / "copy_of_notes.txt"
    copy.write_text(TEXTS[0].read_text(encoding="utf-8"), encoding="utf-8")
    first, count, _ = store.add(TEXTS[0])
    second, _, added = store.add(copy)
    assert added
    passages = Retriever(store).search("诊所多久回访一次", 5)
    assert len({p.text for p in passages}) == len(passages)
    store.remove(first)
    assert len(store.all_chunks()) == count
    assert Retriever(store).search("诊所多久回访一次", 1)[0].source == second


def test_no_kb_add_removes_another_sources_passages(store: KnowledgeStore, tmp_path: Path) -> None:
    store.ensure_playbook()
    store.add(TEXTS[0])
    before = {c["id"] for c in store.all_chunks()}
    other = tmp_path / "elsewhere"
    other.mkdir()
    (other / TEXTS[0].name).write_text("另一份同名文件:拜访前先打电话预约。", encoding="utf-8")
    (tmp_path / "playbook.md").write_text("# 另一本手册\n\n## 节奏\n\n每周拜访一次。", encoding="utf-8")
    for path in (other / TEXTS[0].name, tmp_path / "playbook.md", TEXTS[1], DOCUMENTS / "chain_store.html"):
        store.add(path)
        assert before <= {c["id"] for c in store.all_chunks()}, path


def test_two_files_of_one_name_in_two_folders_are_two_sources(store: KnowledgeStore, tmp_path: Path) -> None:
    for folder in ("north", "south"):
        (tmp_path / folder).mkdir()
        tips = tmp_path / folder / "tips.txt"
        tips.write_text(f"{folder}区的拜访要点:先约时间再上门。", encoding="utf-8")
    first = store.add(tmp_path / "north" / "tips.txt")[0]
    second = store.add(tmp_path / "south" / "tips.txt")[0]
    assert first != second and names(store) == sorted([first, second])
    assert store.add(tmp_path / "north" / "tips.txt") == (first, 1, False)  # the same file again


def test_a_file_named_playbook_does_not_replace_the_shipped_playbook(
    store: KnowledgeStore, tmp_path: Path
) -> None:
    store.ensure_playbook()
    shipped = {c["id"] for c in store.all_chunks()}
    (tmp_path / "playbook.txt").write_text("公司自己的手册:拜访前先看库存。", encoding="utf-8")
    name, _, added = store.add(tmp_path / "playbook.txt")
    assert added and name != PLAYBOOK_SOURCE
    assert shipped <= {c["id"] for c in store.all_chunks()}


def test_remove_and_list(store: KnowledgeStore) -> None:
    for seed in TEXTS:
        store.add(seed)
    assert names(store) == [TEXTS[0].stem, TEXTS[1].stem]
    removed = store.remove(TEXTS[0].stem)
    assert removed > 0
    assert names(store) == [TEXTS[1].stem]
    assert {c["source"] for c in store.all_chunks()} == {TEXTS[1].stem}
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
    assert again.restore_playbook()[1] == count  # and it can be restored
    assert names(again) == [PLAYBOOK_SOURCE]


def test_rebuild_restores_the_same_chunks(store: KnowledgeStore) -> None:
    store.add(TEXTS[0])
    before = sorted(c["id"] for c in store.all_chunks())
    assert store.rebuild() == len(before)
    assert sorted(c["id"] for c in store.all_chunks()) == before


def test_an_empty_document_is_refused(store: KnowledgeStore, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n\n", encoding="utf-8")
    with pytest.raises(KeqingError) as caught:
        store.add(empty)
    assert caught.value.code == "kb_empty"
