"""Revoking access: unlink, deactivate (at once, no cache), and invites that are long, expire after 7
days and allow only a few wrong codes per Telegram account."""

from __future__ import annotations

import datetime as dt

import pytest

from memory.accounts.people import (
    INVITE_LENGTH,
    MAX_FAILED_CODES,
    create_invite,
    link_telegram,
    person_by_telegram,
    redeem_invite,
    set_active,
    unlink,
)
from memory.base.db import Database
from memory.base.errors import KeqingError
from tests.bot.cli.test_cli import keqing
from tests.conftest import DEV

T0 = dt.datetime(2026, 5, 1, 9, 0)


def test_invite_codes_are_long_and_unguessable(dev_db: Database) -> None:
    with dev_db.session() as session:
        codes = {create_invite(session=session, name="李娜") for _ in range(50)}
    assert len(codes) == 50 and all(len(c) == INVITE_LENGTH for c in codes)


@pytest.mark.parametrize("after", [dt.timedelta(days=7, seconds=1), dt.timedelta(days=30)])
def test_an_invite_expires_after_seven_days(dev_db: Database, after: dt.timedelta) -> None:
    with dev_db.session() as session:
        code = create_invite(session=session, name="李娜", now=T0)
        assert redeem_invite(session=session, code=code, telegram_id=7001, now=T0 + after) is None
        person = redeem_invite(session=session, code=code, telegram_id=7001, now=T0 + dt.timedelta(days=6))
        assert person is not None and person.telegram_id == 7001


def test_too_many_wrong_codes_lock_that_telegram_account_out(dev_db: Database) -> None:
    with dev_db.session() as session:
        code = create_invite(session=session, name="张伟", now=T0)
        for attempt in range(MAX_FAILED_CODES):
            guess = f"GUESS{attempt}XYZW"
            assert redeem_invite(session=session, code=guess, telegram_id=7002, now=T0) is None
        with pytest.raises(KeqingError) as locked:  # even the right code, from that account
            redeem_invite(session=session, code=code, telegram_id=7002, now=T0)
        assert locked.value.code == "invite_locked"
        # another account is not held up by it; the locked one may try again a day later
        assert redeem_invite(session=session, code="NOPE", telegram_id=7003, now=T0) is None
        later = T0 + dt.timedelta(hours=25)
        assert redeem_invite(session=session, code=code, telegram_id=7002, now=later) is not None


def test_unlink_and_deactivate_take_effect_at_once(dev_db: Database) -> None:
    with dev_db.session() as session:
        link_telegram(session=session, name="张伟", telegram_id=7101)
        link_telegram(session=session, name="李娜", telegram_id=7102)
    with dev_db.session() as session:
        unlink(session=session, name="张伟")
        set_active(session=session, name="李娜", active=False)
    with dev_db.session() as session:
        assert person_by_telegram(session=session, telegram_id=7101) is None
        assert person_by_telegram(session=session, telegram_id=7102) is None
        set_active(session=session, name="李娜", active=True)
    with dev_db.session() as session:
        assert person_by_telegram(session=session, telegram_id=7102) is not None


def test_unlink_and_deactivate_commands() -> None:
    keqing("import", str(DEV / "reps.csv"))
    assert keqing("link", "李娜", "7201")[0] == 0
    code, out, _ = keqing("unlink", "李娜")
    assert code == 0 and "李娜" in out
    code, out, _ = keqing("deactivate", "张伟")
    assert code == 0 and "停用" in out
    code, _, err = keqing("deactivate", "无名氏")
    assert code == 1 and "无名氏" in err
    code, out, _ = keqing("invite", "张伟")
    assert code == 0 and "7 天" in out
