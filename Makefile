# Two commands do all set-up: `make run` starts the assistant, `make test` runs every test.
# `make run` installs the runtime only; `make test` adds the test tools, llama.cpp, the model's
# weights and PostgreSQL. Both take every version from requirements.lock (as pip constraints).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
LOCK := requirements.lock
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
EMULATOR := tests/bot/telegram/node_modules/.package-lock.json

.PHONY: setup run test lint bench lock

$(RUN_STAMP): pyproject.toml $(LOCK) .ci/system-packages.sh
	sh .ci/system-packages.sh run
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c $(LOCK) -e .
	touch $(RUN_STAMP)

$(TEST_STAMP): $(RUN_STAMP)
	sh .ci/system-packages.sh test
	$(BIN)/pip install -q -c $(LOCK) -e ".[dev]"
	touch $(TEST_STAMP)

setup: $(RUN_STAMP)

# The Telegram bot when TELEGRAM_BOT_TOKEN is set, else the terminal chat (the embedded default).
run: setup
	@if [ -n "$$TELEGRAM_BOT_TOKEN" ]; then $(BIN)/keqing run; else $(BIN)/keqing chat; fi

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The Bot API emulator (npm) that the Telegram end-to-end tests drive the bot through.
$(EMULATOR): tests/bot/telegram/package-lock.json
	cd tests/bot/telegram && npm ci --no-audit --no-fund --silent

test: lint $(EMULATOR)
	$(BIN)/pytest

bench: $(TEST_STAMP)
	$(BIN)/python bench/extract.py

# Re-pin every dependency (runtime and test) after a change to pyproject.toml.
lock: $(RUN_STAMP)
	$(BIN)/pip install -q uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 \
		--python-platform x86_64-manylinux_2_28 --custom-compile-command "make lock" -o $(LOCK)
