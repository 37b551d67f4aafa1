"""The `keqing` command line. Thin: parse, call the core, print. Heavy imports stay inside commands."""

from __future__ import annotations

import sys

from bot.cli import data, demo, knowledge, notes, reports, safety, say  # noqa: F401  (each registers its commands)
from bot.cli.app import app


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
