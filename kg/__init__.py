"""kg: turn Chinese government work reports and investment-promotion news into a knowledge graph.

The public API (imported lazily, so ``import kg`` stays cheap)::

    from kg import read_documents, extract_many, resolve_graph, open_store, load_recipes, run_recipe, to_rdf
    from kg import write_html, score, build, extract_text, parse_document

    graph = resolve_graph(extract_many(read_documents(["seeds/"])))

(``kg.extract`` and ``kg.resolve`` are also the modules' names, so the stage functions are exported here as
``extract_many`` / ``extract_document`` and ``resolve_graph``.)
"""

from __future__ import annotations

import importlib
from typing import Any

from kg import _native

_native.install()  # before any compiled module is imported: a stale compiled build runs from source

__version__ = "0.1.0"

_API: dict[str, str | tuple[str, str]] = {
    "read_documents": "kg.ingest",
    "extract_many": "kg.extract",
    "extract_document": ("kg.extract", "extract"),
    "resolve_graph": ("kg.resolve", "resolve"),
    "build": "kg.pipeline",
    "build_graph": "kg.pipeline",
    "extract_text": "kg.pipeline",
    "parse_document": "kg.ingest",
    "open_store": "kg.store",
    "load_recipes": "kg.recipes",
    "run_recipe": "kg.recipes",
    "to_rdf": "kg.rdf",
    "write_rdf": "kg.rdf",
    "write_html": "kg.viz",
    "score": "kg.evaluate",
    "read_graph": "kg.graphio",
    "write_graph": "kg.graphio",
}

__all__ = ["__version__", *_API]


def __getattr__(name: str) -> Any:
    if name in _API:
        target = _API[name]
        module, attr = target if isinstance(target, tuple) else (target, name)
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
