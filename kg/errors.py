"""Errors kg raises. Messages say what went wrong, where (file, doc_id@offset, path:line) and what is
allowed."""

from __future__ import annotations


class KgError(Exception):
    """Base class of every error kg raises on purpose; the CLI turns it into a message and exit 1."""


class IngestError(KgError):
    """A file could not be read as documents (binary, empty, undecodable, unsupported type)."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class BuildError(KgError):
    """A build that would lose the graph (it read no document) or cannot start from the store it adds to."""


class ExtractError(KgError):
    """Extraction failed on a document."""


class StoreError(KgError):
    """A store could not be opened, loaded or queried."""


class RecipeError(KgError):
    """A recipe is missing, malformed, or called with wrong parameters."""


class ExportError(KgError):
    """An export could not be written or validated."""


class KgWarning(UserWarning):
    """Something kg repaired or left out and went on (bad bytes replaced, an implausible amount dropped).

    The library only emits it (:func:`warnings.warn`); the CLI prints it on stderr as ``warning: …``."""
