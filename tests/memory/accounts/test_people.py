import pytest

from memory.accounts.access import scope_for
from memory.accounts.people import create_invite, get_person, link_telegram, redeem_invite
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
        ids = {name: get_person(session=session, name=name).id for name in ("王建国", "张伟", "李娜")}
        assert scope_for(session=session, name="王建国").rep_ids == set(ids.values())
        assert scope_for(session=session, name="张伟").rep_ids == {ids["张伟"]}
        assert scope_for(session=session, name=None).rep_ids is None
