"""The stages joined: files -> documents -> extractions -> records / resolved graph -> store.

These are the functions the CLI calls; each is a plain function that reports progress through a callback and
never prints.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.extract import extract_many
from kg.extract.records import to_record
from kg.ingest import read_documents
from kg.model import Extraction

Progress = Callable[[int, int], None]


def extract_paths(paths: Iterable[str | Path], workers: int = 1, skip_errors: bool = False,
                  errors: list[KgError] | None = None, progress: Progress | None = None) -> Iterator[Extraction]:
    """Read and extract every document under ``paths``, streaming, in order."""
    on_error = "skip" if skip_errors else "raise"
    ingest_errors: list[Any] = [] if errors is None else errors  # type: ignore[assignment]
    docs = read_documents(list(paths), on_error=on_error, errors=ingest_errors)
    yield from extract_many(docs, workers=workers, on_error=on_error, errors=errors, progress=progress)


def extract_records(paths: Iterable[str | Path], workers: int = 1) -> Iterator[dict[str, Any]]:
    """Gold-shaped records (../shared/gold/SCHEMA.md) of every document under ``paths``."""
    for ex in extract_paths(paths, workers=workers):
        yield to_record(ex)
