"""Neo4j's own Cypher linter for tests: npm ``@neo4j-cypher/language-support`` (``lintCypherQuery``).

The package is installed once into a cache folder (``$KG_TEST_CACHE`` or ``~/.cache/kg-test``) with
``npm install --prefix``; one node process lints a whole batch of statements (JSON on stdin), so a test
suite pays node's start-up once. "Parameter $x is not defined" diagnostics are dropped (the statements
take their values as parameters). Use :func:`lint` from a test, after :func:`require_linter`.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

LINT_PACKAGE = "@neo4j-cypher/language-support"
LINT_VERSION = "2.0.0-next.38"  # only pre-releases are published: pin one
ERROR = 1  # LSP DiagnosticSeverity.Error (2 = warning)

LINT_SCRIPT = """
import { lintCypherQuery, isNotParamError } from '@neo4j-cypher/language-support';
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const out = JSON.parse(input).map((query) => lintCypherQuery(query, {}).diagnostics
    .filter((d) => isNotParamError(d))
    .map((d) => ({ message: d.message, severity: d.severity, offset: d.offsets ? d.offsets.start : null })));
  process.stdout.write(JSON.stringify(out));
});
"""


def cache_dir() -> Path:
    return Path(os.environ.get("KG_TEST_CACHE", Path.home() / ".cache" / "kg-test")) / "cypherlint"


def require_linter() -> Path:
    """The folder holding the linter script; skips the test if node or npm is missing."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        pytest.skip("node and npm are needed for the Neo4j Cypher linter")
    folder = cache_dir()
    pkg = folder / "node_modules" / "@neo4j-cypher" / "language-support" / "package.json"
    if not pkg.exists() or json.loads(pkg.read_text(encoding="utf-8")).get("version") != LINT_VERSION:
        folder.mkdir(parents=True, exist_ok=True)
        proc = subprocess.run(
            [
                npm,
                "install",
                "--prefix",
                str(folder),
                "--no-audit",
                "--no-fund",
                "--loglevel=error",
                f"{LINT_PACKAGE}@{LINT_VERSION}",
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
        if proc.returncode != 0:
            pytest.fail(f"npm install {LINT_PACKAGE}@{LINT_VERSION} failed:\n{proc.stderr[-2000:]}")
    script = folder / "lint.mjs"
    if not script.exists() or script.read_text(encoding="utf-8") != LINT_SCRIPT:
        script.write_text(LINT_SCRIPT, encoding="utf-8")
    return folder


def lint(statements: list[str]) -> list[list[dict[str, Any]]]:
    """Diagnostics per statement (parameter warnings dropped); ``severity == ERROR`` is a syntax error.

    Results are remembered per statement text in the cache folder (the linter version is pinned, so they
    cannot change): an unchanged statement is not linted twice (~0.1 s of node each).
    """
    folder = require_linter()
    memo_path = folder / f"results-{LINT_VERSION}.json"
    try:
        memo: dict[str, list[dict[str, Any]]] = json.loads(memo_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        memo = {}
    todo = sorted({q for q in statements if q not in memo})
    if todo:
        proc = subprocess.run(
            [shutil.which("node") or "node", str(folder / "lint.mjs")],
            input=json.dumps(todo),
            capture_output=True,
            text=True,
            timeout=300,
            cwd=folder,
        )
        if proc.returncode != 0:
            pytest.fail(f"the Cypher linter failed:\n{proc.stderr[-2000:]}")
        memo.update(zip(todo, json.loads(proc.stdout), strict=True))
        tmp = memo_path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(memo, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, memo_path)
    return [memo[q] for q in statements]


def syntax_errors(statements: list[str]) -> dict[str, list[str]]:
    """Statement -> its error messages, for the statements that have errors."""
    out: dict[str, list[str]] = {}
    for query, diags in zip(statements, lint(statements), strict=True):
        errors = [d["message"] for d in diags if d["severity"] == ERROR]
        if errors:
            out[query] = errors
    return out
