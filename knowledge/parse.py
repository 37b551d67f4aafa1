"""Company documents to plain text: txt, md, html, docx and pdf, each read by a library made for it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from memory.base.errors import KeqingError

SUPPORTED = {".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"}


_CHROME = re.compile(
    r"\b(?:nav|menu|banner|ads?|advert\w*|sidebar|breadcrumbs?|share|social|related|footer|comments?)\b"
)
_DROPPED = ["script", "style", "nav", "header", "footer", "aside", "form", "noscript", "iframe", "title"]
LINK_SHARE = 0.6  # a list or block whose text is mostly link text is navigation, not article


def _html(raw: str) -> str:
    """The page's title (<title>, else the first <h1>) on the first line, then its article text:
    scripts, navigation, ads (by tag, class or id) and link lists are dropped."""
    from bs4 import BeautifulSoup, Tag

    soup = BeautifulSoup(raw, "html.parser")
    heading = soup.find("h1")
    title = (soup.title.get_text(" ", strip=True) if soup.title else "") or (
        heading.get_text(" ", strip=True) if heading else ""
    )
    for tag in soup(_DROPPED):
        tag.decompose()
    for tag in soup.find_all(True):
        if not isinstance(tag, Tag) or tag.decomposed:
            continue
        marks = " ".join([*(tag.get("class") or []), str(tag.get("id") or "")]).lower()
        if _CHROME.search(marks) or (tag.name in {"ul", "ol", "div", "p", "td"} and _mostly_links(tag)):
            tag.decompose()
    if heading is not None and not heading.decomposed and heading.get_text(strip=True) == title:
        heading.decompose()
    body = soup.get_text("\n")
    return f"{title}\n{body}" if title else body


def _mostly_links(tag: Any) -> bool:
    text = tag.get_text("", strip=True)
    linked = sum(len(a.get_text("", strip=True)) for a in tag.find_all("a"))
    return bool(text) and linked / len(text) >= LINK_SHARE


def _docx(path: Path) -> str:
    """Headings as markdown headings, paragraphs as they are, and tables row by row in document order
    (each row one sentence, its cells joined by ;)."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    lines = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells = list(dict.fromkeys(c.text.strip() for c in row.cells if c.text.strip()))
                if cells:
                    lines.append(";".join(cells) + "。")
            continue
        assert isinstance(block, Paragraph)
        style = (block.style.name if block.style is not None else "") or ""
        text = block.text.strip()
        if text and style.lower().startswith("heading"):
            level = "".join(ch for ch in style if ch.isdigit()) or "2"
            lines.append(f"{'#' * min(int(level) + 1, 4)} {text}")
        else:
            lines.append(text)
    return "\n".join(lines)


def _pdf(path: Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def read_document(path: Path) -> str:
    """The text of a document; a clear error for what cannot be read."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise KeqingError("kb_unsupported", path=str(path), suffixes=" ".join(sorted(SUPPORTED)))
    if not path.is_file():
        raise KeqingError("file_missing", path=str(path))
    try:
        if suffix == ".docx":
            return _docx(path)
        if suffix == ".pdf":
            return _pdf(path)
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("gb18030")
        return _html(text) if suffix in {".html", ".htm"} else text
    except KeqingError:
        raise
    except PermissionError as exc:
        raise KeqingError("unreadable", path=str(path), detail=exc.strerror or "permission denied") from None
    except Exception as exc:  # a corrupt file: every parser raises its own kinds
        raise KeqingError("kb_corrupt", path=str(path), detail=type(exc).__name__) from None
