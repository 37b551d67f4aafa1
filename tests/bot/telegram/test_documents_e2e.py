"""An admin sends a file to the bot and it joins the knowledge base, the reply counting its sections; a
rep's file is refused — through the Bot API emulator and the real `keqing run` process."""

from __future__ import annotations

from pathlib import Path

from memory.accounts.people import link_telegram
from memory.base.db import Database
from tests.bot.telegram.conftest import Harness
from tests.conftest import import_into

NOTICE = """<html><head><title>冬季备货提醒</title></head><body>
<h1>冬季备货提醒</h1>
<h2>哪些店要先备</h2><p>入冬前两周,先给走量大的药店把常用品种的库存补足,别等断货再催。</p>
<h2>怎么跟店长说</h2><p>拿去年同期的进货记录给店长看,按一个补货周期能卖完的量提建议。</p>
</body></html>"""


def test_an_admin_adds_a_document_by_sending_it(
    sample_db: Database, telegram: Harness, tmp_path: Path
) -> None:
    people = tmp_path / "reps.csv"
    people.write_text("name,role,manager,telegram_id\n周主管,admin,,\n", encoding="utf-8")
    import_into(sample_db, people)
    with sample_db.session() as session:
        link_telegram(session=session, name="周主管", telegram_id=7001)
        link_telegram(session=session, name="赵磊", telegram_id=7002)
    admin, rep = telegram.user(7001, "周主管"), telegram.user(7002, "赵磊")

    admin.send_document("冬季备货.html", NOTICE.encode("utf-8"))
    reply = admin.replies()[0]["text"]
    assert "冬季备货" in reply and "2 节" in reply

    rep.send_document("我的总结.txt", "这个月跑了四十家店,新开了三家诊所。".encode())
    assert "管理员" in rep.replies()[0]["text"]
    assert telegram.bot_errors() == []
