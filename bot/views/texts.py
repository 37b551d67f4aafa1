"""Every user-facing sentence, in Chinese, in one place for review and translation."""

from __future__ import annotations

from typing import Any

from memory.base.errors import KeqingError
from prompts import load_texts

MESSAGES: dict[str, Any] = load_texts("messages")

COUNT_LABELS: dict[str, str] = load_texts("labels")["import_counts"]


def t(key: str, **params: Any) -> str:
    """The message `key` (a dotted key reaches into a group: team.period_unknown) with its values."""
    node: Any = MESSAGES
    for part in key.split("."):
        node = node[part]
    return str(node).format(**params)


def error_text(error: KeqingError) -> str:
    template = MESSAGES.get(error.code)
    if template is None:
        return f"{error.code}: {error.params}"
    params = {k: ("?" if v is None else v) for k, v in error.params.items()}
    if params.get("line") == "?":
        template = template.replace(MESSAGES["error_line"], "")
    return template.format_map(_Default(params))


class _Default(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "?"


def import_summary(created: dict[str, int], updated: dict[str, int]) -> str:
    parts = []
    for key, label in COUNT_LABELS.items():
        new, old = created.get(key, 0), updated.get(key, 0)
        if new or old:
            parts.append(t("import_count", label=label, new=new, old=old))
    return ";".join(parts) if parts else MESSAGES["import_nothing"]
