from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from memory.base.db import Database
from memory.base.settings import get_settings
from memory.schema.models import Base


def test_migrations_build_every_table_from_empty(db: Database) -> None:
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_migrations_match_the_models(db: Database) -> None:
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_migrating_twice_changes_nothing(db: Database) -> None:
    again = Database(get_settings().db_url)
    assert set(inspect(again.engine).get_table_names()) == set(inspect(db.engine).get_table_names())
    again.dispose()


def test_a_failed_unit_of_work_is_rolled_back(db: Database) -> None:
    from memory.schema.models import Person

    try:
        with db.session() as session:
            session.add(Person(name="甲", role="rep"))
            session.flush()
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    with db.session() as session:
        assert session.query(Person).count() == 0
