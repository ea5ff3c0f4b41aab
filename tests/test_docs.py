"""The README stays honest: every CLI command and every recipe appears in it, and its set-up lines are what CI
runs."""

from __future__ import annotations

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
