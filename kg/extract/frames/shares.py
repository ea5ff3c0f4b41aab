"""INVESTS_IN from a firm's share stated after the project: "P项目总投资23亿元，其中X公司投资5亿元" (X invests
5亿元 in P), "…，X公司出资5亿元，Y公司出资18亿元" (each its own share)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Final

from kg.extract.frames import Fact, frame
from kg.extract.frames.invests import stage_of
from kg.extract.mentions import FIRM, PROJECT, Found
from kg.model import RelType

# What may open the clause of a firm's share, before the firm: 其中, or nothing.
RE_SHARE_OPENING: Final = re.compile(r"\s*(?:其中[，,：:]?)?\s*")
# Right after the firm: its investing and the amount (the amount must start where this ends).
RE_SHARE_VERB: Final = re.compile(r"\s*(?:计划|拟|将)?(?:投资|出资|注资|投入)(?:约|近|超|逾)?\s*")
CLAUSE_MARKS: Final = "，,；;"
# After the amount, the clause ends: the share is all the clause says.
RE_SHARE_END: Final = re.compile(r"\s*(?:人民币|左右)?\s*(?:[，,；;。！？]|$)")


@frame("invests_in.share")
def share(f: Found) -> Iterator[Fact]:
    """A firm that opens a clause after a project's, in the same sentence, with what it invests (a figure
    right after the verb) and nothing more: its share of the project."""
    starts = [a.start for a in f.amounts]
    for _, sent in f.sentences_with(FIRM):
        projects = f.in_sentence(sent, PROJECT)
        if not projects:
            continue
        for j in f.in_sentence(sent, FIRM):
            fm = f.mentions[j]
            before = [i for i in projects if f.mentions[i].end <= fm.start]
            if not before:
                continue
            mark = max(f.text.rfind(c, f.mentions[before[-1]].end, fm.start) for c in CLAUSE_MARKS)
            if mark < 0 or not RE_SHARE_OPENING.fullmatch(f.text, mark + 1, fm.start):
                continue  # the firm opens a clause of its own after the project's
            verb = RE_SHARE_VERB.match(f.text, fm.end, sent.end)
            k = bisect.bisect_left(starts, verb.end()) if verb else len(starts)
            if verb is None or k == len(starts) or starts[k] != verb.end():
                continue
            if not RE_SHARE_END.match(f.text, f.amounts[k].end, sent.end):
                continue  # X公司投资5亿元建设Q / …的Q: the firm's own work, not a share of the one before
            yield Fact(RelType.INVESTS_IN, j, before[-1], sent, "invests_in.share", 0.75, k,
                       stage_of(f, sent.start, sent.end))
