"""What a regular expression's matches must hold, read from its parse (the stdlib parser of ``re``): the tests
that check a quick pre-test (a cue word, a first character) against the pattern it stands for use these."""

from __future__ import annotations

import sys
from typing import Any

if sys.version_info >= (3, 11):
    from re import _constants as sre_constants
    from re import _parser as sre_parse
else:
    import sre_constants
    import sre_parse

Items = Any  # a parsed pattern (sre_parse.SubPattern) or a list of its (op, argument) items

ZERO_WIDTH = (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT)
REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT)
CONSUMING = (sre_constants.LITERAL, sre_constants.IN, sre_constants.NOT_LITERAL, sre_constants.ANY,
             sre_constants.CATEGORY)


def parse(pattern: str) -> Items:
    return sre_parse.parse(pattern)


def expand(items: Items) -> set[str] | None:
    """The strings a run of pattern items matches, when it matches literals only (None otherwise)."""
    out = {""}
    for op, av in items:
        if op is sre_constants.LITERAL:
            alts: set[str] | None = {chr(av)}
        elif op is sre_constants.IN and all(o is sre_constants.LITERAL for o, _ in av):
            alts = {chr(c) for _, c in av}
        elif op is sre_constants.SUBPATTERN:
            alts = expand(av[-1])
        elif op is sre_constants.BRANCH:
            parts = [expand(b) for b in av[1]]
            alts = None if any(p is None for p in parts) else set().union(*parts)
        else:
            alts = None
        if alts is None:
            return None
        out = {a + b for a in out for b in alts}
    return out


def literal_runs(items: Items) -> list[set[str]]:
    """Runs of literal items every match holds in a row, each as the strings it may be (一|二 -> {一, 二})."""
    runs: list[set[str]] = []
    cur = {""}
    for op, av in items:
        alts = expand([(op, av)])
        if alts is not None:
            cur = {a + b for a in cur for b in alts}
            continue
        if cur != {""}:
            runs.append(cur)
        cur = {""}
        if op is sre_constants.SUBPATTERN:  # a group: its items are part of the sequence
            runs.extend(literal_runs(av[-1]))
    if cur != {""}:
        runs.append(cur)
    return runs


def first_items(items: Items) -> tuple[list[tuple[Any, Any]], bool]:
    """The items that can match a match's first character, and whether the run can match nothing at all."""
    return _edge_items(items, last=False)


def last_items(items: Items) -> tuple[list[tuple[Any, Any]], bool]:
    """The items that can match a match's last character, and whether the run can match nothing at all."""
    return _edge_items(items, last=True)


def _edge_items(items: Items, last: bool) -> tuple[list[tuple[Any, Any]], bool]:
    found: list[tuple[Any, Any]] = []
    for op, av in reversed(list(items)) if last else items:
        if op in ZERO_WIDTH:
            continue
        if op in CONSUMING:
            found.append((op, av))
            return found, False
        if op is sre_constants.SUBPATTERN:
            sub, empty = _edge_items(av[-1], last)
        elif op is sre_constants.BRANCH:
            parts = [_edge_items(b, last) for b in av[1]]
            sub, empty = [i for p, _ in parts for i in p], any(e for _, e in parts)
        elif op in REPEATS:
            sub, empty = _edge_items(av[2], last)
            empty = empty or av[0] == 0
        else:
            raise ValueError(f"cannot tell the {'last' if last else 'first'} characters of {op}")
        found += sub
        if not empty:
            return found, False
    return found, True


def ends_at_end(items: Items) -> bool:
    """Whether every branch of a pattern ends in ``$``."""
    items = list(items)
    if not items:
        return False
    op, av = items[-1]
    if op is sre_constants.AT:
        return av is sre_constants.AT_END
    if op is sre_constants.BRANCH:
        return all(ends_at_end(b) for b in av[1])
    if op is sre_constants.SUBPATTERN:
        return ends_at_end(av[-1])
    return False


def edge_chars(pattern: str, last: bool = False) -> tuple[set[str], set[str]]:
    """The characters a match of ``pattern`` may start (or, with ``last``, end) with: literals and ranges as
    characters, and the categories of classes (\\d, \\s) as ``"digit"``, ``"space"``."""
    items, empty = (last_items if last else first_items)(parse(pattern))
    assert not empty, f"{pattern!r} can match the empty string"
    chars: set[str] = set()
    categories: set[str] = set()

    def add(op: Any, av: Any) -> None:
        if op is sre_constants.LITERAL:
            chars.add(chr(av))
        elif op is sre_constants.RANGE:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is sre_constants.CATEGORY and av is sre_constants.CATEGORY_DIGIT:
            categories.add("digit")
        elif op is sre_constants.CATEGORY and av is sre_constants.CATEGORY_SPACE:
            categories.add("space")
        elif op is sre_constants.IN:
            assert not any(o is sre_constants.NEGATE for o, _ in av), f"a negated class edges {pattern!r}"
            for sub_op, sub_av in av:
                add(sub_op, sub_av)
        else:
            raise AssertionError(f"cannot list the characters of {op} {av} in {pattern!r}")

    for op, av in items:
        add(op, av)
    return chars, categories


def first_chars(pattern: str) -> set[str]:
    """Every character of the Basic Multilingual Plane a match of ``pattern`` may start with."""
    items, empty = first_items(parse(pattern))
    assert not empty, f"{pattern!r} can match the empty string"
    out: set[str] = set()
    for op, av in items:
        if op is sre_constants.LITERAL:
            out.add(chr(av))
            continue
        assert op is sre_constants.IN, f"cannot list the characters of {op}"
        for sub_op, sub_av in av:
            if sub_op is sre_constants.LITERAL:
                out.add(chr(sub_av))
            elif sub_op is sre_constants.RANGE:
                out.update(chr(c) for c in range(sub_av[0], sub_av[1] + 1))
            elif sub_op is sre_constants.CATEGORY and sub_av is sre_constants.CATEGORY_DIGIT:
                out.update(c for c in map(chr, range(0x10000)) if c.isdecimal())
            else:
                raise AssertionError(f"cannot list the characters of {sub_op} {sub_av}")
    return out


# A class's categories as characters that stand for them (tests check the category, not each character).
CATEGORY_SAMPLES = {sre_constants.CATEGORY_DIGIT: "0١", sre_constants.CATEGORY_SPACE: " \u3000"}


def chars_of(pattern: str) -> set[str]:
    """Every character a match of ``pattern`` can hold, for patterns made of literals, classes of literals and
    ranges, and digits or spaces (each category as CATEGORY_SAMPLES); anything else fails."""
    out: set[str] = set()

    def walk(items: Items) -> None:
        for op, av in items:
            if op is sre_constants.LITERAL:
                out.add(chr(av))
            elif op is sre_constants.IN:
                walk(av)
            elif op is sre_constants.RANGE:
                out.update(chr(c) for c in range(av[0], av[1] + 1))
            elif op is sre_constants.CATEGORY:
                out.update(CATEGORY_SAMPLES[av])
            elif op is sre_constants.SUBPATTERN:
                walk(av[-1])
            elif op is sre_constants.BRANCH:
                for b in av[1]:
                    walk(b)
            elif op in REPEATS:
                walk(av[2])
            elif op not in ZERO_WIDTH:
                raise AssertionError(f"chars_of: {op} in {pattern!r}")

    walk(parse(pattern))
    return out
