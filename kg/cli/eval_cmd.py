"""kg CLI commands (eval_cmd)."""

from kg.cli.main import cli  # noqa: F401
