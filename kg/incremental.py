"""The cached side of a build: which documents to extract, which to take from the cache, and what a build
with ``--add`` starts from (see :mod:`kg.cache`).

A document is extracted only when the cache has no extraction of its content at the current extractor
version; ``--add`` keeps every document of the store's manifest except those re-read from the same file (a
changed file replaces its documents) and extracts only what is new.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass

from kg.cache import Entry, ExtractionCache, document_key, from_record
from kg.errors import BuildError, KgError
from kg.model import Document, Extraction

Progress = Callable[[int, int], None]
FULL_BUILD_HINT = "build it in full once (`kg build PATH...` with every document), then add to it"


@dataclass
class Extracted:
    """A build's extractions: all of them (in document order), and the new ones to cache with their keys."""

    extractions: list[Extraction]
    new: list[tuple[str, Extraction]]
    manifest: list[Entry]

    @property
    def reused(self) -> int:
        return len(self.extractions) - len(self.new)


def same_file(source: str) -> str:
    """A document's source as an absolute, resolved path (how the manifest compares files)."""
    return os.path.realpath(source)


def documents_to_add(previous: list[Entry], docs: list[Document]) -> tuple[list[Entry], list[Document]]:
    """The store's documents that stay (those not re-read from the same file) and the new documents, a new
    one whose id the store already uses renamed ``<id>~<hash of its path>`` (as ingest does)."""
    sources = {same_file(d.source) for d in docs}
    kept = [e for e in previous if same_file(e.source) not in sources]
    taken = {e.doc_id for e in kept}
    out = []
    for d in docs:
        if d.doc_id in taken:
            tag = hashlib.sha1(d.source.encode()).hexdigest()[:6]
            d = dataclasses.replace(d, doc_id=f"{d.doc_id}~{tag}")
        taken.add(d.doc_id)
        out.append(d)
    return kept, out


def extract_cached(docs: list[Document], kept: list[Entry], cache: ExtractionCache, version: str,
                   extract: Callable[[list[Document]], list[Extraction]]) -> Extracted:
    """The extractions of ``kept`` (store documents, from the cache) and ``docs`` (read now): cached ones
    reused, the rest given to ``extract`` (which may drop documents it fails on)."""
    keys = [document_key(d) for d in docs]
    records = cache.extractions([e.key for e in kept] + keys, version)
    stale = [e for e in kept if e.key not in records]  # extracted by another extractor version: again
    old_docs = cache.documents([e.key for e in stale]) if stale else {}
    missing = [e for e in stale if e.key not in old_docs]
    if missing:
        raise BuildError(f"{cache.path}: the cache lacks {len(missing)} document(s) of the store (e.g. "
                         f"{missing[0].doc_id} from {missing[0].source}); {FULL_BUILD_HINT}")
    todo = [old_docs[e.key] for e in stale] + [d for d, k in zip(docs, keys, strict=True) if k not in records]
    key_of = {e.doc_id: e.key for e in stale} | {d.doc_id: k for d, k in zip(docs, keys, strict=True)}
    fresh = {ex.doc.doc_id: ex for ex in extract(todo)}
    out: list[Extraction] = []
    manifest: list[Entry] = []
    for e in kept:
        ex = fresh.get(e.doc_id) or (from_record(records[e.key]) if e.key in records else None)
        if ex is not None:
            out.append(ex)
            manifest.append(e)
    for d, k in zip(docs, keys, strict=True):
        ex = fresh.get(d.doc_id) or (from_record(records[k], d) if k in records else None)
        if ex is not None:
            out.append(ex)
            manifest.append(Entry(k, d.doc_id, same_file(d.source)))
    new = [(key_of[doc_id], ex) for doc_id, ex in fresh.items()]
    return Extracted(out, new, manifest)


def no_documents(paths: list[str], store: object, errors: list[KgError], add: bool) -> BuildError:
    """The error of a build that read no document: what was given, each file skipped, and that the store was
    left as it was."""
    given = ", ".join(paths) or "(nothing)"
    lines = [f"{'--add ' if add else ''}read no document from {given}; the store {store} is left as it was"]
    if errors:
        lines.append(f"skipped {len(errors)} file(s):")
        lines += [f"  {e}" for e in errors]
    return BuildError("\n".join(lines))
