"""Value named by its shape rather than by a valuable's name: a treat outing, money into a person's
own (or family's) account, a card of some kind. The words are the lexicon's (`inducement`); a treat
and a card are value only where the sentence ties them to prescribing or ordering (`tied`)."""

from __future__ import annotations

import re
from functools import partial

from memory.compliance.note import NoteView, any_in, unframed
from memory.compliance.vocabulary import Vocabulary
from memory.extract.lexicon import alternatives
from memory.extract.numbers import NUMBER

_either = partial(alternatives, longest=False)
_CLAUSE = r"[^,,。;!?\s]"
# 院长请我们去他办公室坐坐: the account inviting us treats no one of its own
_US = ("我", "咱", "俺")
_FORBID = ("不", "别", "不要", "不能", "没", "不许", "不准")


class ValueShapes:
    def __init__(self, vocabulary: Vocabulary) -> None:
        def words(key: str) -> list[str]:
            return vocabulary.words("inducement", key)

        # 请呼吸科去农家乐吃喝, 请他们科出去耍一趟: a party taken out somewhere by the one who invites
        self.treat = re.compile(rf"请({_CLAUSE}{{1,10}}?)出?去({_CLAUSE}{{1,6}})")
        self.not_treat = words("not_treat")
        # 打到她个人卡上, 转进他自己的微信, 打到他爱人卡上: money into a person's own account (or a
        # family member's), whoever he is; 他们 is the account
        kin = _either(words("kin_member"))
        self.own_account = re.compile(
            rf"(?:{_either(words('deposit'))})(?:到|进|给)?{_CLAUSE}{{0,3}}?"
            rf"(?:个人|私人|自己|[他她](?!们)(?:家|的)?(?:{kin})?)的?(?:{_either(words('account'))})"
        )
        self.titles, self.payers = vocabulary.words("personal_data", "titles"), words("payer")
        self.consumers = words("consumer")
        # 弄张体检卡, 给他办了两张洗车卡: a card (a stored value) handed over
        verbs = _either(words("card_verb"))
        self.card = re.compile(rf"(?:{verbs})了?(?:{NUMBER}|几)?张({_CLAUSE}{{1,6}}?[卡券])")

    def values(self, view: NoteView, start: int, end: int, tied: bool) -> list[tuple[int, int]]:
        text = view.text
        # 别打到他个人卡上: a deposit forbidden is none
        found = [
            (m.start(), m.end())
            for m in self.own_account.finditer(text, start, end)
            if not text[start : m.start()].endswith(_FORBID)
        ]
        if not tied:
            return found
        for match in self.treat.finditer(text, start, end):
            # 主任请大家去…: a contact treating his own people; 请我们去…: the account inviting us
            host = unframed(text[view.clause_start(match.start(), start) : match.start()])
            if any_in(match.group(0), self.not_treat) or match.group(1).startswith(_US):
                continue
            if not any_in(host, self.titles) or any_in(host, self.payers):
                found.append((match.start(), match.end()))
        for match in self.card.finditer(text, start, end):
            # 给会员办了两张积分卡: a card for shoppers or patients is the account's service
            if not any_in(text[view.clause_start(match.start(), start) : match.start() + 2], self.consumers):
                found.append((match.start(), match.end()))
        return found
