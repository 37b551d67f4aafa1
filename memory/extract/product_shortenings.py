"""Own products' names shortened the way reps write them: the stem of a drug's name (硝苯 for 硝苯地平缓释片,
阿莫 for 阿莫西林胶囊: the first half of its main word), or the first character of each word of the name,
a Latin part kept whole (丹滴 for 丹参滴丸, 维D for 维生素D滴剂). The catalog rarely lists such forms.

A form counts only when it belongs to one product alone (every product's and rival's forms and aliases
compared), is no alias already, and is no common word: a stem no word the dictionary knows well (复方,
小儿, 感冒 are words of their own) nor a class of drugs (头孢), a run of initials no dictionary word at
all. Found in a note, a form must stand as words do (memory/extract/gazetteer.py).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

# A stem the dictionary counts this often is a word of its own (复方 188, 小儿 607), not a name's stem
# (二甲 45, 阿莫 2).
COMMON_WORD = 100
# A name's main word this long is read as two halves (硝苯地平 → 硝苯 地平), its stem the first.
_MAIN_WORD = 4
_SPEC = re.compile(r"[((][^()()]*[))]")
_RUNS = re.compile(r"[A-Za-z0-9.]+|[\u4e00-\u9fff]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_TWO_HAN = re.compile(r"[\u4e00-\u9fff]{2}")


@dataclass(frozen=True)
class DrugWords:
    """The lexicon's dosage forms (drug_forms, longest first) and stems of drug classes (drug_class_stems)."""

    forms: tuple[str, ...] = ()
    class_stems: frozenset[str] = frozenset()


def name_words(name: str, forms: tuple[str, ...], tokenizer: Any) -> tuple[list[str], str | None]:
    """The words of a product's name without its spec (括号) and dosage form, and its stem: the first
    half of a main word of four characters or more (a character jieba leaves alone joins the word
    before it: 二甲 双 胍 → 二甲双胍)."""
    core = _SPEC.sub("", name)
    form = next((f for f in forms if core.endswith(f) and len(core) > len(f)), "")
    core = core[: len(core) - len(form)]
    words: list[str] = []
    for run in _RUNS.findall(core):
        if not _HAN.match(run):
            words.append(run)
            continue
        for word in tokenizer.cut(run, HMM=False):
            if len(word) == 1 and words and _HAN.match(words[-1]):
                words[-1] += word
            else:
                words.append(word)
    main = words[0] if words else ""
    stem = main[:2] if len(main) >= _MAIN_WORD and _TWO_HAN.fullmatch(main[:2]) else None
    return [*words, *([form] if form else [])], stem


def forms_of(name: str, drugs: DrugWords, tokenizer: Any, *, stem: bool) -> set[str]:
    """A name's stem (when asked: an alias such as 小盒钙锌 has none) and the runs of its words'
    initials (of two words or more)."""
    words, main = name_words(name, drugs.forms, tokenizer)
    found = set()
    if stem and main and tokenizer.FREQ.get(main, 0) < COMMON_WORD and main not in drugs.class_stems:
        found.add(main)
    initials = [word[0] if _HAN.match(word) else word for word in words]
    for count in range(2, len(initials) + 1):
        form = "".join(initials[:count])
        if len(form) >= 2 and not tokenizer.FREQ.get(form):
            found.add(form)
    return found


def shortened_products(
    names: Iterable[tuple[int, list[str], bool]],
    drugs: DrugWords,
    tokenizer: Any,
    taken: Mapping[str, set[int]],
) -> dict[str, int]:
    """Shortened forms of products' names (each given as its owner's index, its name then its aliases
    and whether it is an own product) that belong to one own product only and are no alias."""
    owners: dict[str, set[int]] = defaultdict(set)
    own: set[int] = set()
    for index, aliases, is_own in names:
        if is_own:
            own.add(index)
        for alias in aliases:
            for form in forms_of(alias, drugs, tokenizer, stem=alias == aliases[0]):
                owners[form].add(index)
    return {
        form: next(iter(owner))
        for form, owner in owners.items()
        if len(owner) == 1 and owner <= own and form not in taken
    }
