"""kg CLI commands (graph_cmd)."""

from kg.cli.main import cli  # noqa: F401
