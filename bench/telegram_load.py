"""Telegram load: N simulated reps each send M notes through the Bot API emulator at once.

    python bench/telegram_load.py [--reps 50] [--notes 20]

Measures the time from a rep's message to the card arriving (p50/p95), and checks that no note is
lost (every raw note stored). Needs the emulator installed (`make test` does it).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))


def cpu_seconds(pid: int) -> float:
    """User + system CPU a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reps", type=int, default=50)
    parser.add_argument("--notes", type=int, default=20)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="keqing-bench-"))
    os.environ["KEQING_HOME"] = str(home)

    from notes_gen import generate
    from sqlalchemy import func, select

    from memory.accounts.masterdata import import_files
    from memory.base.db import open_database
    from memory.schema.models import Person, RawNote
    from tests.bot.telegram.conftest import HERE, TOKEN, TelegramUser, free_port

    dataset = SHARED / "datasets/dev"
    db = open_database()
    with db.session() as session:
        import_files(session=session, paths=[dataset / "catalog.yaml", dataset / "customers.csv"])
        for index in range(args.reps):
            session.add(Person(name=f"代表{index:02d}", role="rep", telegram_id=7000 + index))
    notes = generate(dataset, args.reps * args.notes)

    port = free_port()
    emulator = subprocess.Popen(
        ["node", str(HERE / "emulator.js"), str(port)], cwd=HERE, stdout=subprocess.PIPE, text=True
    )
    assert emulator.stdout is not None and "READY" in emulator.stdout.readline()
    api = f"http://127.0.0.1:{port}"
    log = home / "bot.log"
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": api}
    with log.open("w") as handle:
        bot = subprocess.Popen(
            [str(Path(sys.executable).parent / "keqing"), "run"],
            env=env,
            stdout=handle,
            stderr=handle,
        )
    while "Application started" not in log.read_text(errors="replace"):
        time.sleep(0.1)

    latencies: list[float] = []
    lost: list[str] = []
    lock = threading.Lock()

    def rep(index: int) -> None:
        user = TelegramUser(api, 7000 + index, f"代表{index:02d}")
        for number in range(args.notes):
            note = notes[index * args.notes + number]
            started = time.perf_counter()
            user.send(note["text"])
            try:
                cards = user.replies(timeout=60)
            except AssertionError:
                with lock:
                    lost.append(note["id"])
                continue
            with lock:
                latencies.append(1000 * (time.perf_counter() - started))
            user.press(cards[-1], "save")
            user.replies(timeout=60)

    def cpu_now() -> dict[str, float]:
        return {
            "bot": cpu_seconds(bot.pid),
            "emulator": cpu_seconds(emulator.pid),
            "reps": time.process_time(),
        }

    cpu_before = cpu_now()
    started = time.perf_counter()
    threads = [threading.Thread(target=rep, args=(i,)) for i in range(args.reps)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    cpu = {name: seconds - cpu_before[name] for name, seconds in cpu_now().items()}
    bot.terminate()
    emulator.terminate()
    with db.session() as session:
        stored = session.scalar(select(func.count()).select_from(RawNote)) or 0
        saved = (
            session.scalar(select(func.count()).select_from(RawNote).where(RawNote.status == "saved")) or 0
        )
    errors = [line for line in log.read_text(errors="replace").splitlines() if " ERROR " in line]

    ordered = sorted(latencies)
    print(f"{args.reps} reps × {args.notes} notes, concurrently, offline engine, SQLite; one bot process\n")
    print("| notes | raw stored | saved | cards | p50 ms | p95 ms | wall s | bot CPU ms/note | bot errors |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    print(
        f"| {len(notes)} | {stored} | {saved} | {len(latencies)} | {statistics.median(ordered):.0f} | "
        f"{p95:.0f} | {wall:.1f} | {1000 * cpu['bot'] / len(notes):.1f} | {len(errors)} |"
    )
    # the emulator and the simulated reps share the machine's two cores with the bot
    print("\nCPU seconds during the run: " + ", ".join(f"{k} {v:.1f}" for k, v in cpu.items()))
    if lost:
        print(f"\nno card within 60 s for: {', '.join(lost[:10])}")


if __name__ == "__main__":
    main()
