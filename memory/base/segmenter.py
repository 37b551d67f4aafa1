"""jieba, imported one way by every module that segments words.

jieba 0.42 imports pkg_resources (about 0.2 s of CPU, deprecated) only to open its own data files,
and opens them from its package folder when that import fails. So pkg_resources is hidden while jieba
imports, unless something has loaded it already: the same files are read, the same words are cut.
"""

from __future__ import annotations

import sys
from functools import cache
from types import ModuleType

QUIET = 60  # above every logging level: jieba's "Building prefix dict" lines are noise in a CLI


@cache
def load_jieba() -> ModuleType:
    hidden = "pkg_resources" not in sys.modules
    if hidden:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # an import of it fails
    try:
        import jieba
    finally:
        if hidden:
            del sys.modules["pkg_resources"]
    jieba.setLogLevel(QUIET)
    return jieba
