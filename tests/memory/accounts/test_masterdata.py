from pathlib import Path

import pytest
from sqlalchemy import func, select

from memory.accounts.masterdata import import_files
from memory.base.db import Database
from memory.base.errors import MasterDataError
from memory.schema.models import CatalogItem, Customer, Person, Setting
from tests.conftest import DEV, import_into


def count(db: Database, model: type) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_dev_master_data_is_imported_with_aliases_and_owners(dev_db: Database) -> None:
    assert count(dev_db, Customer) == 20
    assert count(dev_db, CatalogItem) == 16
    with dev_db.session() as session:
        renhe = session.scalar(select(Customer).where(Customer.name == "城关百姓大药房"))
        assert renhe is not None
        assert renhe.aliases == ["百姓大药房", "百姓药房"]
        assert (renhe.type, renhe.area, renhe.tier, renhe.rep.name) == ("pharmacy", "urban", "A", "李娜")
        product = session.scalar(select(CatalogItem).where(CatalogItem.name == "藿香正气水"))
        assert product is not None and product.kind == "product" and "正气水" in product.aliases
        assert session.get(Setting, "company").value == "康源药业"
        zhang = session.scalar(select(Person).where(Person.name == "张伟"))
        assert zhang is not None and zhang.role == "rep" and zhang.manager.name == "王建国"


def test_reimport_updates_and_never_duplicates(dev_db: Database, tmp_path: Path) -> None:
    changed = tmp_path / "customers.csv"
    text = (DEV / "customers.csv").read_text(encoding="utf-8").replace("县医院|人民医院|县人医", "县医院")
    changed.write_text(text, encoding="utf-8")
    import_into(dev_db, DEV / "catalog.yaml", changed)
    assert count(dev_db, Customer) == 20
    assert count(dev_db, CatalogItem) == 16
    with dev_db.session() as session:
        hospital = session.scalar(select(Customer).where(Customer.name == "桐丘县人民医院"))
        assert hospital is not None and hospital.aliases == ["县医院"]


def test_reps_named_only_in_customers_are_created(db: Database) -> None:
    import_into(db, DEV / "customers.csv")
    with db.session() as session:
        assert set(session.scalars(select(Person.name))) == {"张伟", "李娜"}


@pytest.mark.parametrize(
    ("content", "line", "code"),
    [
        ("name,type\n甲药店,pharmacy\n乙药店,shop\n", 3, "bad_row"),
        ("name,tier\n甲药店,A\n乙药店,Z\n", 3, "bad_row"),
        ("name,area\n甲药店,urban\n甲药店,urban\n", 3, "duplicate"),
        ("name,type\n甲药店,pharmacy,extra\n", 2, "extra_cells"),
    ],
)
def test_a_bad_row_is_named_by_file_and_line_and_nothing_is_imported(
    db: Database, tmp_path: Path, content: str, line: int, code: str
) -> None:
    bad = tmp_path / "customers.csv"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(MasterDataError) as caught, db.session() as session:
        import_files(session=session, paths=[DEV / "catalog.yaml", bad])
    assert caught.value.code == code
    assert caught.value.params["line"] == line
    assert caught.value.params["path"] == str(bad)
    assert count(db, Customer) == 0
    assert count(db, CatalogItem) == 0


def test_a_broken_catalog_names_its_line(db: Database, tmp_path: Path) -> None:
    bad = tmp_path / "catalog.yaml"
    bad.write_text("company: x\nproducts:\n  - name: [unclosed\n", encoding="utf-8")
    with pytest.raises(MasterDataError) as caught, db.session() as session:
        import_files(session=session, paths=[bad])
    assert caught.value.code == "bad_yaml"
    assert caught.value.params["line"] is not None


def test_unknown_manager_and_unknown_file_kind_are_refused(db: Database, tmp_path: Path) -> None:
    reps = tmp_path / "reps.csv"
    reps.write_text("name,role,manager\n甲,rep,无此人\n", encoding="utf-8")
    with pytest.raises(MasterDataError) as caught, db.session() as session:
        import_files(session=session, paths=[reps])
    assert (caught.value.code, caught.value.params["line"]) == ("unknown_manager", 2)
    other = tmp_path / "other.csv"
    other.write_text("foo,bar\n1,2\n", encoding="utf-8")
    with pytest.raises(MasterDataError) as caught, db.session() as session:
        import_files(session=session, paths=[other])
    assert caught.value.code == "unknown_file"


def test_a_missing_file_is_reported(db: Database, tmp_path: Path) -> None:
    with pytest.raises(MasterDataError) as caught, db.session() as session:
        import_files(session=session, paths=[tmp_path / "nope.csv"])
    assert caught.value.code == "file_missing"
