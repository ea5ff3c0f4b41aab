"""kg CLI commands: ``kg export ...`` (a group other modules attach subcommands to)."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.main import cli, kg_errors
from kg.graphio import default_store_dir, read_graph

STORE_OPTION = click.option("--store", type=click.Path(file_okay=False, path_type=Path), default=None,
                            help="Store folder holding graph.json (default: $KG_STORE or ./.kg).")


@cli.group()
def export() -> None:
    """Write the built graph for other tools (RDF, GraphML, CSV, Excel, Neo4j import files)."""


@export.command("rdf")
@STORE_OPTION
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Output file (default: graph.ttl / graph.jsonld / graph.nt in the current folder).")
@click.option("--format", "fmt", type=click.Choice(["turtle", "json-ld", "nt"]), default="turtle",
              show_default=True)
@kg_errors
def export_rdf(store: Path | None, output: Path | None, fmt: str) -> None:
    """Write the graph as RDF (schema.org, W3C ORG, PROV-O, SKOS and the kg vocabulary).

    Example:
        kg export rdf -o graph.ttl
        kg export rdf --format json-ld -o graph.jsonld
    """
    from kg.rdf import FORMATS, write_rdf

    output = output or Path("graph" + FORMATS[fmt][1])
    n = write_rdf(read_graph(store or default_store_dir()), output, fmt)
    click.echo(f"wrote {n} triples to {output}")


@export.command("graphml")
@STORE_OPTION
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("graph.graphml"), show_default=True)
@kg_errors
def export_graphml(store: Path | None, output: Path) -> None:
    """Write the graph as GraphML (for Gephi, yEd, Cytoscape); list properties are joined with '|'.

    Example:
        kg export graphml -o graph.graphml
    """
    from kg.exports import write_graphml

    write_graphml(read_graph(store or default_store_dir()), output)
    click.echo(f"wrote {output}")


@export.command("csv")
@STORE_OPTION
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@kg_errors
def export_csv(store: Path | None, folder: Path) -> None:
    """Write nodes.csv and edges.csv into FOLDER (UTF-8 with BOM, lists joined with '|').

    Example:
        kg export csv out/
    """
    from kg.exports import write_csv

    nodes, edges = write_csv(read_graph(store or default_store_dir()), folder)
    click.echo(f"wrote {nodes} and {edges}")


@export.command("xlsx")
@STORE_OPTION
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@kg_errors
def export_xlsx(store: Path | None, file: Path) -> None:
    """Write the graph as an Excel workbook FILE: sheets entities, facts (amount, year, stage, the evidence
    sentences and their documents) and documents; lists as readable text.

    Example:
        kg export xlsx graph.xlsx
    """
    from kg.sheets import write_graph_xlsx

    write_graph_xlsx(read_graph(store or default_store_dir()), file)
    click.echo(f"wrote {file}")
