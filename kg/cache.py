"""Per-document extractions kept in the store folder, so a build extracts only new or changed documents.

``<store>/extractions.sqlite`` holds, for each document a build read:

* its :class:`~kg.model.Document` (text included), under :func:`document_key` (a hash of its id, metadata and
  text: the content hash);
* its extraction under that key and :func:`extractor_version`, so a new extractor (a change to any file
  extraction reads, or another extractor name) makes every cached extraction stale at once;
* the list of documents the store's graph was resolved from (the *manifest*), with the database generation it
  went live with: ``kg build --add`` starts from that list, and refuses a list that is not the live store's.

The cache is written after the store has been loaded, so a failed build leaves it (and the store) as it was.

>>> from kg.model import Document
>>> a = Document("d", "d.txt", None, "2023", None, "甲公司在邵阳签约。")
>>> document_key(a) == document_key(Document("d", "other/d.txt", None, "2023", None, "甲公司在邵阳签约。"))
True
>>> document_key(a) == document_key(Document("d", "d.txt", None, "2024", None, "甲公司在邵阳签约。"))
False
"""

from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import StoreError
from kg.graphio import entity_from_dict, entity_to_dict, relation_from_dict, relation_to_dict
from kg.model import Document, Extraction

CACHE_FILE = "extractions.sqlite"
# The extractor whose results are cached: one name today; the extractor registry will pass its own.
EXTRACTOR = "rules"
# What extraction reads, inside the kg package: a change to any of these files changes the extractor version.
EXTRACTOR_SOURCES = ("extract", "lexicon", "data", "model.py")
CACHE_FORMAT = 1  # bump when the records' shape changes
COMPRESS_LEVEL = 1  # zlib: fast; text compresses ~3x anyway
BATCH = 500  # keys per SQL IN (...) look-up (SQLite allows 999 parameters on old builds)

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (key TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS extractions (key TEXT NOT NULL, version TEXT NOT NULL, data BLOB NOT NULL,
                                        PRIMARY KEY (key, version));
CREATE TABLE IF NOT EXISTS manifest (position INTEGER PRIMARY KEY, key TEXT NOT NULL, doc_id TEXT NOT NULL,
                                     source TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


@functools.cache
def extractor_version(extractor: str | None = None) -> str:
    """``<kg version>+<extractor>.<hash>``: the hash is over the files extraction reads (code and data under
    :data:`EXTRACTOR_SOURCES`) and jieba's version, so editing the rules or the lexicon makes the cache
    stale."""
    import jieba

    import kg

    root = Path(kg.__file__).parent
    h = hashlib.sha256(f"{CACHE_FORMAT}|{getattr(jieba, '__version__', '')}".encode())
    for name in EXTRACTOR_SOURCES:
        base = root / name
        files = [base] if base.is_file() else sorted(p for p in base.rglob("*") if p.is_file())
        for p in files:
            if "__pycache__" in p.parts or p.suffix in (".pyc", ".so", ".pyd"):  # (compiled from the sources)
                continue
            h.update(p.relative_to(root).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return f"{kg.__version__}+{extractor or EXTRACTOR}.{h.hexdigest()[:16]}"


def _doc_fields(doc: Document, text: bool) -> dict[str, Any]:
    d: dict[str, Any] = {"doc_id": doc.doc_id, "source": doc.source, "title": doc.title, "date": doc.date,
                         "region": doc.region, "publisher": doc.publisher}
    if doc.pinyin:  # (only when there are any: the keys of other documents stay as they were)
        d["pinyin"] = [list(p) for p in doc.pinyin]
    if text:
        d["text"], d["simplified"] = doc.text, doc.simplified
    return d


def document_key(doc: Document) -> str:
    """The content hash of a document: its id, title, date, region, publisher and text (not where the file
    was: the same document read from another folder is the same document)."""
    fields = _doc_fields(doc, text=True)
    del fields["source"]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def _pack(obj: Any) -> bytes:
    return zlib.compress(json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8"),
                         COMPRESS_LEVEL)


def _unpack(data: bytes) -> Any:
    return json.loads(zlib.decompress(data).decode("utf-8"))


def _document(d: dict[str, Any]) -> Document:
    return Document(d["doc_id"], d["source"], d.get("title"), d.get("date"), d.get("region"),
                    d.get("text", ""), d.get("simplified", ""), d.get("publisher"),
                    tuple((c, n) for c, n in d.get("pinyin", ())))


def to_record(ex: Extraction) -> dict[str, Any]:
    """An extraction as JSON-able data (its document's metadata without the text)."""
    return {"doc": _doc_fields(ex.doc, text=False), "entities": [entity_to_dict(e) for e in ex.entities],
            "relations": [relation_to_dict(r) for r in ex.relations]}


def from_record(d: dict[str, Any], doc: Document | None = None) -> Extraction:
    """The extraction of a record; ``doc`` (the document as read now) replaces the recorded metadata."""
    ents = tuple(entity_from_dict(e) for e in d["entities"])
    rels = tuple(relation_from_dict(r) for r in d["relations"])
    return Extraction(doc if doc is not None else _document(d["doc"]), ents, rels)


@dataclass(frozen=True, slots=True)
class Entry:
    """One document of a store's manifest."""

    key: str
    doc_id: str
    source: str


class ExtractionCache:
    """The cache file of a store folder (see the module's doc); use as a context manager."""

    def __init__(self, store_dir: str | Path) -> None:
        self.path = Path(store_dir) / CACHE_FILE
        self._conn: sqlite3.Connection | None = None

    def __enter__(self) -> ExtractionCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _db(self, create: bool = False) -> sqlite3.Connection | None:
        if self._conn is None:
            if not create and not self.path.exists():
                return None
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(self.path)
                conn.executescript(SCHEMA)
            except sqlite3.Error as exc:
                raise StoreError(f"{self.path}: not a readable extraction cache ({exc}); delete it and build "
                                 "again") from exc
            self._conn = conn
        return self._conn

    def _rows(self, sql: str, keys: list[str], *args: Any) -> Iterator[tuple[Any, ...]]:
        db = self._db()
        if db is None:
            return
        for i in range(0, len(keys), BATCH):
            part = keys[i : i + BATCH]
            marks = ",".join("?" * len(part))
            yield from db.execute(sql.format(marks=marks), (*part, *args))

    def extractions(self, keys: Iterable[str], version: str) -> dict[str, dict[str, Any]]:
        """The cached extraction records of ``keys`` at ``version`` (missing keys left out)."""
        sql = "SELECT key, data FROM extractions WHERE key IN ({marks}) AND version = ?"
        return {k: _unpack(v) for k, v in self._rows(sql, list(dict.fromkeys(keys)), version)}

    def documents(self, keys: Iterable[str]) -> dict[str, Document]:
        """The cached documents (with their text) of ``keys``."""
        sql = "SELECT key, data FROM documents WHERE key IN ({marks})"
        return {k: _document(_unpack(v)) for k, v in self._rows(sql, list(dict.fromkeys(keys)))}

    def manifest(self, generation: str | None) -> list[Entry] | None:
        """The documents the store's graph was built from, or None when the cache has no list for the live
        database ``generation`` (no cache, a store built before the cache, or one whose last build stopped
        between loading and writing the list)."""
        db = self._db()
        if db is None or generation is None:
            return None
        row = db.execute("SELECT value FROM meta WHERE name = 'generation'").fetchone()
        if row is None or row[0] != generation:
            return None
        return [Entry(*r) for r in db.execute("SELECT key, doc_id, source FROM manifest ORDER BY position")]

    def save(self, new: Iterable[tuple[str, Extraction]], version: str, manifest: list[Entry],
             generation: str | None) -> None:
        """Add the documents and extractions of ``new`` ((key, extraction) pairs, the extraction's document
        with its text) and make ``manifest`` the list of the live database ``generation``, in one
        transaction."""
        db = self._db(create=True)
        assert db is not None
        with db:
            for key, ex in new:
                db.execute("INSERT OR REPLACE INTO documents VALUES (?, ?)",
                           (key, _pack(_doc_fields(ex.doc, text=True))))
                db.execute("INSERT OR REPLACE INTO extractions VALUES (?, ?, ?)", (key, version,
                                                                                   _pack(to_record(ex))))
            db.execute("DELETE FROM manifest")
            db.executemany("INSERT INTO manifest VALUES (?, ?, ?, ?)",
                           [(i, e.key, e.doc_id, e.source) for i, e in enumerate(manifest)])
            db.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)", (generation or "",))
