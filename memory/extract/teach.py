"""Learning a company's phrasing from the records its reps confirmed.

A confirmed record that differs from what the engine extracted says which field the engine got
wrong and what it should have read. The teacher turns each such difference into a target (a need
code, a product kind, a payment term, a contact's role, an alias of a master-data name) and looks in
that note for the shortest phrase that, added to the lexicon under that target, gives the confirmed
reading. A phrase is kept only when re-extracting every confirmed
note that contains it fixes at least one field and makes no field of any confirmed note worse, so
what the reps did not correct cannot get worse on the notes the engine has seen.

A corrected sentiment teaches the company's tone prior (tone_prior.py), not a phrase; a
corrected commitment or next contact teaches nothing. Measured on nine companies, both halves
(bench/learned_kinds.py, session 25), phrases learned for those fields were words that happened to
stand in the corrected notes (这个月 as praise, 下个月 or 过生日 as a commitment, 卫生室 as a visit
verb) and lowered the same field on the company's later notes as often as they raised it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from memory.base.segmenter import load_jieba
from memory.extract.agreement import field_errors
from memory.extract.clear_gain import clearly_better
from memory.extract.dates import find_dates
from memory.extract.engine import OfflineExtractor
from memory.extract.gazetteer import MasterData
from memory.extract.lexicon import Lexicon
from memory.extract.sentiment_model import fit_offsets
from memory.extract.text import Segments, normalize
from memory.extract.tone_prior import Contact, Routine, fit_prior

_RUN = re.compile(r"[\u4e00-\u9fff]+")
_NUMERAL = re.compile(r"[零一二两三四五六七八九十百千万几半]")
_PHRASE_LENGTHS = (3, 5)  # two characters (库存, 月初) are too common to carry a reading
TRIALS_PER_TARGET = 8
# The people of an account as its confirmed records name them: code "account\tsurname\trole".
ACCOUNT_CONTACTS = "account_contacts"
# The company's tone prior (memory/extract/tone_prior.py): code the cue, if one was learned.
TONE_PRIOR = "tone_prior"
# The company's shift of the sentiment model's scores (memory/extract/sentiment_model.py): code
# "positive negative", if one was learned.
SENTIMENT_OFFSETS = "sentiment_offsets"


@dataclass(frozen=True)
class Phrase:
    section: str  # a lexicon key, or "alias" for a master-data name
    code: str  # the need/polarity/kind/term code, the name an alias stands for, "" for plain lists
    phrase: str


@dataclass(frozen=True)
class Example:
    text: str
    date: dt.date
    rep: str | None
    record: dict[str, Any]  # as confirmed, in the JSON shape of the contract


def apply(data: MasterData, lexicon: Lexicon, phrases: Iterable[Phrase]) -> tuple[MasterData, Lexicon]:
    """Master data and lexicon with the learned phrases added."""
    words: dict[str, Any] = {key: _copy(value) for key, value in lexicon.data.items()}
    aliases: dict[str, list[str]] = {}
    for item in phrases:
        if item.section == "alias":
            aliases.setdefault(item.code, []).append(item.phrase)
        elif item.section == "contact_roles":
            words.setdefault("contact_roles", {})[item.phrase] = item.code
        elif item.section == ACCOUNT_CONTACTS:
            account, surname, role = item.code.split("\t")
            people = words.setdefault(ACCOUNT_CONTACTS, {}).setdefault(account, {})
            people[item.phrase] = (surname or None, role)
        elif item.section == TONE_PRIOR:
            words[TONE_PRIOR] = item.code
        elif item.section == SENTIMENT_OFFSETS:
            positive, negative = map(float, item.code.split())
            words[SENTIMENT_OFFSETS] = {"positive": positive, "negative": negative}
        elif item.section not in _FIELD:
            continue  # a kind no longer learned, stored by an earlier version until the next relearning
        elif item.code:
            words.setdefault(item.section, {}).setdefault(item.code, []).append(item.phrase)
        else:
            words.setdefault(item.section, []).append(item.phrase)
    if aliases:
        data = replace(
            data,
            customers=[_aliased(row, aliases) for row in data.customers],
            catalog=[_aliased(row, aliases) for row in data.catalog],
        )
    return data, Lexicon(data=words, surnames=lexicon.surnames)


def taught_engine(data: MasterData, lexicon: Lexicon, phrases: Iterable[Phrase]) -> OfflineExtractor:
    """The offline engine with what a company's confirmed records taught: the phrases in its master
    data and lexicon, and its tone prior and sentiment offsets."""
    data, taught = apply(data, lexicon, phrases)
    engine = OfflineExtractor(data, taught)
    engine.tone_prior = taught.data.get(TONE_PRIOR)
    engine.sentiment_offsets = taught.data.get(SENTIMENT_OFFSETS)
    return engine


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _copy(item) for key, item in value.items()}
    return list(value) if isinstance(value, list) else value


def _aliased(row: dict[str, Any], aliases: dict[str, list[str]]) -> dict[str, Any]:
    extra = aliases.get(row["name"])
    return {**row, "aliases": [*row.get("aliases", []), *extra]} if extra else row


def _targets(gold: dict[str, Any], pred: dict[str, Any], names: set[str]) -> list[tuple[str, str]]:
    """(section, code) of the lexicon that would carry each difference between the two records."""
    found: list[tuple[str, str]] = []
    found += [("need_phrases", code) for code in set(gold.get("needs") or []) - set(pred.get("needs") or [])]
    if gold.get("payment_terms") and gold.get("payment_terms") != pred.get("payment_terms"):
        found.append(("payment_terms", gold["payment_terms"]))
    predicted = {(p["name"], p.get("quantity")): p.get("kind") for p in pred.get("products") or []}
    for product in gold.get("products") or []:
        kind = predicted.get((product["name"], product.get("quantity")))
        if kind is not None and kind != product.get("kind"):
            found.append(("product_kinds", product["kind"]))
    named = {c.get("surname"): c.get("role") for c in pred.get("contacts") or []}
    for contact in gold.get("contacts") or []:
        if contact.get("surname") in named and named[contact.get("surname")] != contact.get("role"):
            found.append(("contact_roles", contact["role"]))
    customer = gold.get("customer") or {}
    if customer.get("matched") and customer.get("name") != (pred.get("customer") or {}).get("name"):
        found.append(("alias", customer["name"]))
    got = {p["name"] for p in pred.get("products") or []} | {c["name"] for c in pred.get("competitors") or []}
    for item in [*(gold.get("products") or []), *(gold.get("competitors") or [])]:
        if item["name"] not in got and item["name"] in names:
            found.append(("alias", item["name"]))
    return list(dict.fromkeys(found))


# A phrase of speech learned from one corrected note fits it by chance as often as it carries (她屋头
# learned as cash on delivery): every kind of phrase but a name's needs two notes.
_NEEDS_TWO = {"need_phrases", "product_kinds", "payment_terms"}
# An ask's or a payment term's phrase is the best of many words of the corrected notes (any of them
# may stand beside it: 来看看 was learned as cash on set 8): two notes fixed is chance, so it must fix
# clearly more notes than chance would (clear_gain.py: five, none broken). Measured on random
# halvings, bench/learning_splits.py (session 28, branch learn28).
_SIGN_TESTED = {"need_phrases", "payment_terms"}
_FIELD = {
    "need_phrases": "needs",
    "payment_terms": "payment_terms",
    "product_kinds": "products",
    "contact_roles": "contacts",
}


def _clauses(example: Example, section: str, code: str) -> list[str]:
    """The clauses a correction concerns: the one with the quantity for a product kind, every clause
    otherwise."""
    segments = Segments(example.text)
    texts = [clause.text for clause in segments.clauses]
    if section == "product_kinds":
        amounts = {
            str(p.get("quantity")) for p in example.record.get("products") or [] if p.get("kind") == code
        }
        texts = [t for t in texts if any(a in t for a in amounts)] or texts
    return texts


def _candidates(
    example: Example, section: str, code: str, pred: dict[str, Any], names: dict[str, list[str]]
) -> list[str]:
    """Phrases of the clauses concerned that could carry a target: n-grams of Chinese runs with no
    date in them; an alias shares at least two characters with the name it stands for; a contact's
    role is learned for the name the note calls them by (小郑 at this company is the accountant)."""
    if section == "contact_roles":
        surnames = {c.get("surname") for c in example.record.get("contacts") or [] if c.get("role") == code}
        return [c["name"] for c in pred.get("contacts") or [] if c.get("surname") in surnames]
    if section == "product_kinds":
        return _kind_phrases(example, code, names)
    found: list[str] = []
    # a phrase of the company's speech is never part of a name: 惠民药 of 惠民药房 asks for nothing
    forms = [] if section == "alias" else sorted({f for fs in names.values() for f in fs}, key=len)[::-1]
    for text in _clauses(example, section, code):
        for form in forms:
            text = text.replace(form, "#" * len(form))
        for run in _RUN.findall(text):
            grams = _alias_grams(run) if section == "alias" else _word_grams(run)
            found += [
                gram
                for gram in grams
                if (section != "alias" or _alias_like(gram, code, names.get(code, ())))
                and not find_dates(gram, example.date)
            ]
    return list(dict.fromkeys(found))


def _alias_grams(run: str) -> list[str]:
    return [run[start : start + size] for size in range(2, 7) for start in range(len(run) - size + 1)]


def _word_grams(run: str) -> list[str]:
    """Phrases of one to three whole words: a phrase cut across words (了一百 of 卖了一百盒, 拜五带 of
    礼拜五带过去) fits the notes it was learned from by chance and misreads every later note with it.
    Amounts are never a phrase of speech."""
    words = load_jieba().lcut(run)
    grams = ("".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(i + 3, len(words)) + 1))
    return [g for g in grams if _PHRASE_LENGTHS[0] <= len(g) <= _PHRASE_LENGTHS[1] and not _NUMERAL.search(g)]


# How far after a product's name its kind word may stand (克肟有几盒, 银黄店里还堆着).
KIND_REACH = 6


def _kind_phrases(example: Example, code: str, names: dict[str, list[str]]) -> list[str]:
    """A product kind is learned from the words right after a product it was corrected for (克肟有几盒
    → stock), never from words elsewhere in the note (a title or a tone word)."""
    found: list[str] = []
    products = {p["name"] for p in example.record.get("products") or [] if p.get("kind") == code}
    for form in sorted({f for name in products for f in names.get(name, [name])}, key=len, reverse=True):
        for at in re.finditer(re.escape(form), example.text):
            run = _RUN.match(example.text, at.end(), at.end() + KIND_REACH)
            if run is None:
                continue
            words = run.group(0)
            found += [words[i : i + n] for n in (2, 3, 4) for i in range(len(words) - n + 1)]
    return [g for g in dict.fromkeys(found) if not find_dates(g, example.date)]


def _alias_like(gram: str, name: str, aliases: Iterable[str]) -> bool:
    """A gram could stand for a name: it shares two of its characters (计生堂 for 济生堂大药房), or it
    is one of the name's known forms with one character misheard or mistyped (百舜 for 百顺)."""
    if len(set(name) & set(gram)) >= 2:
        return True
    return any(
        len(form) == len(gram) and sum(a != b for a, b in zip(form, gram, strict=True)) == 1
        for form in aliases
    )


def alias_fit(gram: str, name: str) -> float:
    """How much of a gram is the name's own characters: 丹滴 (1.0) before 丹滴还 (0.67)."""
    return len(set(gram) & set(name)) / len(gram)


class Teacher:
    def __init__(self, data: MasterData, lexicon: Lexicon, examples: list[Example]) -> None:
        self.data, self.lexicon = data, lexicon
        self.examples = [replace(e, text=normalize(e.text)) for e in examples]
        self.names = {row["name"] for row in data.catalog}
        self.forms = {
            row["name"]: [row["name"], *row.get("aliases", [])] for row in [*data.catalog, *data.customers]
        }
        self.learned: list[Phrase] = []
        self.titles = {t for words in lexicon.groups("roles").values() for t in words}
        self.predicted: dict[int, dict[str, Any]] = {}
        engine = OfflineExtractor(data, lexicon)
        self.errors = [self._errors(engine, i) for i in range(len(self.examples))]
        self.negative = [engine.negative_evidence(e.text) for e in self.examples]
        self.scores = [engine.sentiment_scores(e.text) for e in self.examples]
        self.no_evidence = engine.sentiment_scores("")  # the model's reading of a note with nothing said

    def _errors(self, engine: OfflineExtractor, index: int) -> dict[str, int]:
        example = self.examples[index]
        record = engine.extract(example.text, date=example.date, rep=example.rep).record.to_json()
        self.predicted[index] = record
        return field_errors(example.record, record)

    def learn(self) -> list[Phrase]:
        for fact in self._account_contacts():
            self._try(fact, "contacts", least_gain=0)
        targets: dict[tuple[str, str], list[int]] = {}
        for index, example in enumerate(self.examples):
            if any(self.errors[index].values()):
                for target in _targets(example.record, self.predicted[index], self.names):
                    targets.setdefault(target, []).append(index)
        for (section, code), owners in targets.items():
            ranked = self._ranked(section, code, owners)
            if section == "alias":  # an alias names one thing: 卫生院 or 华佗堂 are parts of many names
                ranked = [g for g in ranked if not any(g in form for form in self._other_forms(code))]
            for phrase in ranked[:TRIALS_PER_TARGET]:
                if self._try(Phrase(section, code, phrase), _FIELD.get(section, "")):
                    break
        cue = fit_prior(
            [
                Routine(Contact.of(self.predicted[i], self.negative[i]), e.record["sentiment"])
                for i, e in enumerate(self.examples)
                if e.record.get("sentiment")
            ]
        )
        if cue is not None:
            self.learned.append(Phrase(TONE_PRIOR, cue, ""))
        self._sentiment_offsets()
        return self.learned

    def _sentiment_offsets(self) -> None:
        kept = [
            i
            for i, (scores, e) in enumerate(zip(self.scores, self.examples, strict=True))
            if scores is not None and e.record.get("sentiment")
        ]
        confirmed = [(self.scores[i] or {}, self.examples[i].record["sentiment"]) for i in kept]
        offsets = fit_offsets(
            confirmed,
            [self.no_evidence] if self.no_evidence else [],
            readings=[self.predicted[i]["sentiment"] for i in kept],
        )
        if offsets is not None:
            code = f"{offsets['positive']} {offsets['negative']}"
            self.learned.append(Phrase(SENTIMENT_OFFSETS, code, ""))

    def _ranked(self, section: str, code: str, owners: list[int]) -> list[str]:
        counts: dict[str, int] = {}
        for index in owners:
            for gram in _candidates(self.examples[index], section, code, self.predicted[index], self.forms):
                counts[gram] = counts.get(gram, 0) + 1
        others = [e.text for i, e in enumerate(self.examples) if i not in owners]
        known = {p.phrase for p in self.learned}

        def rank(gram: str) -> tuple[int, float, int, int]:
            # evidence in several corrected notes first; for an alias, the gram most made of the
            # name's characters; then phrases of 3-4 characters, which carry meaning more often than
            # a stray pair of characters
            fit = -alias_fit(gram, code) if section == "alias" else 0.0
            return (-counts[gram], fit, sum(gram in text for text in others), {3: 0, 4: 1}.get(len(gram), 2))

        least = 2 if section in _NEEDS_TWO else 1
        return sorted((g for g in counts if g not in known and counts[g] >= least), key=rank)

    def _other_forms(self, name: str) -> list[str]:
        return [form for other, forms in self.forms.items() if other != name for form in forms]

    def _account_contacts(self) -> list[Phrase]:
        """Each account's people by the names its confirmed records give them (the latest record
        wins): 钱姐 written once as 店长钱姐 is the manager when a later note says only 钱姐. An account
        a note created (unmatched) has its people too: the next note of it finds it by name."""
        facts: dict[tuple[str, str], Phrase] = {}
        for example in self.examples:
            customer = example.record.get("customer") or {}
            if not customer.get("name"):
                continue
            for contact in example.record.get("contacts") or []:
                name = contact.get("name") or ""
                if len(name) >= 2 and name in example.text and name not in self.titles:
                    code = "\t".join([customer["name"], contact.get("surname") or "", contact["role"]])
                    facts[(customer["name"], name)] = Phrase(ACCOUNT_CONTACTS, code, name)
        return list(facts.values())

    def _try(self, phrase: Phrase, field: str, least_gain: int = 1) -> bool:
        """Keep the phrase when it fixes the field it was learned for (any field, for an alias) and
        worsens no field of any confirmed note; a fact about an account (its people) need only
        worsen nothing."""
        touched = [i for i, e in enumerate(self.examples) if phrase.phrase in e.text]
        data, lexicon = apply(self.data, self.lexicon, [*self.learned, phrase])
        engine = OfflineExtractor(data, lexicon)
        saved = dict(self.predicted)
        trial = {i: self._errors(engine, i) for i in touched}
        gain = fixed = 0
        for index, errors in trial.items():
            before = self.errors[index]
            if any(errors[name] > before[name] for name in errors):
                self.predicted = saved
                return False
            gain += sum(before[n] - errors[n] for n in errors if not field or n == field)
            fixed += any(before[n] > errors[n] for n in errors if not field or n == field)
        if gain < least_gain or (phrase.section in _SIGN_TESTED and not clearly_better(fixed, 0)):
            self.predicted = saved
            return False
        for index, errors in trial.items():
            self.errors[index] = errors
        self.learned.append(phrase)
        return True
