"""Strong cues: the few shapes of message whose intent is certain, decided before the classifier.

The words are data (cues.yaml); each rule here is a structure over them, and has a test named for it. The
predicates the rules are built of are in voice.py, the rules of a correction in corrections.py.
"""

from __future__ import annotations

import re
import unicodedata

from bot.routing.corrections import CorrectionRules
from bot.routing.normalize import ACCOUNT, COMPETITOR, DISTRIBUTOR, PERSON, PRODUCT, REP
from bot.routing.words import FIGURE, NAMED, PEOPLE, QUANTITY, Cue, blank, clauses, first_at, has, only
from knowledge.clinical import clinical_cues
from knowledge.clinical import load_cues as load_clinical
from memory.base.settings import get_settings

# A forwarded notice or ad opens with its sender in brackets: 【某某医保局】, [中国移动].
_FORWARDED = re.compile(r"^[【\[][^】\]]{1,16}[】\]]")
# Who can be briefed on: an account or a person, or a distributor the rep calls on.
_BRIEFED = (ACCOUNT, PERSON, DISTRIBUTOR)
# A slash command, with the bot's name after it in a group chat (/team@keqing_bot 上月).
_COMMAND = re.compile(r"^/([a-z_]+)(?:@\w+)?(?:\s|$)")
NOISE_MIN = 4  # sounds in a row before a message of nothing else is noise, not an acknowledgement


class Cues(CorrectionRules):
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
        felt = has(text, self.w["social"]) or self._worn.search(text) or self._by_degree.search(text)
        if not felt or NAMED.search(marked) or self.figures(text):
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
        """Forwarded ads and chain messages — not a clause asked in the sender's own voice (送点啥合适 红包
        能不能给 asks about a gift)."""
        if not has(text, self.w["spam"]) or any(self.asks(part) for part in clauses(text)):
            return None
        return Cue("other", "spam")

    def forwarded(self, text: str, marked: str) -> Cue | None:
        """A text that opens with its sender in brackets (【县医保局】关于…) or with an ad's or a notice's
        label and a colon (招聘:…, 通知:…), naming none of our accounts: a forwarded notice or ad, not
        something the person wrote to the bot (【拜访】+ an account is a note)."""
        opens = _FORWARDED.match(text) or self._labelled.match(text)
        return Cue("other", "forwarded") if opens and ACCOUNT not in marked else None

    def smalltalk_only(self, text: str) -> Cue | None:
        """Greetings, thanks, acknowledgements, laughter, how one feels, alone or together (明白了 谢谢)."""
        alone = only(text, self.w["smalltalk_any"], self.w["particles"])
        return Cue("smalltalk", "smalltalk_only") if alone else None

    def command(self, text: str) -> Cue | None:
        """A slash command typed in the chat (/brief 福康, /team 上月): the intent it asks for (cues.yaml
        commands); a command the bot does not have is other."""
        found = _COMMAND.match(text)
        return Cue(self.commands.get(found.group(1), "other"), "command") if found else None

    def brief_request(self, text: str, _marked: str = "") -> Cue | None:
        """帮我准备一下, 给我理一理 — unless someone else asked for it (老板说让我准备一下报价). Spaces
        typed between words (准备 一下, 理 一 理) are read through."""
        text = re.sub(r"\s+", "", text)
        at = self.first(text, "brief_request")
        if at < 0 or 0 <= first_at(text, self.w["reported"]) < at:
            return None
        return Cue("briefing", "brief_request")

    def own_overdue(self, text: str, marked: str) -> Cue | None:
        """How long since the last contact (太久没联系, 好久没去) or a contact falling due (该回访谁),
        asked as which or how many, with nobody named and no team word (我手上哪些户拖太久没联系了): the
        sender's own overdue or due accounts, a due list."""
        due = self.since_last(text) or has(text, self.w["falling_due"])
        if PEOPLE.search(marked) or has(text, self.w["group"]) or not due:
            return None
        if not has(text, self.w["tally"]) or not self.asks(marked):
            return None
        return Cue("today", "own_overdue")

    def account_brief(self, text: str, marked: str) -> Cue | None:
        """An account or a person named, the sender asking or requesting, and the account as a whole
        asked about (■那边啥情况, 说说■) or a visit to come or booked (周五跑■ 给我看看, 约了●): a briefing —
        unless a fact kept on it is asked (lookup), a figure given or someone quoted (a note)."""
        if not any(mark in marked for mark in _BRIEFED):
            return None
        if FIGURE.search(text) or self.quoted(marked) or self.first(text, "record_fields") >= 0:
            return None
        ahead = self.upcoming(text) or has(text, self.w["booked"])
        # something to read asked for on it (■ 给我点提示) is about the account as a whole
        advice = self.asks_to_read(text)
        # with a visit to come, the question may come first (■那边最近啥情况 我明天过去)
        wants = self.asks(marked) or self.wants(text) or (ahead and self.asks_first(marked))
        about = ahead or advice or has(text, self.w["overview"]) or has(text, self.w["tell"])
        return Cue("briefing", "account_brief") if wants and about else None

    def how_to(self, text: str, marked: str) -> Cue | None:
        """Asking how to do something (经理该怎么抽查, 新人咋带), with nobody and no account named and no day
        or period (今天路线咋安排 is the sender's schedule): a question of the craft, however many team
        words it holds. Not how something is (怎么样), nor why it did not happen (怎么没去)."""
        if not self.asks_how(text) or PEOPLE.search(marked) or self.quoted(marked):
            return None
        if has(text, self.w["days"]) or self.errand(text) or not self.asks(marked):
            return None
        return Cue("question", "how_to")

    def general_how(self, text: str, marked: str) -> Cue | None:
        """A story of one contact that ends asking how such a case is handled (…老板嫌毛利低 碰到这种
        一般咋谈): the last clause asks how and makes the case general, in the sender's own voice — a
        question for the playbook, whoever the story named."""
        last = (clauses(marked) or [""])[-1]
        for word in self.w["not_how"]:
            last = last.replace(word, " ")
        if not (has(last, self.w["how"]) and has(last, self.w["general"])) or self.quoted(last):
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
        team = has(text, self.w["group"]) or REP in marked
        if not team or ACCOUNT in marked or PERSON in marked or self.quoted(marked):
            return None
        if not has(text, self.w["tally"]) or not self.asks(marked) or self.errand(text):
            return None
        return Cue("team", "team_tally")

    def record_field(self, text: str, marked: str) -> Cue | None:
        """A short message naming an account or a person and a fact kept on it (■电话多少, ●生日,
        ■好些天没去了: how long since the last contact), with nothing reported, no figure given
        (●电话139…, ●生日3月8号 tell a fact: a note) and no visit still to come."""
        named = ACCOUNT in marked or PERSON in marked
        if not named or len(text) > 24 or has(text, self.w["reported"]) or FIGURE.search(text):
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
        told = self._since.sub(" ", blank(text, self.w["one_day"]))
        if QUANTITY.search(told) or has(told, self.w["visit_facts"]):
            return Cue("note", "account_facts")
        return None
