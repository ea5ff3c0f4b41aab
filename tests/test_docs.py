"""The README stays honest: every CLI command and every recipe appears in it, its set-up lines are what CI
runs, its quickstart and recipe rows print what it shows, and its figures about the resources are theirs."""

from __future__ import annotations

import inspect
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
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


# -- the quickstart prints what the README shows -------------------------------------------------------------
ELLIPSIS = "…"


def _console_blocks(section: str) -> list[list[str]]:
    """The lines of each ```console block in the README section headed ``section``."""
    body = README.split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]
    return [block.splitlines() for block in re.findall(r"```console\n(.*?)```", body, flags=re.S)]


def _shown_outputs(lines: list[str]) -> list[tuple[str, list[str]]]:
    """(command, the lines shown under it) for each ``$ kg …`` line that has output shown."""
    out: list[tuple[str, list[str]]] = []
    for line in lines:
        if line.startswith("$ "):
            out.append((line[2:].split(" #", 1)[0].strip(), []))
        else:
            out[-1][1].append(line)
    return [(cmd, shown) for cmd, shown in out if shown]


def _differs(shown: list[str], printed: list[str]) -> str | None:
    """None when the shown lines are the printed ones, in order; a line ``…`` stands for printed lines left
    out, a line ending in ``…`` for the columns left out at its end. Else what differs."""
    i, skipping = 0, False
    for line in shown:
        if line.strip() == ELLIPSIS:
            skipping = True
            continue
        prefix = line[: -len(ELLIPSIS)].rstrip() if line.endswith(ELLIPSIS) else None
        j = i
        while j < len(printed):
            p = printed[j].rstrip()
            if (p.startswith(prefix) if prefix is not None else p == line.rstrip()):
                break
            if not skipping:
                return f"shown {line!r}, printed {printed[j]!r}"
            j += 1
        else:
            return f"shown {line!r}, which is not printed (after line {i})"
        i, skipping = j + 1, False
    if i < len(printed) and not skipping:
        return f"printed {printed[i]!r} and more after the last line shown (end with a line '{ELLIPSIS}')"
    return None


def test_quickstart_prints_what_the_readme_shows(tmp_path: Path) -> None:
    """Each quickstart command with output shown, run as a user would in a folder holding a copy of seeds/."""
    commands = [c for block in _console_blocks("Quickstart") for c in _shown_outputs(block)]
    assert [c for c, _ in commands][:3] == ["kg ingest seeds/", "kg build seeds/",
                                            "kg query projects_in_park -p park=邵阳经开区"]
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    env = {k: v for k, v in os.environ.items() if k != "KG_STORE"}
    for command, shown in commands:
        args = shlex.split(command)
        assert args[0] == "kg", command
        done = subprocess.run([sys.executable, "-m", "kg", *args[1:]], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, f"{command}: {done.stderr}"
        problem = _differs(shown, done.stdout.splitlines())
        if problem:
            pytest.fail(f"README.md quickstart, `{command}`: {problem}\nit prints:\n{done.stdout}",
                        pytrace=False)


def test_differs_reads_the_ellipsis_marks() -> None:
    printed = ["a  b  c", "---", "1  2  3", "4  5  6"]
    assert _differs(["a  b  …", "---", "1  2  3", ELLIPSIS], printed) is None
    assert _differs(["a  b  c", ELLIPSIS, "4  5  6"], printed) is None
    assert _differs(["a  b  c", "1  2  3", ELLIPSIS], printed) is not None  # "---" left out unmarked
    assert _differs(["a  b  c", "---", "1  2  3"], printed) is not None  # a row left out unmarked
    assert _differs(["a  b  c", "---", "4  5  6", ELLIPSIS], printed) is not None  # order
    assert _differs(["a  b  c", "---", "1  2  4", ELLIPSIS], printed) is not None


# -- recipe rows: the README's first row is the first row the example returns --------------------------------
RE_RECIPE_ROW = re.compile(r"^\| `([a-z_]+)` \|.*\| `(kg query [^`]*)` \| `(\{.*\})` \|$", re.M)


@pytest.mark.parametrize(("name", "example", "row"), RE_RECIPE_ROW.findall(README), ids=lambda v: v[:30])
def test_recipe_table_rows_are_the_first_rows_returned(name: str, example: str, row: str) -> None:
    """The row the README shows for a recipe is the first row its example returns on the sample corpus (the
    golden answer, which tests/test_recipes.py checks against a build of seeds/); ``"…"`` ends a cut list."""
    from kg.recipes import load_recipes, parse_params

    golden = json.loads((ROOT / "tests" / "golden" / "recipes" / f"{name}.json").read_text(encoding="utf-8"))
    args = shlex.split(example)
    assert args[:3] == ["kg", "query", name]
    params = parse_params([a for i, a in enumerate(args) if i and args[i - 1] == "-p"], name)
    assert params == dict(load_recipes()[name].example) == golden["params"], "the README's example"
    first = golden["rows"][0]
    for key, value in json.loads(row.replace("\\|", "|")).items():
        if isinstance(value, list) and value[-1:] == [ELLIPSIS]:
            assert first[key][: len(value) - 1] == value[:-1], key
        else:
            assert first[key] == value, key


def test_every_recipe_has_a_checked_row() -> None:
    assert sorted(n for n, _, _ in RE_RECIPE_ROW.findall(README)) == sorted(
        p.name.split(".")[0] for p in (ROOT / "queries").glob("*.cypher") if p.name.count(".") == 1)


# -- figures the README gives about the resources ------------------------------------------------------------
def test_readme_figures_of_the_resources() -> None:
    from kg.extract.frames import FRAMES
    from kg.lexicon import Lexicon

    lex = Lexicon.load()
    for figure in (f"a coded gazetteer of {len(lex.gazetteer.places):,} divisions",
                   f"a {len(lex.taxonomy.chains)}-chain industry taxonomy",
                   f"(`kg.extract.frames.FRAMES`, {len(FRAMES)} of them)"):
        assert figure in README, f"README.md should say: {figure}"
