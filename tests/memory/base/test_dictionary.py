"""A tokenizer reading jieba's dictionary from its SQLite copy cuts exactly as jieba's own."""

from pathlib import Path

import pytest

from memory.base.dictionary import dictionary_tokenizer, quick_tokenizer
from memory.base.segmenter import load_jieba

SENTENCES = [
    "诊所老板嫌我们的返利太低 说隔壁那家给得多",
    "第一次去乡镇卫生院该找院长还是药房负责人",
    "连锁药店的采购经理总说预算用完了",
    "客情维护不是送礼 是让店员愿意首推",
]
ADDED = ["首推", "客情维护", "乡镇卫生院"]


def test_the_quick_tokenizer_cuts_as_jieba_does(tmp_path: Path) -> None:
    quick = quick_tokenizer(tmp_path)
    usual = load_jieba().Tokenizer()
    usual.initialize()
    assert quick.total == usual.total
    for tokenizer in (quick, usual):
        for word in ADDED:
            tokenizer.add_word(word)
    for sentence in SENTENCES:
        assert quick.lcut_for_search(sentence) == usual.lcut_for_search(sentence)
        assert quick.lcut(sentence, HMM=False) == usual.lcut(sentence, HMM=False)
        assert quick.lcut(sentence) == usual.lcut(sentence)
    assert quick.FREQ.get("首推") == usual.FREQ.get("首推")


def test_the_dictionary_copy_is_written_once(tmp_path: Path) -> None:
    quick_tokenizer(tmp_path)
    (copy,) = tmp_path.glob("jieba-*.sqlite")
    written = copy.stat().st_mtime_ns
    assert quick_tokenizer(tmp_path).lcut("店长没空见我") == load_jieba().lcut("店长没空见我")
    assert copy.stat().st_mtime_ns == written


def test_the_dictionary_tokenizer_keeps_its_copy_in_the_users_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    tokenizer = dictionary_tokenizer()
    assert list((tmp_path / "cache" / "keqing").glob("jieba-*.sqlite"))
    assert tokenizer.lcut("店长没空见我", HMM=False) == load_jieba().lcut("店长没空见我", HMM=False)
    tokenizer.add_word("没空见")
    assert "没空见" not in dictionary_tokenizer().FREQ  # a word one tokenizer adds stays in it
