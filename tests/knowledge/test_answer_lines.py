"""A line without a closing mark (a label, a list of cases) is never run into the next sentence of an
offline answer: it keeps its line break in the passage, and answers quote whole sentences only."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.chunk import chunk_sections, sections_of_markdown
from knowledge.playbook_service import Playbook

DOCUMENT = """# 门店小贴士

## 雨天跑店 {{#rainy}}

{label}

雨天店里客人少,正好跟店长坐下来把上个月的账对清楚。
"""


@pytest.mark.parametrize("label", ["适用情形:下雨天客户少;路上不好走", "关键词 雨天 对账 客流少"])
def test_an_unclosed_line_keeps_its_line_break_in_the_passage(label: str) -> None:
    text = DOCUMENT.format(label=label)
    (chunk,) = chunk_sections("tips", sections_of_markdown(text))
    assert chunk.text.startswith(f"{label}\n")


@pytest.mark.parametrize("label", ["适用情形:下雨天客户少;路上不好走", "关键词 雨天 对账 客流少"])
def test_an_unclosed_line_is_never_quoted_in_an_answer(keqing_home: Path, tmp_path: Path, label: str) -> None:
    document = tmp_path / "tips.md"
    document.write_text(DOCUMENT.format(label=label), encoding="utf-8")
    playbook = Playbook(keqing_home)
    playbook.store.add(document)
    answer = playbook.offline_answer("下雨天去店里跟店长对账", playbook.passages("下雨天去店里跟店长对账"))
    assert "雨天店里客人少" in answer.answer
    assert label.split(";")[0] not in answer.answer
