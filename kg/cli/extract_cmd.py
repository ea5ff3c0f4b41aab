"""kg CLI commands: ``kg extract``."""

from __future__ import annotations

import sys
import time
from typing import TextIO

import click

from kg.cli.main import EXTRACTOR_NAMES, cli, kg_errors, show_progress
from kg.errors import KgError


class _Progress:
    """documents/s on stderr, only on a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.t0 = time.monotonic()

    def __call__(self, docs: int, chars: int) -> None:
        if self.enabled:
            dt = max(time.monotonic() - self.t0, 1e-9)
            sys.stderr.write(f"\r{docs} documents, {docs / dt:.1f} docs/s, {chars / dt / 1000:.0f}k chars/s")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write JSON lines here (default: standard output).")
@click.option("--workers", "-w", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes to extract with.")
@click.option("--skip-errors", is_flag=True, help="Skip unreadable files and documents, and report how many.")
@click.option("--text", "with_text", is_flag=True, help="Include each document's text in its record.")
@click.option("--extractor", type=click.Choice(EXTRACTOR_NAMES), default=None,
              help="Which extractor finds the spans (default: rules; see kg.extract).")
@kg_errors
def extract(paths: tuple[str, ...], output: TextIO, workers: int, skip_errors: bool, with_text: bool,
            extractor: str | None) -> None:
    """Extract firms, projects, parks, places, industries and their relations, one JSON line per document
    (the gold schema's shape, with mentions, codes and evidence).

    Example:

        kg extract seeds/ -o seeds.jsonl --workers 2
    """
    from kg.pipeline import extract_lines

    errors: list[KgError] = []
    progress = _Progress(show_progress())
    n = 0
    for line in extract_lines(paths, workers=workers, skip_errors=skip_errors, errors=errors,
                              progress=progress, with_text=with_text, extractor=extractor):
        output.write(line + "\n")
        n += 1
    progress.close()
    if errors:
        click.echo(f"skipped {len(errors)} item(s):", err=True)
        for e in errors:
            click.echo(f"  {e}", err=True)
    click.echo(f"extracted {n} document(s)", err=True)
