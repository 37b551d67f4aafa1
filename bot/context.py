"""The application context: built once per process (a CLI command, the bot, the terminal chat) and
passed down, so nothing deeper reads the environment or the server's clock on its own."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from memory.base.db import Database
from memory.base.redact import install_log_redaction
from memory.base.settings import Settings, get_settings
from memory.extract.lexicon import Lexicon, load_lexicon
from memory.llm.factory import chat_model
from memory.llm.model import ChatModel
from memory.reports.cadence import CadencePolicy, load_policy

if TYPE_CHECKING:
    from memory.notes.intake import NoteIntake


@dataclass(frozen=True)
class Clock:
    """Today in the company's time zone (KEQING_TIMEZONE), not the server's."""

    timezone: str

    def now(self) -> dt.datetime:
        return dt.datetime.now(ZoneInfo(self.timezone))

    def today(self) -> dt.date:
        return self.now().date()


@dataclass(frozen=True)
class AppContext:
    settings: Settings
    db: Database
    policy: CadencePolicy
    lexicon: Lexicon
    model: ChatModel | None
    clock: Clock

    @classmethod
    def build(cls, settings: Settings | None = None, db: Database | None = None) -> AppContext:
        settings = settings or get_settings()
        install_log_redaction([settings.telegram_bot_token, settings.openai_api_key])
        db = db or Database(settings.db_url)
        return cls(
            settings=settings,
            db=db,
            policy=load_policy(settings.home),
            lexicon=load_lexicon(settings.home / "lexicon.yaml"),
            model=chat_model(settings, db),
            clock=Clock(settings.timezone),
        )

    def intake(self) -> NoteIntake:
        # Lazy: the extraction engine (jieba, pypinyin, cn2an) is 0.5 s of CPU that briefs never need.
        from memory.notes.intake import NoteIntake

        return NoteIntake(self.db, lexicon=self.lexicon, model=self.model)
