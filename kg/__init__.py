"""kg: turn Chinese government work reports and investment-promotion news into a knowledge graph.

The public API (imported lazily, so ``import kg`` stays cheap)::

    from kg import read_documents, extract, resolve, open_store, load_recipes, run_recipe, to_rdf, write_html, score

    docs = read_documents(["seeds/"])
    graph = resolve(extract(d) for d in docs)
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_API = {
    "read_documents": "kg.ingest",
    "extract": "kg.extract",
    "extract_many": "kg.extract",
    "resolve": "kg.resolve",
    "build": "kg.pipeline",
    "build_graph": "kg.pipeline",
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
        return getattr(importlib.import_module(_API[name]), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
