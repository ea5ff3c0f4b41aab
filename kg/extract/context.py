"""What span finders read (:class:`Context`) and small helpers they share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.text import Span
from kg.lexicon import Lexicon, LexiconHits, Place
from kg.model import EntityType


@dataclass(frozen=True)
class Context:
    """What span finders read: the text, its sentences, the lexicon and the document's region; the lexicon's
    matches in the text (places, known firms, industry words: one scan for all three)."""

    text: str
    sentences: tuple[Span, ...]
    lex: Lexicon
    region: Place | None
    suffixes: tuple[tuple[int, int, EntityType], ...]  # (suffix start, end, type), by end
    # the lexicon's matches in the text (Lexicon.scan), with the role finders' cue words (the matches of
    # kg.extract.roles.ROLE_CUES.matcher) as its first extra list, when given
    hits: LexiconHits = field(repr=False, compare=False)
    sentence_starts: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "sentence_starts", tuple(s.start for s in self.sentences))


def last_match(rx: re.Pattern[str], s: str) -> re.Match[str] | None:
    """The last match of ``rx`` in ``s`` (None without one)."""
    found = None
    for found in rx.finditer(s):  # noqa: B007 (the loop keeps the last match)
        pass
    return found
