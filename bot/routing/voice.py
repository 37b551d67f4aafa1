"""What a message does in the sender's own voice: asks, asks how, wants something told or done, quotes
someone, gives a figure, speaks of a visit to come — the predicates every cue rule is built of."""

from __future__ import annotations

import re
from typing import Any

from bot.routing.normalize import ACCOUNT, PERSON
from bot.routing.words import (
    FIGURE,
    NAMED,
    QUANTITY,
    any_of,
    blank,
    clauses,
    first_at,
    has,
    load_cues,
    only,
    sound_at,
    upcoming_shape,
)
from memory.extract.gazetteer import loose_pinyin
from memory.extract.lexicon import longest_first

# X还是Y asked in one's own voice: 是月结还是现款 (not 还是老样子, where nothing is weighed).
_EITHER_OR = re.compile(r"是[^\s,，。]{1,8}还是[^\s,，。]{1,8}$")
# A verb, then not, then the verb again (合不合规, 会不会, 去没去): a yes-or-no question, whatever the verb.
_A_NOT_A = re.compile(r"([^\s不没])[不没]\1")
# Saying followed by what: 说点啥, 讲什么好 ask what to say, 说的啥 what was said; they report nothing
# (刘姐问啥时候到 does).
_SAY_WHAT = re.compile(r"[点些的了过]?(?:啥|什么)(?!时)")
_SAYING = ("说", "讲")
# A date or a phone number: a fact a note keeps (生日3月8号, 电话1390…), never small talk.
_DATE_OR_NUMBER = re.compile(r"\d{5,}|(?:\d+|[一二三四五六七八九十]+)\s?(?:月|号)")
# A phone number or an ID written out: a figure given, not asked for.
_LONG_NUMBER = re.compile(r"\d(?:[\s-]?\d){6,}")  # in groups too: 135 6666 0000
# Word lists also found by their sound (a phone types 多久霉去 for 多久没去, 准被 for 准备); only words of
# three characters or more, where a same-sounding run is hardly another word.
SOUNDED = ("record_fields", "brief_request")
SOUND_MIN = 3
# The word classes (cues.yaml `classes`) that are small talk by themselves: a message of nothing else
# (笑死 累死了, 好久不见 明天见) is small talk as surely as one of the `smalltalk` words.
SMALLTALK_CLASSES = ("greeting", "thanks", "laughter", "feeling", "ack")


class Voice:
    def __init__(self, data: dict[str, Any] | None = None) -> None:
        data = data or load_cues()
        self.w = {key: longest_first(words) for key, words in data.items() if isinstance(words, list)}
        classes = data.get("classes", {})
        chat = [w.lower() for name in SMALLTALK_CLASSES for w in classes.get(name, [])]
        self.w["smalltalk_any"] = longest_first([*self.w["smalltalk"], *chat])
        self.w["social"] = longest_first(chat)
        self.w["greetings"] = longest_first([w.lower() for w in classes.get("greeting", [])])
        self.w["group"] = longest_first(classes.get("group", []))
        self.w["wrong_any"] = longest_first([*self.w["previous_note"], *self.w["mistake"], *self.w["fix"]])
        self.sounds = {key: [loose_pinyin(w) for w in self.w[key] if len(w) >= SOUND_MIN] for key in SOUNDED}
        self._upcoming = upcoming_shape(self.w)
        self._other = [w.lower() for name in ("ads", "notice", "errand") for w in classes.get(name, [])]
        self.commands: dict[str, str] = data.get("commands", {})
        span, gone, worn = (any_of(self.w[key]) for key in ("span_end", "not_gone", "worn"))
        self._since = re.compile(rf"(?:{span})[都也还]?(?:{gone})")
        self._worn = re.compile(rf"(?:{worn})(?:都|也|快|要)")
        feel, degree = (any_of(self.w[key]) for key in ("feel", "degree"))
        self._by_degree = re.compile(rf"(?:{feel})得(?:{degree})")
        just, sent = (any_of(self.w[key]) for key in ("just", "sent"))
        self._back = re.compile(rf"(?:{just})我?(?:{sent})的")
        self._told = re.compile(rf"(?:{any_of(self.w['request'])})(?={any_of(self.w['tell'])})")
        self._give = re.compile(rf"给[我俺额]?(?:{any_of(self.w['give_verbs'])})[个点些]")
        # a clause opening with a reporting verb goes on with the speech reported before it (…刘姐说卖得快
        # 还问有没有买赠): the speaker was named in an earlier clause; 说点啥 asks what to say
        reported = any_of(self.w["reported"])
        self._goes_on_reporting = re.compile(rf"^[还又也就]?(?:{reported})(?!{_SAY_WHAT.pattern})")
        places = any_of(self.w["place_nouns"])
        self._indefinite = re.compile(rf"(?<!第)[一两几9][家个所][^\s,，。]{{0,4}}?(?:{places})")
        labels = any_of([w for w in self._other if w not in "【】"])
        self._labelled = re.compile(rf"^(?:{labels})[^\s:：]{{0,4}}[:：]")

    def first(self, text: str, key: str) -> int:
        """Where the first word of a list starts, written or (SOUNDED lists) sounding alike; or -1."""
        at = first_at(text, self.w[key])
        if key not in self.sounds:
            return at
        syllables = loose_pinyin(text)
        heard = [h for h in (sound_at(syllables, word) for word in self.sounds[key]) if h >= 0]
        return min([at] * (at >= 0) + heard, default=-1)

    def wants(self, text: str) -> bool:
        """The sender asks the bot to do or tell something (帮我…, 给我…, 说说, 讲讲), or for something to
        read (给个提示, 想看下记录), or says it as an imperative (今天安排一下)."""
        asked = has(text, self.w["request"]) or self.to_be_told(text) or self.asks_to_read(text)
        return asked or self.imperative(text)

    def to_be_told(self, text: str) -> bool:
        """The sender asks to be told or shown (说说这家, 给我讲讲二八法则)."""
        return has(text, self.w["tell"])

    def imperative(self, text: str) -> bool:
        """A clause that ends in a verb and 一下 (今天安排一下, 要跟进的点列一下, brief一下) with no reporting
        word before its end (我说回去请示一下, 约了去科里讲◆ 资料准备一下: said to or asked by someone
        else): the sender asks the bot to do it, as 帮我 does."""
        ends, seen = tuple(self.w["imperative_end"]), ""
        for part in clauses(text):
            seen += part
            if part.endswith(ends) and part not in ends and not has(seen, self.w["reported"]):
                return True
        return False

    def asks_to_read(self, text: str) -> bool:
        """Something to read asked for: a giving word, written (给个, 想看下) or by its shape (给整个,
        给出个), and what is given (提示, 提纲, 记录)."""
        give = has(text, self.w["give"]) or self._give.search(text)
        return bool(give) and has(text, self.w["advice"])

    def asks_how(self, text: str) -> bool:
        """A word asking how to do something (咋填, 怎么谈), not how something is (咋样) nor why
        (怎么没去)."""
        rest = text
        for word in self.w["not_how"]:
            rest = rest.replace(word, " ")
        return has(rest, self.w["how"])

    def opens_with_request(self, text: str) -> bool:
        """The message opens asking the bot to do something (帮我写…, 给我讲…): an errand or a task."""
        return text.lstrip().startswith(tuple(self.w["request"]))

    def indefinite_place(self, marked: str) -> bool:
        """A place spoken of as one of many (一家新开的药房, 一个乡下诊所; numerals are
        marked 9): none the records know."""
        return bool(self._indefinite.search(marked))

    def about_a_note(self, text: str, marked: str) -> bool:
        """Something a note holds (a name, a figure, a day, a field or its channel: 是打的电话 没上门) or a
        word of setting one right (错, 改, 不是…是, 写成): without any, a message has nothing of the last
        note to correct (油价是不是又涨了)."""
        if NAMED.search(marked) or FIGURE.search(text) or self.figures(text):
            return True
        text = text.replace("是不是", " ")  # asks whether, says nothing is not so
        keys = ("note_fields", "channels", "wrong_any", "should_be", "miswrote", "change_to", "days")
        return any(has(text, self.w[key]) for key in keys)

    def asks(self, marked: str) -> bool:
        """The message ends asking something in the sender's own voice (not 老黄问有没有促销吗): its last
        clause ends as a question does, or holds a question word (有啥要注意的, 上次说到哪了); a closing
        afterthought (忘了, 急用) is passed over; a last clause opening with a reporting verb (还问有没有…)
        goes on with someone's reported speech."""
        parts = clauses(marked)
        while len(parts) > 1 and only(parts[-1], self.w["afterthought"], self.w["particles"]):
            parts = parts[:-1]  # 老板娘姓啥来着 忘了: the afterthought asks nothing, the clause before does
        if not parts:
            return False
        last = parts[-1]
        ends = marked.rstrip().endswith(("?", "?")) or last.endswith(tuple(self.w["asking_end"]))
        weighs = bool(_EITHER_OR.search(last) or _A_NOT_A.search(last))
        asked = ends or weighs or has(last, self.w["asking_words"])
        return asked and not self.quoted(last) and not self._goes_on_reporting.match(last)

    def since_last(self, text: str) -> bool:
        """A span of time, then not gone (好多天没去了, 一个礼拜没跑): how long since the last contact."""
        return bool(self._since.search(blank(text, self.w["one_day"])))

    def asks_first(self, marked: str) -> bool:
        """The first of several clauses asks something in the sender's own voice (●那边啥情况 我明天过去)."""
        parts = clauses(marked)
        return len(parts) > 1 and self.asks(parts[0])

    def after_greeting(self, text: str) -> str:
        """What follows a greeting that opens the message (早上好 今天要去哪: 今天要去哪), or "" when it
        opens with none or holds nothing else."""
        parts = clauses(text)
        if len(parts) < 2 or not only(parts[0], self.w["greetings"], self.w["particles"]):
            return ""
        return text[text.find(parts[1]) :]

    def upcoming(self, text: str) -> bool:
        """A visit still to come: 明天去, 准备去, 去之前 (cues.yaml ahead, going, before)."""
        return bool(self._upcoming.search(text))

    def figures(self, text: str) -> bool:
        """An amount of goods, a date or a phone number: facts a note keeps (卖了二十盒, 生日3月8号)."""
        return bool(QUANTITY.search(text) or _DATE_OR_NUMBER.search(text))

    def gives_number(self, text: str, marked: str) -> bool:
        """A phone number or an ID written out with no question in the sender's voice: a fact given to
        be kept (●电话139… 记下), never a lookup of it."""
        return bool(_LONG_NUMBER.search(text)) and not self.asks(marked)

    def errand(self, text: str) -> bool:
        """Something asked of the bot outside its work: a request (帮我…) or an errand, ad or notice word. A
        request to be told (给我讲讲二八法则, 帮我说说) asks a question, no errand."""
        return has(self._told.sub(" ", text), self.w["request"]) or has(text, self._other)

    def quoted(self, text: str) -> bool:
        """Someone else's words: a person or a speaker shortly before a reporting verb (刘姐问, 老板说) —
        not saying followed by what (●那边说点啥, 讲什么好), asking to be told (讲讲) or an agreement
        recalled (跟他们说好的事): those are the sender's own."""
        speakers = [PERSON, ACCOUNT, *self.w["speakers"]]
        # 给我讲讲这家: the sender asks to be told; 上回说好的事: an agreement recalled; nobody is quoted
        text = blank(text, [*self.w["tell"], *self.w["agreed"]])
        for verb in self.w["reported"]:
            at = text.find(verb)
            if at < 0 or (verb in _SAYING and _SAY_WHAT.match(text, at + len(verb))):
                continue
            if any(s in text[max(0, at - 6) : at] for s in speakers):
                return True
        return False

    def _speaker_before(self, marked: str, at: int) -> bool:
        """Someone other than the sender named just before a position (刘姐刚说的, 老板刚发的)."""
        return any(s in marked[max(0, at - 6) : at] for s in [PERSON, *self.w["speakers"]])
