"""The hook for the LLM engine: findings a model proposes are kept only when grounded in the note.

memory/llm/extract.py calls `grounded_findings(note, proposed, known)` with the model's
"compliance" items and the offline engine's findings; nothing else here knows about models.
"""

from __future__ import annotations

from typing import Any

from memory.compliance.check import finding_of
from memory.schema.codes import COMPLIANCE_KINDS
from memory.schema.record import ComplianceFinding


def grounded_findings(
    note: str, proposed: list[Any], found: list[ComplianceFinding], products: set[str]
) -> list[ComplianceFinding]:
    """`found` plus each proposed finding whose kind is known, whose quoted text is in the note, and
    that no finding of its kind already covers. A product not in `products` (the catalog's own
    products) is dropped, the finding kept; the advice is always ours, never the model's."""
    kept = list(found)
    for item in proposed:
        if not isinstance(item, dict):
            continue
        kind, text, product = item.get("kind"), item.get("text"), item.get("product")
        if kind not in COMPLIANCE_KINDS or not isinstance(text, str) or not text.strip():
            continue
        text = text.strip()
        start = note.find(text)
        if start == -1 or any(_overlaps(note, f.text, start, len(text)) for f in kept if f.kind == kind):
            continue
        kept.append(finding_of(kind, text, product if product in products else None))
    return kept


def _overlaps(note: str, quoted: str, start: int, length: int) -> bool:
    other = note.find(quoted)
    return other != -1 and other < start + length and start < other + len(quoted)
