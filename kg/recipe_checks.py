"""Checks of a recipe's inputs before it runs: defaults, fixed choices, and names the graph must hold.

A recipe's header declares what its parameters are (see :mod:`kg.recipe_files`):

* ``// names: firm:Firm, place:Place`` — the parameter names an entity (of those labels; none = any label): it
  is looked up in the store's name index, and an unknown name is an error that lists the nearest names;
* ``// chains: chain`` — the parameter names an industrial chain of the taxonomy;
* ``// choices: level=province|city|county`` — the parameter takes one of these values;
* ``// defaults: level=city, min_regions=2`` — the value a parameter takes when it is not given.

>>> suggest("绍阳市", ["邵阳市", "绍兴市", "长沙市", "邵阳县"])
['邵阳市', '绍兴市']
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from typing import Any

from kg.errors import RecipeError

SUGGESTIONS = 5  # how many near names an error lists
SUGGESTION_CUTOFF = 0.5  # difflib similarity a name needs to be suggested
CANDIDATE_LIMIT = 400  # names fetched from the store to rank for suggestions
# Cypher: does a name (normalised) name an entity of the given label expression?
NAME_EXISTS = "MATCH (:Name {key: $name})-[:NAMES]->(n{labels}) RETURN count(n) AS n"
# Cypher: names of entities of a label that share a beginning or an end with the given name.
NEAR_NAMES = (
    "MATCH (x:Name)-[:NAMES]->(n{labels}) "
    "WHERE x.key STARTS WITH $head OR x.key ENDS WITH $tail OR x.key CONTAINS $middle "
    "RETURN DISTINCT x.key AS name LIMIT $limit"
)
CHAIN_EXISTS = "MATCH (i:Industry) WHERE i.chain = $chain RETURN count(i) AS n"
ALL_CHAINS = "MATCH (i:Industry) WHERE i.chain IS NOT NULL RETURN DISTINCT i.chain AS chain"


def suggest(value: str, candidates: Iterable[str], n: int = SUGGESTIONS) -> list[str]:
    """The candidates nearest to ``value`` (difflib ratio), best first."""
    return difflib.get_close_matches(value, list(dict.fromkeys(candidates)), n=n, cutoff=SUGGESTION_CUTOFF)


def did_you_mean(near: list[str]) -> str:
    return f"; did you mean: {', '.join(near)}" if near else ""


def with_defaults(params: Mapping[str, Any], defaults: Mapping[str, Any]) -> dict[str, Any]:
    """The parameters given, plus each default not given."""
    return {**defaults, **params}


def check_choices(recipe: str, params: Mapping[str, Any], choices: Mapping[str, tuple[str, ...]]) -> None:
    """RecipeError when a parameter is not one of its choices (naming them, and the nearest)."""
    for p, allowed in choices.items():
        if p in params and str(params[p]) not in allowed:
            near = suggest(str(params[p]), allowed, 1)
            raise RecipeError(f"recipe {recipe}: {p} must be one of {', '.join(allowed)}, not {params[p]!r}"
                              + did_you_mean(near))


def label_expression(labels: tuple[str, ...]) -> str:
    """``:A|B`` for a node pattern ('' for any label)."""
    return ":" + "|".join(labels) if labels else ""


def check_names(store: Any, recipe: str, params: Mapping[str, Any],
                labels: Mapping[str, tuple[str, ...]]) -> None:
    """RecipeError when a name parameter (already normalised) names no entity of its labels in the store."""
    for p, want in labels.items():
        value = params.get(p)
        if not isinstance(value, str) or not value:
            continue
        expr = label_expression(want)
        rows = store.run(NAME_EXISTS.replace("{labels}", expr), {"name": value})
        if rows and rows[0]["n"]:
            continue
        what = "/".join(w.lower() for w in want) or "entity"
        near = suggest(value, _near_names(store, value, expr))
        raise RecipeError(f"recipe {recipe}: no {what} named {value!r} in the graph" + did_you_mean(near))


def _near_names(store: Any, value: str, expr: str) -> list[str]:
    mid = value[len(value) // 2 : len(value) // 2 + 2] if len(value) > 3 else value[:1]
    rows = store.run(NEAR_NAMES.replace("{labels}", expr),
                     {"head": value[:2], "tail": value[-2:], "middle": mid, "limit": CANDIDATE_LIMIT})
    return sorted(str(r["name"]) for r in rows)


def check_chains(store: Any, recipe: str, params: Mapping[str, Any], chain_params: tuple[str, ...]) -> None:
    """RecipeError when a chain parameter names no chain in the store (listing the chains)."""
    for p in chain_params:
        value = params.get(p)
        if not isinstance(value, str):
            continue
        rows = store.run(CHAIN_EXISTS, {"chain": value})
        if rows and rows[0]["n"]:
            continue
        chains = sorted(str(r["chain"]) for r in store.run(ALL_CHAINS, {}))
        near = suggest(value, chains)
        valid = ", ".join(chains) if chains else "none (the graph has no industries with a chain)"
        raise RecipeError(f"recipe {recipe}: no industrial chain named {value!r}{did_you_mean(near)}; "
                          f"chains: {valid}")





def page_params(recipe: Any, params: Mapping[str, Any], limit: int | None = None,
                offset: int | None = None) -> tuple[dict[str, Any], slice]:
    """``--limit`` / ``--offset`` as the recipe's own parameters when it has them, else as a cut of its rows:
    (parameters, the slice of rows to keep).

    >>> from kg.recipes import parse_recipe
    >>> page_params(parse_recipe("a", "// A.\\nRETURN $limit AS n"), {}, limit=5)
    ({'limit': 5}, slice(None, None, None))
    >>> page_params(parse_recipe("b", "// B.\\nRETURN 1 AS n"), {}, limit=5, offset=2)
    ({}, slice(2, 7, None))
    """
    given = dict(params)
    cut_from, cut_len = 0, None
    for p, value in (("limit", limit), ("offset", offset)):
        if value is None:
            continue
        if p in recipe.params:
            given[p] = value
        elif p == "limit":
            cut_len = value
        else:
            cut_from = value
    if cut_len is None and not cut_from:
        return given, slice(None)
    return given, slice(cut_from, None if cut_len is None else cut_from + cut_len)
