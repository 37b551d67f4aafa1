"""The lexicon's words and patterns that plans and commitments are read by, built once per lexicon."""

from __future__ import annotations

import re
from functools import partial

from memory.extract.lexicon import Lexicon, alternatives
from memory.extract.next_contact import DatedContacts
from memory.extract.undertakings import Undertakings

# the words in their file's order: these rules rely on it
_either = partial(alternatives, longest=False)


class PlanWords:
    """The lexicon's words and patterns for plans, built once per lexicon (a PlanFinder is made per note)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.contact_verbs = lexicon.words("contact_verbs")
        self.bosses = lexicon.words("commitment_bosses")
        self.titles = [w for words in lexicon.groups("roles").values() for w in words]
        self.not_contact = lexicon.words("not_contact")
        self.commitment_verbs = lexicon.words("commitment_verbs")
        # 带合同过去, 把样品送过来: a verb and its direction with the thing carried in between (拿了两盒给她
        # is a report)
        self.carried = re.compile(
            "|".join(
                f"{re.escape(a)}[^,,。;了]{{0,8}}?{re.escape(b)}"
                for a, b in lexicon.data["commitment_split_verbs"]
            )
        )
        self.acts, self.goes = _acts(lexicon)
        self.placed = re.compile(rf"摆(?:{alternatives(lexicon.words('commitment_placed'))})")
        yes = alternatives(lexicon.words("commitment_yes"), longest=False)
        # 我说要得, 我讲得, 答应他: a bare yes (说, or 讲/话 where a region says so), maybe to him
        self.yes = re.compile(
            rf"^(?:我就?[说讲话]|我回[他她]?|回[他她]|我)?(?:{yes})(?:[他她])?(?:的|了|啊|呀|嘛)?$"
        )
        self.continuing = tuple(lexicon.words("clause_continuations"))
        # 说好了 / 讲定 is an arrangement, not the customer speaking
        self.agreed = re.compile(alternatives(lexicon.words("agreed_words"), longest=False))
        self.internal = lexicon.words("internal_steps")
        self.report_back = lexicon.words("report_back")
        self.customer_voice = lexicon.words("customer_voice")
        self.past = lexicon.words("commitment_past")
        # reports of a thing done (送过去了, 摆上了); 定了/批了 settle other things
        self.kept = [w for w in lexicon.words("commitment_kept") if w.endswith("了") and len(w) > 2]
        self.dated = DatedContacts(lexicon, self.yes)
        self.permission = tuple(lexicon.words("customer_permission"))
        self.day_parts = re.compile(alternatives(lexicon.words("day_parts"), longest=False))
        self.going, self.carrying, self.comes_then = _short_clauses(lexicon)
        self.deliverables = lexicon.words("commitment_deliverables")
        self.delivery_parties = lexicon.words("delivery_parties")
        # 就安排, 我说后个就到: all a clause says, once its dates are out, is that the order goes out at once
        self.dispatched = re.compile(
            rf"(?:我就?[说讲话回]|俺就?[说讲]|那)?(?:我|俺)?就(?:{alternatives(lexicon.words('dispatch_words'))})了?"
        )
        self.person_endings = tuple(lexicon.words("person_endings"))
        self.undertakings = Undertakings(lexicon)


_WORDS: dict[int, tuple[Lexicon, PlanWords]] = {}


def plan_words(lexicon: Lexicon) -> PlanWords:
    cached = _WORDS.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        cached = _WORDS[id(lexicon)] = (lexicon, PlanWords(lexicon))
    return cached[1]


def _acts(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A service on the spot or a step up the line (acts), and going to the account to do something
    there (goes)."""
    goers = _either(lexicon.words("commitment_goers"))
    services = _either(lexicon.words("commitment_services"))
    talks = _either(lexicon.words("commitment_talks"))
    others = "".join(lexicon.words("person_endings"))
    bosses = _either(lexicon.words("commitment_bosses"))
    reports = _either(lexicon.words("commitment_reports"))
    # 过去给他换, 来讲; 跟周经理汇报, 向公司申请: a service on the spot, a step up the line
    acts = re.compile(
        rf"(?<![{others}])(?:{goers})[^,,。\s给了把的]{{0,4}}?(?:给[^,,。\s]{{0,5}}?)?(?:{services})"
        rf"|(?:跟|向|找|给)[^,,。\s]{{0,3}}?(?:{bosses})[^,,。\s]{{0,2}}?(?:{reports})"
        # 定在5月20号下午在卫生院会议室给村医讲: the talk itself, nobody else named as its speaker
        rf"|(?<![{others}给])给(?![他她我])[^,,。\s]{{1,5}}?(?:{talks})(?!了|过|的)"
    )
    # 去门店看看, 顺便去换, 一个月后我过来收: going to the account to do something there (回去,
    # 出来, 原来 are no going there; 来了两个人 is a report)
    actions = alternatives(
        [*lexicon.words("commitment_services"), *lexicon.words("contact_actions")], longest=False
    )
    goes = re.compile(rf"(?<![回出起下上进原本后将看未])(?:{goers})[^,,。\s了问说的]{{0,4}}?(?:{actions})")
    return acts, goes


def _short_clauses(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What is left of a clause of a date and a verb only: going (下周一去), carrying (下月初送), and
    coming on the day said before (到时候来)."""
    goers = _either(lexicon.words("commitment_goers"))
    carriers = _either(lexicon.words("commitment_carriers"))
    # 下周一去, 明天头晌过去, 下月初送 (再来 is the next round of visits, not an answer to an ask)
    going = re.compile(rf"^(?:我|就|也|还|给[他她])*(?:{goers})(?:一趟|看看)?$")
    carrying = re.compile(rf"^(?:我|就|再|也|还|自己|亲自|给[他她])*(?:{carriers})(?:{goers})?$")
    # 到时候来, 那天我过去: coming on the day said before (a bare 来 is a contact only so)
    back = _either(lexicon.words("refers_back"))
    # 届时再谈, 到时候打电话: talking with the account on that day is a contact too
    talks = _either(lexicon.words("talks_then"))
    comes_then = re.compile(rf"(?:{back})(?:我|俺|就|再|也)*(?:{goers}|{talks})(?![了的过])")
    return going, carrying, comes_then
