"""CPU seconds of each cold command (a fresh Python process), median of N runs.

python bench/cold.py [--runs 5] [--home DIR]

A temp KEQING_HOME gets `keqing demo`; then each command runs N times as `python -m bot …` in a new
process (offline engine) and its user+system CPU time, own and children's, is read from
os.wait4's resource usage. The first `ask` of a fresh home builds the knowledge base index, so
one `ask` is run (and not timed) before the measured ones: "cold" means a new process, not a new
home. Commands: brief, today, team, extract of one note, ask.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTE = "益康大药房 陈店长挺配合的。止咳糖浆上个月卖了86瓶,库存还剩四十瓶。端架的事回去跟经理申请,下周三再来"
COMMANDS: dict[str, tuple[list[str], str | None]] = {
    "brief": (["brief", "益康大药房", "--date", "2026-01-07"], None),
    "today": (["today", "--date", "2026-01-07"], None),
    "team": (["team", "--since", "2026-01-01", "--until", "2026-01-31"], None),
    "extract": (["extract", "--date", "2026-01-07", "--rep", "周敏"], NOTE),
    "ask": (["ask", "店长老说没空见我咋办"], None),
}


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "KEQING_HOME": str(home), "KEQING_LLM": "offline", "PYTHONPATH": str(ROOT)}


def cpu_seconds(home: Path, args: list[str], stdin: str | None) -> float:
    """User+system CPU of one `python -m bot ARGS` process (and anything it starts)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", *args],
        env=_env(home),
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None and proc.stderr is not None
    proc.stdin.write((stdin or "").encode("utf-8"))
    proc.stdin.close()
    error = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"keqing {args[0]} failed: {error.decode('utf-8', 'replace')[-500:]}")
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--home", type=Path, default=None, help="an existing home (default: a new demo)")
    args = parser.parse_args()
    home = args.home or Path(tempfile.mkdtemp(prefix="keqing-cold-"))
    if args.home is None:
        cpu_seconds(home, ["demo"], None)
    cpu_seconds(home, *COMMANDS["ask"])
    print(f"| command | CPU s (median of {args.runs}) | min | max |")
    print("|---|---|---|---|")
    for name, (command, stdin) in COMMANDS.items():
        times = [cpu_seconds(home, command, stdin) for _ in range(args.runs)]
        row = f"{statistics.median(times):.2f} | {min(times):.2f} | {max(times):.2f}"
        print(f"| {name} | {row} |", flush=True)


if __name__ == "__main__":
    main()
