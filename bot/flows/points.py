"""✔ done / ✖ not relevant on a briefing's talking points, for any transport.

A button names its point as point:<account>:<kind>:<subject key>:<done|no> (under Telegram's 64 bytes),
so an older briefing's buttons still say which fact they were about. After ✖ the rep may reply with a
reason; a reply that is plainly something else (an account named, a question, a request the router is
sure of) is not taken for one and goes on to the chat as usual.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.context import AppContext
from bot.routing.normalize import plain
from bot.routing.router import Route, names_in
from bot.views import texts
from bot.views.replies import Choice, Reply
from memory.accounts.access import scope_for
from memory.base.errors import KeqingError
from memory.reports.briefing import Brief
from memory.reports.point_feedback import DISMISSED, DONE, add_reason, point_key, record_feedback

_ACTION = re.compile(r"(\d+):([a-z_]{1,32}):([0-9a-f]{8}):(done|no)")
_NOT_A_REASON = {"question", "briefing", "lookup", "today", "team", "correction"}
MAX_REASON = 200  # a longer reply is a new note, not a reason
# A short reply's intent is a guess; only a cue or a confident classifier makes it something else.
CONFIDENT = 0.8


def _plainly_else(route: Route) -> bool:
    if route.intent not in _NOT_A_REASON or route.unsure:
        return False
    return route.rule is not None or route.scores.get(route.intent, 0.0) >= CONFIDENT


def point_choices(brief: Brief, first: int = 0, last: int | None = None) -> list[Choice]:
    """A ✔ and a ✖ for each talking point from `first` to `last`, numbered as the briefing lists them."""
    choices = []
    for n, point in enumerate(brief.talking_points[first:last], start=first + 1):
        kind, key = point_key(point)
        base = f"point:{brief.customer_id}:{kind}:{key}"
        choices += [
            Choice(texts.t("point.choice_done", n=n), f"{base}:done"),
            Choice(texts.t("point.choice_dismiss", n=n), f"{base}:no"),
        ]
    return choices


class PointFlow:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.awaiting: dict[str, int] = {}  # user → the dismissal a reason may follow

    def choose(self, *, user: str, value: str, brief: Brief | None, today: dt.date) -> list[Reply]:
        """value: what follows point: in the button; brief: the account's briefing as of today, to
        name the point in the answer (None when it can no longer be built)."""
        found = _ACTION.fullmatch(value)
        if found is None:
            return [Reply(texts.t("unknown_choice"))]
        customer_id, kind, key, verdict = found.groups()
        point = next(
            (p for p in (brief.talking_points if brief else []) if point_key(p) == (kind, key)), None
        )
        text = point.text if point else None
        with self.ctx.db.session() as session:
            try:
                scope = scope_for(session=session, name=user)
                feedback = record_feedback(
                    session=session,
                    scope=scope,
                    customer_id=int(customer_id),
                    point=(kind, key),
                    verdict=DONE if verdict == "done" else DISMISSED,
                    text=text,
                    day=today,
                )
            except KeqingError as exc:
                return [Reply(texts.error_text(exc))]
            feedback_id = feedback.id
        shown = text or texts.t("point.this_one")
        if verdict == "done":
            self.awaiting.pop(user, None)
            return [Reply(texts.t("point.done", text=shown))]
        self.awaiting[user] = feedback_id
        return [Reply(texts.t("point.dismissed", text=shown))]

    def reason(self, *, user: str, text: str, route: Route) -> list[Reply] | None:
        """The reply after a ✖ as its reason; None when it is something else (handled as usual)."""
        feedback_id = self.awaiting.pop(user, None)
        if feedback_id is None or text.startswith("/") or len(text) > MAX_REASON:
            return None
        if text.rstrip().endswith(("?", "?")) or _plainly_else(route):
            return None
        with self.ctx.db.session() as session:
            if "customer" in names_in(session, plain(text), self.ctx.lexicon).kinds():
                return None  # a new note about an account
            add_reason(session=session, feedback_id=feedback_id, reason=text)
        return [Reply(texts.t("point.reason_kept"))]
