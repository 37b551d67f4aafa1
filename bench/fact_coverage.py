"""Which of the seeds' key short phrases each playbook section keeps, and whether retrieval still answers.

    python bench/fact_coverage.py [--seeds ../shared/seeds] [--section ID] [--all] [--retrieval]

The playbook is written in our own words (no 12-character run of a seed), yet questions about it are
checked with short fact regexes written against the seeds' wording: named principles (有利、有礼、有节),
enumerated items, figures, terms of the trade. This script shows, section by section, which of those
short phrases the section holds, so they can be kept as runs of at most 11 characters.

- Each seed sentence (split at 。;!? line breaks and numbered items) goes to the playbook section
  that shares the most of its character bigrams, its neighbours' shares adding a quarter (at least
  MIN_SHARE in all); sentences no section takes are listed at the end as "unplaced".
- A sentence's phrases are its pieces between punctuation (、,:;“”() …, and the outline's item
  numbers), with leading connectives (因此, 但是, 比如 ...) dropped. A piece of 3-11 characters is a
  phrase the section should hold verbatim; a longer piece cannot be copied whole, so it is reported
  with the longest run the section shares with it.
- "head" marks a phrase found in the section's first passage (what retrieval returns first).

--retrieval also builds the shipped playbook in a temporary KEQING_HOME and prints the dev-question
share (the contract's metric, as tests/knowledge/test_search.py) and the top-3 section hit rate on the
in-scope questions of tests/data/questions/questions.jsonl, split "tune" only.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from knowledge.chunk import chunk_sections, sections_of_markdown  # noqa: E402
from knowledge.clean import strip_clutter  # noqa: E402

MIN_SHARE = 0.3
CONTEXT = 0.25
MAX_RUN = 11
_SENTENCE = re.compile(
    r"[。!?;!?;\n]|(?=\d{1,2}[)、])|(?=[一二三四五六七八九十]、)|(?=第[一二三四五六七八九十]部分)"
)
_PIECE = re.compile(r"[、,,::“”\"'‘’()()《》【】\[\]\s—…·+]+|\d+[)、.]|[a-e][)、]|原则[一二三四五]|案例")
_ITEM = re.compile(r"^(?:\d{1,2}[)、.]?|[一二三四五六七八九十]+[、是]|[a-eA-E][、)])")
# connectives and hedges that open a seed clause but carry no fact
_FILLER = re.compile(
    r"^(?:因此|所以|但是|但|而且|而|并且|同时|此外|当然|其实|例如|比如|如(?![果此今])|包括|以及|及(?!时)|他的|"
    r"由此可见|这样一来|如此一来|一般说来|长此以往|首先要明确|但更重要的是|可以肯定的说)+|(?:等等|等)$"
)


def normalise(text: str) -> str:
    """As the copy check: NFKC, lower case, letters (CJK included) and digits only."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())


def bigrams(text: str) -> set[str]:
    flat = normalise(text)
    return {flat[i : i + 2] for i in range(len(flat) - 1)}


def longest_shared(piece: str, text: str) -> int:
    best = 0
    for start in range(len(piece)):
        length = best + 1
        while start + length <= len(piece) and piece[start : start + length] in text:
            best, length = length, length + 1
    return best


@dataclass
class Target:
    id: str
    title: str
    flat: str
    head: str
    grams: set[str]
    sentences: list[str] = field(default_factory=list)


def playbook_targets() -> list[Target]:
    targets = []
    for path in sorted((ROOT / "knowledge" / "playbook").glob("*.md")):
        sections = sections_of_markdown(path.read_text(encoding="utf-8"))
        for section in sections:
            head = chunk_sections("playbook", [section])[0].text
            text = f"{section.title}\n{section.text}"
            targets.append(Target(section.id, section.title, normalise(text), normalise(head), bigrams(text)))
    return targets


def seed_sentences(seeds: Path) -> list[str]:
    sentences = []
    for path in sorted(seeds.glob("*.txt")):
        for raw in _SENTENCE.split(strip_clutter(path.read_text(encoding="utf-8"))):
            if len(normalise(raw)) >= 6:
                sentences.append(raw.strip())
    return sentences


def place(sentences: list[str], targets: list[Target]) -> list[str]:
    """Each sentence to the section sharing most of its bigrams, its neighbours counting a quarter each:
    a seed paragraph is usually reworded in one section, so context places its weaker sentences too."""
    shares = [[len(bigrams(s) & t.grams) / max(len(bigrams(s)), 1) for t in targets] for s in sentences]
    unplaced = []
    for index, sentence in enumerate(sentences):
        near = [shares[j] for j in (index - 1, index + 1) if 0 <= j < len(sentences)]
        scores = [own + CONTEXT * sum(n[k] for n in near) for k, own in enumerate(shares[index])]
        best = max(range(len(targets)), key=scores.__getitem__)
        if scores[best] >= MIN_SHARE:
            targets[best].sentences.append(sentence)
        else:
            unplaced.append(sentence)
    return unplaced


def pieces(sentence: str) -> list[str]:
    out = []
    for raw in _PIECE.split(sentence):
        piece = _FILLER.sub("", normalise(_ITEM.sub("", raw.strip())))
        if len(piece) >= 3 and not piece.isdigit():
            out.append(piece)
    return out


def report(target: Target, show_all: bool) -> tuple[int, int]:
    short = [p for s in target.sentences for p in pieces(s) if len(p) <= MAX_RUN]
    long = [p for s in target.sentences for p in pieces(s) if len(p) > MAX_RUN]
    held = [p for p in dict.fromkeys(short) if p in target.flat]
    missing = [p for p in dict.fromkeys(short) if p not in target.flat]
    in_head = sum(p in target.head for p in held)
    total = len(held) + len(missing)
    print(f"\n## {target.id}  {target.title}: {len(held)}/{total} short phrases, {in_head} in head")
    if missing:
        print("  missing: " + " | ".join(missing))
    if show_all and held:
        print("  held:    " + " | ".join(f"{p}{'' if p in target.head else '(body)'}" for p in held))
    for piece in dict.fromkeys(long):
        run = longest_shared(piece, target.flat)
        if show_all or run < len(piece) // 2:
            print(f"  long ({run}/{len(piece)} shared): {piece}")
    return len(held), len(held) + len(missing)


def jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def dev_share(retriever: Any, verbose: bool) -> None:
    """As tests/knowledge/test_search.py: every fact regex in the first 500 characters of a top-3 passage."""
    questions = jsonl(ROOT / "tests" / "data" / "dev" / "qa.jsonl")
    missed = []
    for question in questions:
        passages = retriever.search(question["question"], 3)
        text = "\n".join(p.text[:500] for p in passages)
        lost = [fact for fact in question["facts"] if not re.search(fact, text)]
        if lost:
            missed.append(question["id"])
            if verbose:
                found = " ".join(p.section for p in passages)
                print(f"  {question['id']}: top-3 {found}; unmatched {' | '.join(lost)}")
    answered = len(questions) - len(missed)
    share = answered / len(questions)
    print(f"dev questions answered: {answered}/{len(questions)} = {share:.2f}; missed {' '.join(missed)}")


def tune_hits(retriever: Any) -> None:
    """In-scope tune questions with a labelled section among the top 3 passages (and as the first)."""
    questions = jsonl(ROOT / "tests" / "data" / "questions" / "questions.jsonl")
    tune = [q for q in questions if q["split"] == "tune" and q["scope"] == "in"]
    hits = top1 = 0
    for question in tune:
        found = [p.section for p in retriever.search(question["question"], 3)]
        hits += bool(set(found) & set(question["sections"]))
        top1 += bool(found) and found[0] in question["sections"]
    print(
        f"tune in-scope: top-3 hit {hits}/{len(tune)} = {hits / len(tune):.3f}; top-1 {top1 / len(tune):.3f}"
    )


def retrieval_figures(verbose: bool) -> None:
    os.environ["KEQING_HOME"] = tempfile.mkdtemp(prefix="keqing-facts-")
    from knowledge.search import Retriever
    from knowledge.store import KnowledgeStore

    store = KnowledgeStore(Path(os.environ["KEQING_HOME"]))
    store.ensure_playbook()
    retriever = Retriever(store)
    dev_share(retriever, verbose)
    tune_hits(retriever)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--section", help="only this section id")
    parser.add_argument("--all", action="store_true", help="held phrases, every long piece; dev misses")
    parser.add_argument("--retrieval", action="store_true", help="dev share and tune hit rate")
    args = parser.parse_args()
    if args.retrieval:
        retrieval_figures(args.all)
        return
    targets = playbook_targets()
    unplaced = place(seed_sentences(args.seeds), targets)
    held = total = 0
    for target in targets:
        if args.section in (None, target.id):
            h, t = report(target, args.all)
            held, total = held + h, total + t
    print(f"\nshort phrases held: {held}/{total} = {held / max(total, 1):.2f}")
    if not args.section:
        print(f"unplaced seed sentences ({len(unplaced)}):")
        for sentence in unplaced:
            print(f"  - {sentence[:80]}")


if __name__ == "__main__":
    main()
