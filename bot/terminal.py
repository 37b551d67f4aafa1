"""`keqing chat`: the assistant in a terminal, buttons offered as numbered choices."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rich.console import Console
from sqlalchemy import select

from bot.assistant import Assistant
from bot.context import AppContext
from bot.views import texts
from bot.views.replies import Choice, Reply
from memory.schema.models import Person
from prompts import load_texts

WORDS: dict[str, list[str]] = load_texts("labels")["chat_words"]


def _say(console: Console, text: str) -> None:
    console.print(text, markup=False, highlight=False)  # a rep's [brackets] are text, not markup


def _show(console: Console, replies: list[Reply], out: Path) -> list[Choice]:
    choices: list[Choice] = []
    for reply in replies:
        _say(console, reply.text)
        for name, data in _files(reply):
            path = out / name
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


def _who(console: Console, ctx: AppContext, user: str | None) -> str | None:
    """Who is typing: --as, else KEQING_USER, else the name given last time, else asked once and
    remembered in KEQING_HOME, so notes belong to someone and /undo finds them. None: quit."""
    remembered = ctx.settings.home / "terminal_user"
    name = (
        user
        or ctx.settings.user
        or (remembered.read_text(encoding="utf-8").strip() if remembered.exists() else "")
    )
    with ctx.db.session() as session:
        people = set(session.scalars(select(Person.name)))
    if not people:
        _say(console, texts.t("chat_no_people"))
        return name
    while name not in people:
        try:
            name = console.input(texts.t("chat_who") + " ").strip()
        except (EOFError, KeyboardInterrupt):
            return None
        if name not in people:
            _say(console, texts.t("chat_unknown_person", name=name))
    remembered.write_text(name, encoding="utf-8")
    return name


def run_chat(ctx: AppContext, *, user: str | None) -> None:
    console = Console()
    assistant = Assistant(ctx)
    out = ctx.settings.home / "out"
    _say(console, texts.t("chat_welcome"))
    who = _who(console, ctx, user)
    if who is None:
        return
    name = who
    if name:
        _say(console, texts.t("chat_as", name=name))
    choices: list[Choice] = []
    while True:
        try:
            line = console.input("> ").strip()
        except (EOFError, KeyboardInterrupt):
            break
        if not line:
            continue
        if line in WORDS["quit"]:
            break
        if line in WORDS["help"]:
            _say(console, texts.t("chat_help"))
            continue
        if line.isdigit() and choices:
            if not 1 <= int(line) <= len(choices):
                _say(console, texts.t("chat_no_such_choice", count=len(choices)))
                continue
            choices = _show(console, assistant.choose(user=name, action=choices[int(line) - 1].action), out)
            continue
        if line.startswith("/"):
            command, _, rest = line[1:].partition(" ")
            answered = assistant.command(user=name, name=command, args=rest.strip())
            if answered is None:
                _say(console, texts.t("unknown_command"))  # the card on screen keeps its choices
                continue
            replies = answered
        else:
            replies = assistant.handle_text(user=name, text=line)
        choices = _show(console, replies, out)
    _say(console, texts.t("chat_bye"))
