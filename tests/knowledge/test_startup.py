"""A cold `keqing ask` loads only what answering needs: offline, no model client, no Chroma for a
small embedded knowledge base, no database, no scientific stack."""

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = (
    *("openai", "langchain_core", "chromadb", "sqlalchemy"),
    *("sklearn", "scipy", "matplotlib", "pkg_resources"),
)
ROOT = Path(__file__).resolve().parents[2]
ASK = """
import json, sys
from bot.cli import main
sys.argv = ["keqing", "ask", QUESTION, "--json"]
try:
    main()
except SystemExit:
    pass
print(json.dumps([m for m in HEAVY if m in sys.modules]))
"""


def ask(question: str, home: Path) -> tuple[dict, list[str]]:  # type: ignore[type-arg]
    env = {**os.environ, "KEQING_HOME": str(home), "KEQING_LLM": "offline", "PYTHONPATH": str(ROOT)}
    code = f"QUESTION = {question!r}\nHEAVY = {HEAVY!r}\n{ASK}"
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    *answer, loaded = done.stdout.strip().splitlines()
    return json.loads("\n".join(answer)), json.loads(loaded)


def test_an_offline_ask_imports_no_model_client_chroma_or_database(tmp_path: Path) -> None:
    ask("预热", tmp_path)  # the first run loads the shipped playbook into Chroma
    for question in ("药店几点去拜访好", "连锁账期怎么谈"):
        answer, loaded = ask(question, tmp_path)
        assert answer["covered"] and answer["sources"], question
        assert loaded == [], question
