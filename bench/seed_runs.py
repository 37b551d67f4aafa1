"""Fingerprints of the seed articles, for the playbook's copy check.

python bench/seed_runs.py ../shared/seeds [--out tests/data/seed_runs.txt]

Each seed (*.txt) is normalised (NFKC, lower case, only letters, CJK and digits kept:
punctuation and whitespace dropped) and every window of WINDOW characters is hashed
(first 16 hex digits of its SHA-1). The sorted set of hashes is written one per line, so
tests/knowledge/test_playbook_originality.py can check the playbook without the seeds
themselves being in the repository. The test normalises the same way; keep the two in step.
"""

from __future__ import annotations

import argparse
import hashlib
import unicodedata
from pathlib import Path

WINDOW = 12
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "seed_runs.txt"


def normalise(text: str) -> str:
    """Letters (CJK included) and digits only; full-width forms folded, Latin lower-cased."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())


def window_hash(window: str) -> str:
    return hashlib.sha1(window.encode("utf-8")).hexdigest()[:16]


def windows(text: str, size: int = WINDOW) -> list[str]:
    return [text[i : i + size] for i in range(len(text) - size + 1)]


def seed_hashes(seeds: Path) -> set[str]:
    files = sorted(seeds.glob("*.txt")) if seeds.is_dir() else [seeds]
    if not files:
        raise SystemExit(f"no *.txt seeds in {seeds}")
    hashes: set[str] = set()
    for path in files:
        hashes.update(window_hash(w) for w in windows(normalise(path.read_text(encoding="utf-8"))))
    return hashes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seeds", type=Path, help="folder of seed *.txt files (or one file)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    hashes = seed_hashes(args.seeds)
    args.out.write_text("".join(f"{h}\n" for h in sorted(hashes)), encoding="utf-8")
    print(f"{len(hashes)} window hashes from {args.seeds} -> {args.out}")


if __name__ == "__main__":
    main()
