"""Master data as a searchable index: every name and alias of customers, products, competitors and
distributors, found in a note by exact match (Aho-Corasick), by sound (typos such as 板兰根 for 板蓝根
are homophones, compared by pinyin) and checked against jieba's word boundaries for short aliases.
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

import ahocorasick

from memory.base.dictionary import dictionary_tokenizer, shared_tokenizer
from memory.extract.abbreviations import shortened_names
from memory.extract.product_shortenings import DrugWords, shortened_products

PLACE_PREFIX = re.compile(r"^(.{1,5}?(?:县|市|区|镇|乡|街道|村))")
# Reps misspell by sound, often blurring 前后鼻音 and 平翘舌 (惠明 for 惠民, 张/脏): compare loosely.
_LOOSE_SOUNDS = [("zh", "z"), ("ch", "c"), ("sh", "s"), ("ing", "in"), ("eng", "en"), ("ang", "an")]
# An alias is indexed under at most this many ways of reading it (most names have one).
_MOST_READINGS = 8


@cache
def _pinyin() -> Any:
    # Sounds are read one character at a time, where pypinyin's phrase dictionary never applies:
    # not loading it saves 0.3 s of CPU on every start.
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    from pypinyin import lazy_pinyin

    return lazy_pinyin


@cache
def _readings() -> Any:
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    from pypinyin import Style, pinyin

    return lambda character: pinyin(character, style=Style.NORMAL, heteronym=True)[0]


@lru_cache(maxsize=65536)
def _loose_sound(character: str) -> str:
    return _loosen(_pinyin()(character)[0])


def loose_pinyin(text: str) -> list[str]:
    """One loose syllable a character; characters of no sound (digits, letters) stand for themselves."""
    return [_loose_sound(character) for character in text]


def alias_sounds(alias: str) -> list[tuple[str, ...]]:
    """An alias's loose pinyin under each reading of its characters (豉 is read shi and chi, and a rep
    typing 齿翘 for 豉翘 hears chi): the note's own characters are read once, the alias every way."""
    keys: list[tuple[str, ...]] = [()]
    for character in alias:
        sounds = dict.fromkeys([_loose_sound(character), *map(_loosen, _readings()(character))])
        keys = [(*key, sound) for key in keys for sound in sounds][:_MOST_READINGS]
    return keys


def _loosen(syllable: str) -> str:
    for strict, loose in _LOOSE_SOUNDS:
        syllable = syllable.replace(strict, loose)
    return syllable


@dataclass(frozen=True)
class Entity:
    kind: str  # customer, product, competitor, distributor
    id: int
    name: str
    type: str | None = None
    area: str | None = None
    rep: str | None = None
    unit: str | None = None
    # in the company's master data; False for an account first written in a rep's note
    listed: bool = True


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    alias: str
    entities: tuple[Entity, ...]
    by_sound: bool = False

    @property
    def kind(self) -> str:
        return self.entities[0].kind


# Latin letters in a name are typed in either case (钙d3 for 钙D3, vd for VD): names are matched folded.
_FOLD = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_BRANDED = re.compile(r"(.+?)[((]([^()()]+)[))]")
_OF = re.compile(r"(?:家|那个|那款|那种)?的?$")


@dataclass
class MasterData:
    """Plain rows read from the database, so the index can be built without a session."""

    company: str | None = None
    customers: list[dict[str, Any]] = field(default_factory=list)
    catalog: list[dict[str, Any]] = field(default_factory=list)
    reps: list[str] = field(default_factory=list)


def place_prefixes(text: str) -> list[str]:
    """Leading place names of a name or address: 城关镇人民路12号 → [城关镇]; 桐丘县人民医院 → [桐丘县]."""
    found: list[str] = []
    rest = text
    while True:
        match = PLACE_PREFIX.match(rest)
        if not match:
            return found
        found.append(match.group(1))
        rest = rest[match.end() :]


def short_place(place: str) -> str:
    return place[:-1] if len(place) >= 3 and place[-1] in "县市区镇乡" else place


class Gazetteer:
    def __init__(
        self, data: MasterData, generic_names: tuple[str, ...] = (), drugs: DrugWords | None = None
    ) -> None:
        self.company = data.company
        self.reps = set(data.reps)
        self.entities: list[Entity] = []
        aliases: dict[str, set[int]] = defaultdict(set)
        place_votes: dict[str, Counter[str]] = defaultdict(Counter)

        # 葵花的止咳糖浆 is the competitor's syrup: competitor products named "product(brand)" by their brand
        self._brands: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for row in data.catalog:
            index = self._add(Entity(row["kind"], row["id"], row["name"], unit=row.get("unit")))
            for alias in [row["name"], *row.get("aliases", [])]:
                aliases[alias].add(index)
            branded = _BRANDED.fullmatch(row["name"])
            if row["kind"] == "competitor" and branded:
                self._brands[branded.group(2)].append((branded.group(1), index))

        self._add_customers(data, generic_names, aliases, place_votes)
        # the catalog's entities come first: a row's index is its entity's
        goods = [
            (index, [row["name"], *row.get("aliases", [])], row["kind"] == "product")
            for index, row in enumerate(data.catalog)
            if row["kind"] in {"product", "competitor"}
        ]
        products = shortened_products(goods, drugs or DrugWords(), shared_tokenizer(), aliases)
        for form, index in products.items():
            self.shortened[form] = index
            aliases[form] = {index}
        self.places = {place: votes.most_common(1)[0][0] for place, votes in place_votes.items()}
        self.aliases = {alias: tuple(sorted(owners)) for alias, owners in aliases.items() if alias}
        self._index()
        self._tokenizer: Any = None

    def _add_customers(
        self,
        data: MasterData,
        generic_names: tuple[str, ...],
        aliases: dict[str, set[int]],
        place_votes: dict[str, Counter[str]],
    ) -> None:
        """Customers with their aliases, and the names left once a place is taken off (城关仁和药房 →
        仁和药房) where only one customer has them; each place votes for the areas of its customers."""
        derived: dict[str, set[int]] = defaultdict(set)
        names: list[tuple[int, str, str]] = []
        for row in data.customers:
            entity = Entity(
                "customer",
                row["id"],
                row["name"],
                row.get("type"),
                row.get("area"),
                row.get("rep"),
                listed=row.get("source") != "note",
            )
            index = self._add(entity)
            for alias in [row["name"], *row.get("aliases", [])]:
                aliases[alias].add(index)
            places = place_prefixes(row["name"]) + place_prefixes(row.get("address") or "")
            for place in places:
                if row.get("area"):
                    place_votes[place][row["area"]] += 1
                    place_votes[short_place(place)][row["area"]] += 1
            for place in {*places, *(short_place(p) for p in places)}:
                stripped = row["name"].removeprefix(place)
                core = next(
                    (stripped.removesuffix(g) for g in generic_names if stripped.endswith(g)), stripped
                )
                if stripped != row["name"] and len(stripped) >= 3 and len(core) >= 2:
                    derived[stripped].add(index)
            names.append((index, row["name"], "".join(place_prefixes(row["name"]))))
        for alias, owners in derived.items():
            if alias not in aliases and len(owners) == 1:
                aliases[alias] = owners
        self.shortened = shortened_names(names, generic_names, shared_tokenizer(), aliases)
        for form, index in self.shortened.items():
            aliases[form] = {index}

    def _index(self) -> None:
        """The automaton over every alias, and the aliases by their sounds (near-homophones)."""
        self._automaton = ahocorasick.Automaton()
        for alias in self.aliases:
            self._automaton.add_word(alias.translate(_FOLD), alias)
        if self.aliases:
            self._automaton.make_automaton()
        self._by_sound: dict[tuple[str, ...], list[str]] = defaultdict(list)
        for alias in self.aliases:
            # a shortened name is heard only as written: its sounds would match too much
            if len(alias) >= 3 and alias not in self.shortened and re.fullmatch(r"[\u4e00-\u9fff]+", alias):
                for sounds in alias_sounds(alias):
                    self._by_sound[sounds].append(alias)
        self._sound_lengths = sorted({len(key) for key in self._by_sound})

    def _add(self, entity: Entity) -> int:
        self.entities.append(entity)
        return len(self.entities) - 1

    def entities_of(self, alias: str) -> tuple[Entity, ...]:
        return tuple(self.entities[i] for i in self.aliases[alias])

    def entities_by_kind(self, kind: str) -> list[Entity]:
        return [e for e in self.entities if e.kind == kind]

    def customers(self) -> list[Entity]:
        return [e for e in self.entities if e.kind == "customer"]

    def warm_up(self) -> None:
        """Opens jieba's dictionary (a new home writes its copy first) and adds the aliases now, rather
        than on the first note that needs word bounds."""
        self._word_bounds("预热")

    def _word_bounds(self, text: str) -> set[int]:
        if self._tokenizer is None:
            tokenizer = dictionary_tokenizer()
            for alias in self.aliases.keys() - self.shortened:
                tokenizer.add_word(alias, freq=100000)
            self._tokenizer = tokenizer
        bounds, offset = {0}, 0
        for token in self._tokenizer.cut(text, HMM=False):
            offset += len(token)
            bounds.add(offset)
        return bounds

    def find(self, text: str) -> list[Mention]:
        """Non-overlapping mentions of known names, longest first; exact beats by-sound."""
        found: list[tuple[int, int, str, bool]] = []
        if self.aliases:
            for end, alias in self._automaton.iter(text.translate(_FOLD)):
                found.append((end - len(alias) + 1, end + 1, alias, False))
        if self._sound_lengths:
            sounds = loose_pinyin(text)
            for length in self._sound_lengths:
                for start in range(len(text) - length + 1):
                    for alias in self._by_sound.get(tuple(sounds[start : start + length]), ()):
                        if text[start : start + length] != alias:
                            found.append((start, start + length, alias, True))
        found.sort(key=lambda f: (-(f[1] - f[0]), f[3], f[0]))
        taken = [False] * len(text)
        mentions: list[Mention] = []
        bounds: set[int] | None = None
        for start, end, alias, by_sound in found:
            if any(taken[start:end]):
                continue
            # a short alias, or a shortened name (仁济医 is no name in 仁济医院), must stand as words do
            if end - start <= 2 or alias in self.shortened:
                bounds = bounds if bounds is not None else self._word_bounds(text)
                if start not in bounds or end not in bounds:
                    continue
            for i in range(start, end):
                taken[i] = True
            mentions.append(Mention(start, end, alias, self.entities_of(alias), by_sound))
        return sorted((self._competitor_product(text, m) for m in mentions), key=lambda m: m.start)

    def _competitor_product(self, text: str, mention: Mention) -> Mention:
        """One of our products named right after a competitor's brand (葵花的止咳糖浆) is the competitor's."""
        if mention.kind != "product" or not self._brands:
            return mention
        before = _OF.sub("", text[max(0, mention.start - 10) : mention.start])
        ours = mention.entities[0].name
        for brand, competitors in self._brands.items():
            if not before.endswith(brand):
                continue
            for base, index in competitors:
                if mention.alias in base or base in ours or ours in base:
                    return Mention(mention.start, mention.end, mention.alias, (self.entities[index],))
        return mention
