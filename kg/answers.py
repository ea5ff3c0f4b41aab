"""Recipe answers for the views and reports that draw them: one place where HTML pages get their facts, so a
page says what ``kg query`` says (the 招商图 of ``kg viz --chain X --place Y`` and ``kg report`` is the
chain_gaps recipe's answer, not a second implementation).

A page is drawn from the built store (``<store>/ladybug``) when there is one, else from its graph loaded into
a temporary embedded store (small graphs: tests, a graph.json passed around).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kg.model import Graph
from kg.recipes import Recipe, load_recipes, run_recipe

ALL_ROWS = 1_000_000  # the limit that asks a paged recipe for its whole answer


@contextmanager
def answer_store(graph: Graph, store_path: str | Path | None = None) -> Iterator[Any]:
    """The embedded store at ``store_path`` when it was built, else ``graph`` in a temporary one (removed
    after)."""
    from kg.store import open_store
    from kg.store.embedded import CURRENT

    if store_path is not None and (Path(store_path) / CURRENT).exists():
        with open_store(store_path) as store:
            yield store
        return
    folder = Path(tempfile.mkdtemp(prefix="kg-answers-"))
    try:
        with open_store(folder / "ladybug") as store:
            store.load(graph)
            yield store
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def answer(store: Any, recipe: str | Recipe, **params: Any) -> list[dict[str, Any]]:
    """A recipe's whole answer (a paged recipe is asked for all its rows), checked like ``kg query``."""
    r = recipe if isinstance(recipe, Recipe) else load_recipes()[recipe]
    if "limit" in r.params and "limit" not in params:
        params["limit"] = ALL_ROWS
    return run_recipe(store, r, params)
