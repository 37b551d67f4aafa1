"""The rep's undertakings the committing verbs of the lexicon do not name, by the shape of the clause.

A clause undertakes an act for the account (undertakings.yaml: serving, steps, replies) when the act

- follows 给/帮/替 and the one it is done for (给她换新的, 帮他问问经理, 给他个说法), or
- follows a marker of the rep's future (回头, 改天, 一定, 保证, 下次: 下次来带, 一定给他结了) in the rep's
  words, or in anyone's when coming to the account stands between (下次来的时候换新的), or
- serves the account after coming there on a date of the clause's own (明天再过来教教她们), or
- serves it along with a plan said before (价签一齐带), whoever's voice; it is then due with that plan, or
- opens the clause as a chase in the tentative aspect, a note to self (催一下华鲁, 联系下配送), or
- asks someone about it under a modal, in the rep's words or opening on the matter (这个得问问,
  横幅的事先问问, 这个我要问下宋经理): a step up the line, or
- serves the account in the rep's own words that have a date of their own (我说要得|下个月初派人过来), or
- moves a thing or a person in the 把 shape, in the rep's voice (我把老师领过来, 把方案拿来), not done,

and the rep is the one speaking or acting (the clause opens on 我, or continues the rep's own words), or,
for an act done for someone, the clause has its own date (周六过去帮他理货). Who speaks, what is past or
done and the due date are plans.py's; this module only says where the undertaking's act is.
"""

from __future__ import annotations

import re
from pathlib import Path

from memory.extract.lexicon import Lexicon, alternatives

HERE = Path(__file__).parent
# the one an act is done for: a pronoun or a short name or title, not the rep (给我, 帮我们)
_FOR = r"(?!我)[^,,。;\s给帮替把了]{0,4}?"
# 我让福顺一块拉回来: someone else sent along with a delivery before is that delivery, no new act
_SENDS = re.compile(r"(?:让|叫|喊|派)(?!我)")
# the rep's own words: 我说, 我讲, 我回她, 我跟他讲, 回她
_SPEECH_OPENER = re.compile(r"^(?:我(?:就|也)?(?:说|讲|话|回[他她]?|跟[他她](?:说|讲))|回[他她])")
# 我去跟批发部打招呼, 我回去报: the rep opening on going to do something
_ASKING = re.compile(r"能不能|可不可以|能否|行不行|吗$")
# 这个得问问, 横幅的事先问问: a clause opening on the matter asked about
_TOPIC = re.compile(r"^(?:这个|这事|那个|那事|[^,,。;\s]{1,6}?的事)")
_GOES_TO_DO = re.compile(r"^(?:我|俺)(?:就|先|再|亲自|这就|马上)*(?:去|回去|过去)")


class Undertakings:
    def __init__(self, lexicon: Lexicon) -> None:
        words = lexicon.section("undertakings", HERE / "undertakings.yaml")
        serve, steps, replies = words["serve"], words["steps"], words["replies"]
        channels = words["reply_channels"]
        for_only = alternatives([*serve, *steps, *replies, *channels, *words["for_only"]])
        for_words = alternatives(words["for_words"])
        # 给她换, 帮他问问, 给他个说法 (an act for someone); not 给我, nor a thing given (给了)
        self._for_them = re.compile(rf"(?:{for_words}){_FOR}(?:{for_only})")
        # 回头给他带, 改天我捎几个来, 一定给他结了: a marker, then the act within a few characters
        markers, acts = alternatives(words["markers"]), alternatives([*serve, *steps, *replies])
        self._opens_marked = re.compile(rf"^(?:{alternatives(words['note_openers'])})")
        self._marked = re.compile(rf"(?:{markers})[^,,。;\s]{{0,6}}?(?:{acts})")
        # 下次来的时候换新的: a marker, coming to the account, then serving there
        comes = alternatives(words["comes"])
        self._marked_visit = re.compile(
            rf"(?:{markers})[^,,。;\s]{{0,2}}?(?:{comes})[^,,。;\s]{{0,5}}?(?:{acts})"
        )
        self._serves = re.compile(alternatives(serve))
        # 明天再过来教教她们: coming to the account on a date to serve it
        self._visit_serves = re.compile(rf"(?:{comes})[^,,。;\s]{{0,5}}?(?:{alternatives(serve)})")
        self._wants = re.compile(alternatives(words["wants"]))
        self._replies = re.compile(alternatives([*replies, *channels]))
        # 一齐带, 价签也一起捎上: serving along with a plan said before, whoever's voice
        # 催一下华鲁, 联系下配送: a note to self opening on a chase in the tentative aspect (not 催了一下,
        # nor chasing the account's money: 催一下货款)
        chases = alternatives(words["chases"])
        self._chase = re.compile(
            rf"^(?:再|先|得|要|就|马上|赶紧|回头)*(?:{chases})(?:一)?下(?![了来去午面次个])(?!.*[款钱账])"
        )
        # 这个得问问, 这个我要问下宋经理: a modal, maybe the rep, then asking (not him, not done)
        self._asks_about = re.compile(
            rf"(?:{alternatives(words['ask_modals'])})(?:我|俺)?(?:{alternatives(words['asks'])})(?![他她了过])"
        )
        # 我说…, 我回她…, 我跟他讲…: the opener of the rep's own words; a yes, fillers, then the act
        self._yes = re.compile(rf"^(?:{alternatives(lexicon.words('commitment_yes'))})(?:的|了|啊|呀|嘛)?")
        fillers = alternatives([*words["said_fillers"], *words["markers"], *lexicon.words("vague_times")])
        self._fillers = re.compile(rf"^(?:{fillers})*")
        heads = alternatives([*serve, *steps, *replies, *words["said_acts"]])
        talks = alternatives(words["said_talks"])
        # an act heading the words, maybe after going (去/来): 去跟批发部打招呼, 来换, 给她方案
        self._said_head = re.compile(
            rf"^(?:过去|过来|去|来)?(?:(?:跟|找|和|向|同)[^,,。;\s]{{1,8}}?(?:{talks})|(?:{heads}))"
        )
        self._along = re.compile(
            rf"(?:{alternatives(words['along'])})[^,,。;\s]{{0,4}}?(?:{alternatives(serve)})"
        )
        # 大后天之前搞定, 下下礼拜三, 周五前没问题: a reply of a date and no more (the date taken out)
        self._reply_only = re.compile(
            rf"(?:{alternatives(words['said_fillers'])})*(?:{alternatives(words['deadlines'])})?"
            rf"(?:{alternatives(words['said_fillers'])})*(?:{alternatives(words['gets_done'])})?(?:吧|啊|哈)?"
        )
        every = [*serve, *steps, *replies, *words["for_only"], *words["said_acts"]]
        # 我把老师领过来: 把, what is moved, the act and where it ends up, not reported done (领过来了)
        self._disposal = re.compile(
            rf"把(?!握)[^,,。;\s把]{{1,12}}?(?:{alternatives([*every, *words['disposal_acts']])})"
            rf"(?:{alternatives(words['disposal_ends'])})(?![了过着的])"
        )

    def act(self, text: str, *, rep_voiced: bool, dated: bool) -> str | None:
        """The words of the undertaking in a clause, or None (see the module's doc)."""
        for_them = self._for_them.search(text)
        if for_them is not None and (rep_voiced or dated):
            return for_them.group(0)
        chase = self._chase.search(text)
        if chase is not None:
            return chase.group(0)
        asked = self._asks_about.search(text)
        if asked is not None and (rep_voiced or _TOPIC.match(text)):
            return asked.group(0)
        along = self._along.search(text)
        if along is not None:
            return None if _SENDS.search(text[: along.start()]) else along.group(0)
        if not rep_voiced:
            visit = self._marked_visit.search(text) or (self._visit_serves.search(text) if dated else None)
            return visit.group(0) if visit is not None else None
        found = (
            self._marked.search(text)
            or self._disposal.search(text)
            or (self._serves.search(text) if dated else None)
        )
        return found.group(0) if found is not None else None

    def said(self, text: str, *, in_speech: bool) -> str | None:
        """The act heading the rep's own words (see undertakings.yaml said_acts): 我说这周四给她方案,
        我说要得先放二十瓶试试, 我说问下杨经理再说, and what follows the rep's opener in his turn
        (`in_speech`); or a clause where the rep opens on going to do it (我去跟批发部打招呼). Not a
        refusal (我说不行), news or a state (我说这回可以发, 我说下月初有买赠), nor only going there
        (我说一定去, 我说那我下下礼拜再来问: a contact, not an undertaking)."""
        opener = _SPEECH_OPENER.match(text)
        if opener is not None:
            body = text[opener.end() :]
        elif _GOES_TO_DO.match(text) or (in_speech and not text.startswith(("我", "俺"))):
            body = text
        else:
            return None
        if _ASKING.search(body):
            return None  # 我跟她说能不能往上挪挪: the rep asking the customer
        body = self._yes.sub("", body, count=1)
        body = self._fillers.sub("", body, count=1)
        head = self._said_head.match(body)
        # 去问问, 去看看, 去找他: only going there; 去找经销商问问 is talking to a third party for him
        if head is None or re.match(r"^(?:过去|过来|去|来)(?:问|看|找(?:[他她]|$))", head.group(0)):
            return None
        return head.group(0)

    def only_a_reply(self, text: str) -> bool:
        """之前搞定, 前, 没问题, '': what is left of the rep's reply once its date is out says no more than
        a deadline, a yes or getting it done."""
        return self._reply_only.fullmatch(text) is not None

    def asks_about(self, text: str) -> bool:
        """这个得问问, 陈列费得问问公司: asking someone about the matter under a modal."""
        return self._asks_about.search(text) is not None

    def without_asking(self, text: str) -> str:
        """The clause without its asking about (血压计得问问 → 血压计): that 问 is no customer's question."""
        return self._asks_about.sub("", text)

    def marked(self, text: str) -> bool:
        """回头给他带, 一定给他结了: a marker of the rep's future before an act."""
        return self._marked.search(text) is not None or self.opens_marked(text)

    def opens_marked(self, text: str) -> bool:
        """下次记得带两本: a clause opening on a marker of the future, a note the rep writes to himself."""
        return self._opens_marked.match(text) is not None

    def goes_along(self, text: str) -> bool:
        """海报也一齐带过去: the act goes along with a plan said before it."""
        return self._along.search(text) is not None

    def wants_served(self, text: str) -> bool:
        """店长想给店员搞个培训, 希望我们派人来: the customer wanting the rep to serve the account (a bare
        yes after it makes it a promise); 想进点货 is the customer's own act."""
        want = self._wants.search(text)
        if want is None:
            return False
        return self.serves_in(text[want.end() :])

    def serves_in(self, text: str) -> bool:
        """An act serving the account or done for someone, whoever says it."""
        return bool(self._for_them.search(text) or self._serves.search(text))

    def replies_in(self, text: str) -> bool:
        """给他个说法, 明天给她电话: the clause answers the customer."""
        found = self._for_them.search(text)
        return found is not None and bool(self._replies.search(found.group(0)))
