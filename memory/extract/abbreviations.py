"""Accounts' names shortened the way Chinese shortens a name (缩略): of each word of the name, in order,
the whole word, its first character or nothing — 石河子市人民医院 is written 石人医, 修湖县仁济医药配送公司
仁济配送, 百佑堂大药房连锁总部 百佑堂总部. A rep writes such forms without a thought; the master data
rarely lists them.

A name is read as its place (石河子市), its own name (仁济, 百佑堂) and the words that say what kind of
account it is (人民医院, 大药房, 连锁总部: the lexicon's customer suffixes). The own name is kept whole (a
name with none keeps its place, whole or by its first character); the place may go; every other word is kept,
cut to its first character or left out. A form counts only when it is long enough to be no accident (three
characters), is not the name itself, belongs to one account alone, is no alias already and no word of the
dictionary (人民医院, 市医院 are not names).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from itertools import product
from typing import Any

SHORTEST = 3
LONGEST = 6
# Words this long are two words to a reader (人民医院 → 人民 医院, 配送公司 → 配送 公司).
_SPLIT_FROM = 4


def words_of(text: str, tokenizer: Any) -> list[str]:
    """A part of a name word by word as jieba cuts it: a character it leaves alone belongs to the word
    before it (鹤鸣 堂 → 鹤鸣堂, 百 佑 堂 → 百佑堂: made-up names), a word of four characters or more is
    two-character pieces."""
    words: list[str] = []
    for word in tokenizer.cut(text, HMM=False):
        if len(word) == 1 and words:
            words[-1] += word
        elif len(word) >= _SPLIT_FROM:
            words.extend(word[i : i + 2] for i in range(0, len(word), 2))
        else:
            words.append(word)
    return words


def name_parts(name: str, place: str, kinds: tuple[str, ...]) -> tuple[str, list[str]]:
    """The name without its place split into its own name and its kind words, taken off the end one by
    one, longest first (百佑堂大药房连锁总部 → 百佑堂, [大药房, 连锁总部])."""
    rest = name.removeprefix(place)
    suffixes: list[str] = []
    while True:
        kind = next((k for k in kinds if rest.endswith(k) and len(k) < len(rest) + (not suffixes)), None)
        if kind is None:
            return rest, suffixes
        rest = rest.removesuffix(kind)
        suffixes.insert(0, kind)


def shortenings(place: str, own: list[str], kinds: list[list[str]]) -> set[str]:
    """Every shortened form of a name of a place, its own name's words and its kind words (each kind
    word by word). Something of the last kind stays: it tells a chain's head office (百佑堂总部) from its
    stores, a hospital (石人医) from the town."""
    head = (place, place[:1], "") if own else (place, place[:1])
    choices = [head if place else ("",), *((w,) if i == 0 else (w, w[0], "") for i, w in enumerate(own))]
    choices += [(w, w[0], "") for kind in kinds for w in kind]
    last = len(kinds[-1]) if kinds else 0
    whole = place + "".join(own) + "".join(w for kind in kinds for w in kind)
    forms: set[str] = set()
    for picked in product(*choices):
        form = "".join(picked)
        if form == whole or sum(1 for p in picked if p) < 2 or not SHORTEST <= len(form) <= LONGEST:
            continue
        if not last or any(picked[len(picked) - last :]):
            forms.add(form)
    return forms


def shortened_names(
    names: Iterable[tuple[int, str, str]],
    kinds: tuple[str, ...],
    tokenizer: Any,
    taken: Mapping[str, set[int]],
) -> dict[str, int]:
    """Shortened forms of accounts' names (each given as its owner's index, its name and its place, "" for
    none), those that belong to one account only, are no word of the dictionary and neither are nor hold
    another's alias (康达配 holds 康达, a distributor of the catalog: that one was named)."""
    owners: dict[str, set[int]] = defaultdict(set)
    for index, name, place in names:
        own, suffixes = name_parts(name, place, kinds)
        kind_words = [words_of(suffix, tokenizer) for suffix in suffixes]
        for form in shortenings(place, words_of(own, tokenizer), kind_words):
            owners[form].add(index)
    found: dict[str, int] = {}
    for form, owner in owners.items():
        if len(owner) != 1 or form in taken or tokenizer.FREQ.get(form):
            continue
        index = next(iter(owner))
        inside = (form[i:j] for i in range(len(form)) for j in range(i + 1, len(form) + 1))
        if all(taken.get(part, {index}) == {index} for part in inside):
            found[form] = index
    return found
