"""Adverse events: a reaction, misuse or quality complaint that follows the use of one of our products
(or of a drug the rep supplied) in one sentence. A symptom before the product is why it was bought;
a symptom the label lists as an indication is one only when the note says it came after use."""

from __future__ import annotations

import re
from functools import partial

from memory.compliance.note import Found, NoteView, ProductAt, any_in, find_all, pairs, unframed
from memory.compliance.vocabulary import Vocabulary
from memory.extract.lexicon import alternatives
from memory.extract.numbers import NUMBER

# the words in their file's order: these rules rely on it
_either = partial(alternatives, longest=False)

_MAX_GAP = 30  # characters between the product and the reaction it caused
_PAIR_REACH = 5  # characters between a body part (a vital sign, a pack part) and what went wrong with it
# 吃了以后, 输上没多久: a use then its consequence, the drug named in an earlier sentence;
# …or a use and how long it went on (吃了两天, 输了三瓶)
_USE_THEN = re.compile(
    r"(?:吃|喝|用|输|打|服|抹|擦|涂|上)[了完过上]?(?:药)?"
    r"(?:以后|之后|后|完|没多久|就|[一二两三四五六七八九十几半\d]+个?(?:天|顿|次|回|周|礼拜|星期|月|针|瓶|支|袋|盒))"
)
_WRITER = re.compile(r"(?:^|[^自])我[也都就还]?$")  # the writer holds the complaint: 我心里…, 我头…
_PERSON_SAYS = re.compile(r"[老小][\u4e00-\u9fff](?:说|讲|反映)$")  # 老张说, 小郑讲
_BACKGROUND_AFTER = 6  # 过敏性鼻炎的多, 起疹子是过敏的: background words this close after a symptom
_CLAIM_REACH = 4  # 治肚子胀气: a claim word this close before a symptom makes it the claimed use
_TAKE_NEXT = re.compile(r"[了就]?(?:来|喝|吃|冲|用|抹)[一两点个]")
_MISUSE_GAP = 6  # 把丹参片吃多了: overdose words sit right by the product (吃多了 alone is a big meal)
# 有没有 / 有没得 / 有冇 / 是否 … 不舒服: a symptom asked about (a yes-no question) is no report of one
# 一例不良反应都没遇到, 疹子也没起: all of it denied after the word, in its clause
_NONE_AFTER = re.compile(r"^[^,,。;!?\s]{0,3}?[都也](?:没|未|不曾)")
_ASKED = re.compile(r"有[没冇无不木][有得]?|是否|是不是")


def _spoken_forms(words: list[str]) -> list[str]:
    """迷瞪 → 迷迷瞪瞪, 青紫 → 青紫青紫 (spoken Chinese doubles a symptom to stress it), 见红 → 见了红
    (a verb's 了)."""
    two = [w for w in words if len(w) == 2]
    return [w[0] * 2 + w[1] * 2 for w in two] + [w * 2 for w in two] + [w[0] + "了" + w[1] for w in two]


# 心口咚咚直跳, 耳朵里嗡嗡地响: a doubled sound and a verb of beating or ringing is a body's complaint;
# 心里扑通扑通的: a two-syllable sound said twice in the heart is one too
_SOUND = re.compile(r"([\u4e00-\u9fff])\1[直地的个]?(?:跳|响|叫|打鼓)|心[里口头]?([\u4e00-\u9fff]{2})\2")


class AdverseEvents:
    def __init__(self, vocabulary: Vocabulary, uses: dict[str, str]) -> None:
        def words(key: str) -> list[str]:
            return vocabulary.words("adverse_event", key)

        symptoms = words("reaction") + vocabulary.classes("adverse_event", "symptoms")
        self.reactions = symptoms + _spoken_forms(symptoms)
        self.quality, self.reports = words("quality"), words("report")
        self.misuse, self.overdose = words("misuse"), words("overdose")
        self.portion = re.compile(rf"(?:{_either(words('portion'))})(?:{_either(words('pack'))})")  # 半盒
        self.after, self.improved, self.stopped = words("after"), words("improved"), words("stopped")
        self.background, self.hypothetical = words("background"), words("hypothetical")
        self.supplied, self.taken, self.not_taken = words("supplied"), words("taken"), words("not_taken")
        # 我留的, 我们带给他的: what the rep handed over
        self.handed = re.compile(
            rf"我们?[^,,。\s]{{0,4}}?(?:{_either(words('handed'))})(?:给[^,,。\s]{{1,3}})?(?:过去|去|来|下)?"
            rf"(?:试用|试吃|试试)?的"
        )
        self.negation = "".join(words("negation"))
        self.degree_states = tuple(words("degree_state"))
        self.states_or_use = self.degree_states + tuple(words("use"))
        # 痒得受不了, and 疼得走不了路 / 晕得站不住: a degree word or a verb that can no longer be done;
        # an intensifier may stand before the degree (胀得更厉害, 晕得越来越厉害: worse than before)
        intensifiers = _either(words("intensifier"))
        self.degree = re.compile(
            rf"([\u4e00-\u9fff]{{1,2}}?)得(?:(?:{intensifiers})?(?:{_either(words('degree'))})"
            rf"|[\u4e00-\u9fff]{{1,2}}?不[了住着起动下])"
        )
        # 拉了好几回, 吐了三次: an episode counted by times, the clause ending there (拉了两回货 is a haul)
        self.episodes = re.compile(
            rf"(?:{_either(words('episode'))})了(?:好几|{NUMBER}|几)(?:回|次|遍|阵)(?=$|[了,,。;!?\s])"
        )
        self.perceive = tuple(words("perceive"))
        self.never = words("never")  # 从来没见过起疹子: the symptom is denied, not reported
        self.improved_or_background = self.improved + self.background
        self.taken_or_stopped = self.taken + self.stopped
        self.suspected, self.attributed = words("suspected"), words("attributed")
        self.treated_with = words("treated_with")
        self.claims = vocabulary.words("off_label", "claim")  # 能治胃疼: a use claimed, not a reaction
        self.pairs = {
            "reaction": [
                (words("body"), words("symptom")),
                (words("vitals"), words("vital_change")),
                (words("split_verb"), words("split_object")),
            ],
            "quality": [(words("package"), words("defect")), (words("inside"), words("foreign"))],
        }
        self.uses = uses  # own product → its label's indications, as one text
        self.synonyms: dict[str, str] = vocabulary.section("off_label", "synonyms")
        self.demand = words("demand")
        self.contacts = vocabulary.words("personal_data", "titles") + words("self")
        self.patients = words("patient")
        self.selling = words("selling")
        many = rf"(?:{_either(words('many_degree'))})?(?:{_either(words('many'))})"
        # 关节痛的老年人多, 腰腿疼的 买壮骨膏的 多了, 娃娃拉肚子用得多: how many come with the complaint;
        # 过敏拉肚子的都多 (complaints side by side), 给失眠的老人开 (the group it is prescribed for)
        groups = _either(words("group"))
        self.population = re.compile(
            rf"[\u4e00-\u9fff]{{0,4}}?(?:的[^,,。;!?]{{0,8}}?的?\s?{many}|[用开卖]得{many}|的(?:{groups})[开用])"
        )

    def find(self, view: NoteView, sentence: tuple[int, int]) -> Found | None:
        start, end = sentence
        text = view.text
        hits: list[tuple[int, int, str | None]] = []  # (trigger start, event end, product)
        classes = (
            ("reaction", self.reactions),
            ("quality", self.quality),
            ("report", self.reports),
            ("misuse", self.misuse),
            ("overdose", self.overdose),
        )
        found = [(kind, hit) for kind, words in classes for hit in find_all(text, words, start, end)]
        found += [("overdose", (m.start(), m.group(0))) for m in self.portion.finditer(text, start, end)]
        found += [("reaction", (m.start(), m.group(0))) for m in _SOUND.finditer(text, start, end)]
        # 拉, 抽, 吐 are also a haul, a draw, a spit: counted episodes only where the sentence says a use
        found += [
            ("reaction", (m.start(), m.group(0)))
            for m in self.episodes.finditer(text, start, end)
            if any_in(text[start : m.start()], self.taken)
        ]
        found += [
            ("reaction", (m.start(), m.group(0)))
            for m in self.degree.finditer(text, start, end)
            if m.group(1).endswith(self.degree_states)
        ]
        found += [
            (kind, hit)
            for kind, classes in self.pairs.items()
            for heads, tails in classes
            for hit in pairs(text, heads, tails, sentence, _PAIR_REACH, self.negation)
        ]
        for kind, (at, word) in found:
            event = self._event(view, sentence, at, word, kind)
            if event is not None:
                hits.append((event[0], at + len(word), event[1]))
        if not hits:
            return None
        first = min(h[0] for h in hits)
        last = max(h[1] for h in hits)
        left, right = view.span(sentence, first, last)
        named = [h[2] for h in hits if h[2]]
        return Found("adverse_event", left, right, named[0] if named else None)

    def _event(
        self, view: NoteView, sentence: tuple[int, int], at: int, word: str, kind: str
    ) -> tuple[int, str | None] | None:
        """Where the event starts and its product, or None when the word is no event of ours."""
        text = view.text
        if kind == "reaction" and self._no_reaction(view, sentence, at, word):
            return None
        trail = text[at + len(word) : view.clause_end(at + len(word), sentence[1])]
        if kind == "report" and self._denied(text[view.clause_start(at, sentence[0]) : at], trail):
            return None  # 没听说有啥不良反应, 一例不良反应都没有: a report denied or asked about is none
        gap = _MISUSE_GAP if kind == "overdose" else _MAX_GAP
        before = [p for p in self._taken(view, sentence[0], at) if at - p.end <= gap]
        if kind == "report" and not before:
            before = view.products_in(at, sentence[1])
        # 当成胃药卖: what a product is sold as is a claim (off-label), not a patient's misuse
        if kind == "misuse" and any_in(text[at : view.clause_end(at, sentence[1])], self.selling):
            return None
        if kind == "overdose" and _TAKE_NEXT.match(text, at + len(word)):
            return None  # 喝多了来一支: too much drink is when the product is taken, not an overdose of it
        if kind in {"misuse", "overdose"} and not before:
            before = [p for p in view.products_in(at, sentence[1]) if p.start - at <= gap + len(word)]
        if not before:
            before = self._named_elsewhere(view, sentence, at)
        if not before:
            supplied = self._supplied(view, sentence[0], at)
            return None if supplied is None else (supplied, None)
        product = before[-1]
        if product.start > at:  # named after the reaction as what was taken: the event starts at the reaction
            return (at, product.name) if product.own else None
        if not product.own:
            return None
        if kind == "reaction" and not self._caused(text[product.end : at], word, product):
            return None
        demand = any_in(text[sentence[0] : product.start], self.demand)
        if kind in {"reaction", "overdose"} and demand and not _USE_THEN.search(text, product.end, at):
            return None  # 来买藿香正气水的都是中暑头晕的: what buyers come with, unless it came after use
        return product.start, product.name

    def _no_reaction(self, view: NoteView, sentence: tuple[int, int], at: int, word: str) -> bool:
        """A symptom word that is no reaction: one that got better, background, a contact's own
        health, a worry, negated (没见过起疹子) or what a drug is claimed to treat (说治肚子胀气)."""
        text = view.text
        opened = view.clause_start(at, sentence[0])
        closed = view.clause_end(at, sentence[1])
        # getting better is read in the symptom's clause and the next one, not to the sentence's end
        # (a refund later in a long unpunctuated note is no recovery)
        following = view.clause_end(min(closed + 1, sentence[1]), sentence[1])
        lead = text[opened:at]
        # 压货压得难受: a complaint by degree whose state is no body's, nor a use of a drug (吃得心慌), is a
        # figure of speech; 觉得心慌 is a perception verb's 得, no degree
        degree_de = lead.endswith("得") and not lead.endswith(self.perceive)
        figurative = degree_de and not lead[:-1].endswith(self.states_or_use)
        # background (过敏史, 本来就) is said before the symptom or right after it: a voice-typed clause
        # runs on to the treatment (打了抗过敏的针), which is no history
        near = text[opened : min(closed, at + len(word) + _BACKGROUND_AFTER)]
        return (
            figurative
            or any_in(text[opened:closed], self.improved)
            or any_in(near, self.background)
            or self.population.match(text, at + len(word), sentence[1]) is not None
            or (
                self._better_after(text[at + len(word) : following])
                and not self._after_use(view, sentence, at, word)
            )
            or self._contacts_own(lead, text[sentence[0] : opened])
            or any_in(lead, self.hypothetical)
            or self._denied(lead, text[at + len(word) : closed])
            or self._treated(view, sentence, at, word)
            or self._negated_or_claimed(text[max(sentence[0], at - 3) : at], lead[-_CLAIM_REACH:])
        )

    def _denied(self, lead: str, trail: str) -> bool:
        """从来没见过…, 没听说有啥…, 有没有…: what follows in the clause is denied or asked about;
        …一例都没有, …也没出现: so is what the clause denies after it, all of it (都, 也)."""
        return (
            any_in(lead, self.never)
            or _ASKED.search(lead) is not None
            or _NONE_AFTER.match(trail) is not None
        )

    def _treated(self, view: NoteView, sentence: tuple[int, int], at: int, word: str) -> bool:
        """起泡了抹上凉快: a symptom the same clause then puts the drug on (or takes it for) is what it
        treats, where the sentence says no use before the symptom (吃了阿莫西林起疹子 抹上药膏 is care)."""
        text = view.text
        rest = text[at + len(word) : view.clause_end(at + len(word), sentence[1])].lstrip("了就")
        if not rest.startswith(tuple(self.treated_with)):
            return False
        before = text[sentence[0] : at]
        return not any_in(before, self.taken) and _USE_THEN.search(before) is None

    def _taken(self, view: NoteView, start: int, end: int) -> list[ProductAt]:
        """The products named in [start, end), less those the note says were not given (没开阿莫西林)."""
        return [
            p
            for p in view.products_in(start, end)
            if not any(view.text[max(0, p.start - 4) : p.start].endswith(w) for w in self.not_taken)
        ]

    def _after_use(self, view: NoteView, sentence: tuple[int, int], at: int, word: str) -> bool:
        """吃阿莫西林吐了两回 后来就好了: a symptom right after our product's use that its label does not
        treat; its getting better later is the reaction passing, not the drug working. So too after a
        drug the rep supplied (我留的样品 给老汉吃了以后嘴唇肿了 现在消了): it has no label to treat it."""
        before = [p for p in self._taken(view, sentence[0], at) if p.own and at - p.end <= _MAX_GAP]
        if before:
            return self._caused("", word, before[-1])
        supplied = self._supplied(view, sentence[0], at)
        return supplied is not None and _USE_THEN.search(view.text, supplied, at) is not None

    def _supplied(self, view: NoteView, start: int, at: int) -> int | None:
        """Where the last drug the rep supplied (样品, 我留的) is named before `at`, within reach."""
        text = view.text
        supplied = [i for i, _ in find_all(text, self.supplied, start, at)]
        supplied += [m.start() for m in self.handed.finditer(text, start, at)]
        near = [i for i in supplied if at - i <= _MAX_GAP]
        return max(near) if near else None

    def _better_after(self, rest: str) -> bool:
        """喝了两天就好: the symptom got better later in the sentence, so it was why the drug was
        taken; getting better after the drug was stopped (停了就好了) is no such sign."""
        better = find_all(rest, self.improved)
        return bool(better) and not any_in(rest[: better[0][0]], self.stopped)

    def _negated_or_claimed(self, before: str, lead: str) -> bool:
        """头不晕了, 没拉: a symptom negated right before it; 能治胃疼, 说治肚子胀气: one a drug is
        said to treat, the claim a few characters before it in its clause (`lead`)."""
        return any(c in before[-2:] for c in self.negation) or any_in(lead, self.claims)

    def _contacts_own(self, holder: str, earlier: str) -> bool:
        """马主任腰疼, 杨所长说他血压偏高: the contact's own health, not a patient's reaction. A 他
        after a patient earlier in the sentence (有个老太太… 她吃了以后) is that patient."""
        spoken = unframed(holder)
        if any_in(spoken, self.patients):
            return False
        if _WRITER.search(spoken):  # 我心里有点打鼓, 我头都大了: the rep's own feeling, no patient's
            return True
        pronoun = spoken.startswith(("他", "她")) and not any_in(earlier, self.patients)
        # 总感觉, 总是: a one-character title (王总, 刘姐) stands after a name, never first in the clause
        titled = any(at > 0 or len(word) > 1 for at, word in find_all(spoken, self.contacts))
        return self._speakers_own(holder, spoken) or pronoun or titled

    def _speakers_own(self, holder: str, spoken: str) -> bool:
        """老张说眼花了看不清: symptoms right after a person's 说 (a title, or 老张 小郑) are the
        speaker's own; 去医院查说胎动少 has no person speaking."""
        speaker = holder[: len(holder) - len(spoken)]
        if not speaker or not (any_in(speaker, self.contacts) or _PERSON_SAYS.search(speaker)):
            return False
        rest = spoken
        for _, word in find_all(spoken, self.reactions):
            rest = rest.replace(word, "")
        return rest.strip("了的得 ") == ""

    def _named_elsewhere(self, view: NoteView, sentence: tuple[int, int], at: int) -> list[ProductAt]:
        """The product of a reaction that does not follow it in its sentence: named just after it as
        what was taken (起了疹子 是吃的阿莫西林), or earlier in the note when the sentence says it was
        taken (吃了以后)."""
        text = view.text
        after = view.products_in(at, min(sentence[1], at + 16))
        if after and not self._taken(view, after[0].start, after[0].end):
            return []
        # 拉肚子拉了三天 停了阿莫西林才好: the drug whose stopping ended it
        if after and any_in(text[at : after[0].start], self.taken_or_stopped):
            return after[:1]
        # 心慌手抖 可能是加替引起的, 怀疑跟阿莫西林有关系: the drug the complaint is put down to
        if after and (
            any_in(text[at : after[0].start], self.suspected)
            or any_in(text[after[0].end : after[0].end + 5], self.attributed)
        ):
            return after[:1]
        if _USE_THEN.search(text[sentence[0] : at]):
            earlier = [p for p in view.products if p.end <= sentence[0]]
            return earlier[-1:]
        return []

    def _caused(self, between: str, word: str, product: ProductAt) -> bool:
        """A listed indication (头晕 for 风油精) counts only when the note says it came after use."""
        if any_in(between, self.after):
            return True
        uses = self.uses.get(product.name, "")
        for said, labelled in self.synonyms.items():  # 嗓子疼 → 咽喉痛, as the label writes it
            word = word.replace(said, labelled)
        return word not in uses and not any(word[i : i + 2] in uses for i in range(len(word) - 1))
