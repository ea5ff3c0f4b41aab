"""LOCATED_IN from a name: a park or place written in a project's or park's own name (平江工业园区恒瑞
化工新材料项目, 一轻(咸宁)产业园, 麦市食品产业园), and the chain of places written right before a park
(浙江省嘉兴市平湖经济技术开发区). The other LOCATED_IN frames are in :mod:`kg.extract.frames.located`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from kg.extract.frames import Fact, frame
from kg.extract.frames.located import _outer_park
from kg.extract.mentions import FIRM, PARK, PLACE, PROJECT, Found, Mention
from kg.lexicon.gazetteer import PROVINCE_LEVEL
from kg.model import RelType

OF: Final = "的"  # (a place 的 a park: the park is of that place)


@frame("located_in.name")
def in_name(f: Found) -> Iterator[Fact]:
    """A park or place written in a project's or park's own name: 平江工业园区恒瑞化工新材料项目,
    一轻(咸宁)产业园, 麦市食品产业园 (the place counts when the document also names it on its own); a chain
    of places written right before a park (浙江省嘉兴市平湖经济技术开发区)."""
    named_codes: dict[str, int] = {}
    place_ends: dict[int, int] = {}
    for j, m in enumerate(f.mentions):
        if m.type is PLACE and not m.inner and m.code:
            named_codes.setdefault(m.code, j)
            place_ends[m.end] = j
    for i, m in enumerate(f.mentions):
        if m.inner or m.type not in (PROJECT, PARK):
            continue
        if m.type is PARK and m.start in place_ends:  # 浙江省嘉兴市|平湖经济技术开发区: the chain's last
            # place
            yield Fact(RelType.LOCATED_IN, i, place_ends[m.start], f.sentence_of(m.start), "located_in.name",
                       0.8)
        of_place = m.type is PARK and f.text[m.start - 1 : m.start] == OF
        held_by = place_ends.get(m.start - 1) if of_place else None
        if held_by is not None:  # 临沂市兰山区的|临沂国际陆港物流园: the place it is said to be of
            yield Fact(RelType.LOCATED_IN, i, held_by, f.sentence_of(m.start), "located_in.name", 0.8)
        inner = f.inside(i, PARK, PLACE)
        parks = [j for j in inner if f.mentions[j].type is PARK]
        sent = f.sentence_of(m.start)
        if m.type is PROJECT and parks:
            yield Fact(RelType.LOCATED_IN, i, parks[0], sent, "located_in.name", 0.8)
            continue
        place = _named_place_in(f, i, named_codes)
        if place is None and m.type is PARK and (outer := _outer_park(f, i)) is not None:
            place = _named_place_in(f, outer, named_codes)  # 西宁经开区(…)东川工业园区: where its zone is
        if place is not None and not (held_by is not None and f.within(f.mentions[held_by].code or "",
                                                                         f.mentions[place].code or "-")):
            yield Fact(RelType.LOCATED_IN, i, place, sent, "located_in.name", 0.8)
    # a park named inside a project: it lies where its own name says
    for i, m in enumerate(f.mentions):
        if m.inner and m.type is PARK:
            for j in f.inside(i, PLACE):
                p = f.mentions[j]
                if p.code in named_codes:
                    yield Fact(RelType.LOCATED_IN, i, named_codes[p.code], f.sentence_of(m.start),
                               "located_in.name", 0.8)
                    break


def _named_place_in(f: Found, i: int, named_codes: dict[str, int]) -> int | None:
    """The place written inside mention ``i``'s name that the document also names on its own, or a county or
    town written in full at the head of a project's name (横州市潮力年产50万吨再生铝项目)."""
    m = f.mentions[i]
    firms = [f.mentions[k] for k in f.inside(i, FIRM)] if m.type is PROJECT else []
    inside = [j for j in f.inside(i, PLACE)  # 湖北航特新能源…项目: the firm's home, not the project's site
              if not any(n.start <= f.mentions[j].start and f.mentions[j].end <= n.end for n in firms)
              and not (m.type is PROJECT and f.mentions[j].start == m.start
                       and f.mentions[j].level == PROVINCE_LEVEL)]
    for j in inside:
        code = f.mentions[j].code
        if code in named_codes:
            return named_codes[code]
    for j in inside:
        p = f.mentions[j]
        levels = HEAD_PLACE_LEVELS if m.type is PROJECT else PARK_HEAD_PLACE_LEVELS
        if p.start == m.start and (p.text == p.name and p.level in levels or
                                   m.type is PARK and p.level == PROVINCE_LEVEL and _outside_name(f, m, p)):
            return j
    return None


def _outside_name(f: Found, park: Mention, p: Mention) -> bool:
    """Whether the province ``p`` opening a park's name is no part of the park's own name (宁夏|银川经济技术
    开发区: the lexicon's canonical name leaves it out)."""
    canon = f.lex.park_canonical(park.text)
    return canon is not None and not canon[0].startswith(p.text)


# A place written in full at the head of a project's name says where it is at these levels (a province or
# city there often names the firm's home instead: 湖南华菱…, 长沙市…有限公司…).
HEAD_PLACE_LEVELS: Final = ("county", "town")
# … and at the head of a park's name, a city too (郭村镇工业园区, 吴桥县经济开发区, 孝感市临空经济区:
# a zone of that place; a park's name holds no firm's home).
PARK_HEAD_PLACE_LEVELS: Final = ("city", "county", "town")
