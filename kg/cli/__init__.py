"""Command-line interface: ``kg COMMAND``. Each area's commands live in their own module."""

from kg.cli.main import cli

# Importing a module registers its commands on ``cli``.
from kg.cli import build_cmd, eval_cmd, export_cmd, extract_cmd, graph_cmd, ingest_cmd, query_cmd  # noqa: E402,F401

__all__ = ["cli"]
