"""Recipe programs: a backend's text made of several named statements that a small Python function runs.

Some questions one engine cannot answer fast in a single statement. LadybugDB searches for shortest paths
from one end only: from a firm, the fourth step reaches most of a large graph (0.3 s on 1M relations), while
two steps out from each end meet in a few milliseconds. A backend's text (``<name>.<backend>.cypher``) may
then be a *program*: a line ``// program: NAME`` names a function of :data:`PROGRAMS`, and lines
``// step: NAME`` start the statements it runs, each with the parameters the program gives it. The first
step takes the recipe's own parameters; the program decides which steps run next, and joins their rows in
Python. Every step is an ordinary read-only statement that the store checks and runs.

A program's rows are the recipe's rows (sorted afterwards, as a text without ORDER BY). A program lists the
steps it needs (:data:`STEPS`); a file that lacks one, or names no known program, is refused when loaded.

>>> is_program("// program: shortest_paths\\n// step: ends\\nRETURN $x AS a, $y AS b")
True
>>> parse_program("// program: longest_paths\\n// step: ends\\nRETURN 1 AS a", "x.cypher")
Traceback (most recent call last):
kg.errors.RecipeError: x.cypher:1: no recipe program 'longest_paths'; valid: shortest_paths
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from kg.errors import RecipeError

RE_PROGRAM = re.compile(r"^[ \t]*//[ \t]*program:[ \t]*(\S*)[ \t]*$", re.IGNORECASE | re.MULTILINE)
RE_STEP = re.compile(r"^[ \t]*//[ \t]*step:[ \t]*(\S*)[ \t]*$", re.IGNORECASE | re.MULTILINE)
RE_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
# String literals and comments: no parameter lives inside them (as kg.recipe_files.RE_CYPHER_NOISE).
RE_NOISE = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.DOTALL)

Rows = list[dict[str, Any]]
RunStep = Callable[[str, Mapping[str, Any]], Rows]  # (step name, parameters) -> rows
Program = Callable[[RunStep, Mapping[str, Any]], Rows]  # (run a step, the recipe's parameters) -> rows


@dataclass(frozen=True, slots=True)
class ProgramText:
    """A program text: the program's name, its statements by step name (in file order), and the recipe
    parameters its first step takes."""

    name: str
    steps: Mapping[str, str]
    params: tuple[str, ...]


def is_program(text: str) -> bool:
    """Whether a recipe text is a program (has a ``// program:`` line)."""
    return RE_PROGRAM.search(text) is not None


def _params(cypher: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(RE_PARAM.findall(RE_NOISE.sub(" ", cypher))))


def parse_program(text: str, where: str = "") -> ProgramText:
    """The program of a text; RecipeError ``where:line`` for an unknown program, a repeated or empty step, or
    a step the program needs and the text lacks."""
    m = RE_PROGRAM.search(text)
    if m is None:
        raise RecipeError(f"{where}: no // program: line")
    line = text.count("\n", 0, m.start()) + 1
    name = m.group(1)
    if name not in PROGRAMS:
        raise RecipeError(f"{where}:{line}: no recipe program {name!r}; valid: {', '.join(sorted(PROGRAMS))}")
    marks = list(RE_STEP.finditer(text))
    steps: dict[str, str] = {}
    for i, mark in enumerate(marks):
        step = mark.group(1)
        body = text[mark.end() : marks[i + 1].start() if i + 1 < len(marks) else len(text)].strip()
        at = f"{where}:{text.count(chr(10), 0, mark.start()) + 1}"
        if not step or step in steps:
            raise RecipeError(f"{at}: each // step: line names a new step, got {step!r}")
        if not RE_NOISE.sub(" ", body).strip():
            raise RecipeError(f"{at}: step {step} has no Cypher")
        steps[step] = body
    needs = STEPS[name]
    missing = [s for s in needs if s not in steps]
    if missing:
        raise RecipeError(f"{where}:{line}: program {name} needs the steps {', '.join(needs)} "
                          f"(missing: {', '.join(missing)})")
    return ProgramText(name, steps, _params(next(iter(steps.values()))))


def run_program(text: str, run: Callable[[str, Mapping[str, Any]], Rows], params: Mapping[str, Any]) -> Rows:
    """The rows of a program text: ``run(cypher, params)`` runs one statement on the store."""
    program = parse_program(text)
    return PROGRAMS[program.name](lambda step, p: run(program.steps[step], p), params)


# -- shortest_paths: every shortest path between two entities, meeting in the middle ---------------------
def shortest_paths(run: RunStep, params: Mapping[str, Any]) -> Rows:
    """Every shortest path between each pair of ends, as rows ``{…the ends' columns, hops, path}``.

    Steps (parameters -> columns):

    * ``ends`` (the recipe's) -> ``a``, ``b`` (keys of the two ends) and the columns each row repeats;
    * ``meet`` (``a``, ``b``) -> ``middle``, ``da``, ``db``: the nodes within two steps of both ends, with
      their distances from each, plus ``b`` itself at (1, 0) when the ends are neighbours;
    * ``walk1`` / ``walk2`` (``start``, ``targets``) -> ``middle``, ``path``: every walk of one / two steps
      (each relationship its own walk) from ``start`` to a node whose key is in ``targets``, ``path`` the
      names of its nodes;
    * ``paths`` (``a``, ``b``) -> ``hops``, ``path``: every shortest path, for ends further apart than four.

    A shortest path of ``hops`` steps passes, at its k-th node, through a node at distance k from ``a`` and
    ``hops - k`` from ``b``; so every one is a shortest walk from ``a`` to such a middle node followed by
    one from there to ``b``, and each such pair is one.
    """
    rows: Rows = []
    for ends in run("ends", params):
        a, b = ends["a"], ends["b"]
        keep = {k: v for k, v in ends.items() if k not in ("a", "b")}
        rows += [{**keep, "hops": hops, "path": path} for hops, path in _paths(run, a, b)]
    return rows


def _paths(run: RunStep, a: Any, b: Any) -> list[tuple[int, list[Any]]]:
    met = run("meet", {"a": a, "b": b})
    if not met:  # further apart than four steps, or not connected
        return [(r["hops"], r["path"]) for r in run("paths", {"a": a, "b": b})]
    hops = min(r["da"] + r["db"] for r in met)
    k = max(r["da"] for r in met if r["da"] + r["db"] == hops)  # the layer to meet at
    middle = sorted({r["middle"] for r in met if (r["da"], r["db"]) == (k, hops - k)})
    left = _walks(run, a, middle, k)
    right = _walks(run, b, middle, hops - k)
    return [(hops, head + tail[::-1][1:]) for m in middle for head in left[m] for tail in right[m]]


def _walks(run: RunStep, start: Any, targets: list[Any], steps: int) -> dict[Any, list[list[Any]]]:
    """Walks of ``steps`` (0-2) from ``start`` to each target, as lists of names."""
    out: dict[Any, list[list[Any]]] = defaultdict(list)
    if steps == 0:  # the start itself (a neighbour of the other end): its name ends the other side's walk
        return {t: [[]] for t in targets}
    for row in run(f"walk{steps}", {"start": start, "targets": targets}):
        out[row["middle"]].append(list(row["path"]))
    return out


PROGRAMS: dict[str, Program] = {"shortest_paths": shortest_paths}
STEPS: dict[str, tuple[str, ...]] = {"shortest_paths": ("ends", "meet", "walk1", "walk2", "paths")}

__all__ = ["PROGRAMS", "STEPS", "ProgramText", "is_program", "parse_program", "run_program", "shortest_paths"]
