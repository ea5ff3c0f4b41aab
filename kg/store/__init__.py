"""Graph stores behind one small contract: load a Graph, run read-only Cypher, count, clear.

Backends are chosen by name and imported lazily (``neo4j`` is only imported for a bolt:// URL):

* a folder path (or ``embedded:PATH``) -> :class:`~kg.store.embedded.EmbeddedStore` (LadybugDB, the default);
* ``bolt://``, ``bolt+s://``, ``neo4j://``, ``neo4j+s://`` … URLs -> :class:`~kg.store.neo4j.Neo4jStore`.

>>> backend_for("bolt://localhost:7687")
('neo4j', 'bolt://localhost:7687')
>>> open_store("mysql://x")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
kg.errors.StoreError: no store backend for 'mysql://x'; valid: a folder path or embedded:PATH (embedded), ...
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, runtime_checkable

from kg.errors import StoreError
from kg.graphio import DEFAULT_STORE, default_store_dir, read_graph
from kg.model import Graph

EMBEDDED_DIR = "ladybug"  # the embedded database folder inside the store folder
DEFAULT_EMBEDDED_PATH = f"{DEFAULT_STORE}/{EMBEDDED_DIR}"
NEO4J_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
RE_URL_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*)://", re.IGNORECASE)
EMBEDDED_PREFIX = "embedded:"

# Backend name -> "module:class", imported only when chosen.
BACKENDS = {
    "embedded": "kg.store.embedded:EmbeddedStore",
    "neo4j": "kg.store.neo4j:Neo4jStore",
}


@runtime_checkable
class GraphStore(Protocol):
    """What every store does. Results are plain Python values, so backends answer alike."""

    name: str

    def load(self, graph: Graph, batch_size: int = ...) -> dict[str, int]:
        """Replace the store's content with ``graph`` (idempotent); returns counts by label and rel type."""
        ...

    def run(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a read-only query with parameters; rows as dicts of plain values."""
        ...

    def counts(self) -> dict[str, int]:
        """Node counts by label and relationship counts by type."""
        ...

    def clear(self) -> None: ...

    def close(self) -> None: ...

    def __enter__(self) -> GraphStore: ...

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...


def backend_for(url_or_path: str | Path) -> tuple[str, str]:
    """(backend name, path or URL) for a store address."""
    s = str(url_or_path)
    if s.startswith(EMBEDDED_PREFIX):
        return "embedded", s[len(EMBEDDED_PREFIX) :]
    m = RE_URL_SCHEME.match(s)
    if m is None:
        return "embedded", s
    if m.group(1).lower() in NEO4J_SCHEMES:
        return "neo4j", s
    valid = (
        f"a folder path or {EMBEDDED_PREFIX}PATH (embedded), "
        + ", ".join(f"{x}://" for x in NEO4J_SCHEMES)
        + " (neo4j)"
    )
    raise StoreError(f"no store backend for {s!r}; valid: {valid}")


def open_store(url_or_path: str | Path | None = None, **options: Any) -> GraphStore:
    """Open the store at a folder path (embedded) or a Neo4j URL; ``options`` go to the backend
    (Neo4j: ``user``, ``password``, ``database``). The default is ``<store folder>/ladybug``
    (``$KG_STORE`` or ``.kg``)."""
    if url_or_path is None:
        url_or_path = default_store_dir() / EMBEDDED_DIR
    name, target = backend_for(url_or_path)
    module, _, cls = BACKENDS[name].partition(":")
    store: GraphStore = getattr(importlib.import_module(module), cls)(target, **options)
    return store


def embedded_path(store_dir: str | Path | None = None) -> Path:
    """The embedded database folder inside a store folder (default ``$KG_STORE`` or ``.kg``)."""
    return Path(store_dir if store_dir is not None else default_store_dir()) / EMBEDDED_DIR


def load_graph_file(
    url_or_path: str | Path,
    store_dir: str | Path | None = None,
    batch_size: int | None = None,
    **options: Any,
) -> dict[str, int]:
    """Load the graph saved in a store folder (its ``graph.json``) into the store at ``url_or_path``;
    returns the store's counts by label and rel type."""
    graph = read_graph(store_dir if store_dir is not None else default_store_dir())
    with open_store(url_or_path, **options) as store:
        return store.load(graph) if batch_size is None else store.load(graph, batch_size=batch_size)


def store_counts(store_dir: str | Path | None = None) -> dict[str, int]:
    """Counts by label and rel type of the embedded store in a store folder (which must exist)."""
    path = embedded_path(store_dir)
    with open_store(path) as store:  # raises StoreError when no store was ever built there
        return store.counts()


__all__ = [
    "BACKENDS",
    "DEFAULT_EMBEDDED_PATH",
    "EMBEDDED_DIR",
    "GraphStore",
    "backend_for",
    "embedded_path",
    "load_graph_file",
    "open_store",
    "store_counts",
]
