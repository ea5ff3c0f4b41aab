"""The ``kg`` click group and the helpers every command shares.

Commands live in sibling modules (one per area) and register themselves on :data:`cli`.
The CLI only parses arguments, calls one library function and prints; library code never prints or exits.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import json
import re
import sys
import warnings
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import click

from kg import __version__
from kg.errors import KgError, KgWarning

F = TypeVar("F", bound=Callable[..., Any])

# The line that starts a command's examples in its docstring; what follows keeps its line breaks in --help.
RE_EXAMPLE_HEADING = re.compile(r"^Examples?:\s*$")
# The extractors --extractor offers: kg.extract.EXTRACTORS' names, written here so that the CLI starts without
# importing extraction (tests/test_span_model.py checks that they are the registry's).
EXTRACTOR_NAMES = ("rules", "model", "hybrid", "veto")
NO_REWRAP = "\b"  # click leaves a paragraph that starts with this line as it is


def keep_example_lines(help_text: str) -> str:
    """``help_text`` with each paragraph after its ``Example:`` line marked so click prints its lines as they
    are (one command per line) instead of joining them into one wrapped line."""
    lines = inspect.cleandoc(help_text).splitlines()
    for i, line in enumerate(lines):
        if RE_EXAMPLE_HEADING.match(line):
            out, rest = lines[: i + 1] + [""], lines[i + 1 :]
            paragraphs = "\n".join(rest).strip("\n").split("\n\n")
            out.append("\n\n".join(f"{NO_REWRAP}\n{p}" for p in paragraphs if p.strip()))
            return "\n".join(out)
    return help_text


class KgCommand(click.Command):
    """A command whose --help prints its examples one per line."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.help:
            self.help = keep_example_lines(self.help)


class KgGroup(click.Group):
    """The kg group: its commands are :class:`KgCommand` and its subgroups KgGroups."""

    command_class = KgCommand
    group_class = type  # subgroups of the same class


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """kg: a knowledge graph of firms, projects, parks, places and industries from Chinese
    government work reports and investment-promotion news."""
    ctx.with_resource(print_warnings())


@contextlib.contextmanager
def print_warnings() -> Iterator[None]:
    """While a command runs, each KgWarning the library emits (a repaired file, a dropped amount) is printed
    on stderr as ``warning: …``, every time; other warnings keep Python's handling."""
    with warnings.catch_warnings():
        warnings.simplefilter("always", KgWarning)
        shown = warnings.showwarning

        def show(message: Warning | str, category: type[Warning], *args: Any, **kwargs: Any) -> None:
            if issubclass(category, KgWarning):
                click.echo(f"warning: {message}", err=True)
            else:
                shown(message, category, *args, **kwargs)

        warnings.showwarning = show
        yield


def kg_errors(fn: F) -> F:
    """Turn KgError into a clean message and exit status 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except KgError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper  # type: ignore[return-value]


def echo_json(obj: Any) -> None:
    """Print one JSON value (UTF-8, not ASCII-escaped)."""
    click.echo(json.dumps(obj, ensure_ascii=False, default=str))


def show_progress() -> bool:
    """Progress is shown only on an interactive terminal (stderr), never in pipes or tests."""
    return sys.stderr.isatty()
