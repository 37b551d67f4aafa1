"""The two-minute soak (bench/soak.py, asserted in tests/test_soak.py) is mostly waiting: 100 reps
waiting for answers, a bot restarting. When the whole suite runs it is started, in its own process,
once the chat and Telegram tests are done (tests/conftest.py), and runs beside the other tests (the
suite itself keeps one core busy; the machine has two); its test, collected last, waits for it and
asserts. Run alone, the test starts it itself."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
USERS, SECONDS = 100, 120
_running: dict[str, Any] = {}


def start_soak() -> None:
    if _running:
        return
    folder = Path(tempfile.mkdtemp(prefix="keqing-soak-run-"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for name in ("KEQING_HOME", "KEQING_DATABASE_URL", "KEQING_LLM", "TELEGRAM_BOT_TOKEN"):
        env.pop(name, None)
    command = [sys.executable, str(ROOT / "bench/soak.py"), "--users", str(USERS), "--seconds", str(SECONDS)]
    command += ["--json", str(folder / "counts.json"), "--log", str(folder / "bot.log")]
    with (folder / "soak.out").open("w") as out:
        process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    _running.update(process=process, folder=folder)


def soak_results(timeout: float = 900) -> dict[str, Any]:
    """The soak's counts, once it has finished (started now if it was not yet)."""
    start_soak()
    process: subprocess.Popen[bytes] = _running["process"]
    folder: Path = _running["folder"]
    code = process.wait(timeout)
    output = (folder / "soak.out").read_text(errors="replace")
    assert code == 0, output[-3000:]
    results: dict[str, Any] = json.loads((folder / "counts.json").read_text(encoding="utf-8"))
    results["output"] = output
    return results


def stop_soak() -> None:
    process = _running.get("process")
    if process is not None and process.poll() is None:
        process.terminate()
        process.wait(30)
