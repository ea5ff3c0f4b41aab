"""kg CLI commands: ``kg build``."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.extract_cmd import _Progress
from kg.cli.main import EXTRACTOR_NAMES, cli, kg_errors, show_progress
from kg.model import EntityType, RelType


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Store folder (default: $KG_STORE or ./.kg).")
@click.option("--workers", "-w", type=click.IntRange(1, 64), default=1, show_default=True)
@click.option("--skip-errors", is_flag=True, help="Skip unreadable files and documents, and report how many.")
@click.option("--report", "show_report", is_flag=True,
              help="Also print every resolution decision: each merge of names, each refusal, with its phase "
                   "and reason.")
@click.option("--add", is_flag=True,
              help="Add the documents to those already in the store (a file read again replaces its own) and "
                   "re-resolve; only new or changed documents are extracted.")
@click.option("--extractor", type=click.Choice(EXTRACTOR_NAMES), default=None,
              help="Which extractor finds the spans (default: rules; see kg.extract).")
@kg_errors
def build(paths: tuple[str, ...], store_dir: Path | None, workers: int, skip_errors: bool,
          show_report: bool, add: bool, extractor: str | None) -> None:
    """Build the knowledge graph from documents (.txt, .md, .html, .pdf, .docx): ingest, extract, resolve
    across documents, and load the embedded store (and graph.json, which every export reads). Running it
    again replaces the graph; --add adds to it. Extractions are cached per document in the store, so only
    new or changed documents are extracted. A build that reads no document fails and keeps the store.

    Example:

        kg build seeds/
        kg build reports/2024.pdf notes.docx --add
    """
    from kg.pipeline import build as run_build

    progress = _Progress(show_progress())
    try:
        res = run_build(paths, store_dir=store_dir, workers=workers, skip_errors=skip_errors,
                        progress=progress, add=add, extractor=extractor)
    finally:
        progress.close()
    if res.skipped:
        click.echo(f"skipped {len(res.skipped)} file(s) or document(s):", err=True)
        for line in res.skipped:
            click.echo(f"  {line}", err=True)
    cached = res.documents - res.extracted
    click.echo(f"built {res.documents} document(s) into {res.store}"
               + (f" ({res.extracted} extracted, {cached} from the cache)" if cached else ""))
    click.echo("nodes:     " + "  ".join(f"{t.value} {res.counts.get(t.label, res.counts.get(t.value, 0))}"
                                         for t in EntityType))
    click.echo("relations: " + "  ".join(f"{t.value} {res.counts.get(t.value, 0)}" for t in RelType))
    if show_report:
        click.echo(f"resolution: {res.report_summary}")
        for line in res.report:
            click.echo(f"  {line}")
