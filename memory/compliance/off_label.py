"""Off-label use, judged against the catalog's `indications` of our product: a claimed use the label
does not list, a patient group the label excludes, or a dose above the label's."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from memory.compliance.note import Found, NoteView, ProductAt, any_in, find_all
from memory.compliance.vocabulary import Vocabulary
from memory.extract.lexicon import alternatives
from memory.extract.numbers import CN_DIGITS, NUMBER, parse_number

_UNITS = "克|毫克|袋|粒|片|支|滴|瓶|包|丸|颗|毫升"
_SAME_UNIT = {"丸": "粒", "颗": "粒"}  # a pill is a pill: 一次8丸 on the label, 一天三十粒 in the note
_AMOUNT = re.compile(rf"({NUMBER}|半)(?:至({NUMBER}))?\s*({_UNITS})")
# 一次两粒, 一次给病人开四粒: a dose after 一次; the words between (the gap) are checked in _dose
_PER_DOSE = re.compile(rf"(?:一次|每次)([^,,。\d\s]{{0,6}}?)((?:{NUMBER}|半|一整)\s*(?:{_UNITS}))")
_PER_DAY = re.compile(rf"(?:一天|一日|每天|每日)([^,,。\d\s]{{0,6}}?)((?:{NUMBER})\s*(?:{_UNITS}))")
_SHORT_GAP = 3  # 一次吃四粒: a gap this short needs no verb; a longer one names who is given what
_TIMES = re.compile(rf"(?:一日|一天|每天|每日)\s*({NUMBER})(?:至({NUMBER}))?\s*(?:次|回|遍)")
# 一天打两次, 每天给他挂三回: how often a day, a verb between (checked as a dosing gap)
_TIMES_A_DAY = re.compile(rf"(?:一天|一日|每天|每日)([^,,。\d\s]{{1,4}}?)({NUMBER})\s*(?:次|回|遍)")
_DOSE_THEN_TIMES = re.compile(
    rf"((?:{NUMBER})\s*(?:{_UNITS}))\s*(?:一天|一日|每天)\s*({NUMBER})\s*(?:次|回|遍)"
)
_OBJECT_END = re.compile(r"[,,。;!?\s、]")
_CLAIM_PREFIX = re.compile(r"^(?:能治|治疗|治|能降|降低|能解|能防|预防|防止)")
_AGE = re.compile(rf"({NUMBER})(?:周岁|岁)")
_ADULT_AGE = 18
_GROUP_REACH = 14  # characters between a patient group and the product used on it, beyond both words
_TAKEN = re.compile(r"(?:吃|喝|服|用|输|打)了")
_TAKING = re.compile(r"吃|喝|服|冲|抹|输|打针")
_LONG_USE = re.compile(
    rf"(?:吃|喝|服|用|冲|抹)(?:了|就是|上|过|着|下来)?(?:{NUMBER}|大半|半|几|好几|俩|仨)个?(?:月|年)(?!前|后|底|初)"
)
_WAY_OF_USE = re.compile(r"(?:服用|使用|应用|用药)$")  # 长期服用: how a drug is taken, not a disease
# 能不能给他用, 可以用吗: a question of use (A-not-A, or 吗)
_ASKING = re.compile(r"([能可行会要])不\1|可不可以|行不行|能否|吗")
_CONDITION_SPLIT = re.compile(r"[及和与或、\s]+|患者|者|病人|期间")


def _minors(text: str, sentence: tuple[int, int]) -> list[tuple[int, str]]:
    """Ages under 18 (十五岁, 8岁) in a sentence, as mentions of a child."""
    found = []
    for match in _AGE.finditer(text, sentence[0], sentence[1]):
        age = parse_number(match.group(1))
        if age is not None and age < _ADULT_AGE:
            found.append((match.start(), match.group(0)))
    return found


def _inside_number(text: str, at: int, word: str) -> bool:
    return at > 0 and word[0] in CN_DIGITS and text[at - 1] in CN_DIGITS


def _number(text: str) -> float | None:
    if text in {"半", "一整"}:
        return 0.5 if text == "半" else 1.0
    return parse_number(text)


def _amounts(text: str) -> dict[str, float]:
    """Largest amount per unit written in a dose phrase: 一次0.5克(2粒) → {克: 0.5, 粒: 2}."""
    found: dict[str, float] = {}
    for match in _AMOUNT.finditer(text):
        value = _number(match.group(2) or match.group(1))
        if value is not None:
            unit = _SAME_UNIT.get(match.group(3), match.group(3))
            found[unit] = max(found.get(unit, 0.0), value)
    return found


@dataclass
class Label:
    """What a product's label allows, read from its `indications` phrases."""

    uses: str = ""  # the phrases that allow, joined
    forbids: list[str] = field(default_factory=list)  # the phrases that forbid
    per_dose: dict[str, float] = field(default_factory=dict)
    per_day: dict[str, float] = field(default_factory=dict)


def read_label(indications: list[str], forbid_words: list[str]) -> Label:
    label = Label()
    for phrase in indications:
        if any_in(phrase, forbid_words):
            label.forbids.append(phrase)
            continue
        dose = re.search(r"(?:一次|每次)(.*?)(?=每|一日|一天|$)", phrase)
        if dose is None:
            label.uses += phrase + " "
            continue
        per_dose = _amounts(dose.group(0))
        label.per_dose.update(per_dose)
        times = _TIMES.search(phrase)
        most = _number(times.group(2) or times.group(1)) if times else None
        if most is not None:  # 每6至8小时1次 says no daily count: only 不超过 then limits the day
            label.per_day.update({unit: value * most for unit, value in per_dose.items()})
        label.per_day.update(_amounts(m.group(1)) if (m := re.search(r"不超过(.+)", phrase)) else {})
    return label


class OffLabel:
    def __init__(self, vocabulary: Vocabulary, labels: dict[str, Label]) -> None:
        def words(key: str) -> list[str]:
            return vocabulary.words("off_label", key)

        self.claims, self.use, self.negation = words("claim"), words("use"), words("negation")
        negators, uses = (alternatives(words(key), longest=False) for key in ("negator", "use"))
        # 不能给他开, 别给孩子吃, 莫开: a negator, perhaps whom it is for (给 + up to two characters),
        # then a verb of use: the use is refused
        self.refusal = re.compile(rf"(?:{negators})(?:[给让叫帮][^,,。;\s]{{0,2}}?)?(?:{uses})")
        self.prevention = set(words("prevention"))
        self.conditions, self.not_use = words("conditions"), words("not_use")
        self.advised = words("advised")
        self.allowed = words("allowed")
        self.given = ["给", *self.advised]
        self.trade = words("trade")
        self.adult_dose, self.double_dose = words("adult_dose"), words("double_dose")
        self.groups: dict[str, dict[str, list[str]]] = vocabulary.section("off_label", "groups")
        self.contra = vocabulary.words("off_label", "contraindicated")
        self.forbid = vocabulary.words("off_label", "forbid")
        self.synonyms: dict[str, str] = vocabulary.section("off_label", "synonyms")
        self.labels = labels
        # 主任说自己最近血压高: a condition the speaker has himself is his health, not a use of ours
        self.own = vocabulary.words("adverse_event", "self")
        self.patients = vocabulary.words("adverse_event", "patient")

    def find(
        self, view: NoteView, sentence: tuple[int, int], earlier: ProductAt | None, harmed: bool = False
    ) -> Found | None:
        """The sentence's off-label use. When it `harmed` someone (an adverse event in the sentence) a
        dose above the label is part of that event; a use the label excludes is still its own finding
        when someone gave or advised it."""
        start, end = sentence
        own = [p for p in view.products_in(start, end) if p.own and p.name in self.labels]
        for product in own:
            span = (
                self._claim(view, sentence, product)
                or self._group(view, sentence, product)
                or self._contraindicated(view, sentence, product)
                or self._condition(view, sentence, product)
            )
            # with someone harmed, a use only counts as off-label where someone gave or advised it (给孩子
            # 打了加替): a patient's own use or an accident (娃娃把风油精喝了) is the adverse event alone
            given = span and any_in(view.text[view.clause_start(span[0], start) : span[1]], self.given)
            if span is not None and self._only_asked(view, sentence, span):
                continue
            if span is not None and (not harmed or given):
                return Found("off_label", *view.span(sentence, *span), product.name)
        dosed = own[0] if own else earlier
        if dosed is not None and dosed.name in self.labels and not harmed:
            span = self._dose(view, sentence, dosed)
            if span is not None:
                left, right = view.span(sentence, *span)
                clause = view.text[left:right]
                overdose = _TAKEN.search(clause) and not any_in(clause, self.advised)
                return Found("adverse_event" if overdose else "off_label", left, right, dosed.name)
        return None

    def _claims(
        self, view: NoteView, sentence: tuple[int, int], product: ProductAt
    ) -> Iterator[tuple[int, int, str]]:
        """Each use claimed for the product (治尿路感染): its span, and what is claimed (尿路感染)."""
        for at, word in find_all(view.text, self.claims, sentence[0], sentence[1]):
            if abs(at - product.start) > 24 or view.text[at + len(word) : at + len(word) + 1] == "药":
                continue  # 降压药 names a drug, it claims nothing
            rest = view.text[at : sentence[1]]
            cut = _OBJECT_END.search(rest)
            claim = _CLAIM_PREFIX.sub("", rest[: cut.start() if cut else len(rest)])[:6]
            claim = claim or (word if word in self.prevention else "")  # 当预防: prevention is the claim
            if claim and not claim.startswith(("好", "不", "得", "了", "一点", "点", "些", "多少")):
                yield at, at + len(word) + len(claim), claim  # (价钱能降一点 claims no use)

    def _claim(self, view: NoteView, sentence: tuple[int, int], product: ProductAt) -> tuple[int, int] | None:
        label = self.labels[product.name]
        for at, end, claim in self._claims(view, sentence, product):
            if not self._on_label(claim, label):
                return min(at, product.start), max(end, product.end)
        for match in re.finditer(r"当(.{1,4}?)(?:药|用)", view.text[sentence[0] : sentence[1]]):
            at = sentence[0] + match.start()
            if 0 <= at - product.end <= 4 and not self._on_label(match.group(1), label):
                return product.start, sentence[0] + match.end()
        return None

    def _on_label(self, claim: str, label: Label) -> bool:
        for word, label_word in self.synonyms.items():
            claim = claim.replace(word, label_word)
        pairs = [claim[i : i + 2] for i in range(len(claim) - 1)] or [claim]
        # the label phrase the claim matches most decides: 尿路感染 shares 感染 with 病毒感染无效 but
        # three pairs with 单纯性尿路感染
        forbidden = max((sum(p in phrase for p in pairs) for phrase in label.forbids), default=0)
        if forbidden and forbidden >= sum(p in label.uses for p in pairs):
            return False
        # 胸闷 for the label's 胸中憋闷: the claim's first two characters, a few apart, in a label phrase
        spread = re.compile(".{0,2}".join(map(re.escape, claim[:2])))
        return any(pair in label.uses for pair in pairs) or bool(
            len(claim) >= 2 and spread.search(label.uses)
        )

    def _group(self, view: NoteView, sentence: tuple[int, int], product: ProductAt) -> tuple[int, int] | None:
        text, label = view.text, self.labels[product.name]
        if not self._used(view, sentence):
            return None
        for group in self.groups.values():
            if not any(any_in(p, group["label"]) and any_in(p, self.contra) for p in label.forbids):
                continue
            mentions = find_all(text, group["note"], sentence[0], sentence[1])
            # 六十五岁 holds 十五岁: a word that starts a number's tail is no age of its own
            mentions = [(at, w) for at, w in mentions if not _inside_number(text, at, w)]
            if group is self.groups.get("children"):
                mentions += _minors(text, sentence)
            for at, word in mentions:
                first, last = min(at, product.start), max(at + len(word), product.end)
                # 她孩子的学费… 只进咱们的风油精: the group is no one the product is used on, unless a
                # verb of use stands from the group on to the product's clause (孕妇 医生给用的加替)
                near = last - first <= len(word) + len(product.name) + _GROUP_REACH
                if not (near and self._used(view, (first, view.clause_end(last, sentence[1])))):
                    continue
                # 怀孕的病人加替一律不用: a refusal anywhere in the clauses that hold both
                around = text[max(sentence[0], at - 3) : view.clause_end(last, sentence[1])]
                if not self._refused(around):
                    return first, last
        return None

    def _only_asked(self, view: NoteView, sentence: tuple[int, int], span: tuple[int, int]) -> bool:
        """问加替能不能给糖尿病人用: a use asked about is no use, unless an answer later in the
        sentence allows it (我说可以, 没事)."""
        first, last = view.clause_start(span[0], sentence[0]), view.clause_end(span[1] - 1, sentence[1])
        clause = view.text[first:last]
        if not (_ASKING.search(clause) and "问" in clause):
            return False
        return not any_in(view.text[span[1] : sentence[1]], self.allowed)

    def _refused(self, text: str) -> bool:
        """A use refused (不能给他开). A question of the A-not-A form (能不能给糖尿病人用) asks; it refuses
        nothing."""
        if any_in(text, self.negation):
            return True
        for match in self.refusal.finditer(text):
            at = match.start()
            if not (text[at] == "不" and at > 0 and text[at - 1] == text[at + 1 : at + 2]):
                return True
        return False

    def _used(self, view: NoteView, sentence: tuple[int, int]) -> bool:
        """A verb of use in the sentence, not one inside a noun (费用, 作用, 用量)."""
        start, end = sentence
        nouns = {i for at, w in find_all(view.text, self.not_use, start, end) for i in range(at, at + len(w))}
        return any(at not in nouns for at, _ in find_all(view.text, self.use, start, end))

    def _condition(
        self, view: NoteView, sentence: tuple[int, int], product: ProductAt
    ) -> tuple[int, int] | None:
        """烫伤了抹风油精: a condition the label does not list, right by the product and a verb of use.
        A use the note states that is on the label (治尿路感染) makes other conditions the patient's
        history (糖尿病十几年了)."""
        text, label = view.text[sentence[0] : sentence[1]], self.labels[product.name]
        if not self._used(view, sentence) or "来买" in text:
            return None
        if any(self._on_label(claim, label) for _, _, claim in self._claims(view, sentence, product)):
            return None
        for at, word in find_all(view.text, self.conditions, *sentence):
            lead = view.text[view.clause_start(at, sentence[0]) : at]
            if any_in(lead, self.own) and not any_in(lead, self.patients):
                continue  # the contact's own health (主任说自己血压高), not what our product is used for
            first, last = min(at, product.start), max(at + len(word), product.end)
            # 推荐藿香正气水解酒: the verb of use may stand before both, in their clause
            used = view.text[view.clause_start(first, sentence[0]) : last]
            # a refusal counts in the clauses of the use (额说这不是说明书上的 answers it, later)
            if self._refused(
                view.text[view.clause_start(first, sentence[0]) : view.clause_end(last, sentence[1])]
            ):
                continue
            close = last - first <= len(word) + len(product.name) + 10 and any_in(used, self.use)
            if close and not self._on_label(word, self.labels[product.name]):
                return min(at, product.start), max(at + len(word), product.end)
        return None

    def _contraindicated(
        self, view: NoteView, sentence: tuple[int, int], product: ProductAt
    ) -> tuple[int, int] | None:
        """A condition the label excludes (病毒性感冒无效, 青霉素过敏者禁用) where the product is used."""
        text = view.text[sentence[0] : sentence[1]]
        if not self._used(view, sentence) or self._refused(text):
            return None
        for phrase in self.labels[product.name].forbids:
            for word in self.forbid:
                phrase = phrase.replace(word, " ")
            for condition in _CONDITION_SPLIT.split(phrase):
                condition = condition.removeprefix("对")  # 对头孢菌素过敏者 → 头孢菌素过敏
                match = self._mentioned(condition, text) if len(condition) >= 2 else None
                if match is None:
                    continue
                first = min(sentence[0] + match.start(), product.start)
                last = max(sentence[0] + match.end(), product.end)
                near = last - first <= len(match.group(0)) + len(product.name) + _GROUP_REACH
                if near and self._used(view, (first, view.clause_end(last, sentence[1]))):
                    return first, last
        return None

    def _group_of(self, condition: str) -> dict[str, list[str]] | None:
        return next((g for g in self.groups.values() if any_in(condition, g["label"])), None)

    def _mentioned(self, condition: str, text: str) -> re.Match[str] | None:
        """The label's condition in the note. A way of use (不宜长期服用 → 长期服用) is met by its
        stem or a note word for it, followed by any verb of taking (长期吃, 天天喝)."""
        stem = _WAY_OF_USE.sub("", condition)
        if not stem:  # 感冒发热者不宜服用 leaves 服用 alone: a way of use with nothing to meet
            return None
        group = self._group_of(condition)
        if group is not None:  # 婴幼儿 on the label is met by the group's words in a note (婴儿, 小娃)
            found = [
                (at, w)
                for at, w in find_all(text, group["note"] + [condition])
                if not _inside_number(text, at, w)
            ]
            return re.search(re.escape(found[0][1]), text) if found else None
        if stem == condition:
            # 头孢过敏 for the label's 头孢菌素过敏: a long condition met by its first and last two
            # characters, a few apart
            shortened = f"{re.escape(condition[:2])}.{{0,3}}?{re.escape(condition[-2:])}"
            return re.search(re.escape(condition) if len(condition) < 5 else shortened, text)
        forms = [stem] + [said for said, labelled in self.synonyms.items() if labelled == stem]
        either = alternatives(forms)
        said = re.search(rf"(?:{either})[^,,。;\s]{{0,2}}?(?:吃|喝|服|用)", text)
        # 让病人一喝就是俩月: use for months, advised by someone, is long-term use (a patient who took
        # it for years on his own reports a habit, not an off-label use)
        advised = stem == "长期" and any_in(text, self.advised)
        return said or (_LONG_USE.search(text) if advised else None)

    def _dosing_gap(self, gap: str) -> bool:
        """一次给病人冲三袋 is a dose; 一次进了三十支 is an order: a long gap must hold a verb of use or
        of taking, and no verb of trade."""
        if any_in(gap, self.trade):
            return False
        return len(gap) <= _SHORT_GAP or any_in(gap, self.use) or _TAKING.search(gap) is not None

    def _too_often(self, text: str, label: Label) -> tuple[int, int] | None:
        """一天打两次 where the label allows one a day: times a day, each at the dose the note writes
        after 一次 or else at the label's, above the label's daily most."""
        written = _PER_DOSE.search(text)
        dose = _amounts(text[written.start(2) : written.end(2) + 12]) if written else {}
        for match in _TIMES_A_DAY.finditer(text):
            times = _number(match.group(2))
            if times is None or not self._dosing_gap(match.group(1)):
                continue
            for unit, most in label.per_day.items():
                if times * dose.get(unit, label.per_dose.get(unit, most)) > most:
                    return match.start(), match.end()
        return None

    def _dose(self, view: NoteView, sentence: tuple[int, int], product: ProductAt) -> tuple[int, int] | None:
        text, label = view.text[sentence[0] : sentence[1]], self.labels[product.name]
        for at, word in find_all(view.text, self.double_dose, *sentence):
            # 感冒灵加倍喝, 吃双份: twice the label's dose, a verb of taking beside it (订货量加倍 is trade)
            if _TAKING.search(view.text, max(sentence[0], at - 2), min(sentence[1], at + len(word) + 2)):
                return min(at, product.start), max(at + len(word), product.end)
        children = self.groups.get("children", {}).get("note", [])
        if any_in(text, self.adult_dose) and any_in(text, children):
            at = min(i for i, _ in find_all(view.text, children, *sentence))
            return at, max(at + 2, sentence[0] + max(text.find(w) + len(w) for w in self.adult_dose))
        for pattern, limits in ((_PER_DOSE, label.per_dose), (_PER_DAY, label.per_day)):
            for match in pattern.finditer(text):
                if not self._dosing_gap(match.group(1)):
                    continue
                tail = _amounts(text[match.start(2) : match.end(2) + 12])
                if any(value > limits[unit] for unit, value in tail.items() if unit in limits):
                    return sentence[0] + match.start(), sentence[0] + match.end()
        if span := self._too_often(text, label):
            return sentence[0] + span[0], sentence[0] + span[1]
        for match in _DOSE_THEN_TIMES.finditer(text):
            amounts, times = _amounts(match.group(1)), _number(match.group(2)) or 1
            if any(v > label.per_dose[u] for u, v in amounts.items() if u in label.per_dose) or any(
                v * times > label.per_day[u] for u, v in amounts.items() if u in label.per_day
            ):
                return sentence[0] + match.start(), sentence[0] + match.end()
        return None
