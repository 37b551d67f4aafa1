"""Engine, sessions and schema migrations (applied on start)."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from memory.base.settings import get_settings

MIGRATIONS = Path(__file__).resolve().parents[1] / "schema" / "migrations"
log = logging.getLogger(__name__)
T = TypeVar("T")

# A database server restart (an upgrade, a failover, `pg_ctl restart`) takes seconds: new
# connections, and the raw note's insert, are retried with backoff for this long before the error
# reaches the user (who is then told the note was not stored, and resends it).
OUTAGE_SECONDS = 20.0
FIRST_DELAY, MAX_DELAY = 0.1, 2.0


def backoff(deadline: float) -> Iterator[float]:
    """Delays to sleep between attempts, doubling, until the deadline (time.monotonic) is reached."""
    delay = FIRST_DELAY
    while time.monotonic() + delay < deadline:
        yield delay
        delay = min(delay * 2, MAX_DELAY)


def unreachable(exc: BaseException) -> bool:
    """Whether an error means the server could not be reached or dropped the connection (worth a
    retry), rather than a statement it refused (never retried)."""
    return isinstance(exc, OperationalError) or (isinstance(exc, DBAPIError) and exc.connection_invalidated)


def _connect_retrying(dialect: Any, _record: Any, cargs: Any, cparams: Any) -> Any:
    """Engine event `do_connect`: a connection refused while the server restarts is tried again."""
    delays = backoff(time.monotonic() + OUTAGE_SECONDS)
    while True:
        try:
            return dialect.connect(*cargs, **cparams)
        except dialect.loaded_dbapi.OperationalError as exc:
            delay = next(delays, None)
            if delay is None:
                raise
            log.warning("database unreachable, retrying in %.1f s: %s", delay, str(exc).splitlines()[0])
            time.sleep(delay)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str, *, patient: bool = True) -> Engine:
    """`patient`: new connections ride out a server restart (not for a health check, which must
    answer at once)."""
    # a server restart leaves the pool holding dead connections: each is checked before it is used
    engine = create_engine(url, future=True, pool_pre_ping=not url.startswith("sqlite"))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    elif patient:
        event.listen(engine, "do_connect", _connect_retrying)
    return engine


def alembic_config(url: str) -> Any:
    from alembic.config import Config  # alembic is needed only while migrating, once per start

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


# Any number of workers may start at once against one PostgreSQL: one migrates, the others wait.
MIGRATION_LOCK = 4_242_001


def head_revisions() -> set[str]:
    """The newest revisions, read from the migration files: revisions no other one builds on."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revisions.update(re.findall(r'^revision = "([^"]+)"', source, re.MULTILINE))
        parents.update(re.findall(r'^down_revision = "([^"]+)"', source, re.MULTILINE))
    return revisions - parents


def _current_revisions(engine: Engine) -> set[str]:
    try:
        with engine.connect() as connection:
            return set(connection.scalars(text("SELECT version_num FROM alembic_version")))
    except DBAPIError:  # a new database: no version table yet
        return set()


def migrate(engine: Engine) -> None:
    """Bring the schema up to the newest revisions (every head: branches merged later still apply)."""
    # The common case, an up-to-date database, skips importing alembic: 0.25 s of CPU per command.
    if _current_revisions(engine) == head_revisions():
        return
    from alembic import command

    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":  # released when this transaction ends
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")


class Database:
    """One engine and its session factory, migrated on creation."""

    def __init__(self, url: str, *, run_migrations: bool = True) -> None:
        self.engine = make_engine(url)
        if run_migrations:
            migrate(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on any error."""
        with self._sessions() as session, session.begin():
            yield session

    def retrying(self, work: Callable[[Session], T]) -> T:
        """`work` in one transaction, run again from the start when the connection is lost on the way
        (a server restart mid-transaction): for writes that must not be lost, such as the raw note."""
        delays = backoff(time.monotonic() + OUTAGE_SECONDS)
        while True:
            try:
                with self.session() as session:
                    return work(session)
            except DBAPIError as exc:
                delay = next(delays, None) if unreachable(exc) else None
                if delay is None:
                    raise
                log.warning("database connection lost, retrying in %.1f s", delay)
                time.sleep(delay)

    def dispose(self) -> None:
        self.engine.dispose()


def open_database() -> Database:
    return Database(get_settings().db_url)
