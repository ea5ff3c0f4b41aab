"""Frames of a project's site as news reports it: "在安宁工业园区云南杉杉新材料有限公司，年产30万吨…基地项目
现场…" (the firm whose site it is invests in the project; the zone written before the firm holds it), and
"Z在P项目现场举行…" (the place or zone that opens the clause holds the project)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from kg.extract.frames import Fact, frame
from kg.extract.frames.located import _most_specific
from kg.extract.mentions import FIRM, PARK, PLACE, PROJECT, Found
from kg.extract.pretest import Starting
from kg.model import RelType

# What follows a project named as the place a reporter stands: its (building) site.
RE_SITE_AFTER: Final = Starting(re.compile(r"(?:建设|施工|生产)?现场"), "建施现生")
# Between the firm and its project: nothing, 的, or a comma.
RE_FIRM_PROJECT_GLUE: Final = re.compile(r"[，,的]?")
# How far back the 在 that opens the site phrase may stand.
SITE_WINDOW: Final = 40


@frame("invests_in.site")
def site_firm(f: Found) -> Iterator[Fact]:
    """在[Z]X公司，P项目现场: X invests in P."""
    for i, _z, j in _sites(f):
        if j is not None:
            yield Fact(RelType.INVESTS_IN, j, i, f.sentence_of(f.mentions[i].start), "invests_in.site", 0.75)


@frame("located_in.site")
def site_zone(f: Found) -> Iterator[Fact]:
    """在Z(X公司，)P项目现场: P is in Z."""
    for i, z, _j in _sites(f):
        if z is not None:
            yield Fact(RelType.LOCATED_IN, i, _most_specific(f, z), f.sentence_of(f.mentions[i].start),
                       "located_in.site", 0.75)


def _sites(f: Found) -> Iterator[tuple[int, int | None, int | None]]:
    """(project, zone or None, firm or None) of each "在[Z][X公司，]P现场"."""
    for i in f.between(0, len(f.text), PROJECT):
        p = f.mentions[i]
        if not RE_SITE_AFTER.match(f.text, p.end):
            continue
        sent = f.sentence_of(p.start)
        at = f.text.rfind("在", max(sent.start, p.start - SITE_WINDOW), p.start)
        if at < 0:
            continue
        pos, zone, firm = at + 1, None, None
        for k in f.between(at + 1, p.start, PARK, PLACE, FIRM):
            m = f.mentions[k]
            if m.start != pos:
                break
            if m.type is FIRM:
                firm = k
            elif firm is None:
                zone = k
            pos = m.end
        if pos == at + 1 == p.start:
            zone = _subject_zone(f, sent.start, at)
        if RE_FIRM_PROJECT_GLUE.fullmatch(f.text, pos, p.start) and (firm is not None or pos == p.start):
            # (a project named after its firm has that investor: 在Y，X集团P项目现场)
            yield i, zone, None if f.inside(i, FIRM) else firm


# Before a place or zone that opens its clause: a date or time words (今天上午，醴陵市在…).
RE_SUBJECT_OPENING: Final = re.compile(r"[\s\d年月日号上下午今昨前近晚早当天]*")
CLAUSE_MARKS: Final = "，,；;：:"


def _subject_zone(f: Found, lo: int, at: int) -> int | None:
    """The place or zone that opens its clause right before "在P现场" (醴陵市在P项目现场举行…开工仪式: the
    county holds the event at the project's site), or None."""
    for k in f.between(lo, at, PARK, PLACE):
        m = f.mentions[k]
        if m.end != at:
            continue
        opening = max(lo, *(f.text.rfind(c, lo, m.start) + 1 for c in CLAUSE_MARKS))
        if RE_SUBJECT_OPENING.fullmatch(f.text, opening, m.start):
            return k
    return None
