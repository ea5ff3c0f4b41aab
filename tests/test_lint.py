"""Lint and types run with the tests: ruff (the settings in pyproject.toml: pycodestyle, pyflakes, isort,
pyupgrade, bugbear, simplify and a complexity ceiling of 15) over all the code, and mypy --strict over kg/.

Both come from the ``test`` extra (``pip install -e '.[test]'``); a finding fails the test and is printed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RUFF_PATHS = ("kg", "tests", "benchmarks", "scripts", "hatch_build.py", "conftest.py")


def _check(*args: str) -> None:
    """Run ``python -m ARGS`` in the repository; fail with what it printed unless it exits 0."""
    done = subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)
    if done.returncode != 0:
        pytest.fail(f"{' '.join(args)} exited {done.returncode}:\n{done.stdout}{done.stderr}", pytrace=False)


def test_ruff_finds_nothing() -> None:
    _check("ruff", "check", "--output-format", "concise", *RUFF_PATHS)


def test_mypy_finds_nothing() -> None:
    _check("mypy")  # files and settings: [tool.mypy] in pyproject.toml
