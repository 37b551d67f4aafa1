"""The deployment files, checked without a Docker engine: docker-compose.yml against the compose
specification's JSON schema (tests/data/compose/compose_spec.json, from docker-compose 1.29.2), and
the rules a running system depends on."""

import copy
import json
import re
from pathlib import Path
from typing import Any

import jsonschema

from memory.base.yamlfile import read_yaml

ROOT = Path(__file__).resolve().parents[1]
COMPOSE: dict[str, Any] = read_yaml(ROOT / "docker-compose.yml")
SCHEMA = ROOT / "tests/data/compose/compose_spec.json"


def test_the_compose_file_follows_the_compose_schema() -> None:
    validator = jsonschema.Draft201909Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    validator.validate(COMPOSE)
    broken = copy.deepcopy(COMPOSE)  # and the check can fail: a condition compose does not know
    broken["services"]["bot"]["depends_on"]["postgres"]["condition"] = "service_ready"
    assert not validator.is_valid(broken)


def test_every_service_has_a_health_check_and_the_bot_waits_for_healthy_ones() -> None:
    services = COMPOSE["services"]
    assert set(services) == {"bot", "postgres", "chroma"}
    assert all("healthcheck" in service for service in services.values())
    depends = services["bot"]["depends_on"]
    assert {name: d["condition"] for name, d in depends.items()} == {
        "postgres": "service_healthy",
        "chroma": "service_healthy",
    }


def test_every_readme_variable_reaches_the_bot() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    variables = set(re.findall(r"`((?:KEQING|OPENAI|TELEGRAM)_[A-Z_]+)`", table))
    assert len(variables) >= 12
    assert variables <= set(COMPOSE["services"]["bot"]["environment"])
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    settable = variables - {"KEQING_HOME", "KEQING_DATABASE_URL", "KEQING_CHROMA_URL"}  # set by compose
    assert all(f"\n{name}=" in f"\n{example}" for name in settable)


def test_a_missing_token_stops_the_bot_instead_of_a_restart_loop() -> None:
    bot = COMPOSE["services"]["bot"]
    assert bot["restart"] == "on-failure"  # exit 0 is never restarted
    assert bot["command"][-1].endswith("|| [ $$? -eq 2 ]")  # keqing exits 2 on a configuration error


def test_the_chroma_server_has_the_clients_locked_version() -> None:
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    client = re.search(r"^chromadb==(\S+)", lock, re.MULTILINE)
    assert client is not None
    assert COMPOSE["services"]["chroma"]["image"] == f"chromadb/chroma:{client.group(1)}"


def test_the_image_installs_from_the_lock_as_a_user_with_the_font_and_a_health_check() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert re.search(r"^FROM python:3\.11-slim$", dockerfile, re.MULTILINE)
    assert "-c requirements.lock" in dockerfile and "fonts-wqy-microhei" in dockerfile
    user = re.findall(r"^USER (\S+)$", dockerfile, re.MULTILINE)
    assert user and user[-1] != "root"
    assert re.search(r"^HEALTHCHECK .*keqing\", \"health\"\]$", dockerfile, re.MULTILINE)
    assert "EXPOSE 8443" in dockerfile


def test_the_run_install_has_no_test_tools() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    runtime = pyproject.split("dependencies = [", 1)[1].split("]\n", 1)[0]
    for tool in ("pytest", "mypy", "ruff", "xllamacpp", "gemma", "langchain>="):
        assert tool not in runtime
