"""Soak: mixed traffic from many users through the Bot API emulator, with faults injected.

    python bench/soak.py [--users 100] [--seconds 30]

Each user is a rep with one account of their own. They send notes (most about their own account,
one in ten about someone else's), press ✅ on the cards, ask for /today, and now and then a question.
Meanwhile: the model endpoint is down for the whole run (KEQING_LLM=openai at a closed port: the
breaker opens, the offline engine answers), PostgreSQL is restarted a third of the way in, and the bot
is killed (SIGKILL) and restarted two thirds of the way in. A user who gets no card within 30 s, or an
error message, sends the same note again once, as a rep would.

Counted at the end, from the database: notes sent (distinct) = notes stored (distinct raw texts), 0
notes saved twice, 0 visits on an account outside the writer's scope; errors shown to users.
`tests/test_soak.py` runs `soak()` for 2 minutes in CI and asserts those counts.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# How the bot words an error (prompts/messages.yaml tg_error, tg_db_unavailable): what a rep resends after.
ERROR_WORDS = ("出错", "连不上")


ATTEMPTS = 3  # a note is sent at most this often, 30 s apart, until it gets an answer


def is_error(message: dict[str, Any]) -> bool:
    return any(word in (message.get("text") or "") for word in ERROR_WORDS)


TOWNS = ["东城", "西关", "南门", "北街", "城关", "河东", "新华", "和平", "人民", "建设"]
SHOPS = ["仁和", "百姓", "惠民", "益康", "同济", "康宁", "济世", "福寿", "春天", "国药"]
LINES = [
    "店长说感冒灵卖了{n}盒",
    "六味还剩{n}瓶,下周三再来",
    "老板说板蓝根要补{n}盒",
    "店员说999感冒灵在搞活动",
]


def accounts(users: int) -> list[str]:
    return [f"{TOWNS[i // 10 % 10]}{SHOPS[i % 10]}大药房" for i in range(users)]


def seed(home: Path, users: int) -> None:
    catalog = ROOT / "tests/data/sample/catalog.yaml"
    rows = ["name,type,area,tier,rep"] + [
        f"{a},pharmacy,urban,B,代表{i:03d}" for i, a in enumerate(accounts(users))
    ]
    reps = ["name,role,manager,telegram_id", "经理,manager,,"] + [
        f"代表{i:03d},rep,经理,{8000 + i}" for i in range(users)
    ]
    (home / "customers.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (home / "reps.csv").write_text("\n".join(reps) + "\n", encoding="utf-8")
    from memory.accounts.masterdata import import_files
    from memory.base.db import open_database

    db = open_database()
    with db.session() as session:
        import_files(session=session, paths=[catalog, home / "reps.csv", home / "customers.csv"])
    db.dispose()


class Bot:
    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.env, self.log = env, log
        self.process: Any = None

    def start(self) -> None:
        handle = self.log.open("a")
        keqing = str(Path(sys.executable).parent / "keqing")
        self.process = subprocess.Popen([keqing, "run"], env=self.env, stdout=handle, stderr=handle)
        starts = self.log.read_text(errors="replace").count("Application started") if self.log.exists() else 0
        deadline = time.time() + 120
        while self.log.read_text(errors="replace").count("Application started") <= starts:
            if time.time() > deadline or self.process.poll() is not None:
                raise RuntimeError(self.log.read_text(errors="replace")[-2000:])
            time.sleep(0.2)

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()


def run_user(index: int, api: str, until: float, results: dict[str, Any], lock: threading.Lock) -> None:
    from tests.bot.telegram.conftest import TelegramUser

    user = TelegramUser(api, 8000 + index, f"代表{index:03d}")
    names = accounts(results["users"])
    rng = random.Random(index)
    serial = 0
    while time.time() < until:
        kind = rng.random()
        if kind < 0.1:
            user.send("/today")
            _replies(user, results, lock)
            continue
        foreign = kind < 0.2
        account = names[(index + rng.randint(1, len(names) - 1)) % len(names)] if foreign else names[index]
        serial += 1
        text = f"{account} " + rng.choice(LINES).format(n=rng.randint(2, 90)) + f"(记录{index}-{serial})"
        with lock:
            results["sent"].add(text)
            results["foreign" if foreign else "own"] += 1
        for _attempt in range(ATTEMPTS):  # again after an error or silence, as a rep would
            with lock:
                results["attempts"].setdefault(text, []).append(time.time())
            user.send(text)
            got = _replies(user, results, lock)
            card = next((m for m in got if m.get("reply_markup")), None)
            if card is not None and "save" in str(card["reply_markup"]):
                user.press(card, "save")
                _replies(user, results, lock)
                break
            if got and not any(is_error(m) for m in got):
                break  # answered (e.g. the account is someone else's): nothing to retry


def _replies(user: Any, results: dict[str, Any], lock: threading.Lock) -> list[dict[str, Any]]:
    try:
        got: list[dict[str, Any]] = user.replies(timeout=30)
    except AssertionError:
        with lock:
            results["silent"] += 1
        return []
    with lock:
        results["errors_shown"] += sum(is_error(m) for m in got)
    return got


def count(db_url: str, results: dict[str, Any]) -> dict[str, Any]:
    from sqlalchemy import func, select

    from memory.base.db import Database
    from memory.schema.models import Customer, RawNote, Visit

    db = Database(db_url)
    with db.session() as session:
        texts = set(session.scalars(select(RawNote.text)))
        per_note = session.execute(
            select(RawNote.text, func.count(Visit.id))
            .join(Visit, Visit.raw_note_id == RawNote.id)
            .group_by(RawNote.text)
        ).all()
        cross = session.scalar(
            select(func.count()).select_from(Visit).join(Customer).where(Customer.rep_id != Visit.rep_id)
        )
    db.dispose()
    sent = results["sent"]
    return {
        "lost": sorted(sent - texts),
        "sent": len(sent),
        "stored": len(sent & texts),
        "saved": len(per_note),
        "duplicates": sum(1 for _t, n in per_note if n > 1),
        "cross": cross or 0,
    }


def restart_postgres(data: Path) -> None:
    """A fast restart; the server's output goes to its log file (a pipe would keep pg_ctl waiting)."""
    bindir = sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1]
    command = [str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "-l", str(data.parent / "pg.log")]
    if os.geteuid() == 0:
        command = ["runuser", "-u", "postgres", "--", *command]
    subprocess.run([*command, "restart"], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def settle(db_url: str, quiet: float = 15, most: float = 120) -> None:
    """Waits until the bot has stored no new note for `quiet` seconds: notes that queued while it was
    down are still being taken when the users stop (its first answers after a restart are slow: the
    model's breaker has to open again)."""
    from sqlalchemy import func, select

    from memory.base.db import Database
    from memory.schema.models import RawNote

    db = Database(db_url)
    last, still_since, deadline = -1, time.time(), time.time() + most
    while time.time() < deadline and time.time() - still_since < quiet:
        with db.session() as session:
            now = session.scalar(select(func.count()).select_from(RawNote)) or 0
        if now != last:
            last, still_since = now, time.time()
        time.sleep(1)
    db.dispose()


def traffic(api: str, users: int, seconds: float, faults: list[tuple[float, Any]]) -> dict[str, Any]:
    """`users` reps talking for `seconds`; each fault (at that second) runs meanwhile, in order."""
    results: dict[str, Any] = {
        "users": users,
        "sent": set(),
        "own": 0,
        "foreign": 0,
        "silent": 0,
        "errors_shown": 0,
        "faults": [],
        "attempts": {},
    }
    lock = threading.Lock()
    started = time.time()
    threads = [
        threading.Thread(target=run_user, args=(i, api, started + seconds, results, lock))
        for i in range(users)
    ]
    for thread in threads:
        thread.start()
    for at, fault in faults:
        time.sleep(max(0.0, started + at - time.time()))
        results["faults"].append(f"{fault()} at {time.time() - started:.0f} s")
    for thread in threads:
        thread.join()
    return results


def soak(users: int, seconds: float) -> dict[str, Any]:
    """The whole run, from an empty PostgreSQL to the counts: what `main` prints, the test asserts."""
    root = Path(tempfile.mkdtemp(prefix="keqing-soak-"))
    home = root / "home"
    home.mkdir()
    from tests.bot.telegram.conftest import HERE, TOKEN, free_port
    from tests.servers import start_postgres, stop_postgres

    pg_root = Path(tempfile.mkdtemp(prefix="keqing-soak-pg-"))  # its own: the server runs as postgres
    url, data = start_postgres(pg_root)
    saved_env = {k: os.environ.get(k) for k in ("KEQING_HOME", "KEQING_DATABASE_URL")}
    os.environ.update({"KEQING_HOME": str(home), "KEQING_DATABASE_URL": url})
    port = free_port()
    emulator = subprocess.Popen(
        ["node", str(HERE / "emulator.js"), str(port)], cwd=HERE, stdout=subprocess.PIPE, text=True
    )
    bot = Bot(
        {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": f"http://127.0.0.1:{port}",
            "KEQING_LLM": "openai",  # the model endpoint is down for the whole run
            "OPENAI_BASE_URL": f"http://127.0.0.1:{free_port()}/v1",
            "OPENAI_API_KEY": "sk-soak-not-a-real-key-000000",
            "KEQING_LLM_TIMEOUT": "2",
        },
        home / "bot.log",
    )
    from memory.base.settings import get_settings

    marks: dict[str, float] = {}
    try:
        get_settings.cache_clear()
        seed(home, users)
        assert emulator.stdout is not None and "READY" in emulator.stdout.readline()
        bot.start()

        def restart_db() -> str:
            restart_postgres(data)
            return "PostgreSQL restarted"

        def kill_bot() -> str:
            marks["killed"] = time.time()
            bot.kill()
            bot.start()
            return "bot killed (SIGKILL) and back"

        faults = [(seconds / 3, restart_db), (2 * seconds / 3, kill_bot)]
        results = traffic(f"http://127.0.0.1:{port}", users, seconds, faults)
        settle(url)
        results.update(count(url, results))
        # A polling bot has taken updates off the server before it handles them: what the killed
        # process held, with every resend of it also sent before the kill, died with it.
        held = [t for t in results["lost"] if max(results["attempts"][t]) < marks["killed"]]
        results["lost_at_kill"] = len(held)
        results["lost_otherwise"] = [t for t in results["lost"] if t not in held]
        del results["attempts"]
        results["log"] = (home / "bot.log").read_text(errors="replace")
    finally:
        if bot.process is not None and bot.process.poll() is None:
            bot.process.terminate()
            try:
                bot.process.wait(20)
            except subprocess.TimeoutExpired:  # still sending its backlog: the counts are taken
                bot.kill()
        emulator.terminate()
        emulator.wait(10)
        stop_postgres(data)
        for key, value in saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        get_settings.cache_clear()
        shutil.rmtree(root, ignore_errors=True)
        shutil.rmtree(pg_root, ignore_errors=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--log", type=Path, help="keep the bot's log here")
    parser.add_argument("--json", type=Path, help="write the counts here (what tests/test_soak.py reads)")
    args = parser.parse_args()
    results = soak(args.users, args.seconds)
    log = results["log"]
    if args.log:
        args.log.write_text(log, encoding="utf-8")
    if args.json:
        counts = {k: v for k, v in results.items() if k != "log"}
        args.json.write_text(json.dumps(counts, ensure_ascii=False), encoding="utf-8")
    kinds = Counter(
        line.split(":")[0].rsplit(".", 1)[-1]
        for line in log.splitlines()
        if line and not line.startswith((" ", "\t", "Traceback", "20")) and "Error" in line.split(":")[0]
    )
    print(
        f"{args.users} users, {args.seconds:.0f} s, PostgreSQL, model endpoint down; "
        + "; ".join(results["faults"])
        + "\n"
    )
    print(
        "| notes sent | stored | held by the killed bot | saved | own / other's account | duplicates "
        "| cross-scope writes | errors shown | no reply in 30 s | ERROR lines |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    print(
        f"| {results['sent']} | {results['stored']} | {results['lost_at_kill']} | {results['saved']} | "
        f"{results['own']} / {results['foreign']} | "
        f"{results['duplicates']} | {results['cross']} | {results['errors_shown']} | {results['silent']} | "
        f"{sum(' ERROR ' in line for line in log.splitlines())} |"
    )
    print(
        "\nexceptions in the bot's log: " + (", ".join(f"{k} ×{n}" for k, n in kinds.most_common()) or "none")
    )


if __name__ == "__main__":
    main()
