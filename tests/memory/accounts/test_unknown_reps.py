"""A rep's name nobody has: once the team is known (reps.csv with a manager), customers.csv and
`keqing note --rep` refuse it as a likely typo, naming the closest known name, unless `--create-rep`;
with no team at all reps are created as the contract says, and named in the import's output."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from memory.base.db import Database
from memory.schema.models import Customer, Person, RawNote
from tests.bot.cli.test_cli import keqing
from tests.conftest import SAMPLE, import_into

TEAM = "name,role,manager,telegram_id\n周经理,manager,,\n陈晓东,rep,周经理,\n林雪梅,rep,周经理,\n"


def _csv(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _people(db: Database) -> set[str]:
    with db.session() as session:
        return set(session.scalars(select(Person.name)))


@pytest.mark.parametrize(("typed", "meant"), [("陈晓冬", "陈晓东"), ("林雪海", "林雪梅")])
def test_a_misspelt_rep_in_customers_csv_is_refused_naming_the_closest(
    db: Database, tmp_path: Path, typed: str, meant: str
) -> None:
    reps = _csv(tmp_path, "reps.csv", TEAM)
    rows = f"name,tier,rep\n河口康泰药房,B,陈晓东\n桥头济安药店,C,{typed}\n"
    customers = _csv(tmp_path, "customers.csv", rows)
    code, _, err = keqing("import", str(reps), str(customers))
    assert code == 1 and "第 3 行" in err and typed in err and meant in err and "--create-rep" in err
    assert typed not in _people(db)
    with db.session() as session:  # nothing half-imported
        assert session.scalar(select(func.count()).select_from(Customer)) == 0


def test_create_rep_adds_the_new_rep_and_says_so(db: Database, tmp_path: Path) -> None:
    import_into(db, _csv(tmp_path, "reps.csv", TEAM))
    customers = _csv(tmp_path, "customers.csv", "name,tier,rep\n桥头济安药店,C,郑新人\n")
    code, _, err = keqing("import", "--create-rep", str(customers))
    assert code == 0 and "郑新人" in err and "没有经理" in err
    assert "郑新人" in _people(db)


def test_without_a_team_reps_in_customers_csv_are_created_and_named(db: Database, tmp_path: Path) -> None:
    rows = "name,tier,rep\n河口康泰药房,B,陈晓东\n桥头济安药店,C,林雪梅\n"
    customers = _csv(tmp_path, "customers.csv", rows)
    code, _, err = keqing("import", str(customers))
    assert code == 0 and "陈晓东" in err and "林雪梅" in err
    assert {"陈晓东", "林雪梅"} <= _people(db)


@pytest.mark.parametrize(("typed", "meant"), [("赵垒", "赵磊"), ("孙亭", "孙婷")])
def test_a_note_for_a_rep_nobody_has_is_refused_unless_create_rep(
    db: Database, typed: str, meant: str
) -> None:
    import_into(db, SAMPLE / "catalog.yaml", SAMPLE / "customers.csv", SAMPLE / "reps.csv")
    note = "惠民药房 店长说六味这周卖了十二瓶"
    code, _, err = keqing("note", "--yes", "--rep", typed, "--date", "2026-05-13", stdin=note)
    assert typed in err and meant in err and "--create-rep" in err
    assert typed not in _people(db)
    code, _, err = keqing("note", "--yes", "--create-rep", "--rep", typed, "--date", "2026-05-13", stdin=note)
    assert code == 0 and typed in _people(db)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(RawNote).where(RawNote.text == note)) == 1
