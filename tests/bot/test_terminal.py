"""`keqing chat` driven through a pseudo-terminal, as a rep would type."""

import os
import sys
from pathlib import Path

import pexpect
from sqlalchemy import select

from memory.base.db import Database
from memory.schema.models import Visit


def test_a_rep_saves_a_note_in_the_terminal(sample_db: Database, keqing_home: Path) -> None:
    keqing = str(Path(sys.executable).parent / "keqing")
    env = {**os.environ, "KEQING_HOME": str(keqing_home), "COLUMNS": "120"}
    chat = pexpect.spawn(keqing, ["chat", "--as", "赵磊"], env=env, encoding="utf-8", timeout=30)
    chat.expect("终端版")
    chat.sendline("惠民药房 王店长说六味卖了30瓶,月结")
    chat.expect("东城惠民大药房")
    chat.expect("1. ✅ 保存")
    chat.sendline("7")  # no such choice: the card stays
    chat.expect("1–3")
    chat.sendline("/foo")
    chat.expect("没有这个命令")
    chat.sendline("1")
    chat.expect("已保存")
    chat.sendline("好的谢谢")
    chat.expect("不客气")  # small talk, not a note
    chat.sendline("/quit")
    chat.expect(pexpect.EOF)
    with sample_db.session() as session:
        visit = session.scalars(select(Visit)).one()
        assert visit.payment_terms == "monthly"


def test_the_terminal_asks_who_you_are_once_and_attributes_notes(
    sample_db: Database, keqing_home: Path
) -> None:
    keqing = str(Path(sys.executable).parent / "keqing")
    env = {**os.environ, "KEQING_HOME": str(keqing_home), "COLUMNS": "120"}
    env.pop("KEQING_USER", None)
    chat = pexpect.spawn(keqing, ["chat"], env=env, encoding="utf-8", timeout=30)
    chat.expect("你是谁")
    chat.sendline("无名氏")
    chat.expect("没有「无名氏」")
    chat.sendline("赵磊")
    chat.expect("你好,赵磊")
    chat.sendline("/quit")
    chat.expect(pexpect.EOF)
    again = pexpect.spawn(keqing, ["chat"], env=env, encoding="utf-8", timeout=30)
    again.expect("你好,赵磊")  # remembered: not asked again
    again.sendline("惠民药房 王店长说六味卖了30瓶")
    again.expect("1. ✅ 保存")
    again.sendline("1")
    again.expect("已保存")
    again.sendline("/undo")
    again.expect("已撤销")
    again.sendline("/quit")
    again.expect(pexpect.EOF)
