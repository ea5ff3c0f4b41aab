"""Cypher recipes, the questions users ask of the graph (``queries/<name>.cypher``), run on a store.

The files, their header lines (description, example, names, chains, choices, defaults, ordered columns),
backend variants, ``// when:`` alternatives and programs are read by :mod:`kg.recipe_files`, whose names are
importable from here too. This module runs a recipe: its parameters checked and given their defaults, entity
names normalised and looked up, the backend's statement chosen, and the rows made plain and deterministic
(values normalised, lists sorted unless ``// ordered:``, rows sorted unless the statement orders them).
"""

from __future__ import annotations

import decimal
import math
import re
import shlex
from collections.abc import Mapping
from typing import Any

from kg.errors import RecipeError
from kg.model import normalise_name
from kg.recipe_checks import check_chains, check_choices, check_names, with_defaults
from kg.recipe_files import RE_CYPHER_NOISE
from kg.recipe_files import Recipe as Recipe
from kg.recipe_files import choose_statement as choose_statement
from kg.recipe_files import default_dir as default_dir
from kg.recipe_files import load_recipes as load_recipes
from kg.recipe_files import named_parameters as named_parameters
from kg.recipe_files import parse_params as parse_params
from kg.recipe_files import parse_recipe as parse_recipe
from kg.recipe_files import parse_value as parse_value
from kg.recipe_programs import is_program, run_program

RE_ORDER_BY = re.compile(r"\bORDER\s+BY\b", re.IGNORECASE)
RE_RETURN = re.compile(r"\bRETURN\b", re.IGNORECASE)


def check_params(recipe: Recipe, params: Mapping[str, Any]) -> None:
    """Raise RecipeError naming the recipe and what it needs when a parameter is missing (and has no default),
    unknown, or not one of its choices."""
    needs = ", ".join(f"{p}={recipe.defaults[p]}" if p in recipe.defaults else p for p in recipe.params)
    needs = needs or "no parameters"
    missing = [p for p in recipe.params if p not in params and p not in recipe.defaults]
    unknown = sorted(set(params) - set(recipe.params))
    if missing:
        raise RecipeError(f"recipe {recipe.name} needs: {needs} (missing: {', '.join(missing)})")
    if unknown:
        raise RecipeError(f"recipe {recipe.name} needs: {needs} (unknown: {', '.join(unknown)})")
    check_choices(recipe.name, with_defaults(params, recipe.defaults), recipe.choices)


def normalise(value: Any, keep_order: bool = False) -> Any:
    """Plain, comparable values: Decimal -> int/float, integral floats left as they are, NaN -> None, and
    lists of plain values sorted unless ``keep_order``.

    >>> normalise([decimal.Decimal("2"), decimal.Decimal("0.5")])
    [0.5, 2]
    """
    kind = type(value)
    if kind is str or kind is int or value is None:  # the common case first: big results are mostly these
        return value
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, Mapping):
        return {k: normalise(v, keep_order) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        if all(type(v) is str for v in value):  # lists of names: nothing to convert
            return list(value) if keep_order else sorted(value)
        items = [normalise(v, keep_order) for v in value]
        scalars = all(isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in items)
        if not keep_order and scalars:
            return sorted(items, key=_sort_key)
        return items
    return value


def _sort_key(value: Any) -> tuple[Any, ...]:
    """A total order over result values: None first, then numbers, text, lists and maps."""
    if value is None:
        return (0,)
    if isinstance(value, bool):
        return (1, int(value))
    if isinstance(value, (int, float)):
        return (1, value)
    if isinstance(value, str):
        return (2, value)
    if isinstance(value, (list, tuple)):
        return (3, tuple(_sort_key(v) for v in value))
    if isinstance(value, Mapping):
        return (4, tuple((str(k), _sort_key(v)) for k, v in sorted(value.items())))
    return (5, str(value))


def row_sort_key(row: Mapping[str, Any]) -> tuple[Any, ...]:
    """Rows sort by their values in column order."""
    return tuple(_sort_key(v) for v in row.values())


def has_final_order(cypher: str) -> bool:
    """Whether the last RETURN of a query is ordered (an ORDER BY inside a WITH does not order the result).

    >>> has_final_order("MATCH (n) WITH n ORDER BY n.x LIMIT 1 RETURN n.name AS name")
    False
    >>> has_final_order("MATCH (n) RETURN n.name AS name ORDER BY name // ORDER BY")
    True
    """
    body = RE_CYPHER_NOISE.sub(" ", cypher)
    returns = list(RE_RETURN.finditer(body))
    return bool(returns) and bool(RE_ORDER_BY.search(body, returns[-1].end()))


def run_recipe(store: Any, name: str | Recipe, params: Mapping[str, Any] | None = None,
               recipes: Mapping[str, Recipe] | None = None, check: bool = True) -> list[dict[str, Any]]:
    """Run a recipe on a store (any :class:`~kg.store.GraphStore`); rows of plain values.

    Parameters are checked first: a missing or unknown one, or a value outside its choices, raises RecipeError
    naming what the recipe needs; left-out parameters take their defaults. With ``check`` (the default), names
    and chains the graph does not hold raise RecipeError listing the nearest ones (one indexed lookup each).
    Rows keep the recipe's ORDER BY; a recipe without one gets its rows sorted, so answers are deterministic.
    """
    if isinstance(name, Recipe):
        recipe = name
    else:
        catalogue = recipes if recipes is not None else load_recipes()
        if name not in catalogue:
            raise RecipeError(f"no recipe {name!r}; valid: {', '.join(sorted(catalogue)) or '(none)'}")
        recipe = catalogue[name]
    given = dict(params or {})
    check_params(recipe, given)
    given = with_defaults(given, recipe.defaults)
    for p in recipe.names:
        if isinstance(given[p], str):
            given[p] = normalise_name(given[p])
    if check:
        check_names(store, recipe.name, given, recipe.labels)
        check_chains(store, recipe.name, given, recipe.chains)
    text = recipe.text_for(getattr(store, "name", ""))
    program = is_program(text)
    text = text if program else choose_statement(text, given)
    found = run_program(text, store.run, given) if program else store.run(text, given)
    ordered = frozenset(recipe.ordered)
    rows = [{k: normalise(v, k in ordered) for k, v in row.items()} for row in found]
    if program or not has_final_order(text):
        rows.sort(key=row_sort_key)
    return rows


def example_call(recipe: Recipe) -> str:
    """The ``kg query`` command line of a recipe's example."""
    args = " ".join(f"-p {shlex.quote(f'{k}={v}')}" for k, v in recipe.example.items())
    return f"kg query {recipe.name} {args}".rstrip()


__all__ = ["Recipe", "check_params", "choose_statement", "default_dir", "example_call", "load_recipes",
           "named_parameters", "normalise", "parse_params", "parse_recipe", "parse_value", "run_recipe"]
