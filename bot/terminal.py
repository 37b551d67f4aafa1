"""`keqing chat`: the assistant in a terminal, buttons offered as numbered choices."""

from __future__ import annotations

import datetime as dt

from rich.console import Console

from bot.assistant import Assistant
from bot.views import texts
from bot.views.replies import Choice, Reply
from memory.base.db import Database
from memory.base.settings import get_settings


def _say(console: Console, text: str) -> None:
    console.print(text, markup=False, highlight=False)  # a rep's [brackets] are text, not markup


def _show(console: Console, replies: list[Reply]) -> list[Choice]:
    choices: list[Choice] = []
    for reply in replies:
        _say(console, reply.text)
        for name, data in _files(reply):
            path = get_settings().home / "out" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            _say(console, texts.t("chat_file_saved", path=path))
        for number, choice in enumerate(reply.choices, start=1):
            _say(console, f"  {number}. {choice.label}")
        choices = reply.choices or choices
    return choices


def _files(reply: Reply) -> list[tuple[str, bytes]]:
    """A chart or an export cannot be shown in a terminal: it is written to a file instead."""
    files = [reply.document] if reply.document else []
    if reply.photo:
        files.append((f"team-{dt.datetime.now():%Y%m%d-%H%M%S}.png", reply.photo))
    return files


def run_chat(db: Database, *, user: str | None) -> None:
    console = Console()
    assistant = Assistant(db)
    name = user or ""
    _say(console, texts.t("chat_welcome"))
    choices: list[Choice] = []
    while True:
        try:
            line = console.input("> ").strip()
        except (EOFError, KeyboardInterrupt):
            break
        if not line:
            continue
        if line in {"/quit", "/exit", "退出"}:
            break
        if line in {"/help", "/start", "帮助"}:
            _say(console, texts.t("chat_help"))
            continue
        if line.isdigit() and choices:
            if not 1 <= int(line) <= len(choices):
                _say(console, texts.t("chat_no_such_choice", count=len(choices)))
                continue
            choices = _show(console, assistant.choose(user=name, action=choices[int(line) - 1].action))
            continue
        command, _, rest = line.partition(" ")
        if command == "/note":
            replies = assistant.take_note(user=name, text=rest)
        elif command == "/ask":
            replies = assistant.ask(rest)
        elif command == "/brief":
            replies = assistant.briefing.brief(user=name, query=rest, today=dt.date.today())
        elif command == "/today":
            replies = assistant.briefing.today(user=name, today=dt.date.today())
        elif command == "/team":
            replies = assistant.team.team(user=name, words=rest, today=dt.date.today())
        elif command == "/export":
            replies = assistant.team.export(user=name, words=rest, today=dt.date.today())
        elif command == "/undo":
            replies = assistant.undo(user=name)
        elif command.startswith("/"):
            _say(console, texts.t("unknown_command"))  # the card on screen keeps its choices
            continue
        else:
            replies = assistant.handle_text(user=name, text=line)
        choices = _show(console, replies)
    _say(console, texts.t("chat_bye"))
