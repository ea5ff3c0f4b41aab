"""Which sentences hold which cue words: one compiled scan of the whole text instead of a substring test per
sentence and per finder.

A finder that can only find something in a sentence holding one of its cue words (由 for "由X投资建设", 旗下
for "X旗下…") is then run on those sentences only. Cue words are a necessary condition, never a rule: the
finder still decides, so skipping the other sentences changes nothing it finds.

>>> from kg.extract.text import split_sentences
>>> text = "项目由甲公司建设。乙公司上市。丙。"
>>> cues = SentenceCues((("由",), ("上市", "挂牌")))
>>> cues.scan(text, split_sentences(text))
(frozenset({0}), frozenset({1}))
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from kg.extract.text import Span
from kg.lexicon.matcher import Hit, Matcher


@dataclass(frozen=True)
class SentenceCues:
    """Groups of cue words, scanned for together (one automaton for all groups)."""

    groups: tuple[tuple[str, ...], ...]
    _matcher: Matcher = field(init=False, repr=False, compare=False)

    def __init__(self, groups: Iterable[Iterable[str]]) -> None:
        object.__setattr__(self, "groups", tuple(tuple(g) for g in groups))
        words: dict[str, set[int]] = {}
        for k, group in enumerate(self.groups):
            for w in group:
                words.setdefault(w, set()).add(k)
        object.__setattr__(self, "_matcher", Matcher({w: tuple(sorted(ks)) for w, ks in words.items()}))

    @property
    def matcher(self) -> Matcher:
        """The compiled matcher of all groups' words (each valued by its groups' indexes)."""
        return self._matcher

    def scan(self, text: str, sentences: Sequence[Span],
             hits: list[Hit] | None = None) -> tuple[frozenset[int], ...]:
        """Per group, the indexes of the sentences holding one of its words whole (as ``word in
        sentence.text`` would say). ``hits``: the matches of :attr:`matcher` in ``text``, when found already
        (kg.lexicon.Lexicon.scan)."""
        starts = [s.start for s in sentences]
        found: list[set[int]] = [set() for _ in self.groups]
        for start, end, _word, ks in self._matcher.iter_all(text) if hits is None else hits:
            i = bisect.bisect_right(starts, start) - 1
            if i >= 0 and end <= sentences[i].end:
                for k in ks:
                    found[k].add(i)
        return tuple(frozenset(f) for f in found)
