"""INVESTS_IN in the passive: "白桥康养旅游小镇项目，则被A集团和B公司拿下" (the firms that win a project
invest in it)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.frames import Fact, frame
from kg.extract.mentions import FIRM, PROJECT, Found
from kg.model import RelType

# 被 + the firms + a verb of winning, after the project in its sentence.
RE_WON_BY = re.compile(r"被(?P<who>[^。；;！？]{2,60}?)(?:拿下|竞得|摘得|收入囊中|中标|获得)")
# Between the project and 被: its own words (则, 也, a comma), not another clause.
RE_PROJECT_THEN_PASSIVE = re.compile(r"[，,]?\s*(?:则|也|均|最终|最后|成功)?\s*$")


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
