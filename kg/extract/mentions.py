"""Mentions (immutable spans of text typed firm/project/park/place/industry) and the analysed document
(:class:`Found`) that span finders build and relation frames read.

>>> ms = [Mention(0, 4, EntityType.FIRM, "比亚迪A", "t"), Mention(0, 3, EntityType.FIRM, "比亚迪", "t"),
...       Mention(5, 7, EntityType.PLACE, "长沙", "t")]
>>> [m.text for m in longest_first(ms)]
['比亚迪A', '长沙']
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from kg.extract.amounts import AmountMention
from kg.extract.text import Span
from kg.model import EntityType

FIRM: Final = EntityType.FIRM
PROJECT: Final = EntityType.PROJECT
PARK: Final = EntityType.PARK
PLACE: Final = EntityType.PLACE
INDUSTRY: Final = EntityType.INDUSTRY
NAMED_TYPES: Final = (FIRM, PROJECT, PARK)


@dataclass(frozen=True, slots=True, init=False)
class Mention:
    """A typed span of the extraction text.

    ``name`` is the entity's name when it differs from the surface (a place's official name, a park's
    canonical name); ``code``/``level`` are a place's; ``link`` is the taxonomy link of an industry word;
    ``inner`` marks a mention nested inside a longer name (a firm in a project name); ``score`` is the
    confidence of the finder."""

    start: int
    end: int
    type: EntityType
    text: str
    rule: str
    name: str = ""
    code: str | None = None
    level: str | None = None
    link: str | None = None
    inner: bool = False
    score: float = 1.0

    def __init__(self, start: int, end: int, type: EntityType, text: str, rule: str, name: str = "",
                 code: str | None = None, level: str | None = None, link: str | None = None,
                 inner: bool = False, score: float = 1.0) -> None:
        # the dataclass's __init__, written out: mypyc compiles it (the generated one runs interpreted)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "type", type)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "rule", rule)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "level", level)
        object.__setattr__(self, "link", link)
        object.__setattr__(self, "inner", inner)
        object.__setattr__(self, "score", score)

    @property
    def label(self) -> str:
        """The entity name this mention stands for."""
        return self.name or self.text

    def contains(self, other: Mention) -> bool:
        return self.start <= other.start and other.end <= self.end and (self.start, self.end) != (other.start,
                                                                                                   other.end)


def longest_first(mentions: Iterable[Mention]) -> list[Mention]:
    """Longest match wins, no overlaps (ties: earlier start, then the order given); sorted by start."""
    ordered = sorted(mentions, key=lambda m: (-(m.end - m.start), m.start))
    taken: list[Mention] = []
    used: list[tuple[int, int]] = []
    for m in ordered:
        k = bisect.bisect_left(used, (m.start, m.start))
        clash = any(s < m.end and m.start < e for s, e in used[max(0, k - 1) : k + 1])
        if clash:
            continue
        taken.append(m)
        bisect.insort(used, (m.start, m.end))
    return sorted(taken, key=lambda m: m.start)


def first_from(starts: tuple[int, ...], x: int) -> int:
    """``bisect.bisect_left(starts, x)``: the index of the first offset at or after ``x`` (a loop that
    compiles to a few instructions a step, where the library's call costs more than the search; frames ask
    for thousands a document)."""
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) >> 1
        if starts[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def first_after(starts: tuple[int, ...], x: int) -> int:
    """``bisect.bisect_right(starts, x)``: the index of the first offset after ``x``."""
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) >> 1
        if starts[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo


@dataclass(frozen=True)
class Found:
    """One document analysed: its sentences, every mention (by start, longest first; nested ones flagged
    ``inner``), its amounts, and which amount states which project's investment."""

    text: str
    sentences: tuple[Span, ...]
    mentions: tuple[Mention, ...]
    amounts: tuple[AmountMention, ...] = ()
    project_amounts: Mapping[int, int] = field(default_factory=dict)  # project mention index -> amount index
    phase_amounts: frozenset[int] = frozenset()  # amount indexes that state one phase only (一期投资6亿元)
    region_index: int | None = None  # mention index of the document's region place
    year: int | None = None
    lex: Any = None  # the Lexicon the document was analysed with
    _sent_starts: tuple[int, ...] = ()
    _mention_starts: tuple[int, ...] = ()
    _mention_types: tuple[EntityType, ...] = ()
    _mention_inner: tuple[bool, ...] = ()
    # in_sentence's answers: frames ask the same sentence for the same types over and over
    _in_sentence: dict[tuple[int, int, tuple[EntityType, ...], bool | None], tuple[int, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False)
    # sentences_with's answers, by types
    _sentences_with: dict[tuple[EntityType, ...], list[tuple[int, Span]]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_sent_starts", tuple(s.start for s in self.sentences))
        object.__setattr__(self, "_mention_starts", tuple(m.start for m in self.mentions))
        object.__setattr__(self, "_mention_types", tuple(m.type for m in self.mentions))
        object.__setattr__(self, "_mention_inner", tuple(m.inner for m in self.mentions))

    def within(self, code: str, ancestor: str) -> bool:
        """Whether place ``code`` lies inside place ``ancestor`` (or is it)."""
        return bool(self.lex.gazetteer.is_within(code, ancestor))

    def sentence_of(self, pos: int) -> Span:
        i = first_after(self._sent_starts, pos) - 1
        return self.sentences[max(i, 0)]

    def sentence_index(self, pos: int) -> int:
        return max(first_after(self._sent_starts, pos) - 1, 0)

    def between(self, start: int, end: int, *types: EntityType, inner: bool | None = False) -> list[int]:
        """Indexes of the mentions starting in [start, end) (of ``types``; top-level ones unless
        ``inner``)."""
        lo = first_from(self._mention_starts, start)
        hi = first_from(self._mention_starts, end)
        kinds, nested = self._mention_types, self._mention_inner
        if not types:
            return list(range(lo, hi)) if inner is None else [i for i in range(lo, hi) if nested[i] == inner]
        if inner is None:
            return [i for i in range(lo, hi) if kinds[i] in types]
        return [i for i in range(lo, hi) if kinds[i] in types and nested[i] == inner]

    def in_sentence(self, sent: Span, *types: EntityType, inner: bool | None = False) -> list[int]:
        key = (sent.start, sent.end, types, inner)
        hit = self._in_sentence.get(key)
        if hit is None:
            hit = self._in_sentence[key] = tuple(self.between(sent.start, sent.end, *types, inner=inner))
        return list(hit)

    def sentences_with(self, *types: EntityType) -> list[tuple[int, Span]]:
        """(index, sentence) of the sentences holding a top-level mention of ``types``: those for which
        ``in_sentence(sentence, *types)`` is not empty, in order (a frame that needs such a mention skips
        the other sentences)."""
        hit = self._sentences_with.get(types)
        if hit is None:
            found: set[int] = set()
            for m in self.mentions:
                if m.type in types and not m.inner:
                    k = first_after(self._sent_starts, m.start) - 1
                    if k >= 0 and m.start < self.sentences[k].end:
                        found.add(k)
            hit = self._sentences_with[types] = [(k, self.sentences[k]) for k in sorted(found)]
        return hit

    def inside(self, i: int, *types: EntityType) -> list[int]:
        """Mentions nested inside mention ``i`` (a firm or place in a project's name)."""
        m = self.mentions[i]
        return [j for j in self.between(m.start, m.end, *types, inner=None) if j != i
                and m.contains(self.mentions[j])]

    def owner(self, j: int) -> int | None:
        """The top-level mention an inner mention sits in."""
        m = self.mentions[j]
        lo = first_after(self._mention_starts, m.start)
        for i in range(lo - 1, -1, -1):
            o = self.mentions[i]
            if not o.inner and o.contains(m):
                return i
            if o.end <= m.start and o.start < m.start - 60:
                break
        return None
