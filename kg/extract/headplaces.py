"""Places at the head of a name (湘阴县…, 内蒙古…, 广西壮族自治区…): how many characters they take, for
the firm found after them (:mod:`kg.extract.heads`)."""

from __future__ import annotations

import re
from typing import Final

from kg.lexicon import Lexicon
from kg.lexicon.gazetteer import LEVEL_RANK, PROVINCE_LEVEL


def leading_places(name: str, lex: Lexicon) -> int:
    """How many characters of ``name`` are a chain of places written in full at its start (湘阴县…); a short
    form may open the chain when a place inside it, in full, follows (福州|福清市…)."""
    pos = 0
    places = lex.gazetteer.find(name)
    for k, p in enumerate(places):
        if p.start != pos:
            break
        if p.is_short_form:
            nxt = places[k + 1] if k + 1 < len(places) else None
            if nxt is None or nxt.start != p.end or nxt.is_short_form or not p.code or not nxt.code or \
                    nxt.code == p.code or not lex.gazetteer.is_within(nxt.code, p.code):
                break
        pos = p.end
    return pos


MAX_SHORT_REGION: Final = 3  # (内蒙古, 黑龙江)
MAX_REGION_NAME: Final = 8  # (广西壮族自治区, 内蒙古自治区)
REGION_LEVELS: Final = ("province", "city")


def leading_region_short(name: str, lex: Lexicon) -> int:
    """How many characters of ``name`` are a province's or city's short form at its start (内蒙古…, 宜宾…)."""
    first = next(iter(lex.gazetteer.find(name[:MAX_SHORT_REGION + 1])), None)
    return first.end if first is not None and first.start == 0 and first.is_short_form and \
        first.level in REGION_LEVELS else 0


def leading_region_full(name: str, lex: Lexicon) -> int:
    """How many characters of ``name`` are a province or city written in full at its start
    (广西壮族自治区…)."""
    first = next(iter(lex.gazetteer.find(name[:MAX_REGION_NAME])), None)
    return first.end if first is not None and first.start == 0 and not first.is_short_form and \
        first.level in REGION_LEVELS else 0


def county_or_above(s: str, lex: Lexicon) -> bool:
    """Whether ``s`` is a county, city or province, by its name or a short form."""
    return any(p.level in ("province", "city", "county") for p in (*lex.gazetteer.by_name(s),
                                                                    *lex.gazetteer.by_short(s)))


OUTER_PLACE_REACH: Final = 12  # characters at a firm name's head its places are looked for in
MIN_FIRM_AFTER_PLACE: Final = 6  # characters the firm's own name keeps after the place (河北鑫海…公司)


def outer_place(name: str, lex: Lexicon) -> int:
    """How many characters of a firm's name are a place written before it, when a place of a higher level
    opens the firm's own name right after (黄骅市|河北鑫海控股铁路有限公司: 3); a chain from the larger place
    down (湖南省长沙市…公司) is one name: 0."""
    if not any(name[:k] in lex.gazetteer.surfaces for k in range(2, min(len(name), OUTER_PLACE_REACH) + 1)):
        return 0  # (no place name opens it, as for most firms' names: no scan)
    places = lex.gazetteer.find(name[:OUTER_PLACE_REACH])
    if not places or places[0].start != 0 or not places[0].code or not places[0].level:
        return 0
    at = places[0].end
    if len(places) >= 2 and places[1].start == at and places[1].code:
        second = places[1].level
    else:  # 克拉玛依市|新疆油田公司: a province's name the segmenter joins to the firm's next word
        second = PROVINCE_LEVEL if _province_at(name, at, lex) else None
    return at if second and LEVEL_RANK[second] > LEVEL_RANK[places[0].level] and \
        len(name) - at >= MIN_FIRM_AFTER_PLACE else 0


def _province_at(name: str, at: int, lex: Lexicon) -> bool:
    """Whether a province's name (in full or short) is written at ``at`` in ``name``, whatever word it is cut
    into."""
    for k in range(PROVINCE_NAME_MAX, 1, -1):
        p = lex.gazetteer.resolve(name[at : at + k]) if at + k <= len(name) else None
        if p is not None and p.level == PROVINCE_LEVEL:
            return True
    return False


PROVINCE_NAME_MAX: Final = 8  # characters of the longest province name (新疆维吾尔自治区)


# A plant or seat a firm names by the place it stands in, ending a project's name (奥托立夫|广州|新工厂,
# X|上海|超级工厂, X|成都|生产基地): what comes before the place is the firm's brand.
RE_PLACED_WORK: Final = re.compile(r"(?:新|超级|智能|数字化|第[一二三四五六七八九十\d]{1,2})?"
                                   r"(?:工厂|生产基地|制造基地|研发中心|总部)(?:项目)?$")
MIN_BRAND, MAX_BRAND = 2, 6  # characters of the brand before the place
PLACED_WORK_LEVELS: Final = ("province", "city", "county")  # places a plant or seat is named by


def brand_before_placed_work(name: str, lex: Lexicon) -> int:
    """How many characters of ``name`` are the brand of a firm whose plant or seat the rest names by a
    province, city or county (奥托立夫广州新工厂: 4); 0 when the name is no such thing."""
    for p in lex.gazetteer.find(name):
        if p.start > MAX_BRAND:
            break
        if p.start >= MIN_BRAND and p.level in PLACED_WORK_LEVELS and \
                RE_PLACED_WORK.match(name, p.end) is not None:
            return p.start
    return 0
