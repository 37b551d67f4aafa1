"""Clinical questions are refused, however well the playbook happens to match them.

A question is clinical when it asks about a dose or an interval, two drugs taken together or a
drug's effects and risks; or when it speaks of taking something together with a patient group
(孕妇, 小孩), a complaint (发烧, 脚肿) or a drug (…沙星, 布洛芬); or asks what a complaint means.
The cue words are data (knowledge/clinical.yaml); how they combine is here.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from memory.base.yamlfile import read_yaml

HERE = Path(__file__).parent
ALONE = ("dose", "interaction", "adverse")  # clinical by themselves
WITH_TAKING = ("population", "symptom", "drug")  # clinical with a word of taking or using


@cache
def load_cues(extra: Path | None = None) -> dict[str, tuple[str, ...]]:
    data: dict[str, list[str]] = read_yaml(HERE / "clinical.yaml")
    if extra is not None and extra.exists():
        for key, words in (read_yaml(extra) or {}).items():
            data[key] = [*data.get(key, []), *words]
    return {key: tuple(words) for key, words in data.items()}


def clinical_cues(question: str, cues: dict[str, tuple[str, ...]]) -> list[str]:
    """The kinds of clinical cue the question carries ([] when it is not a clinical question)."""
    found = {kind for kind, words in cues.items() if any(word in question for word in words)}
    kinds = [kind for kind in ALONE if kind in found]
    if "take" in found or ("symptom" in found and "drug" in found):
        kinds += [kind for kind in WITH_TAKING if kind in found]
    if "symptom" in found and "diagnosis" in found:
        kinds.append("diagnosis")
    return kinds


def is_clinical(question: str, cues: dict[str, tuple[str, ...]]) -> bool:
    return bool(clinical_cues(question, cues))
