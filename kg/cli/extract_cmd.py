"""kg CLI commands (extract_cmd)."""

from kg.cli.main import cli  # noqa: F401
