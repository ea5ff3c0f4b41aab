"""kg CLI commands (ingest_cmd)."""

from kg.cli.main import cli  # noqa: F401
