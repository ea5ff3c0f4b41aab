"""A park referred back to by its kind alone: "X经济技术开发区…。Y集团拟在开发区建设P项目" (开发区 there is
the zone the text named before), so every frame that reads a site after 在, 落户 or 入驻 reads that park.

>>> from kg.lexicon import Lexicon
>>> lex = Lexicon.load()
>>> text = "红星经济技术开发区举行签约仪式。华达集团拟在开发区建设汽车配件项目。"
>>> park = Mention(0, 9, PARK, "红星经济技术开发区", "park.suffix")
>>> [(m.text, m.label, m.rule) for m in park_references(text, [park], lex)][1:]
[('开发区', '红星经济技术开发区', 'park.reference')]
"""

from __future__ import annotations

import re
from typing import Final

from kg.extract.mentions import PARK, PLACE, Mention
from kg.lexicon import Lexicon

REFERENCE_RULE: Final = "park.reference"
# A zone's kind alone, right after a verb of siting (在开发区建设, 落户园区, 入驻该园区), not opening a longer
# word (开发区管委会 is the zone's government, 园区企业 its firms).
RE_PARK_REFERENCE: Final = re.compile(r"(?:在|落户|入驻|进驻|落地|扎根|到|于)(?P<ref>(?:该|本)?"
                                      r"(?P<kind>经开区|高新区|开发区|新区|工业园区|工业园|产业园区|产业园|园区))"
                                      r"(?!管委|党工委|工委|企业|[A-Za-z0-9\u4e00-\u9fff]{0,2}(?:项目|公司))")
# The canonical park types each kind may stand for (园区: any).
REFERENCE_TYPES: Final[dict[str, tuple[str, ...]]] = {
    "经开区": ("经济技术开发区", "经济开发区"),
    "高新区": ("高新技术产业开发区", "高新区"),
    "开发区": ("开发区",),
    "新区": ("新区",),
    "工业园区": ("工业园区", "工业园"),
    "工业园": ("工业园区", "工业园"),
    "产业园区": ("产业园区", "产业园"),
    "产业园": ("产业园区", "产业园"),
    "园区": ("",),
}


def park_references(text: str, top: list[Mention], lex: Lexicon) -> list[Mention]:
    """``top`` with a park mention added for each reference back to the last park the text named before it
    whose type the reference's kind fits (its name is that park's); none where no such park was named or a
    mention covers the reference."""
    parks = [m for m in top if m.type is PARK]
    if not parks or not any(kind in text for kind in ("区", "园")):
        return top
    out = list(top)
    for ref in RE_PARK_REFERENCE.finditer(text):
        start, end = ref.span("ref")
        if any(m.start < end and start < m.end for m in top):
            continue
        antecedent = _antecedent(parks, start, ref.group("kind"), lex)
        if antecedent is not None:
            out.append(Mention(start, end, PARK, text[start:end], REFERENCE_RULE, name=antecedent.label))
    return out


def _antecedent(parks: list[Mention], before: int, kind: str, lex: Lexicon) -> Mention | None:
    """The last park of ``parks`` ending before ``before``, when its type fits ``kind``."""
    last: Mention | None = None
    for m in parks:
        if m.end <= before and (last is None or m.end > last.end):
            last = m
    if last is None:
        return None
    canon = lex.park_canonical(last.label)
    if canon is None:
        return None
    return last if any(canon[1].endswith(t) for t in REFERENCE_TYPES[kind]) else None


FTZ_TYPE: Final = "自由贸易试验区"
# An area of a free-trade zone written right after it (中国（云南）自由贸易试验区|德宏片区): one park.
RE_FTZ_AREA: Final = re.compile(r"[\u4e00-\u9fff]{2,4}片区")


def ftz_areas(text: str, top: list[Mention], lex: Lexicon) -> list[Mention]:
    """``top`` with each free-trade zone followed by one of its areas (…自由贸易试验区德宏片区) made one park
    of the whole, in place of the zone and the mentions inside the area's name (a place there stays, inside).

    >>> from kg.lexicon import Lexicon
    >>> text = "中国（云南）自由贸易试验区德宏片区引进项目。"
    >>> ftz = Mention(0, 13, PARK, "中国（云南）自由贸易试验区", "park.suffix")
    >>> area = Mention(13, 15, PLACE, "德宏", "place.gazetteer")
    >>> [m.text for m in ftz_areas(text, [ftz, area], Lexicon.load()) if not m.inner]
    ['中国（云南）自由贸易试验区德宏片区']
    """
    if "片区" not in text:
        return top
    out = list(top)
    for m in top:
        area = RE_FTZ_AREA.match(text, m.end) if m.type is PARK else None
        canon = lex.park_canonical(m.text) if area is not None else None
        if area is None or canon is None or canon[1] != FTZ_TYPE:
            continue
        inside = [n for n in out if m.end <= n.start and n.end <= area.end()]
        if any(n.type is PARK for n in inside):
            continue  # (…自由贸易试验区临港新片区: a 新片区 is a park of its own)
        out = [n for n in out if n is not m and n not in inside]
        end = area.end()
        out.append(Mention(m.start, end, PARK, text[m.start : end], m.rule, score=m.score))
        out += [Mention(n.start, n.end, PLACE, n.text, "place.in_name", name=n.name, code=n.code,
                        level=n.level, inner=True) for n in inside if n.type is PLACE]  # (德宏片区)
    return out
