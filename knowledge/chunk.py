"""Chinese-aware, section-aware chunking: headings start sections, sentences are never cut in two."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from knowledge.clean import is_heading

MAX_CHARS = 320
_SENTENCE = re.compile(r"[^。!?;!?;\n]*[。!?;!?;]?")
_CLOSED = re.compile(r"[。!?;!?;”」』)\")]$")
_INLINE_HEADING = re.compile(
    r"(?<=[^\n])(?=第[一二三四五六七八九十]+部分|【[^】]{2,8}】|(?<![\d.])[一二三四五六七八九十]{1,2}、)"
)
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*(?:\{#([\w-]+)\})?\s*$")


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    text: str
    heading: str = ""


@dataclass(frozen=True)
class Chunk:
    id: str
    source: str
    section: str
    title: str
    text: str

    @property
    def digest(self) -> str:
        return hashlib.sha1(re.sub(r"\s+", "", self.text).encode("utf-8")).hexdigest()


def sections_of_markdown(text: str) -> list[Section]:
    """`## 标题 {#stable-id}` starts a section; the id is what answers cite."""
    sections: list[Section] = []
    title, anchor = "", "intro"
    body: list[str] = []
    document_title = ""
    for line in text.splitlines():
        match = _MD_HEADING.match(line)
        if match:
            if body and "".join(body).strip():
                sections.append(Section(anchor, title or document_title, "\n".join(body).strip()))
            level, heading, explicit = len(match.group(1)), match.group(2), match.group(3)
            if level == 1:
                document_title = heading
            title = heading if level == 1 else f"{document_title} · {heading}" if document_title else heading
            anchor = explicit or f"s{len(sections) + 1}"
            body = []
        else:
            body.append(line)
    if body and "".join(body).strip():
        sections.append(Section(anchor, title or document_title, "\n".join(body).strip()))
    return sections


def sections_of_text(text: str) -> list[Section]:
    """Plain text: the first line titles the document; numbered short lines start sections."""
    lines = [line for line in _INLINE_HEADING.sub("\n", text).splitlines() if line.strip()]
    if not lines:
        return []
    first = lines[0].strip()  # a short line without a sentence mark titles the document
    document_title = first if len(first) <= 40 and not re.search(r"[。!?;!?;]", first) else ""
    sections: list[Section] = []
    title = document_title
    body: list[str] = []
    heading = ""
    for line in lines[1:] if document_title else lines:
        if is_heading(line) or (len(line) <= 24 and not re.search(r"[。!?;,,]", line)):
            if body:
                sections.append(Section(f"s{len(sections) + 1}", title, "\n".join(body), heading))
            heading = line.strip()
            title = f"{document_title} · {heading}" if document_title else heading
            body = []
        else:
            body.append(line)
    if body or heading:
        sections.append(Section(f"s{len(sections) + 1}", title, "\n".join(body), heading))
    return sections


def _sentences(text: str) -> list[str]:
    out = []
    for sentence in _SENTENCE.findall(text):
        sentence = sentence.strip()
        while len(sentence) > MAX_CHARS:  # a run-on line: cut at the last comma that fits
            cut = max(sentence.rfind(mark, 0, MAX_CHARS) for mark in ",,、") + 1 or MAX_CHARS
            out.append(sentence[:cut])
            sentence = sentence[cut:].strip()
        if sentence:
            out.append(sentence)
    return out


def chunk_sections(source: str, sections: list[Section], max_chars: int = MAX_CHARS) -> list[Chunk]:
    chunks: list[Chunk] = []
    for section in sections:
        parts: list[str] = []
        # The section's own heading opens its first passage: it often states the point itself.
        current = f"{section.heading}\n" if section.heading else ""
        for sentence in _sentences(section.text):
            if current and len(current) + len(sentence) > max_chars:
                parts.append(current)
                current = ""
            # A line without a closing mark (a label, a list of cases, a caption) keeps its line
            # break, so it never runs into the next sentence of an answer.
            current += sentence if _CLOSED.search(sentence) else f"{sentence}\n"
        if current:
            parts.append(current)
        for index, part in enumerate(parts):
            suffix = f"-{index + 1}" if len(parts) > 1 else ""
            chunks.append(Chunk(f"{source}#{section.id}{suffix}", source, section.id, section.title, part))
    return chunks
