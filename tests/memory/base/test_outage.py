"""A database that is briefly unreachable (a restart, a failover): a note's raw text still gets stored
once it is back, within a bound; past the bound the error says the database is down. The outage is
real: a TCP relay in front of the session's PostgreSQL refuses connections, or cuts open ones."""

from __future__ import annotations

import contextlib
import datetime as dt
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

import memory.base.db as db_module
from memory.base.db import Database, unreachable
from memory.schema.models import RawNote
from tests.conftest import SAMPLE, import_into, intake_for

pytestmark = pytest.mark.slow
DAY = dt.date(2026, 5, 13)


class Relay:
    """Forwards a local port to the server; `down()` closes the port and every open connection
    (as a restarting server does), `up()` opens it again on the same port."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.listener: socket.socket | None = None
        self.port = 0
        self.open: list[socket.socket] = []
        self.up()

    def up(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self.port, self.listener = listener.getsockname()[1], listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def down(self) -> None:
        assert self.listener is not None
        # shut down, not just closed: a thread is blocked in accept() or recv() on each
        for conn in [self.listener, *self.open]:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
            conn.close()
        self.open.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            self.open += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while chunk := source.recv(65536):
                sink.sendall(chunk)
        except OSError:
            pass
        for end in (source, sink):
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)


@pytest.fixture
def relayed(postgres_cluster: str) -> Iterator[tuple[Relay, Database]]:
    """A fresh database in the session's cluster, reached only through a relay."""
    import uuid

    from sqlalchemy import create_engine

    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_cluster, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(postgres_cluster)
    relay = Relay(url.host or "127.0.0.1", url.port or 5432)
    db = Database(url.set(port=relay.port, database=name).render_as_string(hide_password=False))
    import_into(db, SAMPLE / "catalog.yaml", SAMPLE / "customers.csv", SAMPLE / "reps.csv")
    yield relay, db
    db.dispose()
    relay.down()
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def _stored(db: Database, note: str) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(RawNote).where(RawNote.text == note)) or 0


@pytest.mark.parametrize("note", ["惠民药房 店长说六味这周卖了十二瓶", "红旗卫生室 村医想要点板蓝根的宣传页"])
def test_a_note_sent_while_the_database_restarts_is_stored_once_it_is_back(
    relayed: tuple[Relay, Database], note: str
) -> None:
    relay, db = relayed
    intake = intake_for(db)
    relay.down()  # the pool's connections are cut and new ones refused
    threading.Timer(1.5, relay.up).start()
    started = time.monotonic()
    taken = intake.take(text=note, note_date=DAY, rep="赵磊", channel="chat")
    assert time.monotonic() - started >= 1.0  # it waited for the server, then went on
    assert taken.problem is None and _stored(db, note) == 1


def test_a_database_down_longer_than_the_bound_is_a_clear_connection_error(
    relayed: tuple[Relay, Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    relay, db = relayed
    monkeypatch.setattr(db_module, "OUTAGE_SECONDS", 1.0)
    relay.down()
    started = time.monotonic()
    with pytest.raises(OperationalError) as raised:
        intake_for(db).take(text="惠民药房 店长说六味卖了十二瓶", note_date=DAY, rep="赵磊", channel="chat")
    assert time.monotonic() - started < 20  # bounded: the rep is told, not left waiting
    assert unreachable(raised.value)  # what the bot words as "the database is down, resend"
