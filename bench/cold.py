"""CPU seconds of each cold command (a fresh Python process), median of N runs.

python bench/cold.py [--runs 5] [--tree OTHER_CHECKOUT ...]

A temp KEQING_HOME gets `keqing demo`; then each command runs N times as `python -m bot …` in a new
process (offline engine), and its user+system CPU time (the process and anything it starts) is read
from os.wait4's resource usage. CPU time, not wall time: the machine is shared. The first `ask` of a
fresh home builds the knowledge base (and, from this branch on, its index cache), so one `ask` runs
untimed first: "cold" means a new process, not a new home. Commands: brief, today, team, extract
of one note, ask, and three chat turns with `say` (a lookup and a correction decided by cues, one by the
classifier, which pays its training).

With --tree, the same commands also run from other checkouts (e.g. a `git worktree` of main), each
with its own demo home, runs interleaved so that a busy machine weighs on every column alike.
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
    # one chat turn each: the router (its classifier trained at first use) and what it routes to
    "say lookup": (["say", "益康大药房陈店长生日是哪天", "--as", "周敏"], None),
    "say correction": (["say", "刚才录的益康大药房 库存应该是四十瓶", "--as", "周敏"], None),
    "say classifier": (["say", "下面人最近都在忙啥", "--as", "周敏"], None),  # no cue: the classifier decides
}


def cpu_seconds(tree: Path, home: Path, args: list[str], stdin: str | None) -> float:
    """User+system CPU of one `python -m bot ARGS` process run from `tree` (and anything it starts)."""
    env = {**os.environ, "KEQING_HOME": str(home), "KEQING_LLM": "offline", "PYTHONPATH": str(tree)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", *args],
        env=env,
        cwd=tree,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None and proc.stderr is not None
    proc.stdin.write((stdin or "").encode("utf-8"))
    proc.stdin.close()
    error = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"keqing {args[0]} failed in {tree}: {error.decode('utf-8', 'replace')[-500:]}")
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tree", type=Path, action="append", default=[], help="another checkout to time")
    args = parser.parse_args()
    trees = [*(t.resolve() for t in args.tree), ROOT]
    homes = {tree: Path(tempfile.mkdtemp(prefix="keqing-cold-")) for tree in trees}
    for tree, home in homes.items():
        cpu_seconds(tree, home, ["demo"], None)
        cpu_seconds(tree, home, *COMMANDS["ask"])
    print(f"CPU s of one cold command, median of {args.runs} (min–max)\n")
    print("| command | " + " | ".join(str(tree) for tree in trees) + " |")
    print("|---|" + "---:|" * len(trees))
    for name, (command, stdin) in COMMANDS.items():
        times: dict[Path, list[float]] = {tree: [] for tree in trees}
        for _ in range(args.runs):
            for tree in trees:
                times[tree].append(cpu_seconds(tree, homes[tree], command, stdin))
        cells = [f"{statistics.median(t):.2f} ({min(t):.2f}–{max(t):.2f})" for t in times.values()]
        print(f"| {name} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
