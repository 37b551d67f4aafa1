"""The playbook is in the project's own words: no run of 12+ characters copied from the seed articles.

tests/data/seed_runs.txt holds the short hashes of every 12-character window of the normalised
seeds (written by bench/seed_runs.py from the seed articles; regenerate it if the seeds change).
Each playbook section (its title and prose) is normalised the same way and none of its windows may
be in that set. Only files in the repository are read.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from memory.base.yamlfile import read_yaml

ROOT = Path(__file__).resolve().parents[2]
PLAYBOOK = ROOT / "knowledge" / "playbook"
SEED_RUNS = ROOT / "tests" / "data" / "seed_runs.txt"
WINDOW = 12
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*(?:\{#([\w-]+)\})?\s*$")


def normalise(text: str) -> str:
    """As bench/seed_runs.py: NFKC, lower case, letters (CJK included) and digits only."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())


def window_hash(window: str) -> str:
    return hashlib.sha1(window.encode("utf-8")).hexdigest()[:16]


def seed_runs() -> set[str]:
    return {line.strip() for line in SEED_RUNS.read_text(encoding="utf-8").splitlines() if line.strip()}


def product_names() -> list[str]:
    """Own and rival product names (and their aliases) from every catalog in tests/data/*/catalog.yaml.

    Two-character aliases (左氧, 江中, 六味...) are left out: they are fragments of ordinary words and
    would excuse too much; a three-character name (风油精, 板蓝根) is already unmistakably a product.
    """
    names: set[str] = set()
    for catalog in sorted((ROOT / "tests" / "data").glob("*/catalog.yaml")):
        data = read_yaml(catalog) or {}
        for key in ("products", "competitors"):
            for item in data.get(key) or []:
                for name in [item.get("name", ""), *(item.get("aliases") or [])]:
                    if len(normalise(str(name))) >= 3:
                        names.add(normalise(str(name)))
    return sorted(names)


def sections() -> list[tuple[str, str]]:
    """(file#id, title + prose) for every `## 标题 {#id}` section; a chapter title as file:title."""
    found: list[tuple[str, str]] = []
    for path in sorted(PLAYBOOK.glob("*.md")):
        key, lines = f"{path.name}:", []
        for line in path.read_text(encoding="utf-8").splitlines():
            match = _HEADING.match(line)
            if match:
                if lines:
                    found.append((key, "\n".join(lines)))
                anchor = match.group(3)
                key = f"{path.name}#{anchor}" if anchor else f"{path.name}:{match.group(2)}"
                lines = [match.group(2)]
            else:
                lines.append(line)
        if lines:
            found.append((key, "\n".join(lines)))
    return found


def situations() -> list[tuple[str, str]]:
    """(situations.yaml#id, the section's situations): written from the sections, checked like them."""
    data = read_yaml(PLAYBOOK / "situations.yaml") or {}
    return [(f"situations.yaml#{key}", "\n".join(scenes)) for key, scenes in data.items()]


def excused(window: str, names: list[str]) -> bool:
    """The only windows allowed to match a seed.

    - all digits: figures (hours, percentages, phone-like numbers) carry facts, not wording;
    - containing a catalog product name: a drug's name cannot be reworded, and the seeds' own case
      (加替沙星 lost to 左氧氟沙星) names products the catalogs also hold.
    Nothing else is excused: a match anywhere else means prose was copied and must be rewritten.
    """
    return window.isdigit() or any(name in window for name in names)


def copied_windows() -> list[tuple[str, str]]:
    runs, names = seed_runs(), product_names()
    copied = []
    for key, text in sections() + situations():
        flat = normalise(text)
        for i in range(len(flat) - WINDOW + 1):
            window = flat[i : i + WINDOW]
            if window_hash(window) in runs and not excused(window, names):
                copied.append((key, window))
    return copied


def test_the_seed_fingerprints_are_there() -> None:
    runs = seed_runs()
    assert len(runs) > 5000, "tests/data/seed_runs.txt looks empty: run bench/seed_runs.py SEED_DIR"
    assert all(re.fullmatch(r"[0-9a-f]{16}", h) for h in runs)


def test_the_playbook_has_sections_to_check() -> None:
    found = sections()
    assert len([key for key, _ in found if "#" in key]) >= 40
    assert all(len(normalise(text)) > WINDOW for key, text in found if "#" in key)


def test_no_playbook_section_copies_a_run_of_the_seeds() -> None:
    copied = copied_windows()
    by_section: dict[str, list[str]] = {}
    for key, window in copied:
        by_section.setdefault(key, []).append(window)
    report = "\n".join(f"{key}: {len(ws)} windows, e.g. {ws[0]}" for key, ws in sorted(by_section.items()))
    assert not copied, f"{len(copied)} 12-character windows copied from the seeds:\n{report}"
