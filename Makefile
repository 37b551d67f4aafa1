# Two commands do all set-up: `make run` starts the assistant, `make test` runs every test.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EMULATOR := tests/bot/telegram/node_modules/.package-lock.json

.PHONY: setup run test lint bench

$(STAMP): pyproject.toml .ci/system-packages.sh
	sh .ci/system-packages.sh
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP)

# The Telegram bot when TELEGRAM_BOT_TOKEN is set, else the terminal chat (the embedded default).
run: setup
	@if [ -n "$$TELEGRAM_BOT_TOKEN" ]; then $(BIN)/keqing run; else $(BIN)/keqing chat; fi

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The Bot API emulator (npm) that the Telegram end-to-end tests drive the bot through.
$(EMULATOR): tests/bot/telegram/package-lock.json
	cd tests/bot/telegram && npm ci --no-audit --no-fund --silent

test: lint $(EMULATOR)
	$(BIN)/pytest

bench: setup
	$(BIN)/python bench/extract.py
