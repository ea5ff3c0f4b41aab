"""Mark the module constants of the compiled modules ``Final`` (``python scripts/final_constants.py``).

mypyc (``hatch_build.py``) reads a module-level name from the module's dictionary at every use, a hash
look-up; a name declared ``Final`` becomes a C variable read directly, from other compiled modules too (~2-3%
of extraction time). This adds ``: Final`` to each UPPER_CASE name bound once at module level by a plain
assignment (``X = …`` -> ``X: Final = …``; ``X: T = …`` -> ``X: Final[T] = …``) where the line stays within
the line length, and the import of ``Final``. Run it again after adding constants or merging; then
``ruff check --fix kg`` sorts the imports. It changes no behaviour: mypy rejects any rebinding of a Final
name.
"""

from __future__ import annotations

import ast
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# hatch_build.COMPILED, less what it leaves out
MODULES = ("kg/extract/*.py", "kg/extract/frames/*.py", "kg/extract/model/*.py", "kg/lexicon/*.py")
SKIPPED = ("kg/extract/model/train.py",)
RE_UPPER = re.compile(r"^_?[A-Z][A-Z0-9_]*$")
LINE_LENGTH = 110  # pyproject.toml [tool.ruff]; a wide (CJK) character counts two


def width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line.rstrip("\n"))


def bound_once(tree: ast.Module) -> set[str]:
    """Names bound exactly once at module level, by a plain or annotated assignment, never declared global."""
    count: dict[str, int] = {}
    for node in tree.body:
        for sub in ast.walk(node) if not isinstance(node, (ast.FunctionDef, ast.ClassDef)) else ():
            if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store):
                count[sub.id] = count.get(sub.id, 0) + 1
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                name = (alias.asname or alias.name).split(".")[0]
                count[name] = count.get(name, 0) + 1
    declared = {n for node in ast.walk(tree) if isinstance(node, ast.Global) for n in node.names}
    return {n for n, k in count.items() if k == 1 and n not in declared and RE_UPPER.match(n)}


def finalize(src: str) -> str:
    tree = ast.parse(src)
    once = bound_once(tree)
    lines = src.splitlines(keepends=True)
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name, old, new = node.targets[0].id, f"{node.targets[0].id} = ", f"{node.targets[0].id}: Final = "
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            ann = ast.get_source_segment(src, node.annotation) or ""
            if "Final" in ann or "ClassVar" in ann or "TypeAlias" in ann:
                continue
            name = node.target.id
            old, new = f"{name}: {ann} = ", f"{name}: Final[{ann}] = "
        else:
            continue
        line = lines[node.lineno - 1]
        if name in once and line.startswith(old) and width(new + line[len(old) :]) <= LINE_LENGTH:
            lines[node.lineno - 1] = new + line[len(old) :]
    out = "".join(lines)
    if out != src and not re.search(r"^from typing import .*\bFinal\b", out, re.M):
        out = re.sub(r"^from __future__ import annotations\n", "\\g<0>\nfrom typing import Final\n", out,
                     count=1, flags=re.M)
    return out


def main() -> int:
    paths = sorted({p for pattern in MODULES for p in ROOT.glob(pattern)} - {ROOT / s for s in SKIPPED})
    for path in paths:
        src = path.read_text(encoding="utf-8")
        out = finalize(src)
        if out != src:
            path.write_text(out, encoding="utf-8")
            print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
