"""Recipe files: reading a ``queries/`` folder, one ``<name>.cypher`` file per recipe, into Recipes.

A file is parsed and checked when it is loaded (its header lines, parameters, variants and alternatives);
:mod:`kg.recipes` runs the result.

The folder is the registry (as in aiosql's ``from_path``): no decorators, no config file.

* The leading ``//`` lines of a file are its description. A line ``// example: kg query NAME -p k=v …``
  gives an example call (its parameters are what the tests and the README use); ``// ordered: col, …``
  names result columns whose lists keep the engine's order (paths, parallel evidence lists): every other
  list of plain values is sorted, because ``collect()`` order differs between engines and runs.
* A line ``// names: param:Label, …`` lists parameters that name an entity (of those labels, ``A|B`` for
  several, none for any): the runner passes them through :func:`kg.model.normalise_name` (NFKC, no blanks or
  quote marks), the form the store's name index holds (``(:Name {key: $firm})-[:NAMES]->(f:Firm)``), and a
  name the graph does not hold is an error listing the nearest names; run such a recipe elsewhere with
  normalised names.
* ``// chains: param`` names a chain the graph must hold; ``// choices: level=province|city|county`` lists a
  parameter's values; ``// defaults: level=city, limit=100`` gives the value of a parameter left out
  (:mod:`kg.recipe_checks`).
* Parameters are the ``$identifiers`` left after stripping comments and strings (datasette's
  ``named_parameters``).
* A sibling ``<name>.<backend>.cypher`` (``embedded`` or ``neo4j``) holds that backend's text where the shared
  dialect cannot say it (shortest paths); the store's ``name`` picks it.
* A text may hold alternatives for given parameter values: a line ``// when: place=`` (``param=value, …``)
  starts the statement that runs when every listed parameter has that value (after defaults; ``place=`` is
  the empty text), and the statement before the first such line runs otherwise (see
  :func:`choose_statement`). A backend whose planner handles one form of a question badly answers it with a
  text of its own, chosen before it runs.
* A backend's text may instead be a *program* (``// program: shortest_paths``, then ``// step: NAME`` lines
  starting its statements): a function of :mod:`kg.recipe_programs` runs the steps and joins their rows, for a
  question the engine cannot answer fast in one statement. Its parameters are those of its first step.
* Recipes are read-only: a recipe with a write clause or one that reaches files or runs procedures (``LOAD``,
  ``COPY``, ``CALL`` …) is refused when it is loaded, naming its file and line (a custom ``--queries`` folder
  too), and the stores run every query through the same check again.

>>> r = parse_recipe("demo", "// Firms by name.\\n// example: kg query demo -p firm=甲\\n"
...                  "MATCH (f:Firm) WHERE f.name = $firm RETURN f.name AS firm // not $this")
>>> r.description, r.params, r.example
('Firms by name.', ('firm',), {'firm': '甲'})
>>> parse_value("16"), parse_value("1.5"), parse_value("邵阳市"), parse_value("007")
(16, 1.5, '邵阳市', '007')
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import RecipeError
from kg.recipe_programs import is_program, parse_program
from kg.store.base import FILE_CLAUSES, find_write_clause

RECIPE_SUFFIX = ".cypher"
BACKENDS = ("embedded", "neo4j")  # the store names a variant file may target
# String literals, backtick identifiers and comments: no parameter lives inside them.
RE_CYPHER_NOISE = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.DOTALL)
RE_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
RE_RECIPE_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
RE_COMMENT_LINE = re.compile(r"^\s*//\s?(.*)$")
RE_EXAMPLE = re.compile(r"^example:\s*(.*)$", re.IGNORECASE)
RE_ORDERED = re.compile(r"^ordered:\s*(.*)$", re.IGNORECASE)
RE_NAMES = re.compile(r"^names:\s*(.*)$", re.IGNORECASE)
RE_CHAINS = re.compile(r"^chains:\s*(.*)$", re.IGNORECASE)
RE_CHOICES = re.compile(r"^choices:\s*(.*)$", re.IGNORECASE)
RE_DEFAULTS = re.compile(r"^defaults:\s*(.*)$", re.IGNORECASE)
RE_WHEN = re.compile(r"^[ \t]*//[ \t]*when:[ \t]*(.*)$", re.IGNORECASE | re.MULTILINE)
RE_LABEL = re.compile(r"^[A-Z][A-Za-z]*$")
RE_INT = re.compile(r"^[+-]?(?:0|[1-9][0-9]*)$")
RE_FLOAT = re.compile(r"^[+-]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$|^[+-]?[0-9]+[eE][+-]?[0-9]+$")


@dataclass(frozen=True, slots=True)
class Recipe:
    """One recipe file: name (file stem), description, Cypher text, parameters and per-backend variants."""

    name: str
    description: str
    cypher: str
    params: tuple[str, ...]
    path: Path | None = None
    variants: Mapping[str, str] = field(default_factory=dict)  # backend name -> Cypher text
    example: Mapping[str, Any] = field(default_factory=dict)  # parameters of the ``// example:`` call
    ordered: tuple[str, ...] = ()  # result columns whose lists keep the engine's order
    names: tuple[str, ...] = ()  # parameters that name an entity (normalised before running)
    labels: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # name parameter -> labels (() = any)
    chains: tuple[str, ...] = ()  # parameters that name a chain
    choices: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # parameter -> allowed values
    defaults: Mapping[str, Any] = field(default_factory=dict)  # parameter -> value when left out

    def text_for(self, backend: str) -> str:
        """The Cypher this recipe runs on ``backend`` (its variant file, else the shared text)."""
        return self.variants.get(backend, self.cypher)


def named_parameters(cypher: str) -> tuple[str, ...]:
    """The ``$names`` of a Cypher text, in order of first use, ignoring comments and strings.

    >>> named_parameters("MATCH (n {name: '$no'}) WHERE n.x = $a OR n.y = $b /* $c */ RETURN $a")
    ('a', 'b')
    """
    return tuple(dict.fromkeys(RE_PARAM.findall(RE_CYPHER_NOISE.sub(" ", cypher))))


def parse_value(text: str) -> Any:
    """A ``-p key=value`` value: an int or float when it looks numeric (``007`` stays text), else the text."""
    s = text.strip()
    if RE_INT.match(s):
        return int(s)
    if RE_FLOAT.match(s):
        return float(s)
    return text


def parse_params(pairs: list[str] | tuple[str, ...], recipe: str = "") -> dict[str, Any]:
    """``["key=value", …]`` -> ``{"key": value}`` (see :func:`parse_value`)."""
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            where = f"recipe {recipe}: " if recipe else ""
            raise RecipeError(f"{where}parameter {pair!r} is not key=value")
        out[key.strip()] = parse_value(value)
    return out


def _header(text: str) -> list[str]:
    """The leading ``//`` comment lines (without the slashes)."""
    out = []
    for line in text.splitlines():
        m = RE_COMMENT_LINE.match(line)
        if not m:
            if line.strip():
                break
            continue
        out.append(m.group(1).rstrip())
    return out


def _example(line: str, name: str, where: str) -> dict[str, Any]:
    try:
        words = shlex.split(line)
    except ValueError as exc:
        raise RecipeError(f"{where}: example line cannot be parsed ({exc})") from exc
    pairs = [words[i + 1] for i, w in enumerate(words[:-1]) if w in ("-p", "--param")]
    if name not in words:
        raise RecipeError(f"{where}: the example calls another recipe than {name}")
    return parse_params(pairs, name)


def _items(text: str) -> list[str]:
    return [c.strip() for c in text.split(",") if c.strip()]


def _labelled(items: list[str], where: str) -> dict[str, tuple[str, ...]]:
    """``firm:Firm, place:Park|Place, name`` -> {param: labels}."""
    out: dict[str, tuple[str, ...]] = {}
    for item in items:
        param, _, labels = item.partition(":")
        found = tuple(x.strip() for x in labels.split("|") if x.strip()) if labels else ()
        bad = [x for x in found if not RE_LABEL.match(x)]
        if bad:
            raise RecipeError(f"{where}: names line: {', '.join(bad)} is no node label")
        out[param.strip()] = found
    return out


def _assignments(items: list[str], where: str, kind: str) -> dict[str, str]:
    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise RecipeError(f"{where}: {kind} line: {item!r} is not param=value")
        out[key.strip()] = value.strip()
    return out


@dataclass
class _Header:
    """What a recipe's leading ``//`` lines declare."""

    description: list[str] = field(default_factory=list)
    example: dict[str, Any] = field(default_factory=dict)
    ordered: tuple[str, ...] = ()
    labels: dict[str, tuple[str, ...]] = field(default_factory=dict)
    chains: tuple[str, ...] = ()
    choices: dict[str, tuple[str, ...]] = field(default_factory=dict)
    defaults: dict[str, Any] = field(default_factory=dict)

    def read(self, line: str, name: str, at: str) -> None:
        """Take one header line (``at`` is its ``path:line``)."""
        if m := RE_EXAMPLE.match(line):
            self.example = _example(m.group(1), name, at)
        elif m := RE_ORDERED.match(line):
            self.ordered = tuple(_items(m.group(1)))
        elif m := RE_NAMES.match(line):
            self.labels = _labelled(_items(m.group(1)), at)
        elif m := RE_CHAINS.match(line):
            self.chains = tuple(_items(m.group(1)))
        elif m := RE_CHOICES.match(line):
            self.choices = {k: tuple(v.split("|"))
                            for k, v in _assignments(_items(m.group(1)), at, "choices").items()}
        elif m := RE_DEFAULTS.match(line):
            self.defaults = {k: parse_value(v)
                             for k, v in _assignments(_items(m.group(1)), at, "defaults").items()}
        elif line:
            self.description.append(line)


def _parse_header(name: str, text: str, where: str) -> _Header:
    header = _Header()
    for i, line in enumerate(_header(text), start=1):
        header.read(line, name, f"{where}:{i}")
    if not header.description:
        raise RecipeError(f"{where}:1: a recipe starts with // lines describing it")
    return header


def _check_body(text: str, variants: Mapping[str, str], where: str) -> tuple[str, ...]:
    """The recipe's parameters, once its text and its variants are checked: Cypher there, reads only, and
    the variants take the same parameters."""
    if not RE_CYPHER_NOISE.sub(" ", text).strip():
        raise RecipeError(f"{where}: no Cypher after the description")
    if is_program(text):
        raise RecipeError(f"{where}: a program is a backend's own text (<name>.embedded.cypher), "
                          "beside a shared statement")
    _check_reads_only(text, where)
    for vtext in variants.values():
        _check_reads_only(vtext, where)
    params = named_parameters(text)
    for backend, vtext in variants.items():
        vparams = parse_program(vtext, where).params if is_program(vtext) else named_parameters(vtext)
        extra = set(vparams) ^ set(params)
        if extra:
            differ = ", ".join(sorted(extra))
            raise RecipeError(f"{where}: the {backend} variant's parameters differ by {differ}")
    for t in (text, *variants.values()):
        for line, conditions in _alternatives(t, where)[1:]:
            unknown = sorted(set(conditions) - set(params))
            if unknown:
                raise RecipeError(f"{where}:{line}: the when line names {', '.join(unknown)}, "
                                  "which the recipe does not take")
    return params


def _check_declarations(h: _Header, params: tuple[str, ...], where: str) -> None:
    """The header's lines speak of parameters the recipe uses; defaults are among the choices; the example
    gives every parameter without a default."""
    declared_by = (("names", h.labels), ("chains", h.chains), ("choices", h.choices),
                   ("defaults", h.defaults))
    for kind, declared in declared_by:
        unused = sorted(set(declared) - set(params))
        if unused:
            raise RecipeError(f"{where}: the {kind} line lists {', '.join(unused)}, "
                              "which the recipe does not use")
    for p, value in h.defaults.items():
        if p in h.choices and str(value) not in h.choices[p]:
            raise RecipeError(f"{where}: the default {p}={value} is not one of its choices")
    unknown = set(h.example) - set(params)
    missing = set(params) - set(h.example) - set(h.defaults)
    if h.example and (unknown or missing):
        raise RecipeError(f"{where}: the example's parameters differ from the recipe's "
                          f"({', '.join(sorted(unknown | missing))})")


def parse_recipe(name: str, text: str, path: Path | None = None,
                 variants: Mapping[str, str] | None = None) -> Recipe:
    """A Recipe from its file text; raises RecipeError (``path:line``) on a malformed file."""
    where = str(path) if path else name
    if not RE_RECIPE_NAME.match(name):
        raise RecipeError(f"{where}: recipe names are snake_case (a-z, 0-9, _), got {name!r}")
    h = _parse_header(name, text, where)
    params = _check_body(text, variants or {}, where)
    _check_declarations(h, params, where)
    return Recipe(name, " ".join(h.description), text, params, path, dict(variants or {}), h.example,
                  h.ordered, tuple(h.labels), h.labels, h.chains, h.choices, h.defaults)


def _alternatives(text: str, where: str = "") -> list[tuple[int, dict[str, str]]]:
    """The statements of a text split at its ``// when:`` lines: (line of the when line, conditions) each, the
    first (line 0, no conditions) being the statement that runs otherwise."""
    out: list[tuple[int, dict[str, str]]] = [(0, {})]
    for m in RE_WHEN.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        out.append((line, _assignments(_items(m.group(1)), f"{where}:{line}", "when")))
    return out


def choose_statement(text: str, params: Mapping[str, Any]) -> str:
    """The statement of ``text`` that runs with ``params``: the first ``// when: p=v, …`` alternative whose
    parameters all have those values (compared as text), else the statement before the first when line.

    >>> t = "MATCH (n) RETURN n.name AS name\\n// when: place=\\nMATCH (m) RETURN m.name AS name"
    >>> choose_statement(t, {"place": ""})
    'MATCH (m) RETURN m.name AS name'
    >>> choose_statement(t, {"place": "邵阳市"})
    'MATCH (n) RETURN n.name AS name'
    """
    parts = RE_WHEN.split(text)  # default, conditions, statement, conditions, statement, ...
    for i in range(1, len(parts) - 1, 2):
        conditions = _assignments(_items(parts[i]), "when line", "when")
        if all(p in params and str(params[p]) == v for p, v in conditions.items()):
            return parts[i + 1].strip()
    return parts[0].strip()


def _check_reads_only(text: str, where: str) -> None:
    """RecipeError ``where:line`` for a clause that writes, reaches files or runs procedures."""
    found = find_write_clause(text)
    if found:
        word, offset = found
        line = text.count("\n", 0, offset) + 1
        why = FILE_CLAUSES.get(word, "writes to the graph")
        raise RecipeError(f"{where}:{line}: recipes may only read the graph; {word} {why}")


def default_dir() -> Path:
    """The recipes shipped with kg: ``kg/queries`` in a wheel, else the repository's ``queries/``."""
    here = Path(__file__).resolve().parent
    packaged = here / "queries"
    return packaged if packaged.is_dir() else here.parent / "queries"


def load_recipes(folder: str | Path | None = None) -> dict[str, Recipe]:
    """Every recipe in ``folder`` (default :func:`default_dir`), by name, sorted."""
    root = Path(folder) if folder is not None else default_dir()
    if not root.is_dir():
        raise RecipeError(f"{root}: no such recipes folder")
    base: dict[str, Path] = {}
    variants: dict[str, dict[str, str]] = {}
    for path in sorted(root.glob(f"*{RECIPE_SUFFIX}")):
        stem = path.name[: -len(RECIPE_SUFFIX)]
        name, dot, backend = stem.partition(".")
        if not dot:
            base[name] = path
            continue
        if backend not in BACKENDS:
            raise RecipeError(f"{path}: unknown backend {backend!r} in a variant name; "
                              f"valid: {', '.join(BACKENDS)}")
        variants.setdefault(name, {})[backend] = _read(path)
    orphans = sorted(set(variants) - set(base))
    if orphans:
        raise RecipeError(f"{root}: variant files without a recipe: {', '.join(orphans)}")
    return {name: parse_recipe(name, _read(path), path, variants.get(name))
            for name, path in sorted(base.items())}


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RecipeError(f"{path}: cannot read the recipe ({exc})") from exc


__all__ = ["BACKENDS", "RECIPE_SUFFIX", "RE_CYPHER_NOISE", "Recipe", "choose_statement", "default_dir",
           "load_recipes", "named_parameters", "parse_params", "parse_recipe", "parse_value"]
