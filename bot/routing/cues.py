"""Strong cues: the few shapes of message whose intent is certain, decided before the classifier.

The words are data (cues.yaml); each rule here is a structure over them, and has a test named for it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.routing.normalize import ACCOUNT, COMPETITOR, DISTRIBUTOR, PERSON, PRODUCT, REP
from knowledge.clinical import clinical_cues
from knowledge.clinical import load_cues as load_clinical
from memory.base.settings import get_settings
from memory.base.yamlfile import read_yaml
from memory.extract.gazetteer import loose_pinyin
from memory.extract.lexicon import _merge, longest_first

HERE = Path(__file__).parent
_CLAUSE = re.compile(r"[\s,,。.!!??;;、:：…~～]+")
_FIGURE = re.compile(r"\d|[一二两三四五六七八九十]+\s?(?:月|号|日|盒|瓶|支|箱)")
# A forwarded notice or ad opens with its sender in brackets: 【某某医保局】, [中国移动].
_FORWARDED = re.compile(r"^[【\[][^】\]]{1,16}[】\]]")
# X还是Y asked in one's own voice: 是月结还是现款 (not 还是老样子, where nothing is weighed).
_EITHER_OR = re.compile(r"是[^\s,，。]{1,8}还是[^\s,，。]{1,8}$")
# Saying followed by what: 说点啥, 讲什么好 ask what to say, 说的啥 what was said; they report nothing
# (刘姐问啥时候到 does).
_SAY_WHAT = re.compile(r"[点些的了过]?(?:啥|什么)(?!时)")
_SAYING = ("说", "讲")
_QUANTITY = re.compile(
    r"(?:\d+|[一二两三四五六七八九十几]+)\s?(?:盒|瓶|件|支|箱|袋|板|包|提|罐|桶|条|粒|片|贴|只|套)"
)
# A date or a phone number: a fact a note keeps (生日3月8号, 电话1390…), never small talk.
_DATE_OR_NUMBER = re.compile(r"\d{5,}|(?:\d+|[一二三四五六七八九十]+)\s?(?:月|号)")
# A phone number or an ID written out: a figure given, not asked for.
_LONG_NUMBER = re.compile(r"\d(?:[\s-]?\d){6,}")  # in groups too: 135 6666 0000
# Any name the master data knows, or a person or a place by its shape; people and places alone.
_NAMED = re.compile(f"[{ACCOUNT}{PERSON}{PRODUCT}{COMPETITOR}{DISTRIBUTOR}{REP}]")
_PEOPLE = re.compile(f"[{ACCOUNT}{PERSON}{REP}]")
# Who can be briefed on: an account or a person, or a distributor the rep calls on.
_BRIEFED = (ACCOUNT, PERSON, DISTRIBUTOR)
# A slash command, with the bot's name after it in a group chat (/team@keqing_bot 上月).
_COMMAND = re.compile(r"^/([a-z_]+)(?:@\w+)?(?:\s|$)")
# Not X but Y, alone (不是今天去的 是昨天, 是电话 不是上门): what the last note got wrong and what is right.
_PART, _GAP = r"[^\s,，。]", r"[\s,，。]*"
_NOT_BUT = rf"并?不是{_PART}{{1,10}}{_GAP}而?是|是{_PART}{{1,10}}{_GAP}而?不是"
_CONTRAST = re.compile(rf"^(?:{_NOT_BUT}){_PART}{{1,12}}$")

# Word lists also found by their sound (a phone types 多久霉去 for 多久没去, 准被 for 准备); only words of
# three characters or more, where a same-sounding run is hardly another word.
SOUNDED = ("record_fields", "brief_request")
SOUND_MIN = 3
# The word classes (cues.yaml `classes`) that are small talk by themselves: a message of nothing else
# (笑死 累死了, 好久不见 明天见) is small talk as surely as one of the `smalltalk` words.
SMALLTALK_CLASSES = ("greeting", "thanks", "laughter", "feeling", "ack")
NOISE_MIN = 4  # sounds in a row before a message of nothing else is noise, not an acknowledgement


@dataclass(frozen=True)
class Cue:
    intent: str
    rule: str


@lru_cache(maxsize=4)
def _load(extra: Path | None) -> dict[str, Any]:
    data = read_yaml(HERE / "cues.yaml")
    if extra is not None and extra.exists():
        data = _merge(data, read_yaml(extra) or {})
    assert isinstance(data, dict)
    return data


def load_cues() -> dict[str, Any]:
    """cues.yaml, with a company's KEQING_HOME/routing.yaml added."""
    return _load(get_settings().home / "routing.yaml")


def _has(text: str, words: list[str]) -> bool:
    return any(w in text for w in words)


def _first(text: str, words: list[str]) -> int:
    """Where the first of the words starts, or -1."""
    found = [text.find(w) for w in words if w in text]
    return min(found) if found else -1


def _sound_at(syllables: list[str], word: list[str]) -> int:
    """Where a word's syllables start in the text's (one syllable a character), or -1."""
    for at in range(len(syllables) - len(word) + 1):
        if syllables[at : at + len(word)] == word:
            return at
    return -1


def _blank(text: str, words: list[str]) -> str:
    """The text with each of the words replaced by spaces of its length (positions kept)."""
    for word in words:
        text = text.replace(word, " " * len(word))
    return text


def _any(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in words)


def upcoming_shape(cues: dict[str, list[str]]) -> re.Pattern[str]:
    """A visit still to come: a time ahead or an intention, then going and not done (明天去, 周五跑, 马上进,
    not 下午去了, 快到期, 要进货), or going and "before" (去■之前)."""
    keys = ("ahead", "going", "before", "done", "not_going")
    ahead, going, before, done, stock = (_any(cues[key]) for key in keys)
    to_come = rf"(?:{ahead})(?!{stock})(?:{going})(?!{done})"
    return re.compile(rf"{to_come}|(?:{going})[^\s,，。]{{0,8}}?(?:{before})")


def _only(text: str, words: list[str], fillers: list[str]) -> bool:
    """The text holds one of the words at least, and nothing but them and fillers (punctuation aside)."""
    rest = "".join(ch for ch in text if unicodedata.category(ch)[0] not in "PZSC")
    found = False
    for word in words:
        if word in rest:
            rest, found = rest.replace(word, ""), True
    for filler in fillers:
        rest = rest.replace(filler, "")
    return found and not rest


def clauses(text: str) -> list[str]:
    return [c for c in _CLAUSE.split(text) if c]


class Cues:
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
        span, gone, worn = (_any(self.w[key]) for key in ("span_end", "not_gone", "worn"))
        self._since = re.compile(rf"(?:{span})[都也还]?(?:{gone})")
        self._worn = re.compile(rf"(?:{worn})(?:都|也|快|要)")
        feel, degree = (_any(self.w[key]) for key in ("feel", "degree"))
        self._by_degree = re.compile(rf"(?:{feel})得(?:{degree})")
        just, sent = (_any(self.w[key]) for key in ("just", "sent"))
        self._back = re.compile(rf"(?:{just})我?(?:{sent})的")
        self._give = re.compile(rf"给[我俺额]?(?:{_any(self.w['give_verbs'])})[个点些]")
        # a clause opening with a reporting verb goes on with the speech reported before it (…刘姐说卖得快
        # 还问有没有买赠): the speaker was named in an earlier clause; 说点啥 asks what to say
        reported = _any(self.w["reported"])
        self._goes_on_reporting = re.compile(rf"^[还又也就]?(?:{reported})(?!{_SAY_WHAT.pattern})")
        places = _any(self.w["place_nouns"])
        self._indefinite = re.compile(rf"(?<!第)[一两几9][家个所][^\s,，。]{{0,4}}?(?:{places})")
        labels = _any([w for w in self._other if w not in "【】"])
        self._labelled = re.compile(rf"^(?:{labels})[^\s:：]{{0,4}}[:：]")

    def first(self, text: str, key: str) -> int:
        """Where the first word of a list starts, written or (SOUNDED lists) sounding alike; or -1."""
        at = _first(text, self.w[key])
        if key not in self.sounds:
            return at
        syllables = loose_pinyin(text)
        heard = [h for h in (_sound_at(syllables, word) for word in self.sounds[key]) if h >= 0]
        return min([at] * (at >= 0) + heard, default=-1)

    def find(self, text: str, marked: str) -> Cue | None:
        """text: the plain message; marked: the same with names as marks (normalize.marked)."""
        first = (self.command, self.no_words, self.noise, self.spam, self.smalltalk_only, self.correction)
        for rule in first:
            cue = rule(text)
            if cue is not None:
                return cue
        for named in (
            self.back_reference,
            self.miswritten,
            self.social,
            self.brief_request,
            self.forwarded,
            self.how_to,
            self.general_how,
            self.clinical,
            self.team_tally,
            self.own_overdue,
            self.account_brief,
        ):
            cue = named(text, marked)
            if cue is not None:
                return cue
        for named in (self.record_field, self.account_facts):
            cue = named(text, marked)
            if cue is not None:
                return cue
        return None

    def social(self, text: str, marked: str) -> Cue | None:
        """How the day went, greetings and thanks around work talk (跑了一天 腿都软了, 谢谢 昨天那个挺管用):
        a word of the small-talk classes or a part of the body worn out (脚都…), and nothing a record, a
        question or an errand needs — no name, no amount of goods (跑了八家 is the day, not a sale), no
        date or phone number, nobody quoted, no question in the sender's voice nor how to do something
        in any clause (报销单咋弄 又给退回来了), no request."""
        felt = _has(text, self.w["social"]) or self._worn.search(text) or self._by_degree.search(text)
        if not felt or _NAMED.search(marked) or self.figures(text):
            return None
        if self.asks(marked) or self.asks_how(text) or self.errand(text) or self.quoted(marked):
            return None
        return Cue("smalltalk", "social")

    def no_words(self, text: str) -> Cue | None:
        """Nothing to read: punctuation or digits are other; emoji alone are small talk; latin letters
        other unless a greeting (ok, hi)."""
        kept = "".join(ch for ch in text if unicodedata.category(ch)[0] not in "PZSC")
        if kept and (not kept.isascii() or kept.lower() in self.w["smalltalk"]):
            return None
        emoji = any(unicodedata.category(ch) == "So" for ch in text)
        return Cue("smalltalk" if emoji and not kept else "other", "no_words")

    def noise(self, text: str) -> Cue | None:
        """Sounds and nothing else, several of them and mixed (嗯嗯啊啊, 呃哦呃哦): no acknowledgement
        (嗯嗯 is one) but something typed or dictated by mistake."""
        kept = [ch for ch in text if unicodedata.category(ch)[0] not in "PZSC"]
        sounds = set(self.w["interjections"])
        if len(kept) < NOISE_MIN or not set(kept) <= sounds or len(set(kept)) < 2:
            return None
        return Cue("other", "noise")

    def spam(self, text: str) -> Cue | None:
        """Forwarded ads and chain messages."""
        return Cue("other", "spam") if _has(text, self.w["spam"]) else None

    def forwarded(self, text: str, marked: str) -> Cue | None:
        """A text that opens with its sender in brackets (【县医保局】关于…) or with an ad's or a notice's
        label and a colon (招聘:…, 通知:…), naming none of our accounts: a forwarded notice or ad, not
        something the person wrote to the bot (【拜访】+ an account is a note)."""
        opens = _FORWARDED.match(text) or self._labelled.match(text)
        return Cue("other", "forwarded") if opens and ACCOUNT not in marked else None

    def smalltalk_only(self, text: str) -> Cue | None:
        """Greetings, thanks, acknowledgements, laughter, how one feels, alone or together (明白了 谢谢)."""
        only = _only(text, self.w["smalltalk_any"], self.w["particles"])
        return Cue("smalltalk", "smalltalk_only") if only else None

    def correction(self, text: str) -> Cue | None:
        """The last note named and something wrong with it (上一条记错了, 把刚才那条撤回); or a message
        that opens with the mistake and says what it should be (写错了 应该是40盒)."""
        if _has(text, self.w["previous_note"]) and _has(text, self.w["fix"]):
            return Cue("correction", "correction")
        parts = clauses(text)
        head = parts[0] if parts else ""
        mistake = _first(head, self.w["mistake"])
        reported = _first(head, self.w["reported"])
        if mistake >= 0 and not 0 <= reported < mistake and _has(text, self.w["should_be"]):
            return Cue("correction", "correction")
        return self.field_change(head, text) or self.fix_only(text) or self.contrast(text)

    def back_reference(self, text: str, marked: str) -> Cue | None:
        """The sender points back at what they just sent (上一条, 刚才录的■, 才发的那条, 刚说的■) and says
        what is wrong or what it should be (…不对, 应该是电话, 是院长不是副院长, 记成3月了): the last note
        set right, whatever fields and names it restates — not someone quoted (老板刚说的不是这个价)
        nor asked (刚发的那条能改吗)."""
        found = self._back.search(marked)
        if found is None and not _has(marked, self.w["previous_note"]):
            return None
        if found is not None and self._speaker_before(marked, found.start()):
            return None
        wrong = _has(text, self.w["fix"]) or _has(text, self.w["should_be"]) or _has(text, self.w["miswrote"])
        if not wrong or self.asks(marked):
            return None
        return Cue("correction", "back_reference")

    def miswritten(self, text: str, marked: str) -> Cue | None:
        """The sender says what they put down wrongly (我写成十二盒了, 系统记成今天了, 把两家弄混了): a
        mistake in the note just sent — unless someone else's words are reported before it (老板说单子
        写成了别家的) or it is asked (写成啥了)."""
        at = _first(marked, self.w["miswrote"])
        if at < 0 or 0 <= _first(marked, self.w["reported"]) < at or self.asks(marked):
            return None
        return Cue("correction", "miswrote")

    def _speaker_before(self, marked: str, at: int) -> bool:
        """Someone other than the sender named just before a position (刘姐刚说的, 老板刚发的)."""
        return any(s in marked[max(0, at - 6) : at] for s in [PERSON, *self.w["speakers"]])

    def contrast(self, text: str) -> Cue | None:
        """Not X but Y and nothing else (不是去的 是打的电话, 是上周五 不是今天): what the note just sent got
        wrong, set right — unless asked (不是月结是现结吗)."""
        return Cue("correction", "contrast") if _CONTRAST.match(text) and not self.asks(text) else None

    def command(self, text: str) -> Cue | None:
        """A slash command typed in the chat (/brief 福康, /team 上月): the intent it asks for (cues.yaml
        commands); a command the bot does not have is other."""
        found = _COMMAND.match(text)
        return Cue(self.commands.get(found.group(1), "other"), "command") if found else None

    def field_change(self, head: str, text: str) -> Cue | None:
        """A field of the note, then what it changes to (下次拜访改成下周四, 把盒数改为三十): an edit of the
        last note — unless reported (老板说账期改成月结了) or asked (账期改成月结咋谈)."""
        field, change = self.first(head, "note_fields"), self.first(head, "change_to")
        if not 0 <= field < change or _has(head, self.w["reported"]) or self.asks(text):
            return None
        return Cue("correction", "field_change")

    def fix_only(self, text: str) -> Cue | None:
        """Nothing but what is wrong, or a field and what is wrong with it (撤回, 删了吧, 日期不对,
        数量写错了): with nothing else said, it can only be about the note just sent."""
        only = _only(text, self.w["wrong_any"], [*self.w["note_fields"], *self.w["particles"]])
        return Cue("correction", "fix_only") if only else None

    def brief_request(self, text: str, _marked: str = "") -> Cue | None:
        """帮我准备一下, 给我理一理 — unless someone else asked for it (老板说让我准备一下报价). Spaces
        typed between words (准备 一下, 理 一 理) are read through."""
        text = re.sub(r"\s+", "", text)
        at = self.first(text, "brief_request")
        if at < 0 or 0 <= _first(text, self.w["reported"]) < at:
            return None
        return Cue("briefing", "brief_request")

    def own_overdue(self, text: str, marked: str) -> Cue | None:
        """How long since the last contact (太久没联系, 好久没去), asked as which or how many, with nobody
        named and no team word (我手上哪些户拖太久没联系了): the sender's own overdue accounts, a due list."""
        if _PEOPLE.search(marked) or _has(text, self.w["group"]) or not self.since_last(text):
            return None
        if not _has(text, self.w["tally"]) or not self.asks(marked):
            return None
        return Cue("today", "own_overdue")

    def account_brief(self, text: str, marked: str) -> Cue | None:
        """An account or a person named, the sender asking or requesting, and the account as a whole
        asked about (■那边啥情况, 说说■) or a visit to come or booked (周五跑■ 给我看看, 约了●): a briefing —
        unless a fact kept on it is asked (lookup), a figure given or someone quoted (a note)."""
        if not any(mark in marked for mark in _BRIEFED):
            return None
        if _FIGURE.search(text) or self.quoted(marked) or self.first(text, "record_fields") >= 0:
            return None
        ahead = self.upcoming(text) or _has(text, self.w["booked"])
        # something to read asked for on it (■ 给我点提示) is about the account as a whole
        advice = self.asks_to_read(text)
        # with a visit to come, the question may come first (■那边最近啥情况 我明天过去)
        wants = self.asks(marked) or self.wants(text) or (ahead and self.asks_first(marked))
        about = ahead or advice or _has(text, self.w["overview"]) or _has(text, self.w["tell"])
        return Cue("briefing", "account_brief") if wants and about else None

    def wants(self, text: str) -> bool:
        """The sender asks the bot to do or tell something (帮我…, 给我…, 说说, 讲讲), or for something to
        read (给个提示, 想看下记录)."""
        return _has(text, self.w["request"]) or _has(text, self.w["tell"]) or self.asks_to_read(text)

    def asks_to_read(self, text: str) -> bool:
        """Something to read asked for: a giving word, written (给个, 想看下) or by its shape (给整个,
        给出个), and what is given (提示, 提纲, 记录)."""
        give = _has(text, self.w["give"]) or self._give.search(text)
        return bool(give) and _has(text, self.w["advice"])

    def how_to(self, text: str, marked: str) -> Cue | None:
        """Asking how to do something (经理该怎么抽查, 新人咋带), with nobody and no account named and no day
        or period (今天路线咋安排 is the sender's schedule): a question of the craft, however many team
        words it holds. Not how something is (怎么样), nor why it did not happen (怎么没去)."""
        if not self.asks_how(text) or _PEOPLE.search(marked) or self.quoted(marked):
            return None
        if _has(text, self.w["days"]) or self.errand(text) or not self.asks(marked):
            return None
        return Cue("question", "how_to")

    def asks_how(self, text: str) -> bool:
        """A word asking how to do something (咋填, 怎么谈), not how something is (咋样) nor why
        (怎么没去)."""
        rest = text
        for word in self.w["not_how"]:
            rest = rest.replace(word, " ")
        return _has(rest, self.w["how"])

    def opens_with_request(self, text: str) -> bool:
        """The message opens asking the bot to do something (帮我写…, 给我讲…): an errand or a task."""
        return text.lstrip().startswith(tuple(self.w["request"]))

    def indefinite_place(self, marked: str) -> bool:
        """A place spoken of as one of many (一家新开的药房, 一个乡下诊所; numerals are
        marked 9): none the records know."""
        return bool(self._indefinite.search(marked))

    def about_a_note(self, text: str, marked: str) -> bool:
        """Something a note holds (a name, a figure, a day, a field) or a word of setting one right
        (错, 改, 不是…是, 写成): without any, a message has nothing of the last note to correct
        (油价是不是又涨了)."""
        if _NAMED.search(marked) or _FIGURE.search(text) or self.figures(text):
            return True
        text = text.replace("是不是", " ")  # asks whether, says nothing is not so
        keys = ("note_fields", "wrong_any", "should_be", "miswrote", "change_to", "days")
        return any(_has(text, self.w[key]) for key in keys)

    def general_how(self, text: str, marked: str) -> Cue | None:
        """A story of one contact that ends asking how such a case is handled (…老板嫌毛利低 碰到这种
        一般咋谈): the last clause asks how and makes the case general, in the sender's own voice — a
        question for the playbook, whoever the story named."""
        last = (clauses(marked) or [""])[-1]
        for word in self.w["not_how"]:
            last = last.replace(word, " ")
        if not (_has(last, self.w["how"]) and _has(last, self.w["general"])) or self.quoted(last):
            return None
        return Cue("question", "general_how")

    def clinical(self, text: str, marked: str) -> Cue | None:
        """A clinical question (a dose, a drug with a patient group or a complaint: knowledge/clinical.py)
        asked in the sender's own voice, no account named (小孩两岁 ◆一次冲几包): a question, which the
        knowledge base refuses with where to ask — not a note (●问◆孕妇能不能吃 quotes a customer)."""
        if ACCOUNT in marked or self.quoted(marked) or not self.asks(marked):
            return None
        cues = load_clinical(get_settings().home / "clinical.yaml")  # with a company's own words
        kinds = clinical_cues(text, cues)
        # a dose alone must be of a drug (中午吃了没 asks after lunch): one of ours or a competitor's named
        if kinds == ["dose"] and PRODUCT not in marked and COMPETITOR not in marked:
            return None
        return Cue("question", "clinical") if kinds else None

    def team_tally(self, text: str, marked: str) -> Cue | None:
        """The team (its words, or a rep named) and how many or which, asked in one's own voice with no
        account or contact named (下面人答应的事有多少没办, ★这周跑了几家): a manager's summary."""
        team = _has(text, self.w["group"]) or REP in marked
        if not team or ACCOUNT in marked or PERSON in marked or self.quoted(marked):
            return None
        if not _has(text, self.w["tally"]) or not self.asks(marked) or self.errand(text):
            return None
        return Cue("team", "team_tally")

    def asks(self, marked: str) -> bool:
        """The message ends asking something in the sender's own voice (not 老黄问有没有促销吗): its last
        clause ends as a question does, or holds a question word (有啥要注意的, 上次说到哪了); a closing
        afterthought (忘了, 急用) is passed over; a last clause opening with a reporting verb (还问有没有…)
        goes on with someone's reported speech."""
        parts = clauses(marked)
        while len(parts) > 1 and _only(parts[-1], self.w["afterthought"], self.w["particles"]):
            parts = parts[:-1]  # 老板娘姓啥来着 忘了: the afterthought asks nothing, the clause before does
        if not parts:
            return False
        last = parts[-1]
        ends = marked.rstrip().endswith(("?", "?")) or last.endswith(tuple(self.w["asking_end"]))
        weighs = bool(_EITHER_OR.search(last))
        asked = ends or weighs or _has(last, self.w["asking_words"])
        return asked and not self.quoted(last) and not self._goes_on_reporting.match(last)

    def since_last(self, text: str) -> bool:
        """A span of time, then not gone (好多天没去了, 一个礼拜没跑): how long since the last contact."""
        return bool(self._since.search(_blank(text, self.w["one_day"])))

    def asks_first(self, marked: str) -> bool:
        """The first of several clauses asks something in the sender's own voice (●那边啥情况 我明天过去)."""
        parts = clauses(marked)
        return len(parts) > 1 and self.asks(parts[0])

    def after_greeting(self, text: str) -> str:
        """What follows a greeting that opens the message (早上好 今天要去哪: 今天要去哪), or "" when it
        opens with none or holds nothing else."""
        parts = clauses(text)
        if len(parts) < 2 or not _only(parts[0], self.w["greetings"], self.w["particles"]):
            return ""
        return text[text.find(parts[1]) :]

    def upcoming(self, text: str) -> bool:
        """A visit still to come: 明天去, 准备去, 去之前 (cues.yaml ahead, going, before)."""
        return bool(self._upcoming.search(text))

    def figures(self, text: str) -> bool:
        """An amount of goods, a date or a phone number: facts a note keeps (卖了二十盒, 生日3月8号)."""
        return bool(_QUANTITY.search(text) or _DATE_OR_NUMBER.search(text))

    def gives_number(self, text: str, marked: str) -> bool:
        """A phone number or an ID written out with no question in the sender's voice: a fact given to
        be kept (●电话139… 记下), never a lookup of it."""
        return bool(_LONG_NUMBER.search(text)) and not self.asks(marked)

    def errand(self, text: str) -> bool:
        """Something asked of the bot outside its work: a request (帮我…) or an errand, ad or notice word."""
        return _has(text, self.w["request"]) or _has(text, self._other)

    def quoted(self, text: str) -> bool:
        """Someone else's words: a person or a speaker shortly before a reporting verb (刘姐问, 老板说) —
        not saying followed by what (●那边说点啥, 讲什么好), asking to be told (讲讲) or an agreement
        recalled (跟他们说好的事): those are the sender's own."""
        speakers = [PERSON, ACCOUNT, *self.w["speakers"]]
        # 给我讲讲这家: the sender asks to be told; 上回说好的事: an agreement recalled; nobody is quoted
        text = _blank(text, [*self.w["tell"], *self.w["agreed"]])
        for verb in self.w["reported"]:
            at = text.find(verb)
            if at < 0 or (verb in _SAYING and _SAY_WHAT.match(text, at + len(verb))):
                continue
            if any(s in text[max(0, at - 6) : at] for s in speakers):
                return True
        return False

    def record_field(self, text: str, marked: str) -> Cue | None:
        """A short message naming an account or a person and a fact kept on it (■电话多少, ●生日,
        ■好些天没去了: how long since the last contact), with nothing reported, no figure given
        (●电话139…, ●生日3月8号 tell a fact: a note) and no visit still to come."""
        named = ACCOUNT in marked or PERSON in marked
        if not named or len(text) > 24 or _has(text, self.w["reported"]) or _FIGURE.search(text):
            return None
        if self.upcoming(text):  # 准备去■ 上回聊到哪了: what a briefing tells; the classifier weighs it
            return None
        field = self.first(text, "record_fields") >= 0 or self.since_last(text)
        return Cue("lookup", "record_field") if field else None

    def account_facts(self, text: str, marked: str) -> Cue | None:
        """An account the master data knows, and what happened there (去了, 拿了十盒, 说…): a note —
        unless the sender is asking something, or asking the bot about a visit still to come (明天去■
        帮我看看上次答应了啥: the classifier weighs it)."""
        if ACCOUNT not in marked or self.asks(marked) or (self.upcoming(text) and self.wants(text)):
            return None
        # 好久没去了 says how long since a contact, not one made
        told = self._since.sub(" ", _blank(text, self.w["one_day"]))
        if _QUANTITY.search(told) or _has(told, self.w["visit_facts"]):
            return Cue("note", "account_facts")
        return None
