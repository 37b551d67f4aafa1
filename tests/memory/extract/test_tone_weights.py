"""The shipped tone classifier is read from its saved weights: a cold extraction imports neither
scikit-learn nor (its numerals being of the usual forms) cn2an, and the saved weights are exactly what
fitting tone.yaml gives."""

import json
import os
import subprocess
import sys
from pathlib import Path

from memory.extract.tone import ToneModel, shipped_model

ROOT = Path(__file__).resolve().parents[3]
EXTRACT = """
import sys
from bot.cli import main
sys.argv = ["keqing", "extract", "--json"]
try:
    main()
except SystemExit:
    pass
print([name for name in ("sklearn", "scipy", "cn2an") if name in sys.modules])
"""


def test_the_saved_tone_weights_are_those_fitted_on_tone_yaml() -> None:
    saved = shipped_model()
    assert saved is not None, "tone.yaml changed: run python -m memory.extract.tone"
    fitted = ToneModel.fitted()
    for note in ("药房老板这次爽快 当场订了两箱", "主任脸一沉 说以后别来了", "店员说库存还有一些"):
        assert saved.probabilities(note) == fitted.probabilities(note)


def test_a_cold_extraction_imports_neither_scikit_learn_nor_cn2an(tmp_path: Path) -> None:
    env = {**os.environ, "KEQING_HOME": str(tmp_path), "KEQING_LLM": "offline", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", EXTRACT],
        input="城东诊所 刘医生挺热情 答应下个月多进两箱",
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    *record, loaded = done.stdout.strip().splitlines()
    assert json.loads("\n".join(record))["sentiment"] == "positive"
    assert loaded == "[]"
