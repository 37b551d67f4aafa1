from pathlib import Path

import pytest

from memory.base.settings import Settings


def test_defaults_are_the_embedded_offline_setup(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KEQING_HOME")
    settings = Settings()
    assert settings.home == Path(".keqing")
    assert settings.llm == "offline"
    assert settings.chroma_url is None
    assert settings.db_url.startswith("sqlite:///") and settings.db_url.endswith(".keqing/keqing.db")
    assert settings.telegram_api_base_url == "https://api.telegram.org"


def test_env_file_beats_defaults_and_environment_beats_env_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / ".env").write_text("KEQING_LLM=openai\nKEQING_CHAT_MODEL=from-file\n", encoding="utf-8")
    assert Settings().llm == "openai"
    assert Settings().chat_model == "from-file"
    monkeypatch.setenv("KEQING_CHAT_MODEL", "from-env")
    assert Settings().chat_model == "from-env"


def test_database_url_overrides_the_sqlite_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEQING_DATABASE_URL", "postgresql+psycopg://u:p@localhost/k")
    assert Settings().db_url == "postgresql+psycopg://u:p@localhost/k"


def test_a_bad_engine_name_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEQING_LLM", "gpt")
    with pytest.raises(ValueError):
        Settings()
