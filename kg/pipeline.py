"""The stages joined: files -> documents -> extractions -> records / resolved graph -> store.

These are the functions the CLI calls; each is a plain function that reports progress through a callback and
never prints.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.extract import extract_many
from kg.extract.records import to_record
from kg.graphio import GRAPH_FILE, default_store_dir
from kg.ingest import OnError, read_documents
from kg.model import Extraction, Graph
from kg.resolve import ResolveReport, resolve

Progress = Callable[[int, int], None]


def extract_paths(paths: Iterable[str | Path], workers: int = 1, skip_errors: bool = False,
                  errors: list[KgError] | None = None, progress: Progress | None = None,
                  extractor: str | None = None) -> Iterator[Extraction]:
    """Read and extract every document under ``paths``, streaming, in order."""
    on_error: OnError = "skip" if skip_errors else "raise"
    docs = read_documents(list(paths), on_error=on_error, errors=[] if errors is None else errors)
    yield from extract_many(docs, workers=workers, on_error=on_error, errors=errors, progress=progress,
                            extractor=extractor)


def extract_text(text: str, doc_id: str = "text", extractor: str | None = None) -> Extraction:
    """Extract one text: title, date and region found in it as in a file (see
    :func:`kg.ingest.parse_document`), then entities and relations with their evidence."""
    from kg.ingest import parse_document

    ex: Extraction = next(extract_many([parse_document(text, doc_id)], extractor=extractor))
    return ex


def extract_records(paths: Iterable[str | Path], workers: int = 1,
                    extractor: str | None = None) -> Iterator[dict[str, Any]]:
    """Gold-shaped records (../shared/gold/SCHEMA.md) of every document under ``paths``."""
    for ex in extract_paths(paths, workers=workers, extractor=extractor):
        yield to_record(ex)


def record_line(ex: Extraction) -> str:
    """One extraction as a JSON line (the gold schema's shape)."""
    return json.dumps(to_record(ex), ensure_ascii=False)


def record_line_with_text(ex: Extraction) -> str:
    return json.dumps(to_record(ex, with_text=True), ensure_ascii=False)


def extract_lines(paths: Iterable[str | Path], workers: int = 1, skip_errors: bool = False,
                  errors: list[KgError] | None = None, progress: Progress | None = None,
                  with_text: bool = False, extractor: str | None = None) -> Iterator[str]:
    """``kg extract``: one JSON line per document, made inside the worker processes."""
    on_error: OnError = "skip" if skip_errors else "raise"
    docs = read_documents(list(paths), on_error=on_error, errors=[] if errors is None else errors)
    transform = record_line_with_text if with_text else record_line
    yield from extract_many(docs, workers=workers, on_error=on_error, errors=errors, progress=progress,
                            transform=transform, extractor=extractor)


@dataclass(frozen=True)
class BuildResult:
    """What ``kg build`` did: documents read, counts by type in the store, the resolution report."""

    documents: int
    counts: dict[str, int]
    store: Path
    report: list[str] = field(default_factory=list)  # one line per resolution decision (kg.resolve.report)
    skipped: list[str] = field(default_factory=list)
    extracted: int = 0  # documents extracted by this build (the others came from the extraction cache)
    report_summary: str = ""  # decisions counted per phase


def build_graph(paths: Iterable[str | Path], workers: int = 1, skip_errors: bool = False,
                errors: list[KgError] | None = None, progress: Progress | None = None,
                report: ResolveReport | None = None, extractor: str | None = None) -> Graph:
    """Ingest, extract and resolve every document under ``paths`` into one Graph (no store)."""
    return resolve(extract_paths(paths, workers=workers, skip_errors=skip_errors, errors=errors,
                                 progress=progress, extractor=extractor), report=report)


def build(paths: Iterable[str | Path], store_dir: str | Path | None = None, workers: int = 1,
          skip_errors: bool = False, progress: Progress | None = None, add: bool = False,
          extractor: str | None = None) -> BuildResult:
    """files -> documents -> extractions -> resolved graph -> ``<store>/graph.json`` + embedded store.

    The store is locked for the whole build: a second build on it fails at once, before reading anything.
    ``graph.json`` and the database are switched in together when the load has finished (both or neither),
    so a failed build, even one that runs out of disk space, leaves the previous store readable. A build
    that reads no document raises :class:`~kg.errors.BuildError` and leaves the store as it was.

    Extractions are cached per document in the store folder (:mod:`kg.cache`): only documents whose content
    (or the extractor) changed are extracted again. With ``add``, the graph is the store's documents plus
    those under ``paths`` (a file read again replaces its documents), re-resolved together."""
    import sqlite3
    import warnings

    from kg.cache import Entry, ExtractionCache, extractor_version
    from kg.errors import BuildError, KgWarning
    from kg.incremental import FULL_BUILD_HINT, documents_to_add, extract_cached, no_documents
    from kg.store import EMBEDDED_DIR
    from kg.store.embedded import EmbeddedStore
    from kg.store.generations import current
    from kg.store.lock import store_lock

    store_path = Path(store_dir) if store_dir is not None else default_store_dir()
    folder = store_path / EMBEDDED_DIR
    names = [str(p) for p in paths]
    on_error: OnError = "skip" if skip_errors else "raise"
    errors: list[KgError] = []
    report = ResolveReport()
    version = extractor_version(extractor)

    def extract(docs: list[Any]) -> list[Extraction]:
        return list(extract_many(docs, workers=workers, on_error=on_error, errors=errors, progress=progress,
                                 extractor=extractor))

    with store_lock(folder), ExtractionCache(store_path) as cache:
        docs = list(read_documents(names, on_error=on_error, errors=errors))
        if not docs:
            raise no_documents(names, store_path, errors, add)
        kept: list[Entry] = []
        if add and (live := current(folder)) is not None:
            previous = cache.manifest(live.name)
            if previous is None:
                raise BuildError(f"{store_path}: --add needs the list of the store's documents, which "
                                 f"{cache.path} does not hold for the live store; {FULL_BUILD_HINT}")
            kept, docs = documents_to_add(previous, docs)
        done = extract_cached(docs, kept, cache, version, extract)
        graph = resolve(done.extractions, report=report)
        if not graph.documents:
            raise no_documents(names, store_path, errors, add)
        with EmbeddedStore(folder) as store:
            counts = store.load(graph, graph_file=store_path / GRAPH_FILE)
        live = current(folder)
        try:
            cache.save(done.new, version, done.manifest, live.name if live is not None else None)
        except (sqlite3.Error, OSError) as exc:  # the store is built; only the next build is slower
            warnings.warn(KgWarning(f"{cache.path}: could not update the extraction cache ({exc}); the next "
                                    "build extracts these documents again, and --add needs a full build"),
                          stacklevel=2)
    return BuildResult(len(graph.documents), counts, store_path, report.lines(), [str(e) for e in errors],
                       extracted=len(done.new), report_summary=report.summary())
