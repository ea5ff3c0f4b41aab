"""INVESTS_IN through a firm brought in: "引进X公司(注册成立Y公司),建设P" (the other INVESTS_IN frames are in
:mod:`kg.extract.frames.invests`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from kg.extract.frames import Fact, frame
from kg.extract.frames.invests import stage_of
from kg.extract.mentions import FIRM, PROJECT, Found
from kg.extract.pretest import Ending
from kg.model import RelType

# "引进X": X right after the verb.
RE_INTRODUCE: Final = Ending(re.compile(r"(?:引进|招引|引入|吸引)$"), "入引进")
RE_INTRODUCE_BUILDS: Final = re.compile(r"建设|投资|投建|兴建|新建|打造|实施|落地|落户")


@frame("invests_in.introduce")
def introduce(f: Found) -> Iterator[Fact]:
    """"引进X公司(注册成立Y公司),建设P": the firms brought in invest in the project they build."""
    for _, sent in f.sentences_with(FIRM):  # nothing to find in a sentence without a firm
        firms = f.in_sentence(sent, FIRM)
        for k, j in enumerate(firms):
            fm = f.mentions[j]
            if not RE_INTRODUCE.search(f.text, max(sent.start, fm.start - 4), fm.start):
                continue
            group = [j] + [x for x in firms[k + 1 :] if not RE_INTRODUCE_BUILDS.search(
                f.text, fm.end, f.mentions[x].start)]
            last_end = max(f.mentions[x].end for x in group)
            for i in f.in_sentence(sent, PROJECT):
                pm = f.mentions[i]
                if pm.start >= last_end and RE_INTRODUCE_BUILDS.search(f.text, last_end, pm.start):
                    for x in group:
                        yield Fact(RelType.INVESTS_IN, x, i, sent, "invests_in.introduce", 0.7, None,
                                   stage_of(f, sent.start, sent.end) or "引进")
                    break
