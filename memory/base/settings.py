"""The one settings object. Environment beats `.env`, which beats the defaults."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    home: Path = Field(Path(".keqing"), validation_alias="KEQING_HOME")
    database_url: str | None = Field(None, validation_alias="KEQING_DATABASE_URL")
    chroma_url: str | None = Field(None, validation_alias="KEQING_CHROMA_URL")
    llm: Literal["offline", "openai"] = Field("offline", validation_alias="KEQING_LLM")
    openai_base_url: str | None = Field(None, validation_alias="OPENAI_BASE_URL")
    openai_api_key: str | None = Field(None, validation_alias="OPENAI_API_KEY")
    chat_model: str | None = Field(None, validation_alias="KEQING_CHAT_MODEL")
    embed_model: str | None = Field(None, validation_alias="KEQING_EMBED_MODEL")
    llm_timeout: float = Field(30.0, validation_alias="KEQING_LLM_TIMEOUT")
    llm_max_tokens: int = Field(512, validation_alias="KEQING_LLM_MAX_TOKENS")
    telegram_bot_token: str | None = Field(None, validation_alias="TELEGRAM_BOT_TOKEN")
    telegram_api_base_url: str = Field("https://api.telegram.org", validation_alias="TELEGRAM_API_BASE_URL")
    reminder_time: dt.time = Field(dt.time(8, 0), validation_alias="KEQING_REMINDER_TIME")
    timezone: str = Field("Asia/Shanghai", validation_alias="KEQING_TIMEZONE")
    user: str | None = Field(None, validation_alias="KEQING_USER")  # who the terminal chat speaks for
    # a company may require an inducement finding to be reworded before the note can be saved
    block_inducements: bool = Field(False, validation_alias="KEQING_BLOCK_INDUCEMENTS")

    @property
    def db_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.home / 'keqing.db').resolve()}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    settings = Settings()
    settings.home.mkdir(parents=True, exist_ok=True)
    return settings
