"""Whether the extraction modules run compiled, and the guard that keeps a stale compiled build from running.

``pip install -e .`` (and any wheel build) compiles the extraction and lexicon modules with mypyc
(``hatch_build.py``) into extension modules that sit beside their sources; Python imports an extension
module before a source of the same name. The build writes :data:`STAMP`: each compiled module's source path
and a hash of that source. On ``import kg`` this module compares those hashes with the sources:

* all the same (or no stamp: nothing compiled): imports go on as usual;
* a source changed since the build (an edit in an editable install) or ``KG_PURE_PYTHON=1``: every compiled
  module is imported from its source instead (pure Python, slower), so an edit always takes effect, and a
  warning says to reinstall (``pip install -e .``) to compile again. All or none: compiled modules call one
  another directly, so one module from source among compiled ones would not see the others' edits.

>>> status() in ("compiled", "pure Python: nothing compiled") or status().startswith("pure Python: ")
True
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

STAMP = "_native_build.txt"  # in kg/: lines "<source path relative to kg/'s parent> <sha256 of it>"
PURE_ENV = "KG_PURE_PYTHON"
_PACKAGE_ROOT = Path(__file__).resolve().parent.parent
_status = "pure Python: nothing compiled"


def source_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_stamp(root: Path = _PACKAGE_ROOT) -> dict[str, tuple[Path, str]]:
    """Module name -> (source path, hash at build time) of the compiled build of the ``kg`` under ``root``;
    empty when nothing was compiled."""
    try:
        lines = (root / "kg" / STAMP).read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    out = {}
    for line in lines:
        if line.startswith("#"):
            continue  # how the modules were built (build_kind)
        rel, _, digest = line.strip().rpartition(" ")
        if rel:
            name = rel.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
            out[name] = (root / rel, digest)
    return out


def changed(modules: dict[str, tuple[Path, str]]) -> str | None:
    """The first compiled module's source that differs from the build's (or is gone), else None."""
    for path, digest in modules.values():
        try:
            if source_hash(path) == digest:
                continue
        except OSError:
            pass
        return path.as_posix()
    return None


class FromSource(importlib.abc.MetaPathFinder):
    """Imports the listed modules from their ``.py`` sources, ahead of the compiled extension modules."""

    def __init__(self, modules: dict[str, tuple[Path, str]]) -> None:
        self.sources = {name: path for name, (path, _) in modules.items()}

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        src = self.sources.get(fullname)
        if src is None or not src.is_file():
            return None
        package = [str(src.parent)] if src.name == "__init__.py" else None
        return importlib.util.spec_from_file_location(fullname, src, submodule_search_locations=package)


def install() -> None:
    """Run once by ``import kg``, before any compiled module is imported."""
    global _status
    modules = read_stamp()
    if not modules:
        return
    if os.environ.get(PURE_ENV, "") not in ("", "0"):
        _status = f"pure Python: {PURE_ENV} is set"
    else:
        edited = changed(modules)
        if edited is None:
            _status = "compiled"
            return
        _status = f"pure Python: {edited} changed since the compiled build"
        warnings.warn(f"kg: {edited} changed since the extraction modules were compiled, so they run as pure "
                      "Python (slower); run `pip install -e .` again to compile them", RuntimeWarning,
                      stacklevel=3)
    sys.meta_path.insert(0, FromSource(modules))


def build_kind(root: Path = _PACKAGE_ROOT) -> str | None:
    """How the compiled build was made, as its stamp says: ``profile-guided``, or ``plain: <why>`` (None when
    nothing was compiled)."""
    try:
        with (root / "kg" / STAMP).open(encoding="utf-8") as f:
            first = f.readline().strip()
    except OSError:
        return None
    return first[1:].strip() if first.startswith("#") else "plain"


def status() -> str:
    """``compiled`` when the extraction modules run compiled, else ``pure Python: <why>``."""
    return _status
