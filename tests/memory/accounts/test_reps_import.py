"""reps.csv: one Telegram account per person (a clear error, not an IntegrityError), "-" unlinks, nobody
is their own manager, and a CSV saved by Excel as GBK/GB18030 is read."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from memory.accounts.masterdata import import_files
from memory.base.db import Database
from memory.base.errors import MasterDataError
from memory.schema.models import Customer, Person


def _import(db: Database, path: Path) -> None:
    with db.session() as session:
        import_files(session=session, paths=[path])


def _reps(tmp_path: Path, body: str, name: str = "reps.csv") -> Path:
    path = tmp_path / name
    path.write_text("name,role,manager,telegram_id\n" + body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "body",
    ["甲,manager,,501\n乙,rep,甲,501\n", "丙,rep,,77\n丁,rep,,88\n戊,rep,,77\n"],
)
def test_a_telegram_id_twice_in_one_file_names_the_line(any_db: Database, tmp_path: Path, body: str) -> None:
    with pytest.raises(MasterDataError) as raised:
        _import(any_db, _reps(tmp_path, body))
    assert raised.value.code == "duplicate_telegram"


def test_a_telegram_id_held_by_someone_else_is_refused_and_a_dash_unlinks(
    any_db: Database, tmp_path: Path
) -> None:
    _import(any_db, _reps(tmp_path, "甲,rep,,601\n"))
    with pytest.raises(MasterDataError):
        _import(any_db, _reps(tmp_path, "乙,rep,,601\n", "more.csv"))
    _import(any_db, _reps(tmp_path, "甲,rep,,-\n乙,rep,,601\n", "moved.csv"))
    with any_db.session() as session:
        links = dict(session.execute(select(Person.name, Person.telegram_id)).all())
    assert links == {"甲": None, "乙": 601}
    _import(any_db, _reps(tmp_path, "乙,rep,,\n", "blank.csv"))  # an empty cell keeps the link
    with any_db.session() as session:
        assert session.scalar(select(Person.telegram_id).where(Person.name == "乙")) == 601


@pytest.mark.parametrize("body", ["己,manager,己,\n", "庚,rep,,\n辛,manager,辛,\n"])
def test_nobody_is_their_own_manager(any_db: Database, tmp_path: Path, body: str) -> None:
    with pytest.raises(MasterDataError) as raised:
        _import(any_db, _reps(tmp_path, body))
    assert raised.value.code == "own_manager"


@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
def test_a_csv_saved_by_excel_in_gbk_is_read(db: Database, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "customers.csv"
    path.write_bytes("name,type,area,rep\n南关益寿堂药店,pharmacy,urban,\n".encode(encoding))
    _import(db, path)
    with db.session() as session:
        assert session.scalar(select(Customer.name)) == "南关益寿堂药店"
