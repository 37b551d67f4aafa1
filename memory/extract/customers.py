"""Which account a note is about: a known customer by name, alias or sound, or a new one as written."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from memory.extract.delivery import delivers
from memory.extract.gazetteer import Entity, Gazetteer, Mention
from memory.extract.lexicon import Lexicon, alternatives, longest_first
from memory.extract.text import Segments, contains_any

_BRANCH = re.compile(
    r"(?!连锁|门店)(?:(?![的了里是在和跟])[\u4e00-\u9fff0-9]){1,5}?(?:分店|店)(?![长员里主])"
)


_APPOSITION_REACH = 10  # 百姓缘大药房 重庆那边的连锁: what is said of a shop right after its name
_CALLED_REACH = 6  # 中医诊所 叫济世堂诊所: what stands between a shop's kind and the name it is called by
_SEQUENCE_REACH = 6  # 先去…, 转头去…: how far before an account its place in a round of visits is said


@dataclass
class CustomerMatch:
    name: str
    matched: bool
    type: str | None = None
    area: str | None = None
    entity: Entity | None = None
    candidates: list[Entity] = field(default_factory=list)
    span: tuple[int, int] | None = None


@dataclass(frozen=True)
class _NewName:
    start: int
    end: int
    name: str
    type: str


class CustomerResolver:
    def __init__(self, gazetteer: Gazetteer, lexicon: Lexicon) -> None:
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.suffix_type = {
            suffix: code for code, words in lexicon.groups("customer_suffixes").items() for suffix in words
        }
        self.suffixes = longest_first(list(self.suffix_type))
        self._suffix_re = re.compile(alternatives(self.suffixes, longest=False))
        self._by_character: dict[str, list[str]] | None = None
        self._territories: dict[str, str] | None = None
        self._stops = longest_first(
            [
                "了家",
                "一家",
                "这家",
                "那家",
                "新开的",
                "开的",
                "的",
                "了",
                "去",
                "到",
                "在",
                "是",
                "和",
                "跟",
                "给",
                "新开",
                "叫",
                # 新开了个安康诊所: a measure word before the name is no part of it
                "了个",
                "一个",
                "个",
                # 去了趟海流图村卫生室: a count of trips
                "了趟",
                "一趟",
                "趟",
            ]
        )
        self._inner_stops = tuple(lexicon.words("shop_name_stop_characters"))

    def resolve(
        self, text: str, segments: Segments, mentions: list[Mention], rep: str | None
    ) -> CustomerMatch:
        known = [m for m in mentions if m.kind == "customer" and not self._not_account(text, m)]
        # 鸿泰 催款, 去潮信收数: a wholesaler of the catalog that is a listed customer too is the account
        # visited where no other account is named and it is not said to deliver
        known = known or [
            Mention(m.start, m.end, m.alias, tuple(e for e in m.entities if e.kind == "customer"))
            for m in mentions
            if m.kind == "distributor"
            and any(e.kind == "customer" for e in m.entities)
            and not delivers(text, m)
            and not self._not_account(text, m)
        ]
        known = self._visited_last(text, known, mentions)
        new = self._new_names(text, mentions)
        has_new_cue = contains_any(text, self.lexicon.words("new_customer_cues"))
        first_known = known[0] if known else None
        if new and (
            first_known is None
            or (has_new_cue and new[0].start <= first_known.start)
            or self._opens_before_supplier(segments, new[0], first_known)
        ):
            return self._as_new(text, segments, new[0], rep)
        if first_known is not None:
            return self._as_known(first_known, rep)
        fuzzy = self._fuzzy(text, segments)
        if fuzzy is not None:
            return self._as_known(fuzzy, rep)
        if new:
            return self._as_new(text, segments, new[0], rep)
        return self._by_person(text) or CustomerMatch(name="", matched=False)

    def _visited_last(self, text: str, known: list[Mention], mentions: list[Mention]) -> list[Mention]:
        """先去棉埔卫生院 人都不在 转头去永和堂…: a round of visits said in order (a first visit, then a
        move on to the next account) is recorded at the account visited last, unless the goods were
        spoken of only at the first."""
        accounts = [m for i, m in enumerate(known) if all(m.entities != k.entities for k in known[:i])]
        if len(accounts) < 2:
            return known
        first, last = accounts[0], accounts[-1]
        opened = text[max(0, first.start - _SEQUENCE_REACH) : first.start]
        moved = text[max(first.end, last.start - _SEQUENCE_REACH) : last.start]
        if not (
            contains_any(opened, self.lexicon.words("visit_first"))
            and contains_any(moved, self.lexicon.words("visit_next"))
        ):
            return known
        goods = [m.start for m in mentions if m.kind == "product"]
        if goods and all(at < last.start for at in goods):
            return known
        return [last, *(m for m in known if m is not last)]

    def _by_person(self, text: str) -> CustomerMatch | None:
        """No account named, but someone the confirmed records tie to one account alone (钱姐来电话,
        钱姐 being 百顺's manager): that account."""
        people: dict[str, Any] = self.lexicon.data.get("account_contacts") or {}
        accounts = {
            account for account, names in people.items() for name in names if len(name) >= 2 and name in text
        }
        if len(accounts) != 1:
            return None
        name = accounts.pop()
        entity = next((e for e in self.gazetteer.customers() if e.name == name), None)
        if entity is None:
            return None
        return CustomerMatch(entity.name, entity.listed, entity.type, entity.area, entity)

    @staticmethod
    def _opens_before_supplier(segments: Segments, new: _NewName, known: Mention) -> bool:
        """后屯村卫生室 … 让福顺送: a new account opening the note, a distributor named later (its
        supplier) — a distributor named first is the account visited (对账 at the wholesaler).
        永康医药批发部对账。… 天佑、安康两家的单据: a new account opening the note, the known ones
        named only in later sentences (whose business was done there)."""
        first_clause = segments.clauses[0].start if segments.clauses else 0
        if new.start != first_clause or known.start < new.start:
            return False
        later = segments.sentence_bounds(known.start) != segments.sentence_bounds(new.start)
        return later or all(e.type == "distributor" for e in known.entities)

    def _not_account(self, text: str, mention: Mention) -> bool:
        before = text[max(0, mention.start - 4) : mention.start]
        return any(before.endswith(word) for word in self.lexicon.words("not_account_before"))

    def _as_known(self, mention: Mention, rep: str | None) -> CustomerMatch:
        entities = list(mention.entities)
        own = [e for e in entities if rep and e.rep == rep]
        chosen = (own or entities)[0]
        candidates = entities if len(entities) > 1 else []
        # an account a rep's note created is linked, but is no customer of the master data (yet)
        return CustomerMatch(
            chosen.name,
            chosen.listed,
            chosen.type,
            chosen.area,
            chosen,
            candidates,
            (mention.start, mention.end),
        )

    def _fuzzy(self, text: str, segments: Segments) -> Mention | None:
        """A partial or misspelt long name in the first sentence (百性大药房, 仁和大药店)."""
        start, end = segments.sentences[0] if segments.sentences else (0, len(text))
        head = text[start:end]
        best: tuple[float, Mention] | None = None
        for alias in self._sharing_characters(head):
            entities = self.gazetteer.entities_of(alias)
            found = fuzz.partial_ratio_alignment(alias, head, score_cutoff=80)
            if found is None:
                continue
            mention = Mention(start + found.dest_start, start + found.dest_end, alias, entities)
            if best is None or found.score > best[0]:
                best = (found.score, mention)
        return best[1] if best else None

    def _sharing_characters(self, head: str, limit: int = 40) -> list[str]:
        """Long customer aliases sharing the most characters with head: the only ones worth a fuzzy look."""
        if self._by_character is None:
            index: dict[str, list[str]] = defaultdict(list)
            for alias, owners in self.gazetteer.aliases.items():
                if len(alias) >= 4 and self.gazetteer.entities[owners[0]].kind == "customer":
                    for character in set(alias):
                        index[character].append(alias)
            self._by_character = index
        shared: Counter[str] = Counter()
        for character in set(head):
            shared.update(self._by_character.get(character, ()))
        return [alias for alias, count in shared.most_common(limit) if count >= len(alias) * 0.6]

    def _new_names(self, text: str, mentions: list[Mention]) -> list[_NewName]:
        taken = [False] * len(text)
        for m in mentions:
            for i in range(m.start, m.end):
                taken[i] = True
        generic = self.lexicon.words("generic_shop_prefixes")
        names = []
        for match in self._suffix_re.finditer(text):
            if any(taken[match.start() : match.end()]):
                continue
            start = self._name_start(text, match.start())
            if self._not_account(text, Mention(start, match.end(), "", ())):
                continue  # 以前在柳州做过药店: a past job, not an account
            prefix = text[start : match.start()]
            if len(prefix) < 2 or any(prefix.startswith(g) or prefix == g for g in generic):
                continue
            end, kind = match.end(), self.suffix_type[match.group(0)]
            branch = _BRANCH.match(text, end) if kind == "pharmacy" else None
            if branch is not None:  # 老百姓大药房五一路店: a store of a chain
                end, kind = branch.end(), "chain_store"
            names.append(_NewName(start, end, text[start:end], kind))
        return self._called_first(text, names)

    @staticmethod
    def _called_first(text: str, names: list[_NewName]) -> list[_NewName]:
        """新开了个中医诊所 叫济世堂诊所: a name introduced by 叫 right after a shop described by its
        kind is that shop's name."""
        if len(names) < 2:
            return names
        first, second = names[0], names[1]
        between = text[first.end : second.start]
        if len(between) <= _CALLED_REACH and between.rstrip().endswith(("叫", "叫做", "名叫")):
            return [second, first, *names[2:]]
        return names

    def _name_start(self, text: str, suffix: int) -> int:
        """Where a shop name written before its suffix starts: at a stop word (了家, 去, 的…), at
        most 8 characters back. 和 is a conjunction and a character of names (仁和堂, 和顺堂): it
        begins the name where a stop would leave less than two characters, or where it follows
        another stop (新开的和顺堂药店: no conjunction follows 的)."""
        start = suffix
        while start > 0 and start > suffix - 8 and re.match(r"[\u4e00-\u9fff]", text[start - 1]):
            head = text[:start]
            stop = self._stop_ending(head)
            if stop is not None:
                inner = stop in self._inner_stops
                before = head[: -len(stop)]
                opened = not before or not re.match(r"[\u4e00-\u9fff]", before[-1])
                if not (inner and (suffix - start < 2 or opened or self._stop_ending(before))):
                    break
            start -= 1
        return start

    def _stop_ending(self, head: str) -> str | None:
        """The stop word the text ends in, longest first, if any."""
        return next((word for word in self._stops if head.endswith(word)), None)

    def _as_new(self, text: str, segments: Segments, new: _NewName, rep: str | None) -> CustomerMatch:
        start, end = segments.sentence_bounds(new.start)
        sentence = text[start:end]
        kind = new.type
        # 福寿堂大药房 连锁的 总部在…: a chain said of the shop right after its name
        apposition = text[new.end : new.end + _APPOSITION_REACH]
        chained = "连锁" in apposition and "连锁总部" not in apposition
        if kind == "pharmacy" and (chained or contains_any(sentence, self.lexicon.words("chain_store_cues"))):
            kind = "chain_store"
        if contains_any(new.name, self.lexicon.words("chain_hq_cues")):
            kind = "chain_hq"
        chunk_start = segments.chunks[segments.chunk_of(new.start)][0]
        area = self._area(text[chunk_start : new.end]) or self._territory(rep)
        return CustomerMatch(new.name, False, kind, area, span=(new.start, new.end))

    def _territory(self, rep: str | None) -> str | None:
        """The area most of the rep's own accounts lie in: a new account with no place written is
        in the rep's territory (none where the rep's accounts are as often urban as rural)."""
        if self._territories is None:
            areas: dict[str, Counter[str]] = defaultdict(Counter)
            for entity in self.gazetteer.customers():
                if entity.rep and entity.area and entity.listed:
                    areas[entity.rep][entity.area] += 1
            self._territories = {
                who: ranked[0][0]
                for who, counts in areas.items()
                if len(ranked := counts.most_common(2)) == 1 or ranked[0][1] > ranked[1][1]
            }
        return self._territories.get(rep or "")

    def _area(self, context: str) -> str | None:
        for place, area in sorted(self.gazetteer.places.items(), key=lambda p: -len(p[0])):
            if len(place) >= 2 and place in context:
                return area
        if contains_any(context, self.lexicon.words("urban_places")):
            return "urban"
        if contains_any(context, self.lexicon.words("rural_places")):
            return "rural"
        return None
