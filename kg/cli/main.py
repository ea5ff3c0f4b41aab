"""The ``kg`` click group and the helpers every command shares.

Commands live in sibling modules (one per area) and register themselves on :data:`cli`.
The CLI only parses arguments, calls one library function and prints; library code never prints or exits.
"""

from __future__ import annotations

import contextlib
import functools
import json
import sys
import warnings
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import click

from kg import __version__
from kg.errors import KgError, KgWarning

F = TypeVar("F", bound=Callable[..., Any])


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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
