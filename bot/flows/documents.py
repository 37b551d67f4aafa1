"""A document sent to the bot joins the knowledge base, as `keqing kb add` adds it: admins only.

The file is kept under KEQING_HOME/uploads by its own name, so sending a new version of the same file
replaces that source rather than adding a second one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from bot.context import AppContext
from bot.views import texts
from bot.views.replies import Outcome, Reply
from knowledge.playbook_service import Playbook
from memory.accounts.access import scope_for
from memory.base.errors import KeqingError

KINDS = {".pdf", ".docx", ".html", ".htm", ".txt", ".md"}


def safe_name(filename: str) -> str:
    """The file's own name without any folder part or character a file system objects to."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", Path(filename).name).strip(" .")
    return name or "document.txt"


class DocumentFlow:
    def __init__(self, ctx: AppContext, playbook: Callable[[], Playbook]) -> None:
        self.ctx = ctx
        self.playbook = playbook

    def add(self, *, user: str | None, filename: str, data: bytes) -> Outcome[tuple[str, int, int]]:
        """(source, sections, passages) of the document added, with the reply saying so."""
        with self.ctx.db.session() as session:
            try:
                scope_for(session=session, name=user).require_admin()
            except KeqingError:
                return Outcome.failed(texts.t("kb_upload_admins_only"))
        name = safe_name(filename)
        suffix = Path(name).suffix.lower()
        if suffix not in KINDS:
            return Outcome.failed(texts.t("kb_upload_kinds", suffix=suffix or name))
        folder = self.ctx.settings.home / "uploads"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / name
        path.write_bytes(data)
        store = self.playbook().store
        try:
            source, chunks, added = store.add(path)
        except KeqingError as exc:
            return Outcome.failed(texts.error_text(exc))
        if not added:
            return Outcome((source, 0, chunks), [Reply(texts.t("kb_unchanged", source=source))])
        sections = len({c["section"] for c in store.all_chunks() if c["source"] == source})
        reply = texts.t("kb_upload_added", source=source, sections=sections, chunks=chunks)
        return Outcome((source, sections, chunks), [Reply(reply)])
