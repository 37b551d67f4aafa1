"""An admin adds a document to the knowledge base by sending it; a rep cannot; the reply counts sections."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.context import AppContext
from bot.flows.documents import DocumentFlow, safe_name
from knowledge.playbook_service import Playbook
from memory.base.db import Database
from tests.conftest import import_into

GUIDE = """# 院外药房对接指南

## 处方外流的药房怎么跑

医院门口的院外药房接的多是处方外流,跑这类店要先弄清它挨着哪家医院、哪些科室的方子多。

## 跟执业药师打交道

执业药师在店里说话算数,拜访时多请教用药咨询怎么做,少推销。
"""


@pytest.fixture
def ctx(db: Database, tmp_path: Path) -> AppContext:
    people = tmp_path / "reps.csv"
    rows = ["name,role,manager,telegram_id", "赵主任,admin,,", "钱经理,manager,,", "孙小梅,rep,钱经理,"]
    people.write_text("\n".join(rows) + "\n", "utf-8")
    import_into(db, people)
    return AppContext.build(db=db)


def flow_for(ctx: AppContext) -> tuple[DocumentFlow, Playbook]:
    playbook = Playbook(ctx.settings.home)
    return DocumentFlow(ctx, lambda: playbook), playbook


def test_an_admins_document_is_indexed_and_the_reply_counts_its_sections(ctx: AppContext) -> None:
    flow, playbook = flow_for(ctx)
    outcome = flow.add(user="赵主任", filename="院外药房.txt", data=GUIDE.encode("utf-8"))
    assert outcome.data is not None
    source, sections, passages = outcome.data
    assert sections == 2 and passages >= 2
    assert "2 节" in outcome.text
    assert any(p.source == source for p in playbook.passages("院外药房 处方外流 执业药师", 5))


@pytest.mark.parametrize("user", ["孙小梅", "钱经理"])
def test_only_admins_add_documents(ctx: AppContext, user: str) -> None:
    flow, playbook = flow_for(ctx)
    before = [s.name for s in playbook.store.sources()]
    outcome = flow.add(user=user, filename="通知.txt", data="区域会议改到周五下午开。".encode())
    assert outcome.data is None and "管理员" in outcome.text
    assert [s.name for s in playbook.store.sources()] == before


@pytest.mark.parametrize("filename", ["报表.xlsx", "照片.jpg"])
def test_a_file_of_another_kind_is_refused_with_the_kinds_taken(ctx: AppContext, filename: str) -> None:
    flow, _ = flow_for(ctx)
    outcome = flow.add(user="赵主任", filename=filename, data=b"\x00\x01")
    assert outcome.data is None and "PDF" in outcome.text


def test_sending_the_same_file_again_changes_nothing(ctx: AppContext) -> None:
    flow, _ = flow_for(ctx)
    flow.add(user="赵主任", filename="院外药房.txt", data=GUIDE.encode("utf-8"))
    again = flow.add(user="赵主任", filename="院外药房.txt", data=GUIDE.encode("utf-8"))
    assert again.data is not None and again.data[1] == 0


@pytest.mark.parametrize("filename", ["../../etc/passwd.txt", "C:\\temp\\a:b.txt"])
def test_an_uploaded_files_name_cannot_leave_the_uploads_folder(filename: str) -> None:
    assert "/" not in safe_name(filename) and "\\" not in safe_name(filename)
