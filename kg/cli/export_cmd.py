"""kg CLI commands (export_cmd)."""

from kg.cli.main import cli  # noqa: F401
