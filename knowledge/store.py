"""The knowledge base: sources kept as cleaned text under KEQING_HOME/kb, their chunks in Chroma.

Chroma (embedded, or a server at KEQING_CHROMA_URL) holds the chunks and their vectors; the BM25
index is rebuilt in memory from the same chunks when they change.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from knowledge.chunk import Chunk, chunk_sections, sections_of_markdown, sections_of_text
from knowledge.clean import strip_clutter
from knowledge.embed import COLLECTION, CharNgramEmbeddings
from knowledge.parse import read_document
from knowledge.vectors import ChromaVectors
from memory.base.errors import KeqingError

PLAYBOOK = Path(__file__).parent / "playbook"
PLAYBOOK_SOURCE = "playbook"
TITLE_CHARS = 40
SNAPSHOT_MAX = 2000  # up to this many chunks, reads come from a file and vectors are compared in process


@dataclass(frozen=True)
class SourceInfo:
    name: str
    path: str
    sha256: str
    chunks: int


def chroma_client(home: Path, url: str | None) -> Any:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    settings = ChromaSettings(anonymized_telemetry=False)
    if url:
        from urllib.parse import urlparse

        parsed = urlparse(url)
        return chromadb.HttpClient(
            host=parsed.hostname or "localhost", port=parsed.port or 8000, settings=settings
        )
    return chromadb.PersistentClient(path=str(home / "chroma"), settings=settings)


def source_name(path: Path) -> str:
    return re.sub(r"[^\w\u4e00-\u9fff.-]+", "_", path.stem)


def chunks_of(name: str, text: str, markdown: bool) -> list[Chunk]:
    if markdown:
        return chunk_sections(name, sections_of_markdown(text))
    first, _, rest = text.strip().partition("\n")
    if first and len(first) <= TITLE_CHARS and not re.search(r"[。!?;!?;]", first):
        text = f"{first}\n{strip_clutter(rest)}"  # a title line (an HTML <title>) survives the cleaner
    else:
        text = strip_clutter(text)
    return chunk_sections(name, sections_of_text(text))


class KnowledgeStore:
    def __init__(
        self, home: Path, chroma_url: str | None = None, embeddings: Any = None, collection: str = COLLECTION
    ) -> None:
        self.home = home
        self.folder = home / "kb"
        self.folder.mkdir(parents=True, exist_ok=True)
        self.manifest_path = self.folder / "manifest.json"
        self.chroma_url = chroma_url
        self.embeddings = embeddings or CharNgramEmbeddings()
        self.collection = collection
        self.snapshot_path = self.folder / f"{collection}.chunks.json"
        self._client: Any = None
        self._vectors: ChromaVectors | None = None
        stored = any(m["chunks"] for m in self.manifest().values())
        if not self.local and stored and self.vectors.count() == 0:
            self.rebuild()  # a new embedder starts with an empty collection: embed the sources again

    @property
    def local(self) -> bool:
        """Whether reads can skip Chroma (whose import costs most of a cold `keqing ask`): an embedded
        store with the offline embedder and a snapshot of its chunks written by the last change."""
        offline = isinstance(self.embeddings, CharNgramEmbeddings)
        return self.chroma_url is None and offline and self.snapshot_path.exists()

    @property
    def client(self) -> Any:
        if self._client is None:
            self._client = chroma_client(self.home, self.chroma_url)
        return self._client

    @property
    def vectors(self) -> ChromaVectors:
        if self._vectors is None:
            self._vectors = ChromaVectors(self.client, self.collection, self.embeddings)
        return self._vectors

    def _changed(self) -> None:
        """After every change: the snapshot of a small embedded offline store, else none."""
        chunks = self._chroma_chunks()
        offline = isinstance(self.embeddings, CharNgramEmbeddings)
        if self.chroma_url is None and offline and len(chunks) <= SNAPSHOT_MAX:
            self.snapshot_path.write_text(json.dumps(chunks, ensure_ascii=False), encoding="utf-8")
        else:
            self.snapshot_path.unlink(missing_ok=True)

    # -- manifest -----------------------------------------------------------------------------
    def manifest(self) -> dict[str, dict[str, Any]]:
        if not self.manifest_path.exists():
            return {}
        data: dict[str, dict[str, Any]] = json.loads(self.manifest_path.read_text(encoding="utf-8"))
        return data

    def _save_manifest(self, manifest: dict[str, dict[str, Any]]) -> None:
        self.manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")

    def sources(self) -> list[SourceInfo]:
        return [
            SourceInfo(name, m["path"], m["sha256"], m["chunks"])
            for name, m in sorted(self.manifest().items())
        ]

    def ensure_playbook(self) -> None:
        """The shipped playbook is loaded on first use (and stays removed once removed)."""
        marker = self.folder / ".playbook-loaded"
        if not marker.exists():
            self.restore_playbook()
            marker.touch()

    def restore_playbook(self) -> tuple[str, int, bool]:
        """Loads the shipped playbook again (after a removal, or to update it to this version)."""
        return self._add_text(PLAYBOOK_SOURCE, _playbook_text(), PLAYBOOK_SOURCE, markdown=True)

    def name_for(self, path: Path) -> str:
        """The source name of a file: its stem, made unique. A second file of the same name from
        another folder is a second source (stem-2), and no file takes the shipped playbook's name."""
        stem, origin = source_name(path), str(path.resolve())
        manifest = self.manifest()
        for number in range(1, len(manifest) + 2):
            name = stem if number == 1 else f"{stem}-{number}"
            if name == PLAYBOOK_SOURCE:
                continue
            if name not in manifest or manifest[name]["path"] == origin:
                return name
        raise AssertionError("unreachable: one of len(manifest) + 1 names is free")

    # -- changes ------------------------------------------------------------------------------
    def add(self, path: Path) -> tuple[str, int, bool]:
        """Adds one document; (source, chunks, added). The same content twice is not added again."""
        text = read_document(path)
        if not re.search(r"[\u4e00-\u9fffA-Za-z]", text):
            raise KeqingError("kb_empty", path=str(path))
        markdown = path.suffix.lower() in {".md", ".markdown"} or path.suffix.lower() == ".docx"
        return self._add_text(self.name_for(path), text, str(path.resolve()), markdown=markdown)

    def _add_text(self, name: str, text: str, origin: str, *, markdown: bool) -> tuple[str, int, bool]:
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        manifest = self.manifest()
        if manifest.get(name, {}).get("sha256") == digest:
            return name, manifest[name]["chunks"], False
        if name in manifest:
            self._delete_chunks(name)
        # Every source keeps its own passages, even those another source shares (retrieval shows a
        # shared passage once): removing one source never takes text away from another.
        fresh = list({c.digest: c for c in chunks_of(name, text, markdown)}.values())
        if fresh:
            self.vectors.add_texts(
                texts=[f"{c.title}\n{c.text}" for c in fresh],
                metadatas=[
                    {
                        "source": c.source,
                        "section": c.section,
                        "title": c.title,
                        "digest": c.digest,
                        "body": c.text,
                    }
                    for c in fresh
                ],
                ids=[c.id for c in fresh],
            )
        (self.folder / f"{name}.{'md' if markdown else 'txt'}").write_text(text, encoding="utf-8")
        manifest[name] = {"path": origin, "sha256": digest, "chunks": len(fresh), "markdown": markdown}
        self._save_manifest(manifest)
        self._changed()
        return name, len(fresh), True

    def _delete_chunks(self, name: str) -> None:
        ids = self.vectors.get(where={"source": name}, include=[])["ids"]
        if ids:
            self.vectors.delete(ids=ids)

    def remove(self, name: str) -> int:
        manifest = self.manifest()
        if name not in manifest:
            raise KeqingError("kb_no_source", source=name)
        removed = int(manifest[name]["chunks"])
        self._delete_chunks(name)
        for suffix in ("md", "txt"):
            (self.folder / f"{name}.{suffix}").unlink(missing_ok=True)
        del manifest[name]
        self._save_manifest(manifest)
        self._changed()
        return removed

    def rebuild(self) -> int:
        """Re-chunks and re-embeds every stored source (after a change of chunking or embedding)."""
        manifest = self.manifest()
        self.client.delete_collection(self.collection)
        self._vectors = None
        total = 0
        self._save_manifest({})
        self._changed()
        for name, entry in manifest.items():
            suffix = "md" if entry.get("markdown") else "txt"
            text = (self.folder / f"{name}.{suffix}").read_text(encoding="utf-8")
            total += self._add_text(name, text, entry["path"], markdown=bool(entry.get("markdown")))[1]
        return total

    def version(self) -> tuple[int, float]:
        """Changes whenever chunks are added or removed: the chunk count and the manifest's mtime."""
        if self.local:
            stat = self.snapshot_path.stat()
            return stat.st_size, stat.st_mtime
        mtime = self.manifest_path.stat().st_mtime if self.manifest_path.exists() else 0.0
        return self.vectors.count(), mtime

    def all_chunks(self) -> list[dict[str, Any]]:
        """Every chunk's id and metadata."""
        if self.local:
            chunks: list[dict[str, Any]] = json.loads(self.snapshot_path.read_text(encoding="utf-8"))
            return chunks
        return self._chroma_chunks()

    def _chroma_chunks(self, page: int = 5000) -> list[dict[str, Any]]:
        """Read in pages: Chroma refuses very large single reads."""
        chunks: list[dict[str, Any]] = []
        while True:
            got = self.vectors.get(include=["metadatas"], limit=page, offset=len(chunks))
            chunks += [{"id": i, **m} for i, m in zip(got["ids"], got["metadatas"], strict=True)]
            if len(got["ids"]) < page:
                return chunks


def _playbook_text() -> str:
    parts = [p.read_text(encoding="utf-8") for p in sorted(PLAYBOOK.glob("*.md"))]
    return "\n\n".join(parts)
