"""Metamorphic: a message typed without punctuation, or with a character swapped for one of the same
sound, goes where the message itself goes — on the tune split (dev master data), at least 95% of the
time; and rules checked on phrasings of their own (the second company's names)."""

import json

import pytest

from bot.routing.classifier import HERE
from bot.routing.normalize import plain
from bot.routing.router import Router, names_in
from memory.base.db import Database
from memory.base.yamlfile import read_yaml
from memory.extract.lexicon import load_lexicon
from tests.bot.routing.variants import Homophones, unpunctuated
from tests.conftest import DATA

AGREEMENT = 0.95


def _tune() -> list[dict[str, str]]:
    lines = (DATA / "routing" / "messages.jsonl").read_text(encoding="utf-8").splitlines()
    return [m for m in map(json.loads, lines) if m["split"] == "tune"]


def _pool() -> list[str]:
    """Everyday rep talk to draw homophones from: the training phrases and the tune messages."""
    training = read_yaml(HERE / "training.yaml")
    return [p for phrases in training.values() for p in phrases] + [m["text"] for m in _tune()]


def _names_kept(text: str, mentions: tuple[tuple[int, int, str], ...], reps: frozenset[str]) -> set[int]:
    """Where the master data's names are: a typo there is a name the gazetteer's own repair handles."""
    kept = {i for start, end, _kind in mentions for i in range(start, end)}
    for rep in reps:
        at = text.find(rep)
        kept |= set(range(at, at + len(rep))) if at >= 0 else set()
    return kept


@pytest.fixture(scope="module")
def homophones() -> Homophones:
    return Homophones(_pool())


def test_messages_without_punctuation_or_with_a_homophone_typo_route_the_same(
    dev_db: Database, homophones: Homophones
) -> None:
    router, lexicon = Router(), load_lexicon()
    agree = {"unpunctuated": 0, "typo": 0}
    items = _tune()
    with dev_db.session() as session:
        for item in items:
            text = plain(item["text"])
            names = names_in(session, text, lexicon)
            routed = router.route(text, names).intent
            typo = homophones.typo(text, item["id"], _names_kept(text, names.mentions, names.reps))
            variants = {"unpunctuated": unpunctuated(text), "typo": typo}
            for kind, variant in variants.items():
                agree[kind] += router.route_in(session, variant, lexicon).intent == routed
    assert agree["unpunctuated"] / len(items) >= AGREEMENT
    assert agree["typo"] / len(items) >= AGREEMENT


def test_a_homophone_typo_swaps_one_character_for_one_of_the_same_sound() -> None:
    sounds = Homophones(["再来", "在家", "哪里", "那个"])
    assert sounds.typo("明天在来", "s", keep={0, 1, 3}) == "明天再来"
    assert sounds.typo("去那家", "s", keep={0, 2}) == "去哪家"
    assert sounds.typo("百姓", "s", keep={0, 1}) == "百姓"  # a name is left alone


def test_unpunctuated_keeps_the_words_apart() -> None:
    assert unpunctuated("好的,谢谢!") == "好的 谢谢"
    assert unpunctuated("【通知】明天开会。") == "通知 明天开会"
