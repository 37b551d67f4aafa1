"""Written summaries phrased by the model from computed facts only: a number or name it adds is a lie."""

from __future__ import annotations

import re

from memory.llm.model import ChatModel, LLMUnavailable

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_CHINESE = re.compile(r"[\u4e00-\u9fff]")


def faithful(text: str, facts: str) -> bool:
    """Chinese prose whose every number appears in the facts."""
    return bool(_CHINESE.search(text)) and set(_NUMBER.findall(text)) <= set(_NUMBER.findall(facts))


def phrase(model: ChatModel, *, prompt: str, facts: str, purpose: str) -> str | None:
    """The model's wording of the facts, or None (the template's wording stays) when it fails or invents."""
    try:
        text = model.text(prompt, purpose=purpose, facts=facts).strip()
    except LLMUnavailable:
        return None
    return text if text and faithful(text, facts) else None


_NUMBERED = re.compile(r"^\s*(\d+)\s*[.、)::]\s*(.+?)\s*$")


def phrase_lines(
    model: ChatModel, *, prompt: str, lines: list[str], purpose: str, **values: str
) -> list[str]:
    """Each line reworded by the model, or left as it was when its rewording is missing or unfaithful."""
    numbered = "\n".join(f"{n}. {line}" for n, line in enumerate(lines, start=1))
    try:
        text = model.text(prompt, purpose=purpose, points=numbered, **values)
    except LLMUnavailable:
        return lines
    reworded = dict(lines_by_number(text))
    return [
        reworded[n] if n in reworded and faithful(reworded[n], line) else line
        for n, line in enumerate(lines, start=1)
    ]


def lines_by_number(text: str) -> list[tuple[int, str]]:
    return [(int(m.group(1)), m.group(2)) for m in map(_NUMBERED.match, text.splitlines()) if m]
