"""What span finders read (:class:`Context`) and small helpers they share."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.text import Span
from kg.lexicon import Lexicon, Place
from kg.model import EntityType


@dataclass(frozen=True)
class Context:
    """What span finders read: the text, its sentences, the lexicon and the document's region."""

    text: str
    sentences: tuple[Span, ...]
    lex: Lexicon
    region: Place | None
    suffixes: tuple[tuple[int, int, EntityType], ...]  # (suffix start, end, type), by end
    sentence_starts: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "sentence_starts", tuple(s.start for s in self.sentences))


def last_match(rx: re.Pattern[str], s: str) -> re.Match[str] | None:
    """The last match of ``rx`` in ``s`` (None without one)."""
    found = None
    for found in rx.finditer(s):  # noqa: B007 (the loop keeps the last match)
        pass
    return found
