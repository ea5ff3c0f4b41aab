"""INVESTS_IN through a firm the text refers back to: "X公司副总经理…表示，公司将在Z投资30亿元，建设P" (the
firm the sentences before are about invests in what the clause builds)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from kg.extract.frames import Fact, frame
from kg.extract.frames.investparts import _amount_between, same_subject_after
from kg.extract.frames.invests import RE_SENTENCE_BREAK, RE_SUBJECT_INVESTS, _topic_firm, stage_of
from kg.extract.mentions import FIRM, PROJECT, Found
from kg.model import RelType

# A clause that opens with a word for "the firm" and goes on to invest: 公司将…, 该企业计划…, 该集团在Z投资….
FIRM_WORDS: Final = ("公司", "企业", "集团")  # (a sentence without one is not searched)
RE_ANAPHOR_SUBJECT = re.compile(r"(?:(?<=^)|(?<=[，,。；;：:”\"\n]))\s*(?:该|这家|此)?"
                                f"(?:{'|'.join(FIRM_WORDS)})"
                                r"(?=将|拟|计划|已|在|投资|斥资|总投资|还将|准备)")


@frame("invests_in.anaphor")
def anaphor_subject(f: Found) -> Iterator[Fact]:
    """公司将在Z投资N亿元，建设P: the firm the sentence (or the two before) is about invests in the first
    project the clause builds, with the amount between them."""
    for si, sent in f.sentences_with(PROJECT):
        if not any(w in sent.text for w in FIRM_WORDS):
            continue
        for mm in RE_ANAPHOR_SUBJECT.finditer(f.text, sent.start, sent.end):
            if any(f.mentions[k].start <= mm.start() < f.mentions[k].end for k in f.in_sentence(sent)):
                continue  # inside a name (…有限公司将…)
            firm = _topic_firm(f, si, mm.start(), sole=True)
            after = [i for i in f.in_sentence(sent, PROJECT) if f.mentions[i].start >= mm.end()]
            if firm is None or not after or f.inside(after[0], FIRM):
                continue  # (a project named after a firm is that firm's)
            p = f.mentions[after[0]]
            gap = f.text[mm.end() : p.start]
            if not RE_SUBJECT_INVESTS.search(gap) or RE_SENTENCE_BREAK.search(gap) or \
                    f.between(mm.end(), p.start, FIRM):
                continue
            stage = stage_of(f, sent.start, sent.end)
            yield Fact(RelType.INVESTS_IN, firm, after[0], sent, "invests_in.anaphor", 0.7,
                       _amount_between(f, mm.end(), p.start), stage)
            for k, own in same_subject_after(f, sent, after[0]):  # …建设P1，在Z投资N亿元建设P2
                yield Fact(RelType.INVESTS_IN, firm, k, sent, "invests_in.anaphor", 0.7, own, stage)

