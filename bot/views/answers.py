"""A playbook answer as text for a person: the answer, then its numbered sources."""

from __future__ import annotations

from bot.views import texts
from knowledge.answer import Answer


def render_answer(answer: Answer) -> str:
    if not answer.sources or not answer.answer:
        return texts.t("ask_nothing")
    lines = [answer.answer, "", texts.t("ask_sources")]
    for number, passage in enumerate(answer.sources, start=1):
        lines.append(f"[{number}] {passage.title}({passage.source}#{passage.section})")
    return "\n".join(lines)
