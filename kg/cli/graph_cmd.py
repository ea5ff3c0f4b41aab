"""kg CLI commands for the stores: ``kg load --neo4j``, ``kg stats``, ``kg export neo4j-import``."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.export_cmd import STORE_OPTION, export
from kg.cli.main import cli, echo_json, kg_errors
from kg.graphio import default_store_dir, read_graph
from kg.store import load_graph_file, store_counts
from kg.store.csv_import import write_neo4j_import
from kg.store.neo4j import DEFAULT_BATCH_SIZE, PASSWORD_ENV, URI_ENV, USER_ENV
from kg.store.schema import LABELS, REL_TYPES

STORE_HELP = "store folder holding graph.json and the embedded store (default: $KG_STORE or .kg)"


def _print_counts(counts: dict[str, int]) -> None:
    width = max(len(k) for k in counts)
    nodes = sum(counts.get(label, 0) for label in LABELS)
    rels = sum(counts.get(t, 0) for t in REL_TYPES)
    click.echo(f"nodes: {nodes}")
    for label in LABELS:
        click.echo(f"  {label:<{width}}  {counts.get(label, 0)}")
    click.echo(f"relationships: {rels}")
    for t in REL_TYPES:
        click.echo(f"  {t:<{width}}  {counts.get(t, 0)}")


@cli.command()
@click.option(
    "--neo4j",
    "uri",
    envvar=URI_ENV,
    required=True,
    metavar="URI",
    help=f"Neo4j URL, e.g. bolt://localhost:7687 (or ${URI_ENV})",
)
@click.option("--user", envvar=USER_ENV, default="neo4j", show_default=True, help=f"or ${USER_ENV}")
@click.option("--password", envvar=PASSWORD_ENV, required=True, help=f"or ${PASSWORD_ENV}")
@click.option("--database", default=None, help="Neo4j database name (default: the server's default)")
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=DEFAULT_BATCH_SIZE,
    show_default=True,
    help="rows per UNWIND … MERGE statement",
)
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path), help=STORE_HELP)
@click.option("--json", "as_json", is_flag=True, help="print the counts as JSON")
@kg_errors
def load(
    uri: str,
    user: str,
    password: str,
    database: str | None,
    batch_size: int,
    store_dir: Path | None,
    as_json: bool,
) -> None:
    """Load the built graph (the store folder's graph.json) into Neo4j, idempotently.

    The database ends up holding exactly the graph: nodes and relationships are MERGEd by key, and those
    the graph no longer has are deleted.

    Example:

        docker compose -f docker/docker-compose.yml up -d --wait
        kg load --neo4j bolt://localhost:7687 --password kg-password
    """
    counts = load_graph_file(
        uri, store_dir, batch_size=batch_size, user=user, password=password, database=database
    )
    if as_json:
        echo_json(counts)
    else:
        click.echo(f"loaded into {uri}")
        _print_counts(counts)


@cli.command()
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path), help=STORE_HELP)
@click.option("--json", "as_json", is_flag=True, help="print the counts as JSON")
@kg_errors
def stats(store_dir: Path | None, as_json: bool) -> None:
    """Count the nodes by label and the relationships by type in the embedded store.

    Example:

        kg stats --json
    """
    counts = store_counts(store_dir)
    if as_json:
        echo_json(counts)
    else:
        _print_counts(counts)


@export.command("neo4j-import")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@STORE_OPTION
@click.option("--database", default="neo4j", show_default=True, help="database name in the printed command")
@kg_errors
def neo4j_import(directory: Path, store: Path | None, database: str) -> None:
    """Write CSV files for `neo4j-admin database import full` and print the command.

    Example:

        kg export neo4j-import import/
    """
    written = write_neo4j_import(read_graph(store or default_store_dir()), directory, database)
    click.echo(
        f"wrote {len(written['nodes'])} node files and {len(written['relationships'])} relationship "
        f"files to {directory}"
    )
    click.echo("import them into a stopped (or new) database with:")
    click.echo(written["command"])
