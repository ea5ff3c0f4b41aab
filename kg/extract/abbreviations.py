"""Names a document gives one project or firm again: the short name it states (X(以下简称“Y”)), and an
abbreviation of a project's long name: "云内动力D25/D30国六柴油机缸体缸盖年产10万件
智能化生产线产能扩建项目 … 此次新开工的国六柴油机缸体缸盖产能扩建项目，总投资2.52亿元" (the second keeps the
first's words in order and drops some). The shorter name is the longer one's when it is long enough to be
distinctive and no other project of the document holds its words in that order."""

from __future__ import annotations

import re
from typing import Final

from kg.extract.mentions import Found

# Characters of a name's base (without its suffixes) an abbreviation must keep to be distinctive.
MIN_ABBREVIATION: Final = 6


def is_subsequence(short: str, long: str) -> bool:
    """Whether every character of ``short`` appears in ``long`` in the same order."""
    it = iter(long)
    return all(c in it for c in short)


def abbreviations(bases: dict[str, str], totals: dict[str, set[int]]) -> dict[str, str]:
    """Keys of projects whose base is an abbreviation of exactly one longer project's base -> that key
    (``bases``: key -> the name's base; ``totals``: key -> the totals the text states for it). Two names that
    each carry a total of their own, different ones, are two projects (新能源汽车产业园项目，总投资50亿元；
    新能源汽车零部件产业园项目，总投资20亿元)."""
    out: dict[str, str] = {}
    for k, b in bases.items():
        if len(b) < MIN_ABBREVIATION:
            continue
        longer = [o for o, ob in bases.items() if len(ob) > len(b) and ob != b and is_subsequence(b, ob) and
                  not (totals.get(k) and totals.get(o) and totals[k] != totals[o])]
        if len(longer) == 1:
            out[k] = longer[0]
    return out


# "X(以下简称“Y”)", "X（简称Y）": the text says Y is X's short name.
RE_STATED_SHORT_NAME: Final = re.compile(r"\s*[（(](?:以下|下文)?(?:简称|称)[：:为]?\s*[“\"]?"
                                  r"(?P<short>[^”\"）)]{2,16})[”\"]?\s*[)）]")


SHORT_NAME_BRACKETS: Final = ("(", "（")  # what RE_STATED_SHORT_NAME opens with, after spaces


def _bracket_may_follow(text: str, pos: int) -> bool:
    """Whether RE_STATED_SHORT_NAME may match at ``pos``: a bracket or a space there (a test before the
    regex)."""
    return text.startswith(SHORT_NAME_BRACKETS, pos) or pos < len(text) and text[pos].isspace()


def stated_short_names(found: Found, keys: list[str | None]) -> dict[str, str]:
    """Keys of short names the text states (江西九江经济技术开发区（下称九江开发区）) -> the full name's
    key."""
    out: dict[str, str] = {}
    for i, m in enumerate(found.mentions):
        mm = RE_STATED_SHORT_NAME.match(found.text, m.end) if _bracket_may_follow(found.text, m.end) else None
        if mm is None or keys[i] is None or m.inner:
            continue
        for j in found.between(mm.start("short"), mm.end("short"), m.type):
            k = keys[j]
            if k is not None and k != keys[i] and found.mentions[j].end <= mm.end("short"):
                out[k] = keys[i] or k
    return out


def stated_totals(found: Found, keys: list[str | None]) -> dict[str, set[int]]:
    """Each project's own stated totals, by key (two names with different ones are two projects)."""
    totals: dict[str, set[int]] = {}
    for i, ai in found.project_amounts.items():
        k = keys[i]
        if k is not None:
            totals.setdefault(k, set()).add(int(found.amounts[ai].value))
    return totals
