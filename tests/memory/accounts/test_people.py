import pytest

from memory.accounts.people import create_invite, get_person, link_telegram, redeem_invite, team_of
from memory.base.db import Database
from memory.base.errors import KeqingError, NotFoundError


def test_link_and_invite(dev_db: Database) -> None:
    with dev_db.session() as session:
        link_telegram(session=session, name="张伟", telegram_id=1001)
        code = create_invite(session=session, name="李娜")
    with dev_db.session() as session:
        assert redeem_invite(session=session, code="WRONG", telegram_id=1002) is None
        person = redeem_invite(session=session, code=code.lower(), telegram_id=1002)
        assert person is not None and person.name == "李娜" and person.telegram_id == 1002
        assert redeem_invite(session=session, code=code, telegram_id=1003) is None


def test_one_telegram_account_links_one_person(dev_db: Database) -> None:
    with dev_db.session() as session:
        link_telegram(session=session, name="张伟", telegram_id=1001)
    with pytest.raises(KeqingError) as caught, dev_db.session() as session:
        link_telegram(session=session, name="李娜", telegram_id=1001)
    assert caught.value.code == "telegram_taken"
    with pytest.raises(NotFoundError), dev_db.session() as session:
        link_telegram(session=session, name="无此人", telegram_id=5)


def test_who_sees_whom(dev_db: Database) -> None:
    with dev_db.session() as session:
        manager = get_person(session=session, name="王建国")
        rep = get_person(session=session, name="张伟")
        assert {p.name for p in team_of(session=session, person=manager)} == {"王建国", "张伟", "李娜"}
        assert [p.name for p in team_of(session=session, person=rep)] == ["张伟"]
