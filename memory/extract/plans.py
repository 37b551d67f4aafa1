"""When the contact happened, when the next one is planned, and what the rep promised."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from memory.extract.dates import DateMention
from memory.extract.lexicon import Lexicon
from memory.extract.text import Segments, Span, contains_any

_REFERS_BACK = ("到时候", "那天", "届时", "当天", "那时候")
_NEXT_TIME = ("下次", "下回", "下趟")
_TIME_WORDS = re.compile(r"^(?:今天|明天|后天|下次|下回|回头|到时候|平时|先|再|也|就|还|都|然后|之后)+")
_DONE_AFTER = re.compile(r"^(?:上|下|好|出|进|起来|过去|过来)?(?:了|完|过了)")
# 让配送/让九州通明天送过去: a delivery by someone else, not a contact by the rep.
_SOMEONE_ELSE_DELIVERS = re.compile(r"(?:让|叫|找)(?!我)[^,,。\s]{1,10}?(?:送|发货|配送|寄)")
_OBJECT_PRONOUN = re.compile(r"(?<![给跟帮和对问找让])[他她]")


@dataclass
class FoundCommitment:
    text: str
    due: dt.date | None
    internal: bool
    reports_back: bool
    chunk: int
    sentence: int


class PlanFinder:
    def __init__(self, lexicon: Lexicon, contact_names: list[str]) -> None:
        self.lexicon = lexicon
        self.contact_verbs = lexicon.words("contact_verbs")
        self.not_contact = lexicon.words("not_contact")
        self.commitment_verbs = lexicon.words("commitment_verbs")
        # 带合同过去, 把样品送过来: a verb and its direction with the thing carried in between
        self._carried = re.compile(
            "|".join(
                f"{re.escape(a)}[^,,。;]{{1,8}}?{re.escape(b)}"
                for a, b in lexicon.data["commitment_split_verbs"]
            )
        )
        self.internal = lexicon.words("internal_steps")
        self.report_back = lexicon.words("report_back")
        self.customer_voice = lexicon.words("customer_voice")
        self.contact_names = sorted(contact_names, key=len, reverse=True)

    def visit_date(self, segments: Segments, dates: list[DateMention], ref: dt.date) -> dt.date:
        """R, unless the first chunk says the contact was earlier (昨天去的, 前天微信问了)."""
        if not segments.chunks:
            return ref
        first_end = segments.chunks[0][1]
        for mention in dates:
            if mention.start < first_end and mention.past:
                return mention.date
        return ref

    def _dates_in(self, dates: list[DateMention], start: int, end: int) -> list[DateMention]:
        return [d for d in dates if start <= d.start < end]

    def _clause_date(
        self, segments: Segments, clause: Span, dates: list[DateMention], *, whole_sentence: bool = False
    ) -> DateMention | None:
        """A clause's own date, else one said before it in its chunk (or, for commitments, its sentence),
        else (到时候/那天) the last date said before it."""
        own = self._dates_in(dates, clause.start, clause.end)
        if own:
            return own[0]
        start = (
            segments.statement_bounds(clause.start)[0] if whole_sentence else segments.chunks[clause.chunk][0]
        )
        preceding = self._dates_in(dates, start, clause.start)
        if preceding:
            return preceding[-1]
        if contains_any(clause.text, list(_REFERS_BACK)):
            earlier = [d for d in dates if d.start < clause.start]
            return earlier[-1] if earlier else None
        return None

    def is_contact(self, text: str) -> bool:
        if _SOMEONE_ELSE_DELIVERS.search(text):
            return False
        return contains_any(text, self.contact_verbs) and not contains_any(text, self.not_contact)

    def next_visit(self, segments: Segments, dates: list[DateMention], ref: dt.date) -> dt.date | None:
        """The earliest planned contact after R (再来, 过去给回复, 再打电话, 去送…)."""
        planned = []
        for clause in segments.clauses:
            if not self.is_contact(clause.text):
                continue
            mention = self._clause_date(segments, clause, dates)
            if mention is not None and mention.date > ref:
                planned.append(mention.date)
        return min(planned) if planned else None

    def _customer_voice(self, text: str, verb: str) -> bool:
        """Whether the customer, not the rep, is the one speaking or acting in this clause."""
        text = re.sub(r"^[他她](?:要|想要|说)的", "", text)
        stripped = _TIME_WORDS.sub("", text)
        if stripped.startswith(("我", "答应")) and not stripped.startswith("我们的"):
            return False
        head = stripped[: max(stripped.find(verb), 0)]
        if re.match(r"^(?:对方|人家)", stripped) or _OBJECT_PRONOUN.search(head):
            return True
        if any(
            name in head and not re.search(f"[给跟帮和对问找让]{re.escape(name)}", head)
            for name in self.contact_names
        ):
            return True
        return contains_any(stripped, self.customer_voice)

    def commitments(
        self, segments: Segments, dates: list[DateMention], ref: dt.date, next_visit: dt.date | None
    ) -> list[FoundCommitment]:
        found: list[FoundCommitment] = []
        for index, clause in enumerate(segments.clauses):
            text = clause.text
            said_yes = bool(_BARE_YES.match(text)) and index > 0
            if said_yes and segments.clauses[index - 1].sentence == clause.sentence:
                # "让我帮着订个蛋糕 答应了": the commitment is the ask just before the yes.
                text = re.sub(r"^(?:让我|叫我|请我)", "", segments.clauses[index - 1].text)
            verb = next((v for v in self.commitment_verbs if v in text), "答应" if said_yes else None)
            carried = self._carried.search(text) if verb is None else None
            verb = carried.group(0) if carried else verb
            if verb is None or (not said_yes and self._customer_voice(text, verb)):
                continue
            after = text[text.find(verb) + len(verb) :]
            if verb != "答应" and _DONE_AFTER.match(after):
                continue
            if contains_any(text, list(_NEXT_TIME)):
                due = next_visit
            else:
                mention = self._clause_date(segments, clause, dates, whole_sentence=True)
                due = mention.date if mention is not None and mention.date >= ref else None
            found.append(
                FoundCommitment(
                    text=re.sub(r"^(?:我说|我答应|答应)", "", text) or text,
                    due=due,
                    internal=contains_any(text, self.internal),
                    reports_back=contains_any(text, self.report_back),
                    chunk=clause.chunk,
                    sentence=clause.sentence,
                )
            )
        return _merge_ask_then_answer(found)


_BARE_YES = re.compile(r"^我?答应(?:了|下来)?$")


def _merge_ask_then_answer(commitments: list[FoundCommitment]) -> list[FoundCommitment]:
    """ "回去报经理,后天过来答复他" is one commitment: an undated internal step joins the answer that
    follows, in the same sentence or the next."""
    merged: list[FoundCommitment] = []
    for commitment in commitments:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.due is None
            and last.internal
            and commitment.reports_back
            and commitment.sentence - last.sentence <= 1  # "回去请示一下。1月5号前答复" too
        ):
            merged[-1] = FoundCommitment(
                f"{last.text},{commitment.text}",
                commitment.due,
                False,
                True,
                commitment.chunk,
                commitment.sentence,
            )
            continue
        merged.append(commitment)
    return merged
