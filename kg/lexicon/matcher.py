"""One compiled multi-pattern matcher (Aho-Corasick, through ``ahocorasick_rs``) for the word lists kg ships.

A text is scanned once, in native code, for all words of a list; Python then looks only at the matches. This
replaces the per-character dictionary lookups that took most of the extraction time (the Rust automaton scans
~20-30 M characters/s here; pyahocorasick, whose nodes search their children one by one, managed ~2 M/s on
Chinese text with its thousands of first characters).

>>> m = Matcher({"锂电": "k", "锂电池": "k", "电池": "k", "池塘": "k"})
>>> [(s, e, w) for s, e, w, _ in m.iter_all("锂电池塘")]
[(0, 3, '锂电池'), (0, 2, '锂电'), (1, 3, '电池'), (2, 4, '池塘')]
>>> m.leftmost_longest("锂电池塘和电池")
[(0, 3, '锂电池'), (5, 7, '电池')]
"""

from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, Final

import ahocorasick_rs  # Apache-2.0

Match = tuple[int, int, str]


BY_START: Final = itemgetter(1)  # of a hit (pattern index, start, end)
DFA_MAX_PATTERNS: Final = 1_000  # lists up to this many words are matched by a DFA (a few hundred kB)


class Matcher:
    """All occurrences of a fixed set of words (2+ characters); each word carries a value."""

    def __init__(self, words: Mapping[str, Any]) -> None:
        self.words = {w: v for w, v in words.items() if w}
        self._patterns = list(self.words)
        self._values = [self.words[w] for w in self._patterns]
        if self._patterns:
            # a DFA (one table look-up per byte, no failure links) for the short lists (type suffixes, cue
            # words): ~1.7x faster scans for a few hundred kB; a longer list's DFA grows to megabytes (20 MB
            # for the firm names), which the processor's caches do not hold, so it keeps the compact NFA
            impl = ahocorasick_rs.Implementation.DFA if len(self._patterns) <= DFA_MAX_PATTERNS else None
            self._all = ahocorasick_rs.AhoCorasick(self._patterns, implementation=impl)
            self._ll = ahocorasick_rs.AhoCorasick(self._patterns, implementation=impl,
                                                  matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)

    def __len__(self) -> int:
        return len(self._patterns)

    def iter_all(self, text: str) -> list[tuple[int, int, str, Any]]:
        """(start, end, word, value) of every occurrence, overlapping ones included, by start then longest."""
        if not self._patterns or not text:
            return []
        hits: list[tuple[int, int, int]] = self._all.find_matches_as_indexes(text, overlapping=True)
        # the automaton reports hits by end: reversed, by end descending, so a stable sort by start puts the
        # longest first at one start (no two hits share a span)
        hits.reverse()
        hits.sort(key=BY_START)
        pats, vals = self._patterns, self._values
        return [(s, e, pats[i], vals[i]) for i, s, e in hits]

    def leftmost_longest(self, text: str) -> list[Match]:
        """Non-overlapping matches, leftmost first and, at one start, longest first."""
        if not self._patterns or not text:
            return []
        pats = self._patterns
        hits: list[tuple[int, int, int]] = self._ll.find_matches_as_indexes(text)
        return [(s, e, pats[i]) for i, s, e in hits]
