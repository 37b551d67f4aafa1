"""Every test runs on real SQLite in its own tmp dir (KEQING_HOME), set by an autouse fixture."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bot.context import AppContext
from memory.accounts.masterdata import import_files
from memory.base.db import Database
from memory.base.settings import get_settings
from memory.extract.summary import summarize
from memory.notes.intake import NoteIntake
from memory.schema.record import VisitRecord

DATA = Path(__file__).parent / "data"
DEV = DATA / "dev"
SAMPLE = DATA / "sample"


_SOAK_BESIDE: list[bool] = []  # set at collection when the soak runs beside other tests
# Tests whose bot processes and reply timeouts another bot's traffic would crowd: the real bot through
# the Bot API emulator, the terminal chat through a pseudo-terminal.
CROWDED = ("tests/bot/telegram/", "tests/bot/test_terminal.py")


def _crowded(item: pytest.Item) -> bool:
    return item.nodeid.startswith(CROWDED)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The crowded tests first (whole files, in their order), so the soak can start beside the rest
    of the suite early: it is ~4 minutes alone, and started after all of tests/bot it ended last."""
    items.sort(key=lambda item: not _crowded(item))


def pytest_collection_finish(session: pytest.Session) -> None:
    """The soak runs beside the rest of the suite (tests/soak_background.py)."""
    soak = [item for item in session.items if item.nodeid.startswith("tests/test_soak.py")]
    if soak and len(session.items) > len(soak):
        _SOAK_BESIDE.append(True)


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Started once the crowded tests are done; the rest of the suite is the bulk of its time."""
    if _SOAK_BESIDE and not _crowded(item):
        from tests.soak_background import start_soak

        start_soak()  # once: later calls do nothing


def pytest_sessionfinish(session: pytest.Session) -> None:
    from tests.soak_background import stop_soak

    stop_soak()  # interrupted before its test: the soak's servers do not outlive the suite


@pytest.fixture(autouse=True)
def keqing_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "home"
    monkeypatch.setenv("KEQING_HOME", str(home))
    for name in ("KEQING_DATABASE_URL", "KEQING_CHROMA_URL", "KEQING_LLM", "TELEGRAM_BOT_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    get_settings.cache_clear()
    yield home
    get_settings.cache_clear()


class Templates:
    """Test databases as files, each built once per session and copied for every test that needs one:
    migrating, importing and saving the 30 dev notes cost seconds a test; a copy costs milliseconds,
    and every test still gets its own database, as before."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def copy_to(self, kind: str, target: Path) -> None:
        source = self.folder / f"{kind}.db"
        if not source.exists():
            self._build(kind, source)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)

    def _build(self, kind: str, path: Path) -> None:
        building = path.with_suffix(".building")
        database = Database(f"sqlite:///{building}")
        if kind in ("dev", "saved_dev"):
            import_into(database, DEV / "catalog.yaml", DEV / "customers.csv", DEV / "reps.csv")
        if kind == "sample":
            import_into(database, SAMPLE / "catalog.yaml", SAMPLE / "customers.csv", SAMPLE / "reps.csv")
        if kind == "saved_dev":
            save_dev_notes(database)
        database.dispose()  # the last connection closed: the write-ahead log is folded into the file
        building.rename(path)


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    return Templates(tmp_path_factory.mktemp("templates"))


def _template_kind(request: pytest.FixtureRequest) -> str:
    """The richest template the test asks for (its other fixtures then add nothing twice)."""
    names = request.fixturenames
    return next(
        (kind for fixture, kind in _TEMPLATES if fixture in names),
        "empty",
    )


_TEMPLATES = (("saved_dev", "saved_dev"), ("dev_db", "dev"), ("sample_db", "sample"))


@pytest.fixture
def db(request: pytest.FixtureRequest, keqing_home: Path, templates: Templates) -> Iterator[Database]:
    templates.copy_to(_template_kind(request), keqing_home / "keqing.db")
    database = Database(get_settings().db_url)
    yield database
    database.dispose()


def import_into(db: Database, *paths: Path) -> None:
    with db.session() as session:
        import_files(session=session, paths=list(paths))


@pytest.fixture
def dev_db(request: pytest.FixtureRequest, db: Database) -> Database:
    """The shared development master data (康源药业)."""
    if _template_kind(request) not in ("dev", "saved_dev"):
        import_into(db, DEV / "catalog.yaml", DEV / "customers.csv", DEV / "reps.csv")
    return db


@pytest.fixture
def sample_db(request: pytest.FixtureRequest, db: Database) -> Database:
    """A second, unrelated company (华康医药), so rules are tested away from the dev set."""
    if _template_kind(request) != "sample":
        import_into(db, SAMPLE / "catalog.yaml", SAMPLE / "customers.csv", SAMPLE / "reps.csv")
    return db


def dev_notes() -> list[dict[str, object]]:
    return [
        json.loads(line) for line in (DEV / "notes.jsonl").read_text(encoding="utf-8").splitlines() if line
    ]


def app_context(db: Database) -> AppContext:
    """The application context over a test's database (settings from its KEQING_HOME)."""
    return AppContext.build(db=db)


def intake_for(db: Database) -> NoteIntake:
    return app_context(db).intake()


def save_dev_notes(db: Database) -> None:
    """Every dev note saved as a confirmed visit, in date order, with its gold record as the one the
    rep confirmed (`keqing note --jsonl` lines carrying "record"): the reports built on them are then
    checked against the gold, whatever the engine read."""
    intake = intake_for(db)
    for note in dev_notes():
        taken = intake.take(
            text=str(note["text"]),
            note_date=dt.date.fromisoformat(str(note["date"])),
            rep=str(note["rep"]),
            channel="cli",
        )
        record = VisitRecord.model_validate(note["gold"])
        record.summary = record.summary or summarize(record)
        intake.confirm(raw_note_id=taken.raw_note_id, extraction=taken.extraction, record=record, teach=False)


@pytest.fixture
def saved_dev(request: pytest.FixtureRequest, dev_db: Database) -> Database:
    if _template_kind(request) != "saved_dev":
        save_dev_notes(dev_db)
    return dev_db


@pytest.fixture(scope="session")
def llama_url() -> Iterator[str]:
    """A real OpenAI-compatible server: llama.cpp (xllamacpp) serving gemma3-270m; its /v1 URL."""
    from tests.memory.llm.conftest import start

    process, url = start("llama")
    yield url
    process.kill()
    process.wait()


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[str]:
    """One throwaway PostgreSQL cluster for the session; each test gets a fresh database in it."""
    import shutil
    import tempfile

    from memory.notes.learning import WORKER
    from tests.servers import start_postgres, stop_postgres

    # not under pytest's tmp dir: that is private to root, and the server runs as postgres
    root = Path(tempfile.mkdtemp(prefix="keqing-pg-"))
    url, data = start_postgres(root)
    yield url
    WORKER.wait(30)  # relearning a test asked for runs on: the server must outlive it
    stop_postgres(data)
    shutil.rmtree(root, ignore_errors=True)


def _wait_for_learning() -> None:
    """A corrected save relearns in a background thread (memory/notes/intake.py): it must finish
    before its database is dropped, or it fails after the test that started it."""
    import threading

    for thread in threading.enumerate():
        if thread.name.endswith("(learn)"):
            thread.join(60)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.slow)])
def any_db(request: pytest.FixtureRequest) -> Iterator[Database]:
    """The test's database on SQLite, then on PostgreSQL (a fresh database in the session's cluster)."""
    if request.param == "sqlite":
        database = Database(get_settings().db_url)
        yield database
        database.dispose()
        return
    import uuid

    from sqlalchemy import create_engine, text

    server = request.getfixturevalue("postgres_cluster")
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    database = Database(server.rsplit("/", 1)[0] + f"/{name}")
    yield database
    _wait_for_learning()
    database.dispose()
    with admin.connect() as connection:
        # FORCE: a connection a test left checked out (a flow's own session) must not fail the
        # teardown of a test that passed
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


# The longest answer tests let the model write: they prove the plumbing (the tiny model cannot write a
# whole visit record within any short limit, and rambles to whatever limit it is given), so every token
# past a few streamed chunks only makes the suite slower.
TEST_MAX_TOKENS = 64
# The longest prompt tests send, in tokens: the extraction prompt (~1 300 with the dev catalog) and more.
LONGEST_PROMPT = 2000


@pytest.fixture(scope="session")
def model_budget(llama_url: str) -> float:
    """Seconds one model request may take on this machine now (it is shared, its load varies): one
    short answer at start gives llama.cpp's own reading and writing speeds, scaled to the longest prompt
    and answer tests send, with a margin of 4. Tests give the model this, never a fixed figure, so they
    hold on a loaded machine."""
    answer = httpx.post(
        f"{llama_url}/chat/completions",
        json={"messages": [{"role": "user", "content": "写三句拜访药店的建议。"}], "max_tokens": 64},
        timeout=600,
    )
    answer.raise_for_status()
    timings = answer.json()["timings"]
    reading, writing = timings["prompt_per_second"], timings["predicted_per_second"]
    seconds = LONGEST_PROMPT / reading + TEST_MAX_TOKENS / writing
    return max(60.0, seconds * 4)
