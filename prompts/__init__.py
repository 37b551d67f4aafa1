"""Prompt templates and every user-facing text, as files in this folder.

A template file starts with a front matter that declares its variables:

    ---
    variables: [customer, facts]
    ---
    $customer …

Loading fails when the text uses a variable it does not declare or declares one it does not use;
rendering fails when a declared variable is missing.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from string import Template
from typing import Any

from memory.base.yamlfile import parse_yaml, read_yaml

HERE = Path(__file__).parent


class PromptError(ValueError):
    pass


class Prompt:
    def __init__(self, name: str, text: str, variables: list[str]) -> None:
        self.name = name
        self.template = Template(text)
        if not self.template.is_valid():
            raise PromptError(f"{name}: invalid placeholder")
        used = set(self.template.get_identifiers())
        declared = set(variables)
        if used != declared:
            raise PromptError(f"{name}: declared {sorted(declared)} but uses {sorted(used)}")
        self.variables = sorted(declared)

    def render(self, **values: Any) -> str:
        missing = [v for v in self.variables if v not in values]
        if missing:
            raise PromptError(f"{self.name}: missing {', '.join(missing)}")
        return self.template.substitute({k: "" if v is None else v for k, v in values.items()})


def parse_prompt(name: str, source: str) -> Prompt:
    if not source.startswith("---\n"):
        raise PromptError(f"{name}: no front matter")
    _, header, body = source.split("---\n", 2)
    meta = parse_yaml(header) or {}
    return Prompt(name, body.strip("\n"), list(meta.get("variables") or []))


@cache
def load_prompt(name: str) -> Prompt:
    path = HERE / f"{name}.txt"
    if not path.exists():
        raise PromptError(f"no prompt named {name}")
    return parse_prompt(name, path.read_text(encoding="utf-8"))


@cache
def load_texts(name: str) -> dict[str, Any]:
    """A YAML file of user-facing texts (messages.yaml, labels.yaml)."""
    data = read_yaml(HERE / f"{name}.yaml")
    assert isinstance(data, dict)
    return data
