"""A project named again by an abbreviation of its long name: "云内动力D25/D30国六柴油机缸体缸盖年产10万件
智能化生产线产能扩建项目 … 此次新开工的国六柴油机缸体缸盖产能扩建项目，总投资2.52亿元" (the second keeps the
first's words in order and drops some). The shorter name is the longer one's when it is long enough to be
distinctive and no other project of the document holds its words in that order."""

from __future__ import annotations

from typing import Final

# Characters of a name's base (without its suffixes) an abbreviation must keep to be distinctive.
MIN_ABBREVIATION: Final = 6


def is_subsequence(short: str, long: str) -> bool:
    """Whether every character of ``short`` appears in ``long`` in the same order."""
    it = iter(long)
    return all(c in it for c in short)


def abbreviations(bases: dict[str, str]) -> dict[str, str]:
    """Keys of projects whose base is an abbreviation of exactly one longer project's base -> that key
    (``bases``: key -> the name's base)."""
    out: dict[str, str] = {}
    for k, b in bases.items():
        if len(b) < MIN_ABBREVIATION:
            continue
        longer = [o for o, ob in bases.items() if len(ob) > len(b) and ob != b and is_subsequence(b, ob)]
        if len(longer) == 1:
            out[k] = longer[0]
    return out
