"""The labelled company sets the learned parts of the engine are fitted on and measured with,
leave one company out (never a blind set: bench/readable.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from memory.extract.engine import OfflineExtractor

COMPANIES = [
    "tests/data/dev",
    *(
        f"tests/data/companies/{name}"
        for name in (
            "qinghe",
            "tune_songbei",
            "tune_minghe",
            "heldout2_yikang",
            "heldout_beiyuan",
            "heldout3_guikang",
            "heldout4_shuchuan",
            "heldout5_qinchuan",
            "heldout6_xiangjiang",
            "heldout7_minjiang",
            "heldout8_luyu",
            "tune26a_dianqian",
            "tune26b_jinmeng",
            "tune26c_jidong",
            "tune26d_jianghuai",
            "heldout9_heiji",
            "tune28a_longyuan",
            "tune28b_husu",
            "heldout10_ganhu",
            "tune29a_zheou",
            "tune29b_tianshan",
        )
    ),
]
# the check companies: written blind-style, their items read by no one (summary figures only); they stay
# out of COMPANIES, so no learned part is fitted on them. Set 10 and session 29's checks (tune29a/b) became
# tune data in session 30; session 30's checks (tune30*) live outside COMPANIES.
CHECKS: tuple[str, ...] = ()
# the companies of the newer, blind-style writers: their leave-one-out figure is the one that matters
NEWER = (
    "heldout5_qinchuan",
    "heldout6_xiangjiang",
    "heldout7_minjiang",
    "heldout8_luyu",
    "tune26a_dianqian",
    "tune26b_jinmeng",
    "tune26c_jidong",
    "tune26d_jianghuai",
    "heldout9_heiji",
    "tune28a_longyuan",
    "tune28b_husu",
    "heldout10_ganhu",
    "tune29a_zheou",
    "tune29b_tianshan",
)
# the companies whose items may be read (bench/readable.py)
READABLE_COMPANIES = tuple(
    Path(folder).name for folder in COMPANIES if "/companies/" in folder and Path(folder).name not in CHECKS
)


def rows_in_own_process(script: str, *args: str) -> list[dict[str, Any]]:
    """Run a bench script in a process of its own (one KEQING_HOME each: engine_for) and read the JSON
    line it prints per row."""
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, script, *args],
        env={**os.environ, "PYTHONPATH": str(root), "KEQING_LLM": "offline"},
        capture_output=True,
        text=True,
        check=True,
    )
    return [json.loads(line) for line in done.stdout.splitlines()]


def engine_for(folder: Path, prefix: str) -> OfflineExtractor:
    """The offline engine with a company folder's master data, in a fresh KEQING_HOME: call it in a
    process of its own (the settings read the home once)."""
    os.environ["KEQING_HOME"] = tempfile.mkdtemp(prefix=prefix)
    from memory.accounts.masterdata import import_files
    from memory.base.db import open_database
    from memory.extract.lexicon import load_lexicon
    from memory.notes.engines import offline_extractor

    db = open_database()
    files = [folder / f for f in ("catalog.yaml", "customers.csv", "reps.csv") if (folder / f).exists()]
    with db.session() as session:
        import_files(session=session, paths=files)
    with db.session() as session:
        return offline_extractor(session=session, lexicon=load_lexicon())
