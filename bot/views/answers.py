"""A playbook answer as text for a person: the answer, then its numbered sources."""

from __future__ import annotations

from bot.views import texts
from knowledge.answer import Answer


def render_answer(answer: Answer) -> str:
    if not answer.answer:
        return texts.t("ask_nothing")
    if not answer.covered or not answer.sources:
        return answer.answer  # a refusal: it says why and what the knowledge base covers
    lines = [answer.answer, "", texts.t("ask_sources")]
    for number, passage in enumerate(answer.sources, start=1):
        lines.append(f"[{number}] {passage.title}({passage.source}#{passage.section})")
    return "\n".join(lines)
