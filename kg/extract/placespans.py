"""The place span finder: divisions of the gazetteer in the text, kept near the document's region, in a list
or chain of places, or written in full where no other division has the name."""

from __future__ import annotations

import re
from typing import Final

from kg.extract.context import Context
from kg.extract.mentions import PLACE, Mention
from kg.extract.tokens import word_bounded, word_frequency
from kg.lexicon.gazetteer import Gazetteer, PlaceMention

LEVEL_RANK: Final = {"province": 0, "city": 1, "county": 2, "town": 3, "village": 4}


def find_places(ctx: Context) -> list[Mention]:
    """Places in the text; a name far from the document's region must be written in full or stand in a list
    or chain of places (济南、威海; 上海静安区), since short forms far away are mostly ordinary words
    (大庆之年, 长治久安) or other places' namesakes (锡山城市公园)."""
    gaz, text, reg = ctx.lex.gazetteer, ctx.text, ctx.region
    found = [p for p in gaz.find(text, reg, ctx.hits.places) if p.level != "village"]
    reg_chain = (reg, *gaz.parents(reg.code)) if reg else ()
    reg_province = reg_chain[-1] if reg_chain else None
    reg_city = next((p for p in reg_chain if p.level == "city"), None)
    out = []
    for k, p in enumerate(found):
        if p.code is None:
            continue
        neighbours = [q for q in (found[k - 1] if k else None, found[k + 1] if k + 1 < len(found) else None)
                      if q is not None and q.code and _next_to(text, gaz, p, q)]
        listed = bool(neighbours)
        near = reg is None or (reg_province is not None and gaz.is_within(p.code, reg_province.code)) or \
            gaz.is_within(reg.code, p.code)
        rank = LEVEL_RANK.get(p.level or "", 4)
        if p.is_short_form and not listed and not word_bounded(text, p.start, p.end):
            continue  # 绿色通道 holds 通道, but not as a word
        if rank >= 2 and p.is_short_form:
            scope = reg_city or reg_province
            if reg is None or scope is None or not (gaz.is_within(p.code, scope.code) or listed):
                continue
        elif not near and rank >= 1 and not (listed or not p.is_short_form and (
                rank == 1 or rank == 2 and _unmistakable_county(p, gaz))):
            continue
        out.append(Mention(p.start, p.end, PLACE, p.surface, "place.gazetteer", name=p.name, code=p.code,
                           level=p.level))
    return out


# The stem of a county's name that is also a common word (新建区, 老城区, 芙蓉区): jieba counts it this often.
COMMON_STEM_FREQ: Final = 100
RE_AUTONOMOUS_UNIT: Final = re.compile(r"自治[县旗]$")


def _unmistakable_county(p: PlaceMention, gaz: Gazetteer) -> bool:
    """A county written in full that no other division is named and whose stem is no common word (商都县,
    察右后旗; an autonomous county's full name always: 通道侗族自治县): it is that county wherever it is."""
    if len(gaz.surfaces.get(p.surface, ())) != 1:
        return False
    return RE_AUTONOMOUS_UNIT.search(p.surface) is not None or \
        word_frequency(p.surface[:-1]) < COMMON_STEM_FREQ


def _next_to(text: str, gaz: Gazetteer, p: PlaceMention, q: PlaceMention) -> bool:
    """Two places stand together: chained (西宁东川: the second inside the first) or listed (吉首、凤凰: in
    one province)."""
    a, b = (q, p) if q.start < p.start else (p, q)
    gap = text[a.end : b.start]
    if a.code is None or b.code is None:
        return False
    if gap == "":
        return gaz.is_within(b.code, a.code)
    if len(gap) == 1 and gap in "、，,和与及":
        return a.code[:2] == b.code[:2]
    return False
