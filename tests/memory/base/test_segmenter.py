"""jieba loaded without pkg_resources cuts exactly as jieba loaded the usual way."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SENTENCES = [
    "连锁总部的账期一直谈不下来怎么办",
    "卫生院的药剂科主任说下个月再进货",
    "店员推荐得好 回头客就多",
]
OURS = """
import json, sys
from memory.base.segmenter import load_jieba
jieba = load_jieba()
print(json.dumps(["pkg_resources" in sys.modules, [jieba.lcut_for_search(s) for s in SENTENCES]]))
"""
USUAL = """
import json, sys
import pkg_resources, jieba
jieba.setLogLevel(60)
print(json.dumps([True, [jieba.lcut_for_search(s) for s in SENTENCES]]))
"""


def run(code: str) -> tuple[bool, list[list[str]]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", f"SENTENCES = {SENTENCES!r}\n{code}"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    loaded, cuts = json.loads(done.stdout)
    return loaded, cuts


def test_jieba_loads_without_pkg_resources_and_cuts_the_same_words() -> None:
    hidden, ours = run(OURS)
    _, usual = run(USUAL)
    assert not hidden
    assert ours == usual
