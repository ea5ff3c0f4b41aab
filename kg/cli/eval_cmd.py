"""kg CLI command: ``kg eval GOLD.jsonl (PRED.jsonl | --on PATH...)``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import click

from kg.cli.main import EXTRACTOR_NAMES, cli, echo_json, kg_errors


@cli.command("eval")
@click.argument("gold", metavar="GOLD.jsonl", type=click.Path(dir_okay=False))
@click.argument("inputs", metavar="(PRED.jsonl | --on PATH...)", nargs=-1, type=click.Path())
@click.option("--on", "run_on", is_flag=True, help="INPUTS are documents: extract them, then score.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON object.")
@click.option("--diff", is_flag=True, help="Print what each document missed and added.")
@click.option("--doc", "doc_id", metavar="DOC_ID", help="Score only this document.")
@click.option("--extractor", type=click.Choice(EXTRACTOR_NAMES), default=None,
              help="Which extractor finds the spans (default: rules; see kg.extract).")
@kg_errors
def eval_(
    gold: str, inputs: tuple[str, ...], run_on: bool, as_json: bool, diff: bool, doc_id: str | None,
    extractor: str | None,
) -> None:
    """Score predictions against GOLD: precision, recall and F1 per type, and amount accuracy.

    The predictions are PRED.jsonl (one record per document, in the gold shape), or, with --on, what
    `kg extract` finds in the files and folders given. Scoring rules: see the gold README.

    Example:

        kg eval gold.jsonl pred.jsonl --diff

        kg eval gold.jsonl --on seeds/ --json
    """
    from kg.evaluate import format_diff, format_table, score_files

    pred: str | Iterable[dict[str, Any]]
    if run_on:
        if not inputs:
            raise click.UsageError("--on needs at least one PATH to extract from")
        from kg.pipeline import extract_records

        pred = extract_records(list(inputs), extractor=extractor)
    elif len(inputs) == 1:
        pred = inputs[0]
    else:
        raise click.UsageError("give one PRED.jsonl, or --on PATH... to extract the documents first")
    report = score_files(gold, pred, doc_id)
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    if as_json:
        echo_json(report.to_dict())
        return
    click.echo(format_table(report))
    if diff:
        click.echo()
        click.echo(format_diff(report) or "no differences")
