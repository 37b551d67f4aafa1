"""Reading YAML, one way everywhere: libyaml's C loader when PyYAML was built with it (about ten times
faster than the pure-Python loader: the lexicon and the texts are read by every command), else the
pure-Python safe loader. Both build the same plain data, and neither constructs arbitrary objects."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    """The data of a YAML document given as text."""
    return yaml.load(text, Loader=_LOADER)


def read_yaml(path: Path) -> Any:
    """The data of a UTF-8 YAML file."""
    return parse_yaml(path.read_text(encoding="utf-8"))
