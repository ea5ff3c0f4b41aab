"""Command-line interface: ``kg COMMAND``. Each area's commands live in their own module."""

# Importing a module registers its commands on ``cli``.
from kg.cli import (  # noqa: F401
    build_cmd,
    eval_cmd,
    export_cmd,
    extract_cmd,
    graph_cmd,
    ingest_cmd,
    query_cmd,
    report_cmd,
    viz_cmd,
)
from kg.cli.main import cli

__all__ = ["cli"]
