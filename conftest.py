"""Doctests of compiled modules: ``pip install -e .`` compiles kg.extract and kg.lexicon with mypyc
(``hatch_build.py``), and a compiled module keeps no docstrings and is imported from its extension module, not
the ``.py`` file pytest collects. So for such a module the doctests are read from its source and run against
the compiled module (what ``kg`` really runs); nothing changes when kg runs as pure Python.
"""

from __future__ import annotations

import ast
import doctest
import os
from pathlib import Path
from types import ModuleType
from typing import Any

from kg import _native

if _native.status() == "compiled":
    # pytest checks that a collected file is the imported module's __file__: an extension module is not
    os.environ["PY_IGNORE_IMPORTMISMATCH"] = "1"

_find = doctest.DocTestFinder.find


def _source(module: ModuleType) -> Path | None:
    """The source of a compiled module (``names.py`` beside ``names.cpython-311-x86_64-linux-gnu.so``)."""
    file = Path(getattr(module, "__file__", None) or "")
    if file.suffix not in (".so", ".pyd"):
        return None
    src = file.with_name(file.name.split(".", 1)[0] + ".py")
    return src if src.is_file() else None


def _docstrings(tree: ast.Module, name: str) -> list[tuple[str, str, int]]:
    """(qualified name, docstring, line) of the module, its functions and classes and their methods: what
    doctest's finder looks at."""
    out = []

    def visit(node: ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef, qual: str) -> None:
        doc = ast.get_docstring(node, clean=False)
        if doc is not None:
            out.append((qual, doc, node.body[0].lineno - 1))
        if isinstance(node, (ast.Module, ast.ClassDef)):
            for child in node.body:
                if isinstance(child, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                    visit(child, f"{qual}.{child.name}")

    visit(tree, name)
    return out


def _find_compiled(self: doctest.DocTestFinder, obj: Any, name: str | None = None, module: Any = None,
                   globs: dict[str, Any] | None = None,
                   extraglobs: dict[str, Any] | None = None) -> list[doctest.DocTest]:
    src = _source(obj) if isinstance(obj, ModuleType) else None
    if src is None:
        return _find(self, obj, name, module, globs, extraglobs)
    parser = doctest.DocTestParser()
    base = dict(obj.__dict__) if globs is None else dict(globs)
    base.update(extraglobs or {})
    tests = [parser.get_doctest(doc, dict(base), qual, str(src), line)
             for qual, doc, line in _docstrings(ast.parse(src.read_text(encoding="utf-8")), obj.__name__)]
    return sorted(tests)


doctest.DocTestFinder.find = _find_compiled
