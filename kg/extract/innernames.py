"""What sits inside a project's or park's name: the firm at its head, the zone it opens with, and the places
written in it (at the head, in a chain, in brackets, or a short form of a place the document names in full),
as inner mentions (:func:`inner_mentions`)."""

from __future__ import annotations

import re
from typing import Final

from kg.extract.heads import RE_SUFFIX_RUN, firm_inside
from kg.extract.mentions import PARK, PLACE, PROJECT, Mention
from kg.extract.names import CLOSE_BRACKETS, OPEN_BRACKETS
from kg.extract.pretest import Ending
from kg.extract.validity import valid_name
from kg.lexicon import Lexicon, Place
from kg.lexicon.grammar import RE_FIRM_LEGAL, RE_PARK_SUFFIX

# Conjunctions that, inside a project's name, join two places or zones: a zone starts after the last one.
PARK_JOINERS: Final = "和及与、"
# Zone types that, at the head of a project's name, name the zone the project is in (青铜峡工业园区…项目).
ZONE_SUFFIXES = frozenset({"经济技术开发区", "经济开发区", "经开区", "高新技术产业开发区", "高新技术开发区",
                           "高新区", "综合保税区", "综保区", "保税区", "自贸区", "工业园区", "工业园",
                           "开发区", "工业集中区", "化工园区", "产业集聚区", "新区", "科学城", "生物城",
                           "新片区", "工业城"})



# A firm's legal name and 的 right before a project: its owner, stated (X有限公司的P).
RE_OWNER_BEFORE: Final = Ending(re.compile(f"(?:{RE_FIRM_LEGAL.pattern})的$"), "的")
OWNER_REACH: Final = 8  # characters before the project the owner's legal form and 的 are looked for in


def inner_mentions(text: str, top: list[Mention], lex: Lexicon, region: Place | None,
                    brands: dict[str, str]) -> list[Mention]:
    """Firms, parks and places written inside project and park names (a place inside a firm inside a project
    name says where the firm is from, not the project: 浙江恒宇储能有限公司年产…项目)."""
    out: list[Mention] = []
    named_forms: dict[str, Mention] | None = None  # (computed for the first park that needs them)
    for m in top:
        firm_start = firm_end = 0
        if m.type is PROJECT:
            firm = firm_inside(m, lex, brands)
            if firm is not None and not firm.name and \
                    RE_OWNER_BEFORE.search(text, max(0, m.start - OWNER_REACH), m.start):
                firm = None  # X有限公司的|灌装饮料生产项目: the owner is named; a brand at the head is none
            if firm is not None:
                out.append(firm)
                firm_start, firm_end = firm.start - m.start, firm.end - m.start
            park = _park_prefix(m, lex, firm_end)
            if park is not None:
                out.append(park)
        if m.type in (PROJECT, PARK):
            # 华能岳阳电厂四期: a place may open the name after its firm; 西华县双汇物流园区…: or before it
            chain_end = firm_end if firm_start == 0 else 0
            core = _zone_type_start(m, lex)
            for p in lex.gazetteer.find(m.text, region):
                if firm_start <= p.start < firm_end:
                    continue
                # a place opens the name, or follows a place that does (大庆市大同经济开发区), or stands
                # right before the zone's type (杭州湾|上虞|经济技术开发区: a bay or river names no place)
                if p.code and p.level != "village" and (p.start == chain_end or not p.is_short_form or
                                                         p.end == core or _bracketed(m.text, p.start, p.end)):
                    out.append(Mention(m.start + p.start, m.start + p.end, PLACE, p.surface, "place.in_name",
                                       name=p.name, code=p.code, level=p.level, inner=True))
                    if p.start == chain_end:
                        chain_end = p.end
            if core > 0:
                if named_forms is None:
                    named_forms = _named_forms(top, lex)
                named = _named_short_form(m, core, named_forms, out)
                if named is not None:
                    out.append(named)
    return out


def _bracketed(name: str, start: int, end: int) -> bool:
    """Whether ``name[start:end]`` stands alone between brackets: a place there is the site a firm's project
    or branch is named by (远航电子(郑州)智能终端产业园项目, X(长沙)研发中心)."""
    return start > 0 and end < len(name) and name[start - 1] in OPEN_BRACKETS and \
        name[end] in CLOSE_BRACKETS


def _named_forms(top: list[Mention], lex: Lexicon) -> dict[str, Mention]:
    """The short forms of the places the document names in full (at :data:`NAMED_SHORT_FORM_LEVELS`), each
    with the place's mention (the first one named, for a form two places share)."""
    out: dict[str, Mention] = {}
    for n in top:
        place = lex.gazetteer.get(n.code) if n.type is PLACE and n.code and n.text == n.name else None
        if place is not None and place.level in NAMED_SHORT_FORM_LEVELS:
            for form in place.short_names:
                out.setdefault(form, n)
    return out


def _named_short_form(park: Mention, core: int, named_forms: dict[str, Mention],
                      inner: list[Mention]) -> Mention | None:
    """A place the document names in full whose short form opens a park's name or stands right before its
    type (上虞区 … 杭州湾|上虞|经济技术开发区, 大丰区 … 大丰|港经济开发区), as an inner mention of the park;
    None when an inner place (of ``inner``) starts there already."""
    if not named_forms:
        return None
    for k in SHORT_FORM_LENGTHS:
        for at in (0, core - k):
            n = named_forms.get(park.text[at : at + k]) if at >= 0 and at + k <= core else None
            if n is not None and not any(p.start == park.start + at and p.type is PLACE for p in inner):
                return Mention(park.start + at, park.start + at + k, PLACE, park.text[at : at + k],
                               "place.in_name", name=n.name, code=n.code, level=n.level, inner=True)
    return None


SHORT_FORM_LENGTHS: Final = (2, 3, 4)  # characters of the short forms looked up in a park's name
# A short form in a park's name names that place when the document names it in full at these levels (a
# town's too: 丹灶镇 … 丹灶|新能源产业园).
NAMED_SHORT_FORM_LEVELS: Final = ("city", "county", "town")


def _zone_type_start(m: Mention, lex: Lexicon) -> int:
    """Where the type of a park's name starts (经济技术开发区 in 杭州湾上虞经济技术开发区), or -1."""
    canon = lex.park_canonical(m.text) if m.type is PARK else None
    return len(m.text) - len(canon[1]) if canon is not None and m.text.endswith(canon[1]) else -1


def _park_prefix(m: Mention, lex: Lexicon, start: int = 0) -> Mention | None:
    """A park a project name starts with (平江工业园区恒瑞化工新材料项目, 湘西经开区仓储物流分拣中心), or
    that follows the firm heading it at ``start`` (辽宁X有限公司兰州新区防水新材料产业基地项目)."""
    for pm in RE_PARK_SUFFIX.finditer(m.text, start):
        if pm.group() not in ZONE_SUFFIXES:
            # 湘铜导体产业园高端细线: a 产业园 at the head of a project names a firm's site, not a zone
            continue
        if len(m.text) - pm.end() >= 2 and not RE_SUFFIX_RUN.fullmatch(m.text[pm.end() :]):
            # 雄州友谊新城和津雄工业园区…项目: of two places joined, the zone is the last
            start = max(start, *(m.text.rfind(c, start, pm.start()) + 1 for c in PARK_JOINERS))
            park = m.text[start : pm.end()]
            canon = lex.park_canonical(park)
            if canon and valid_name(park, PARK, lex):
                return Mention(m.start + start, m.start + pm.end(), PARK, park, "park.in_project_name",
                               name=canon[0],
                               inner=True)
    return None
