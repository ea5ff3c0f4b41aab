"""Command-line interface: ``kg COMMAND``. Each area's commands live in their own module."""

from kg.cli.main import cli

# Importing a module registers its commands on ``cli``.
from kg.cli import (  # noqa: E402,F401
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

__all__ = ["cli"]
