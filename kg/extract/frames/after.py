"""INVESTS_IN where the investor comes after its project: in the passive ("白桥康养旅游小镇项目，则被A集团和
B公司拿下": the firms that win a project invest in it), or in a clause of its own ("P总投资5亿元，X公司负责
投资建设": the firm builds the project named before)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from kg.extract.frames import Fact, frame
from kg.extract.mentions import FIRM, PROJECT, Found
from kg.model import RelType

# 被 + the firms + a verb of winning, after the project in its sentence.
RE_WON_BY = re.compile(r"被(?P<who>[^。；;！？，,]{2,60}?)(?:拿下|竞得|摘得|收入囊中)")  # (中标: a builder's)
# Between the project and 被: its own words (则, 也, a comma), not another clause.
RE_PROJECT_THEN_PASSIVE: Final = re.compile(r"[，,]?\s*(?:则|也|均|最终|最后|成功)?\s*$")


@frame("invests_in.won")
def won_by(f: Found) -> Iterator[Fact]:
    """P，(则)被A和B拿下: A and B invest in P (several firms: no amount for either)."""
    for _, sent in f.sentences_with(FIRM):
        if "被" not in sent.text:
            continue
        for mm in RE_WON_BY.finditer(f.text, sent.start, sent.end):
            before = [i for i in f.in_sentence(sent, PROJECT) if f.mentions[i].end <= mm.start()]
            if not before or not RE_PROJECT_THEN_PASSIVE.fullmatch(f.text, f.mentions[before[-1]].end,
                                                                    mm.start()):
                continue
            firms = [j for j in f.between(mm.start("who"), mm.end("who"), FIRM)
                     if f.mentions[j].end <= mm.end("who")]
            for j in firms:
                yield Fact(RelType.INVESTS_IN, j, before[-1], sent, "invests_in.won", 0.75)


# A firm opening a clause that builds what was named before, and names nothing after: X公司负责投资建设.
# (承建, 负责建设 name a builder, not an investor.)
RE_BUILDS_IT: Final = re.compile(r"\s*(?:负责|将|拟|计划|独资|全资)?"
                          r"(?:投资建设|投资兴建|投资运营|出资建设)\s*(?:[。；;，,]|$)")


@frame("invests_in.builds_it")
def builds_it(f: Found) -> Iterator[Fact]:
    """P…，X公司负责投资建设。: X invests in the project named before it in the sentence."""
    for _, sent in f.sentences_with(FIRM):
        for j in f.in_sentence(sent, FIRM):
            m = f.mentions[j]
            if f.text[m.start - 1 : m.start] not in CLAUSE_OPENERS or not RE_BUILDS_IT.match(f.text, m.end):
                continue
            before = [i for i in f.in_sentence(sent, PROJECT) if f.mentions[i].end <= m.start]
            if before and not [k for k in f.in_sentence(sent, FIRM) if k != j and
                               f.mentions[before[-1]].end <= f.mentions[k].start < m.start]:
                yield Fact(RelType.INVESTS_IN, j, before[-1], sent, "invests_in.builds_it", 0.75)


CLAUSE_OPENERS: Final = frozenset("，,；;")
