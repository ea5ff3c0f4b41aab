"""INVESTS_IN through a subsidiary the investor names as its vehicle: "X公司拟以全资子公司Y公司为实施
主体，投资建设P", "X与Z签约，将以其在华子公司Y为主体投资8亿元，建设P", "X向全资子公司Y增资3亿元，用于实施P":
Y invests (with the amount tied to it, or P's own total), and so does X, the parent, without an amount (the
annotation rules give a parent none)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from kg.extract.frames import Fact, frame
from kg.extract.frames.investparts import _amount_between
from kg.extract.frames.invests import stage_of
from kg.extract.mentions import FIRM, PROJECT, Found
from kg.model import RelType

# "以(全资/在华)子公司Y为(实施)主体": the subsidiary Y is the vehicle of the investment.
RE_VEHICLE: Final = re.compile(r"以(?:其|旗下|下属)?(?:在华|境内|全资|控股)?(?:子公司|孙公司)?"
                               r"(?P<sub>[^，,。；;以]{4,40}?)为(?:项目)?(?:实施|投资|建设|运营)?主体")
# "向全资子公司Y增资3亿元，用于实施P": the capital a parent puts into Y is no total of P; Y carries out P.
RE_FUNDED_SUBSIDIARY: Final = re.compile(r"向(?:其)?(?:全资|控股)?(?:子公司|孙公司)"
                                         r"(?P<sub>[^，,。；;向]{4,40}?)(?:增资|注资)[^。；;]{0,30}?"
                                         r"用于(?:实施|建设|投资)")
VEHICLE_ANCHOR: Final = "主体"  # (in every match of RE_VEHICLE: a test before the regex)
FUNDED_ANCHOR: Final = "资"  # (… and of RE_FUNDED_SUBSIDIARY)
VEHICLE_FRAME: Final = "invests_in.vehicle"
PARENT_FRAME: Final = "invests_in.vehicle_parent"  # (kg.extract.investors.PARENT_FRAMES: no amount, no count)


@frame(VEHICLE_FRAME)  # (its facts for the parent carry PARENT_FRAME)
def vehicle(f: Found) -> Iterator[Fact]:
    """以Y为实施主体…建设P: the subsidiary Y (with the amount between the clause and P) and the firm before
    it, its parent (no amount), invest in P, the first project after in the sentence."""
    for _, sent in f.sentences_with(FIRM, PROJECT):
        st, a, b = sent.text, sent.start, sent.end
        matches = [*(RE_VEHICLE.finditer(f.text, a, b) if VEHICLE_ANCHOR in st else ()),
                   *(RE_FUNDED_SUBSIDIARY.finditer(f.text, a, b) if FUNDED_ANCHOR in st else ())]
        for mm in matches:
            subs = [j for j in f.between(mm.start("sub"), mm.end("sub"), FIRM)
                    if f.mentions[j].end == mm.end("sub")]
            parents = f.between(sent.start, mm.start(), FIRM)
            projects = [i for i in f.in_sentence(sent, PROJECT) if f.mentions[i].start >= mm.end()]
            if not subs or not projects:
                continue
            p, stage = projects[0], stage_of(f, sent.start, sent.end)
            funded = mm.re is RE_FUNDED_SUBSIDIARY  # (the capital put in is no amount of the project)
            yield Fact(RelType.INVESTS_IN, subs[0], p, sent, VEHICLE_FRAME, 0.75,
                       None if funded else _amount_between(f, mm.end(), f.mentions[p].start), stage)
            if parents:
                yield Fact(RelType.INVESTS_IN, parents[0], p, sent, PARENT_FRAME, 0.7, None, stage)
