"""Metamorphic tests: the dev and qinghe notes rewritten the way phones and voice input write them
(no punctuation, numerals in the other script, names misspelt by sound) score within 0.02 of the
originals, scored by the in-repo scorer (memory/extract/agreement.py, the extraction metric)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path

import cn2an
import pytest
from pypinyin import lazy_pinyin

from memory.base.db import Database
from memory.extract.agreement import score
from memory.extract.lexicon import load_lexicon
from memory.extract.numbers import CN_DIGITS
from memory.notes.engines import offline_extractor
from tests.conftest import DATA, import_into

SETS = [DATA / "dev", DATA / "companies" / "qinghe"]
_PUNCTUATION = re.compile(r"[,,。!?;;::、!?]")
_ARABIC = re.compile(r"(?<![\d.])([1-9]\d?)(?![\d.])")
_CHINESE = re.compile(rf"(?<![{CN_DIGITS}])([一二三四五六七八九]?十[一二三四五六七八九]?)(?![{CN_DIGITS}])")


def without_punctuation(text: str) -> str:
    return _PUNCTUATION.sub("", text)


def numerals_swapped(text: str) -> str:
    """30 → 三十 and 三十 → 3十, in one pass so nothing is rewritten twice."""

    def to_chinese(match: re.Match[str]) -> str:
        return str(cn2an.an2cn(match.group(1)))

    def to_mixed(match: re.Match[str]) -> str:
        tens, _, ones = match.group(1).partition("十")
        return f"{cn2an.cn2an(tens, 'smart') if tens else 1}十{ones}"

    swapped = _ARABIC.sub(lambda m: f"\0{to_chinese(m)}\0", text)
    parts = swapped.split("\0")
    return "".join(part if i % 2 else _CHINESE.sub(to_mixed, part) for i, part in enumerate(parts))


def homophones(pool: str) -> Callable[[str, list[str]], str]:
    """Names written by sound: one character of each name becomes another of the same syllable."""
    by_sound: dict[str, list[str]] = {}
    for char in dict.fromkeys(pool):
        if "\u4e00" <= char <= "\u9fff":
            by_sound.setdefault(lazy_pinyin(char)[0], []).append(char)

    def misspell(text: str, names: list[str]) -> str:
        for name in sorted(names, key=len, reverse=True):
            if len(name) < 3 or name not in text:
                continue
            for index in range(len(name) - 1, -1, -1):
                others = [c for c in by_sound.get(lazy_pinyin(name[index])[0], []) if c != name[index]]
                if others:
                    text = text.replace(name, name[:index] + others[0] + name[index + 1 :])
                    break
        return text

    return misspell


def _rows(folder: Path) -> list[dict[str, object]]:
    lines = (folder / "notes.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _names(db: Database) -> list[str]:
    from memory.accounts.masterdata import read_master_data

    with db.session() as session:
        data = read_master_data(session=session)
    return [n for row in [*data.customers, *data.catalog] for n in [row["name"], *row["aliases"]]]


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_rewritten_notes_score_within_two_points_of_the_originals(db: Database, folder: Path) -> None:
    import_into(db, folder / "catalog.yaml", folder / "customers.csv", folder / "reps.csv")
    with db.session() as session:
        engine = offline_extractor(session=session, lexicon=load_lexicon())
    rows, names = _rows(folder), _names(db)
    misspell = homophones(
        "".join(str(r["text"]) for r in rows) + (Path(__file__).parent / "homophones.txt").read_text("utf-8")
    )

    def overall(rewrite: Callable[[str], str]) -> float:
        pairs = []
        for row in rows:
            text = rewrite(str(row["text"]))
            record = engine.extract(text, date=dt.date.fromisoformat(str(row["date"])), rep=str(row["rep"]))
            pairs.append((row["gold"], record.record.to_json()))
        return score(pairs)["overall"]  # type: ignore[arg-type]

    original = overall(lambda text: text)
    for rewrite in (without_punctuation, numerals_swapped, lambda text: misspell(text, names)):
        assert abs(overall(rewrite) - original) <= 0.02, (rewrite, original)


def test_the_rewrites_change_what_they_say_they_change() -> None:
    assert without_punctuation("库存30盒,又订了五十盒。") == "库存30盒又订了五十盒"
    assert numerals_swapped("库存30盒 又订了五十盒 1月20号") == "库存三十盒 又订了5十盒 一月二十号"
    assert homophones("惠会")("惠民药房 王店长", ["惠民药房"]) != "惠民药房 王店长"
