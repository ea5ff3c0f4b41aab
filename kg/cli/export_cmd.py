"""kg CLI commands: ``kg export ...`` (a group other modules attach subcommands to)."""

from __future__ import annotations

from kg.cli.main import cli


@cli.group()
def export() -> None:
    """Write the built graph for other tools (RDF, GraphML, CSV, Neo4j import files)."""
