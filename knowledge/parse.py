"""Company documents to plain text: txt, md, html, docx and pdf, each read by a library made for it."""

from __future__ import annotations

from pathlib import Path

from memory.base.errors import KeqingError

SUPPORTED = {".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"}


def _html(raw: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(raw, "html.parser")
    for tag in soup(["script", "style", "nav", "header", "footer", "aside", "form", "noscript", "iframe"]):
        tag.decompose()
    return soup.get_text("\n")


def _docx(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    lines = []
    for paragraph in document.paragraphs:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        text = paragraph.text.strip()
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
