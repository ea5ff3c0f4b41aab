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

Several lists can be matched in one pass (:class:`MatcherGroup`): a document is scanned once for the places,
firm names and industry words of the lexicon, not once per list.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from operator import itemgetter
from typing import Any, Final

import ahocorasick_rs  # Apache-2.0

Match = tuple[int, int, str]
Hit = tuple[int, int, str, Any]  # (start, end, word, value): what Matcher.iter_all gives


BY_START: Final = itemgetter(1)  # of a hit (pattern index, start, end)
DFA_MAX_PATTERNS: Final = 1_000  # lists up to this many words are matched by a DFA (a few hundred kB)


class Matcher:
    """All occurrences of a fixed set of words (2+ characters); each word carries a value."""

    def __init__(self, words: Mapping[str, Any]) -> None:
        self.words = {w: v for w, v in words.items() if w}
        self._patterns = list(self.words)
        self._values = [self.words[w] for w in self._patterns]
        # a DFA (one table look-up per byte, no failure links) for the short lists (type suffixes, cue words):
        # ~1.7x faster scans for a few hundred kB; a longer list's DFA grows to megabytes (20 MB for the firm
        # names), which the processor's caches do not hold, so it keeps the compact NFA. Each automaton is
        # built when first used (a list matched only one way never builds the other).
        self._impl = ahocorasick_rs.Implementation.DFA if len(self._patterns) <= DFA_MAX_PATTERNS else None
        self._all: Any = None
        self._ll: Any = None
        # once it joins a group (MatcherGroup.share): the group and its place in it
        self._group: MatcherGroup | None = None
        self._member = 0

    def __len__(self) -> int:
        return len(self._patterns)

    def iter_all(self, text: str) -> list[tuple[int, int, str, Any]]:
        """(start, end, word, value) of every occurrence, overlapping ones included, by start then longest."""
        if not self._patterns or not text:
            return []
        if self._group is not None:
            return self._group.scan_one(self._member, text)
        if self._all is None:
            self._all = ahocorasick_rs.AhoCorasick(self._patterns, implementation=self._impl)
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
        if self._group is not None:
            return leftmost_longest_of(self._group.scan_one(self._member, text))
        if self._ll is None:
            self._ll = ahocorasick_rs.AhoCorasick(self._patterns, implementation=self._impl,
                                                  matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
        pats = self._patterns
        hits: list[tuple[int, int, int]] = self._ll.find_matches_as_indexes(text)
        return [(s, e, pats[i]) for i, s, e in hits]


def leftmost_longest_of(hits: list[Hit]) -> list[Match]:
    """The leftmost-longest, non-overlapping matches (:meth:`Matcher.leftmost_longest`) among all matches
    ``hits``, ordered as :meth:`Matcher.iter_all` orders them (by start, the longest first at one start): the
    first hit at or after the end of the last one kept is the leftmost-longest match of the rest."""
    out: list[Match] = []
    pos = 0
    for s, e, w, _ in hits:
        if s >= pos:
            out.append((s, e, w))
            pos = e
    return out


class MatcherGroup:
    """The words of several matchers in one automaton, so that a long text is scanned once for all of them:
    each scan of a document walks an automaton's tables anew, mostly out of the processor's caches, and one
    walk of the joint tables costs far less than one per list.

    >>> g = MatcherGroup([Matcher({"锂电池": 1, "电池": 2}), Matcher({"电池": 3, "池塘": 4})])
    >>> g.scan("锂电池塘")
    [[(0, 3, '锂电池', 1), (1, 3, '电池', 2)], [(1, 3, '电池', 3), (2, 4, '池塘', 4)]]
    """

    def __init__(self, matchers: Sequence[Matcher]) -> None:
        owners: dict[str, list[int]] = {}
        for k, m in enumerate(matchers):
            for w in m.words:
                owners.setdefault(w, []).append(k)
        # the words of one matcher only, matcher by matcher (the k-th matcher's end before _ends[k]: a hit's
        # matcher is known from its pattern index), then those of several, each valued by its (matcher, value)
        # pairs
        self._size = len(matchers)
        self._matchers = list(matchers)
        self._patterns: list[str] = []
        self._values: list[Any] = []
        self._ends: list[int] = []
        for m in matchers:
            own = [w for w in m.words if len(owners[w]) == 1]
            self._patterns += own
            self._values += [m.words[w] for w in own]
            self._ends.append(len(self._patterns))
        shared = [w for w, ks in owners.items() if len(ks) > 1]
        self._patterns += shared
        self._values += [tuple((k, matchers[k].words[w]) for k in owners[w]) for w in shared]
        self._all = ahocorasick_rs.AhoCorasick(self._patterns) if self._patterns else None
        # the last text scan() scanned, each matcher's hits in it and (made when first needed) their starts:
        # scan_one finds the hits of a piece of that text among them (see _hits_within)
        self._text = ""
        self._hits: list[list[Hit]] = []
        self._starts: list[list[int] | None] = []

    def share(self, members: Sequence[int]) -> None:
        """Let the matchers at ``members`` match through this group's automaton from now on: one automaton
        in the processor's caches, not two (its scans of short texts cost a little more)."""
        for k in members:
            m = self._matchers[k]
            m._group, m._member = self, k

    def scan_one(self, k: int, text: str) -> list[Hit]:
        """The ``k``-th matcher's :meth:`Matcher.iter_all` of ``text``."""
        out: list[Hit] = []
        if self._all is None or not text:
            return out
        at = self._text.find(text)
        if at >= 0:  # (the names looked up in a document are mostly pieces of it)
            return self._hits_within(k, at, at + len(text))
        hits: list[tuple[int, int, int]] = self._all.find_matches_as_indexes(text, overlapping=True)
        hits.reverse()
        hits.sort(key=BY_START)
        pats, vals = self._patterns, self._values
        lo, hi, shared = self._ends[k - 1] if k else 0, self._ends[k], self._ends[-1]
        for i, s, e in hits:
            if lo <= i < hi:
                out.append((s, e, pats[i], vals[i]))
            elif i >= shared:
                for j, v in vals[i]:
                    if j == k:
                        out.append((s, e, pats[i], v))
        return out

    def _hits_within(self, k: int, lo: int, hi: int) -> list[Hit]:
        """The ``k``-th matcher's hits in ``self._text[lo:hi]``, with offsets in that piece: the hits of the
        whole text that lie inside it (every occurrence of a word in the piece is one in the text, wherever
        the piece stands), in the same order (by start, the longest first)."""
        hits = self._hits[k]
        starts = self._starts[k]
        if starts is None:
            starts = self._starts[k] = [h[0] for h in hits]
        out: list[Hit] = []
        for j in range(bisect_left(starts, lo), len(hits)):
            s, e, w, v = hits[j]
            if s >= hi:
                break
            if e <= hi:
                out.append((s - lo, e - lo, w, v))
        return out

    def scan(self, text: str) -> list[list[Hit]]:
        """Each matcher's :meth:`Matcher.iter_all` of ``text``, in the order the matchers were given."""
        size = self._size
        out: list[list[Hit]] = [[] for _ in range(size)]
        if self._all is None or not text:
            return out
        hits: list[tuple[int, int, int]] = self._all.find_matches_as_indexes(text, overlapping=True)
        hits.reverse()  # (as in Matcher.iter_all: by start, the longest first)
        hits.sort(key=BY_START)
        pats, vals, ends = self._patterns, self._values, self._ends
        for i, s, e in hits:
            k = 0
            while k < size and i >= ends[k]:
                k += 1
            if k < size:
                out[k].append((s, e, pats[i], vals[i]))
            else:
                w = pats[i]
                for j, v in vals[i]:
                    out[j].append((s, e, w, v))
        self._text, self._hits, self._starts = text, [list(hs) for hs in out], [None] * size
        return out
