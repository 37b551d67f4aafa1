"""What the customer asked for: a request (a marker, or the customer's own voice) and an object class.

A request's reach is its clause and the clauses that continue it (希望我们出点礼品 再给店员培训一下).
Objects are word classes of the lexicon; a few asks are recognised by their shape instead of a word
(a price compared or called high, a pack size, a payment pushed back, a talk and its audience).
Word classes are data (lexicon.yaml, `needs` and the keys beside it); how they combine is here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from memory.extract import need_shapes as patterns
from memory.extract.lexicon import Lexicon, alternatives
from memory.extract.sentiment import COMPETITOR_MARK
from memory.extract.text import Segments, Span, contains_any

# Our products' names in the text the finder reads (the engine marks them): a word inside a name
# (新, 无糖, 儿童) is no object of an ask.
PRODUCT_MARK = "◇"
# What a past marker or a giving verb may stand in front of the object it concerns (上个月的买赠活动).
_REACH_BACK = 6
_GIVEN_BACK = 3
# How far after an object a word of settling reaches (返利说年底按合同兑: an agreed term paid, no ask).
_SETTLED_AFTER = 8
# How far after a price a word calling it high reaches (仲景的价格太高).
_DEAR_AFTER = 3
# Codes of events: an ask with no object of its own (下回还要搞) means the last of these named.
_EVENTS = ("promotion", "consumer_education", "training")
# How far into the next clause an event's outcome may open it (买三送一 两天走了38盒: a span before it).
_OUTCOME_REACH = 4


@dataclass
class Reading:
    """One clause as the rules read it: its codes, the text read (competitors marked) and the cues."""

    index: int
    read: str
    text: str
    codes: list[str]
    cues: dict[str, bool] = field(default_factory=dict)


class NeedFinder:
    def __init__(self, lexicon: Lexicon) -> None:
        self.markers = lexicon.words("need_markers")
        self.granted = lexicon.words("need_granted")
        self.granted_before = lexicon.words("need_granted_before")
        self._theirs = patterns.theirs(lexicon)
        self._completed = patterns.completed(lexicon)
        rep = lexicon.groups("need_rep_subjects")
        self.rep_subjects = tuple(rep["subjects"])
        self.rep_owns = tuple(f"{subject}{word}" for subject in rep["subjects"] for word in rep["not_acts"])
        self.rep_asked = tuple(lexicon.words("need_rep_objects")) + tuple(self.markers)
        shape_words = lexicon.groups("need_shapes")
        self.dear, self.our_side = shape_words["dear"], shape_words["our_side"]
        self._dearer_than_ours = re.compile(
            rf"[^,,。\s]{{0,2}}比(?:{alternatives(self.our_side)})[^,,。\s]{{0,3}}?(?:{alternatives(shape_words['price_high'])})"
        )
        self.praise = lexicon.words("need_praise")
        self._praise = re.compile(alternatives(self.praise))
        self.past = lexicon.words("need_past")
        self.continuing = tuple(lexicon.words("clause_continuations"))
        self.followups = lexicon.words("need_followups")
        self.denials = lexicon.words("need_denials")
        self.cancelled = tuple(lexicon.words("need_cancelled_after"))
        self.others = lexicon.words("need_others")
        self.compared = lexicon.words("need_compared")
        self.generic = lexicon.groups("need_generic")
        self.audiences = lexicon.groups("need_audiences")
        # 顾客嫌贵, 病人都说贵: what the shoppers or patients say asks nothing of us by itself
        consumers = alternatives(self.audiences["consumer_education"])
        self._consumers_say = re.compile(rf"(?:{consumers})[都也还总就老]{{0,2}}$")
        self._shapes(lexicon)

    def _shapes(self, lexicon: Lexicon) -> None:
        """The compiled shapes of asking, granting and settling (patterns in need_shapes.py)."""
        self.objects = patterns.objects(lexicon)
        self.phrases = {
            code: re.compile(alternatives(words)) for code, words in lexicon.groups("need_phrases").items()
        }
        self.shapes = patterns.shapes(lexicon)
        self._taken = patterns.taken(lexicon)
        # one search first: most clauses name no need at all
        self._any_phrase = re.compile(
            "|".join(p.pattern for p in [*self.phrases.values(), *self.shapes.values()])
        )
        self._any_object = re.compile("|".join(p.pattern for p in self.objects.values()))
        self._talk = patterns.talks(lexicon)
        self._supply = re.compile(alternatives(lexicon.words("need_supply_verbs")))
        units = alternatives(lexicon.words("package_units"))
        self._counted = re.compile(rf"[\d一二两三四五六七八九十百千几]+(?:{units})")
        events = alternatives(lexicon.words("event_verbs"))
        # 下回还要搞, 也这么搞, 能不能跟, 能不能也跟一下 (follow someone's event), 希望每季度做一次
        self._event_verb = re.compile(
            rf"(?:还|再|想|要|也|能不能|能否|可不可以)(?:要|想|这么|这样|照样)?(?:{events}|跟(?=一?下|着|上|进|$))"
            rf"|(?:{events})(?:一次|一回|一场|一期)"
        )
        self.settled = lexicon.words("need_settled_after")
        self.topics = tuple(lexicon.words("need_topics"))
        self.settled_before = lexicon.words("need_settled_before")
        self.done_after = tuple(lexicon.words("need_done_after"))
        self.done_asked = tuple(lexicon.words("need_done_asked"))
        self.outcomes = lexicon.words("need_event_outcomes")
        self.states = lexicon.words("need_state_codes")
        self.degrees = tuple(lexicon.words("need_degrees"))
        self._absent, self._lacking, self._absent_before = patterns.lacking(lexicon)
        self._speech, self._rep_speaks = patterns.speech(lexicon)
        self.threats = tuple(lexicon.words("need_threats"))
        self.given_markers = lexicon.words("need_markers_given")
        self.swap_verbs = lexicon.words("need_swap_verbs")
        swaps = alternatives(self.swap_verbs)
        self._swap = re.compile(rf"(?:{swaps})(?:一下|下)?(?:了吧|吧|呢|啊|嘛)?$")
        self._done_event = re.compile(rf"(?:{events})(?:了|过)$")
        self._people = tuple(lexicon.words("person_endings"))

    def find(self, segments: Segments, marked: str | None = None) -> list[str]:
        """The codes asked for; `marked`: the text with competitors' names as COMPETITOR_MARK."""
        found: list[str] = []
        for reading in self.readings(segments, marked):
            found += [code for code in reading.codes if code not in found]
        return found

    def readings(self, segments: Segments, marked: str | None = None) -> list[Reading]:
        """Each clause's codes by the rules, and the cues they were read with."""
        out: list[Reading] = []
        in_scope, last_end, previous, opened, others, was_granted = False, -1, "", False, False, False
        previous_read = ""
        for index, clause in enumerate(segments.clauses):
            read, before = (marked[clause.start : clause.end] if marked else clause.text), previous_read
            text = self._before_threat(self._before_rep_speaks(read))
            asked = self._asks(text)
            # a continuing word keeps the request open; a soft break (no punctuation between) only
            # right after the clause that asked: a voice-typed run is all soft breaks
            soft = clause.start == last_end
            continues = (
                (soft and opened) or text.startswith(self.continuing) or contains_any(text, self.followups)
            )
            last_end = clause.end
            # 刘姐:"海报再给两张": words after a colon or an opening quote are the speaker's
            quoted = clause.start > 0 and segments.text[clause.start - 1] in ':"“「' and bool(previous)
            said = quoted and not previous.endswith(("我", "我们"))
            speaks = self._third_person_says(text, previous)
            opened = asked or said or speaks
            in_scope = opened or (in_scope and continues)
            # 账期的事公司批了 给他多放一个月: what follows a grant, unasked, spells the grant out
            # …unless someone speaks up again (扣率批了让一个点 他讲一个点太少); a soft break does not end
            # it (马主任答应下周二|开科会让我去讲: one statement, cut before its date)
            here = self._granted(text)
            granted = here or (was_granted and (soft or not (asked or speaks)))
            previous, previous_read = clause.text, read
            was_granted = here if text == read else self._granted(read)
            cues = {"asked": asked, "speaks": speaks or said, "scope": in_scope, "granted": granted}
            reading = Reading(index, read, text, [], cues)
            out.append(reading)
            if granted:
                continue
            praised = not asked and contains_any(text, self.praise)
            codes = self._codes(segments, clause, text, in_scope=in_scope and not praised, praised=praised)
            # 对面在搞第二盒|半价: someone else's event, on across a soft break
            others = not asked and (contains_any(text, self.others) or (soft and others))
            if others:
                codes = [code for code in codes if code in self.compared]
            if not praised and self._taken.search(text):
                codes.append("display")
            reading.codes = [] if self._rep_acts(text, before) else self._specific(text, codes)
            reading.cues.update(praised=praised, others=others)
        return out

    def _codes(
        self, segments: Segments, clause: Span, text: str, *, in_scope: bool, praised: bool
    ) -> list[str]:
        """What a clause names: asks by phrase or shape, lacking objects, and within a request's reach its
        objects, talks and an ask without its object."""
        codes = self._own_phrases(text, shapes=not praised) + self._lacking_objects(text)
        if in_scope:
            index = segments.clauses.index(clause) + 1
            following = segments.clauses[index].text if index < len(segments.clauses) else ""
            codes += self._objects(text, following) + self._talks(segments, clause)
            codes += self._elliptic(segments, clause, codes)
        return codes

    def _rep_acts(self, text: str, before: str) -> bool:
        """我们只保留了小包装, 我和小黄都来: a clause the rep opens as its subject, asking nothing, tells what
        the rep does (not 要|我们出折页: the rep asked, cut at a soft break; not 我们的, ours)."""
        return (
            text.startswith(self.rep_subjects)
            and not text.startswith(self.rep_owns)
            and not self._asks(text)
            and not before.endswith(self.rep_asked)
        )

    def named(self, text: str) -> list[str]:
        """Every code whose object, phrase or shape the text names, asked or not."""
        patterns = [*self.objects.items(), *self.phrases.items(), *self.shapes.items()]
        codes = [code for code, pattern in patterns if pattern.search(text)]
        return list(dict.fromkeys(codes + (["training"] if self._talk.search(text) else [])))

    def _granted(self, text: str) -> bool:
        """批了, 收到了; 马主任答应…: the customer's yes (the rep's own 答应 opens a clause or follows 我);
        堆头搭好了: a deal reported done, unless asked before it or after (想…弄好了, 好了没)."""
        if contains_any(text, self.granted) or self._theirs.search(text):
            return True
        done = self._completed.search(text)
        return (
            done is not None
            and not self._asks(text[: done.start()])
            and not text.startswith(self.done_asked, done.end() - 1)
        )

    def _third_person_says(self, text: str, previous: str = "") -> bool:
        """王老板说…, 他讲…; a clause opening with 说 has its speaker at the end of the one before
        (李医生高兴得很 说…). 上次说的海报 is what was mentioned, not someone speaking; nor is
        请专家来讲 (a talk)."""
        talks = [(m.start(), m.end()) for m in self._talk.finditer(text)]
        found = next(
            (m for m in self._speech.finditer(text) if not any(a <= m.start() < b for a, b in talks)), None
        )
        if found is None:
            return False
        said_by = text[: found.start()] if found.start() > 0 else previous
        if not said_by:
            return False
        return not re.search(r"(?:我|俺|跟[^说讲]{0,6}|和[^说讲]{0,6}|对[^说讲]{0,6})$", said_by)

    def _lacking_objects(self, text: str) -> list[str]:
        """价签也冇, 端架到现在没给, 答应的培训冇搞, 冇得活动: an item lacking or owed is asked for."""
        if not self._absent.search(text):
            return []  # most clauses lack nothing
        return [
            code
            for code, pattern in self.objects.items()
            if any(
                self._lacking.match(text, match.end()) or self._absent_before.search(text, 0, match.start())
                for match in pattern.finditer(text)
            )
        ]

    def _specific(self, text: str, codes: list[str]) -> list[str]:
        """测血压的活动 is consumer education: a code found only by its generic word yields to another."""
        unique = list(dict.fromkeys(codes))

        def only_generic(code: str) -> bool:
            words = self.generic.get(code, [])
            found = [match.group(0) for match in self.objects[code].finditer(text)]
            return bool(words and found) and all(word in words for word in found)

        return unique if len(unique) < 2 else [code for code in unique if not only_generic(code)]

    def _asks(self, text: str) -> bool:
        """A request marker (要 only before its object, not 要来/要到; 问 of 没问题 is praise)."""
        text = self._praise.sub("#", text)
        for marker in self.markers:
            position = text.find(marker)
            if position < 0:
                continue
            if marker == "要" and text[position + 1 : position + 2] in ("来", "去", "到", "走", "用"):
                continue
            if marker in self.given_markers and text.startswith("了", position + len(marker)):
                continue  # 价格让了五毛: given, not asked
            return True
        return False

    def _before_threat(self, text: str) -> str:
        """不然端架要让给别家: a consequence threatened asks nothing; the clause counts up to it."""
        found = [text.find(word) for word in self.threats if word in text]
        return text[: min(found)] if found else text

    def _before_rep_speaks(self, text: str) -> str:
        """我跟小刘说能不能往上挪挪: what the rep says or asks is no ask of the customer's; the clause
        counts up to the rep's words (a matter named before them, 小包装的事我跟他说, is an old one)."""
        found = self._rep_speaks.search(text)
        if found is None:
            return text
        head = text[: found.start()]
        return "" if head.endswith(self.topics) else head

    def _own_phrases(self, text: str, *, shapes: bool = True) -> list[str]:
        """Asks that need no marker: a company's learned phrases and the shapes of indirect asks
        (not when the clause praises: 买二送一效果不错 is an event that worked, not one asked for)."""
        if not self._any_phrase.search(text):
            return []
        patterns = [*self.phrases.items(), *(self.shapes.items() if shapes else ())]
        return [code for code, pattern in patterns if any(map(self._undenied, pattern.finditer(text)))]

    def _undenied(self, match: re.Match[str]) -> bool:
        """也没说价贵的事, 不用培训, 培训不用搞了: an object denied or called off is no ask."""
        after = match.string[match.end() : match.end() + 3]
        given = match.string[max(0, match.start() - _GIVEN_BACK) : match.start()]
        before = match.string[: match.start()]
        decided = before.endswith(("不", "别")) and (match.group(0).endswith("了") or after.startswith("了"))
        return not (
            decided  # 那就先不退了: decided against
            or self._done_event.search(before) is not None  # 做了买五送一: an event held
            or (match.group(0) == "退了" and before.endswith(self._people))  # 院长退了: retired
            or contains_any(before, self.denials)
            or after.startswith(self.cancelled)
            or contains_any(given, self.granted_before)  # 宋大夫要的小包装: an earlier ask named
            or contains_any(match.string[match.end() : match.end() + _SETTLED_AFTER], self.settled)
            or contains_any(before, self.settled_before)
            or self._consumers_say.search(before) is not None
            or self._theirs_dear(match)
        )

    def _theirs_dear(self, match: re.Match[str]) -> bool:
        """念慈菴太贵, 它的价格比我们高: a competitor's price called high (its name before, none of ours
        after it) or dearer than ours favours us; it asks nothing (比川康的贵 compares ours to it;
        给的扣点高 is its margin, asked to match)."""
        if self._dearer_than_ours.match(match.string, match.end()):
            return True
        if not contains_any(match.string[match.start() : match.end() + _DEAR_AFTER], self.dear):
            return False
        before = match.string[: match.start()]
        end = before.rfind(COMPETITOR_MARK) + 1
        start = len(before[:end].rstrip(COMPETITOR_MARK))
        return end > 0 and not before[:start].endswith("比") and not contains_any(before[end:], self.our_side)

    def _objects(self, text: str, following: str = "") -> list[str]:
        """The objects a clause names; `following`: the next clause, which may tell an event's outcome."""
        if not self._any_object.search(text):
            return []
        codes = []
        for code, pattern in self.objects.items():
            for match in pattern.finditer(text):
                before = text[max(0, match.start() - _REACH_BACK) : match.start()]
                given = text[max(0, match.start() - _GIVEN_BACK) : match.start()]
                over = contains_any(before, self.past) or self._held(text, match, following)
                if code in _EVENTS and over:
                    continue  # 上个月的买赠活动, 买三送一做了两天: an event that is over
                described = before.endswith(self.degrees) or text.startswith(self.degrees, match.end())
                if self._done(text, code, match) or described:
                    continue  # 促销以后走得快, 又降价了, 挺显眼, 堆头很显眼: over, set, or described
                if contains_any(given, self.granted_before) or not self._undenied(match):
                    continue  # 发的小礼品: what was handed out
                codes.append(code)
                break
        return codes

    def _held(self, text: str, match: re.Match[str], following: str) -> bool:
        """买二送一那几天卖了六十盒, 买五送一 效果一般: an event told by its outcome, after it in its clause
        or opening the next, was held; it is reported, not asked for."""
        opening = following[: _OUTCOME_REACH + max(map(len, self.outcomes))]
        return contains_any(text[match.end() :], self.outcomes) or any(
            0 <= opening.find(word) <= _OUTCOME_REACH for word in self.outcomes
        )

    def _done(self, text: str, code: str, match: re.Match[str]) -> bool:
        # 压坏了 is the state of the goods, not a thing done; 她退回去了 is done, 想给退了 asked
        asked = contains_any(text[max(0, match.start() - _GIVEN_BACK) : match.start()], self.markers)
        if code in self.states and (asked or not contains_any(match.group(0), self.swap_verbs)):
            return False
        after = text[match.end() :]
        return after.startswith(self.done_after) and not after.startswith(self.done_asked)

    def _talks(self, segments: Segments, clause: Span) -> list[str]:
        """A talk asked for is training for doctors and staff, consumer education for patients or at an
        event for them named before it (想搞个健康讲座 问能不能派人来讲)."""
        talk = self._talk.search(clause.text)
        if talk is None or clause.text[talk.end() : talk.end() + 1] == "的":
            return []  # 讲课的大夫 is who talks, not a talk asked for
        start, end = segments.statement_bounds(clause.start)
        if self.objects["consumer_education"].search(segments.text, 0, clause.end):
            return ["consumer_education"]
        for around in (clause.text, segments.text[start:end]):
            for code, words in self.audiences.items():
                if contains_any(around, words):
                    return [code]
        return ["training"]

    def _elliptic(self, segments: Segments, clause: Span, codes: list[str]) -> list[str]:
        """An ask without its object: 价签掉了 让补几个 asks for what the clause before named;
        下回还要搞 / 想再办一次 for the last event the note named."""
        if codes:
            return []
        index = segments.clauses.index(clause)
        before = segments.clauses[index - 1].text if index else ""
        if before and self._supply.search(clause.text) and not self._counted.search(clause.text):
            named = self._objects(before)
            if named or not self._swap.search(clause.text):
                return named
        # 有几支瓶子有裂纹 要换: counted goods (or a batch) swapped, asked in its own clause; a swap
        # of nothing counted is a brand or a supplier changed
        goods = clause.text + before
        counted = bool(self._counted.search(goods)) or "批" in goods
        if counted and self._swap.search(clause.text) and self._asks(clause.text):
            return ["return_exchange"]
        if not self._event_verb.search(clause.text):
            return []
        earlier = segments.text[: clause.start]
        best: tuple[int, str] | None = None
        for code in _EVENTS:
            patterns = [self.objects[code], *([self.shapes[code]] if code in self.shapes else [])]
            for match in (m for pattern in patterns for m in pattern.finditer(earlier)):
                if best is None or match.start() > best[0]:
                    best = (match.start(), code)
        return [best[1]] if best else []
