"""The README stays honest: every CLI command and every recipe appears in it, and its set-up lines are what CI
runs."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import click
import pytest

from kg.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "kg") -> list[str]:
    out = []
    for name, cmd in sorted(group.commands.items()):
        full = f"{prefix} {name}"
        out.append(full)
        if isinstance(cmd, click.Group):
            out.extend(_commands(cmd, full))
    return out


@pytest.mark.parametrize("command", _commands(cli))
def test_every_command_is_in_the_readme(command: str) -> None:
    assert f"`{command}" in README, f"README.md does not document `{command}`"


@pytest.mark.parametrize("command", _commands(cli))
def test_every_command_has_help_with_an_example(command: str) -> None:
    from click.testing import CliRunner

    res = CliRunner().invoke(cli, [*command.split()[1:], "--help"])
    assert res.exit_code == 0, res.output
    cmd = cli
    for part in command.split()[1:]:
        cmd = cmd.commands[part]  # type: ignore[attr-defined]
    if not isinstance(cmd, click.Group):
        assert "Example" in (cmd.help or ""), f"{command} --help has no Example"


def test_every_recipe_is_in_the_readme() -> None:
    names = sorted(p.name.split(".")[0] for p in (ROOT / "queries").glob("*.cypher"))
    assert names, "no recipes found"
    for name in set(names):
        assert f"`{name}`" in README, f"README.md has no row for recipe {name}"


def test_ci_runs_the_readme_test_line() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    blocks = re.findall(r"```bash\n(.*?)```", README, flags=re.S)
    setup = blocks[0].strip().splitlines()
    assert len(setup) == 2, "the set-up block must hold exactly two lines"
    test_line = setup[1]
    assert "pytest" in test_line
    assert test_line in ci.splitlines(), ".ci/run must run exactly the README's test line"
    assert "kg build seeds/" in setup[0] and "kg query" in setup[0]


def test_readme_python_examples_run(tmp_path, monkeypatch, seed_store) -> None:
    """The README's ``>>>`` examples, run in a folder holding a copy of seeds/ (the extraction cache of the
    session's seed build is copied too, so the example's build takes its extractions from it)."""
    import doctest
    import shutil

    from kg.cache import CACHE_FILE

    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / ".kg").mkdir()
    shutil.copy(seed_store / CACHE_FILE, tmp_path / ".kg" / CACHE_FILE)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KG_STORE", raising=False)
    assert ">>> " in README
    res = doctest.testfile(str(ROOT / "README.md"), module_relative=False, optionflags=doctest.ELLIPSIS,
                           encoding="utf-8", verbose=False, report=True)
    assert res.attempted >= 5 and res.failed == 0


@pytest.mark.parametrize("command", _commands(cli))
def test_help_examples_print_one_per_line(command: str) -> None:
    from click.testing import CliRunner

    cmd = cli
    for part in command.split()[1:]:
        cmd = cmd.commands[part]  # type: ignore[attr-defined]
    doc = inspect.cleandoc(cmd.callback.__doc__ or "") if cmd.callback else ""
    examples = [ln.strip() for ln in doc.partition("Example:")[2].splitlines()
                if ln.strip().startswith("kg ")]
    if not examples:
        return
    out = CliRunner().invoke(cli, [*command.split()[1:], "--help"], terminal_width=80).output
    lines = [ln.strip() for ln in out.splitlines()]
    for example in examples:
        assert example in lines, f"{command} --help does not print {example!r} on a line of its own"
