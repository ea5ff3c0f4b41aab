"""kg CLI commands (query_cmd)."""

from kg.cli.main import cli  # noqa: F401
