"""The knowledge base's index is kept on disk in KEQING_HOME, keyed by what it is made of: a new
process reads it instead of cutting every passage again, and any change of the documents or of the
vocabulary makes another key, so a stale index is never used."""

from pathlib import Path

from knowledge.search import Retriever
from knowledge.store import KnowledgeStore
from tests.knowledge.conftest import TEXTS


def cache_file(store: KnowledgeStore) -> Path:
    return store.folder / f"{store.collection}.index"


def key(store: KnowledgeStore) -> bytes:
    return cache_file(store).read_bytes().partition(b"\n")[0]


def test_a_new_retriever_reads_the_saved_index_and_ranks_as_the_first(store: KnowledgeStore) -> None:
    store.ensure_playbook()
    first = Retriever(store).retrieve("连锁总部的账期怎么谈", 3)
    written = cache_file(store).stat().st_mtime_ns
    again = Retriever(KnowledgeStore(store.home)).retrieve("连锁总部的账期怎么谈", 3)
    assert cache_file(store).stat().st_mtime_ns == written  # read, not rebuilt
    assert again.passages == first.passages and again.domain == first.domain


def test_adding_a_document_replaces_the_saved_index(store: KnowledgeStore) -> None:
    store.ensure_playbook()
    Retriever(store).titles()
    before = key(store)
    name, _, _ = store.add(TEXTS[0])
    fresh = Retriever(KnowledgeStore(store.home))
    assert any(p.source == name for p in fresh.search("诊所多久回访一次", 3))
    assert key(store) != before


def test_removing_a_document_replaces_the_saved_index(store: KnowledgeStore) -> None:
    store.ensure_playbook()
    name, _, _ = store.add(TEXTS[0])
    assert any(p.source == name for p in Retriever(store).search("诊所多久回访一次", 3))
    with_it = key(store)
    store.remove(name)
    fresh = Retriever(KnowledgeStore(store.home))
    assert all(p.source != name for p in fresh.search("诊所多久回访一次", 3))
    assert key(store) != with_it


def test_a_companys_own_vocabulary_is_another_index(store: KnowledgeStore, tmp_path: Path) -> None:
    """The same documents cut with a company's words (KEQING_HOME/synonyms.yaml) are another index."""
    own = KnowledgeStore(tmp_path / "own")
    (own.home / "synonyms.yaml").write_text("扫街: [陌生拜访, 开发新客户]\n", encoding="utf-8")
    for one in (store, own):
        one.ensure_playbook()
        Retriever(one).titles()
    assert key(own) != key(store)


def test_a_damaged_index_file_is_rebuilt(store: KnowledgeStore) -> None:
    store.ensure_playbook()
    expected = Retriever(store).retrieve("第一次去诊所要注意啥", 3).passages
    path = cache_file(store)
    head, _, body = path.read_bytes().partition(b"\n")
    path.write_bytes(head + b"\n" + body[: len(body) // 2])
    assert Retriever(KnowledgeStore(store.home)).retrieve("第一次去诊所要注意啥", 3).passages == expected
    assert len(path.read_bytes()) > len(head) + 1 + len(body) // 2
