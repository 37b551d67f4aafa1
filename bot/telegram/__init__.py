"""The Telegram transport (python-telegram-bot 22): thin handlers over bot/core.py."""
