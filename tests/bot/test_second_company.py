"""Briefing, due list and team on a second, unrelated company (华康医药): nothing of the dev set leaks in."""

from __future__ import annotations

import datetime as dt

from bot.assistant import Assistant
from memory.base.db import Database
from tests.conftest import app_context

NOTES = [
    (
        "2026-05-06",
        "赵磊",
        "惠民药房 王店长说六味上个月卖了40瓶,还剩12瓶,月结。王店长想要几张海报,下次带过去。下周三再来",
    ),
    ("2026-05-13", "赵磊", "惠民药房 海报带过去了 王店长挺高兴。六味这个月只卖了25瓶,对面的同仁堂六味在打折"),
    ("2026-05-08", "孙婷", "西山卫生院 院长说丹参片用了30盒,现款。院长女儿下个月高考"),
]


def _save_all(db: Database) -> Assistant:
    assistant = Assistant(app_context(db))
    for day, rep, text in NOTES:
        card = assistant.take_note(user=rep, text=text, today=dt.date.fromisoformat(day))[-1]
        assistant.choose(user=rep, action=card.choices[0].action)
    return assistant


def test_brief_today_and_team_for_another_company(sample_db: Database) -> None:
    assistant = _save_all(sample_db)
    outcome = assistant.briefing.brief(user="赵磊", query="惠民", today=dt.date(2026, 5, 20), full=True)
    brief = outcome.text
    assert "东城惠民大药房" in brief and "上次联系 2026-05-13" in brief
    assert "🤝 未兑现的承诺" not in brief  # the posters were brought: the commitment is closed
    assert "📌 没有未兑现的承诺和需求" in brief  # and the need for posters is met
    # 40 then 25 sold: two reports are a change worth saying, not yet a trend (that takes three)
    assert "六味地黄丸销售 40→25瓶" in brief and "↓" not in brief
    assert (
        "找不到客户"
        in assistant.briefing.brief(user="孙婷", query="惠民", today=dt.date(2026, 5, 20)).replies[0].text
    )
    today = assistant.today.today(user="孙婷", day=dt.date(2026, 6, 30)).replies[0].text
    assert "西山镇中心卫生院" in today and "东城惠民大药房" not in today
    team = assistant.team.for_words(user="钱经理", words="本月", today=dt.date(2026, 5, 31)).replies[0]
    assert "👤 赵磊:拜访 2" in team.text and "👤 孙婷:拜访 1" in team.text
    assert "康源" not in team.text and "张伟" not in team.text
